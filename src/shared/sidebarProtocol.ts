// Messages between the "Career & Claims" sidebar webview and the extension, as zod discriminated
// unions. Both sides validate what they receive with these schemas and drop (and log) anything else.
// Pure: imported by the extension and by the webview bundle.
import * as z from 'zod';
import { SubmissionStatusSchema } from '../model/submission';
import { parseWith } from './protocol';
import { BodySchema, CeuDraftSchema, GuideStateSchema, ProfileSchema } from '../model/guidance';

export const SIDEBAR_TABS = ['path', 'credentials', 'eligibility', 'ceus', 'outlook', 'claims'] as const;
export const SidebarTabSchema = z.enum(SIDEBAR_TABS);
export type SidebarTab = z.infer<typeof SidebarTabSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const stepId = z.string().regex(/^[a-z0-9-]+$/).max(100);
/** An ICD-10-CM (dotted) or HCPCS code as the lookup shows it. */
const codeValue = z.string().regex(/^[A-Z0-9][A-Z0-9.]{1,8}$/);

const ExcludesNoteSchema = z.strictObject({ text: z.string().max(400), from: z.string().max(400).optional() });

/** One result of the code lookup (src/codesets/search.ts CodeSearchResult). */
export const CodeResultSchema = z.strictObject({
  system: z.string().max(40),
  code: codeValue,
  title: z.string().max(400),
  billable: z.boolean(),
  path: z.array(z.string().max(400)).max(8),
  box: z.enum(['21', '24D']),
  note: z.string().max(400).optional(),
  /** An ICD-10-CM code's Excludes1/Excludes2 notes (src/assist/codeLookup.ts lookupExcludes), with their year. */
  excludes: z
    .strictObject({
      fiscalYear: z.number().int(),
      excludes1: z.array(ExcludesNoteSchema).max(20),
      excludes2: z.array(ExcludesNoteSchema).max(20),
      more1: z.number().int().min(0),
      more2: z.number().int().min(0),
    })
    .optional(),
});
export type CodeResult = z.infer<typeof CodeResultSchema>;

const ratio = z.number().min(0).max(1);
const count = z.number().int().min(0);

/** One exam area's readiness (src/guidance/readiness.ts AreaReadiness). */
export const AreaReadinessSchema = z.strictObject({
  domain: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80),
  name: z.string().max(300),
  group: z.string().max(40),
  casesAvailable: count,
  casesAttempted: count,
  casesPassed: count,
  passRate: ratio,
  meanBestScore: ratio,
  status: z.enum(['no-cases', 'not-practised', 'below-target', 'at-target']),
});

/** One exam's readiness (src/guidance/readiness.ts ExamReadiness). Bounded by the exam areas, never by the length of the practice history. */
export const ExamReadinessSchema = z.strictObject({
  exam: z.string().regex(/^[A-Za-z0-9-]{1,20}$/),
  name: z.string().max(200),
  passMark: z.string().max(200).nullable(),
  target: ratio,
  targetFrom: z.enum(['exam', 'practice']),
  casesAvailable: count,
  casesAttempted: count,
  casesPassed: count,
  passRate: ratio,
  areasWithCases: count,
  areasPractised: count,
  areasAtTarget: count,
  areas: z.array(AreaReadinessSchema).max(200),
  weakest: z.strictObject({ domain: z.string().max(80), name: z.string().max(300), passRate: ratio }).optional(),
  status: z.enum(['not-started', 'building', 'on-track']),
  sentence: z.string().max(1500),
});
export type ExamReadinessView = z.infer<typeof ExamReadinessSchema>;

/** The guide's exam readiness from practice: aggregates only (a long history makes it no bigger). */
export const ReadinessViewSchema = z.strictObject({
  exams: z.array(ExamReadinessSchema).max(10),
  /** Checked attempts in the practice log. */
  attempts: count,
  /** Unreadable lines of the practice log that were skipped. */
  skippedLines: count,
  /** Where the exam areas come from (data/exam-domains.json meta), shown under the table. */
  areasSource: z.string().max(600),
});
export type ReadinessView = z.infer<typeof ReadinessViewSchema>;

/** Commands the "Practice claims" section may run (the extension maps them to command ids). */
export const ClaimCommandSchema = z.enum(['lintAll', 'submitCurrent']);

/** Webview → extension. */
export const SidebarToExtensionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('setProfile'), profile: ProfileSchema }),
  z.strictObject({ type: z.literal('setStepDone'), stepId, done: z.boolean() }),
  z.strictObject({ type: z.literal('setCycleStart'), body: BodySchema, date: isoDate.nullable() }),
  z.strictObject({ type: z.literal('addCeu'), entry: CeuDraftSchema }),
  z.strictObject({ type: z.literal('deleteCeu'), id: z.string().min(1).max(64) }),
  z.strictObject({ type: z.literal('openExternal'), url: z.string().max(2000) }),
  z.strictObject({ type: z.literal('openClaim'), uri: z.string().min(1).max(4000) }),
  z.strictObject({ type: z.literal('runCommand'), command: ClaimCommandSchema }),
  z.strictObject({ type: z.literal('refreshClaims') }),
  z.strictObject({ type: z.literal('openSubmission'), id: z.string().min(1).max(4000) }),
  z.strictObject({ type: z.literal('exportProgress') }),
  z.strictObject({ type: z.literal('importProgress') }),
  /** Show the Practice view (from the exam readiness section, before any case was checked). */
  z.strictObject({ type: z.literal('showPractice') }),
  /** Code lookup: search by words or code in a fiscal year (null: the year of the open claim's dates). */
  z.strictObject({ type: z.literal('searchCodes'), seq: z.number().int().min(0), query: z.string().max(200), fiscalYear: z.number().int().min(2000).max(2100).nullable() }),
  /** Put a code found by the lookup at the cursor, into box 21 (ICD-10-CM) or into box 24D (HCPCS, the line at the cursor) of the open claim. */
  z.strictObject({ type: z.literal('insertCode'), code: codeValue, where: z.enum(['cursor', 'box21', 'box24D']) }),
  /** Answer to `ping`: what the webview currently shows (used by tests and diagnostics). */
  z.strictObject({
    type: z.literal('pong'),
    nonce: z.string().max(100),
    tab: SidebarTabSchema,
    stepsDone: z.array(stepId).max(500),
    ceuEntries: z.number().int().min(0),
    education: z.string().max(50),
    /** The exam readiness section as text (what a screen reader reads), empty before the first `readiness` message. */
    readiness: z.string().max(8000).optional(),
  }),
]);
export type SidebarToExtension = z.infer<typeof SidebarToExtensionSchema>;

export const ClaimSummarySchema = z.strictObject({
  uri: z.string().min(1),
  /** Workspace-relative path shown to the user. */
  label: z.string().min(1),
  errors: z.number().int().min(0),
  warnings: z.number().int().min(0),
  /** False until the file has been linted (opened in an editor, or Lint All): its counts mean nothing yet. */
  checked: z.boolean(),
});
export type ClaimSummary = z.infer<typeof ClaimSummarySchema>;

/** One practice submission, as the history list shows it. */
export const SubmissionRowSchema = z.strictObject({
  id: z.string().min(1).max(4000),
  file: z.string().max(4000),
  claimId: z.string().max(200),
  attempt: z.number().int().min(1),
  submittedAt: z.string().max(40),
  status: SubmissionStatusSchema,
  billed: z.number(),
  paid: z.number(),
});
export type SubmissionRow = z.infer<typeof SubmissionRowSchema>;

/** Extension → webview. */
export const SidebarToWebviewSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('state'), state: GuideStateSchema, today: isoDate }),
  z.strictObject({ type: z.literal('claims'), claims: z.array(ClaimSummarySchema).max(5000), truncated: z.boolean() }),
  z.strictObject({ type: z.literal('history'), rows: z.array(SubmissionRowSchema).max(5000) }),
  z.strictObject({ type: z.literal('notice'), level: z.enum(['info', 'warning', 'error']), text: z.string().max(2000) }),
  z.strictObject({ type: z.literal('selectTab'), tab: SidebarTabSchema }),
  z.strictObject({ type: z.literal('ping'), nonce: z.string().max(100) }),
  /** Exam readiness by exam area from the practice log (the Credentials section shows it). */
  z.strictObject({ type: z.literal('readiness'), readiness: ReadinessViewSchema }),
  z.strictObject({
    type: z.literal('codeResults'),
    seq: z.number().int().min(0),
    fiscalYear: z.number().int().nullable(),
    /** Years that can be searched. */
    years: z.array(z.number().int()).max(20),
    /** What was searched, e.g. "ICD-10-CM FY2027 — FY2026 official file + FY2027 change list (derived)". */
    source: z.string().max(500),
    results: z.array(CodeResultSchema).max(100),
  }),
]);
export type SidebarToWebview = z.infer<typeof SidebarToWebviewSchema>;

export type { ParseResult } from './protocol';

export const parseSidebarToExtension = (raw: unknown) => parseWith(SidebarToExtensionSchema, raw);
export const parseSidebarToWebview = (raw: unknown) => parseWith(SidebarToWebviewSchema, raw);
