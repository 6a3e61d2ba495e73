// Messages between the extension and the practice webviews (one bundle, three modes: the Practice
// case list and the Progress view in the sidebar, the "Check my coding" result panel), as zod
// discriminated unions. Both sides validate what they receive and drop anything else. Pure.
import * as z from 'zod';

export const PRACTICE_MODES = ['practice', 'progress', 'result'] as const;
export const PracticeModeSchema = z.enum(PRACTICE_MODES);
export type PracticeMode = z.infer<typeof PracticeModeSchema>;

const caseId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/);
const text = (max = 2000) => z.string().max(max);
const ratio = z.number().min(0).max(1);

export const CaseRowSchema = z.strictObject({
  id: caseId,
  title: text(300),
  difficulty: z.number().int().min(1).max(3),
  examDomains: z.array(text(80)).max(20),
  source: z.enum(['bundled', 'workspace']),
  state: z.enum(['new', 'attempted', 'passed']),
  attempts: z.number().int().min(0),
  bestScore: ratio.optional(),
  /** A claim for this case already exists in practice/. */
  hasClaim: z.boolean(),
});
export type CaseRow = z.infer<typeof CaseRowSchema>;

export const DomainNameSchema = z.strictObject({ id: text(80), name: text(300) });

export const TimedSetViewSchema = z.strictObject({
  id: text(64),
  caseIds: z.array(caseId).max(50),
  checked: z.array(caseId).max(50),
  remainingMs: z.number().min(0),
  running: z.boolean(),
  ended: z.boolean(),
});
export type TimedSetView = z.infer<typeof TimedSetViewSchema>;

export const ProgressViewSchema = z.strictObject({
  totals: z.strictObject({ attempts: z.number().int().min(0), casesAttempted: z.number().int().min(0), casesPassed: z.number().int().min(0), passRate: ratio, casesAvailable: z.number().int().min(0) }),
  byDomain: z.array(z.strictObject({ domain: text(80), name: text(300), casesAttempted: z.number().int().min(0), casesPassed: z.number().int().min(0), passRate: ratio, meanBestScore: ratio, casesAvailable: z.number().int().min(0) })).max(100),
  missed: z.array(z.strictObject({ code: text(12), title: text(400).optional(), count: z.number().int().min(1), cases: z.array(caseId).max(100) })).max(50),
  trend: z.array(z.strictObject({ caseId, at: text(40), score: ratio, passed: z.boolean() })).max(50),
  next: z.array(z.strictObject({ caseId, title: text(300), reason: text(300) })).max(10),
  readiness: z.array(z.strictObject({ exam: text(20), sentence: text(1500) })).max(5),
  /** Unreadable lines of the practice log that were skipped. */
  skippedLines: z.number().int().min(0),
});
export type ProgressView = z.infer<typeof ProgressViewSchema>;

const ItemSchema = z.strictObject({
  kind: z.enum(['diagnosis', 'line']),
  status: z.enum(['hit', 'partial', 'missed', 'overcoded', 'optional']),
  code: text(20).optional(),
  where: text(20).optional(),
  why: text(400).optional(),
});

const HintSchema = z.strictObject({
  kind: text(40),
  text: text(600),
  where: z.strictObject({ text: text(300), fromLine: z.number().int().min(1), toLine: z.number().int().min(1) }).optional(),
});

const AnswerSchema = z.strictObject({
  diagnoses: z.strictObject({ first: text(20), others: z.array(text(20)).max(30), optional: z.array(text(20)).max(30) }),
  services: z.array(z.strictObject({ code: text(20), modifiers: z.array(text(4)).max(4), units: z.number(), optional: z.boolean() })).max(60),
  rationale: z.array(z.strictObject({ codes: z.array(text(20)).max(30), guideline: text(40).optional(), text: text(4000) })).max(60),
});

export const ResultViewSchema = z.strictObject({
  caseId,
  title: text(300),
  claimFile: text(4000),
  attempt: z.number().int().min(1),
  at: text(40),
  /** Undefined when the claim could not be graded (see problem). */
  score: ratio.optional(),
  passed: z.boolean(),
  problem: text(600).optional(),
  lintErrors: z.number().int().min(0),
  lintWarnings: z.number().int().min(0),
  items: z.array(ItemSchema).max(200),
  hints: z.array(HintSchema).max(30),
  /** 1: kind of problem; 2: also where to look in the note. */
  hintLevel: z.union([z.literal(1), z.literal(2)]),
  answerUnlocked: z.boolean(),
  answerNote: text(400),
  answer: AnswerSchema.optional(),
  payer: z.strictObject({
    status: z.enum(['rejected', 'denied', 'partially-paid', 'paid']),
    stage: z.enum(['front-end', 'adjudication']),
    reasons: z.array(z.strictObject({ code: text(40).optional(), line: z.number().int().nullable(), text: text(1000) })).max(100),
    paid: z.number(),
    billed: z.number(),
  }),
  examMode: z.boolean(),
  disputes: z.array(z.strictObject({ at: text(40), text: text(4000) })).max(100),
});
export type ResultView = z.infer<typeof ResultViewSchema>;

/** Extension → webview. */
export const PracticeToWebviewSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('cases'), cases: z.array(CaseRowSchema).max(2000), domains: z.array(DomainNameSchema).max(100), timedSet: TimedSetViewSchema.optional() }),
  z.strictObject({ type: z.literal('progress'), progress: ProgressViewSchema }),
  z.strictObject({ type: z.literal('result'), view: ResultViewSchema }),
  z.strictObject({ type: z.literal('notice'), level: z.enum(['info', 'warning', 'error']), text: text() }),
  z.strictObject({ type: z.literal('ping'), nonce: text(100) }),
]);
export type PracticeToWebview = z.infer<typeof PracticeToWebviewSchema>;

/** Webview → extension. */
export const PracticeToExtensionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready'), mode: PracticeModeSchema }),
  z.strictObject({ type: z.literal('start'), caseId }),
  z.strictObject({ type: z.literal('refresh') }),
  z.strictObject({ type: z.literal('startTimedSet') }),
  z.strictObject({ type: z.literal('endTimedSet') }),
  z.strictObject({ type: z.literal('toggleTimedSet') }),
  /** Result panel actions. */
  z.strictObject({ type: z.literal('recheck') }),
  z.strictObject({ type: z.literal('showAnswer') }),
  z.strictObject({ type: z.literal('showInNote'), fromLine: z.number().int().min(1).max(100000), toLine: z.number().int().min(1).max(100000) }),
  z.strictObject({ type: z.literal('openClaim') }),
  z.strictObject({ type: z.literal('dispute') }),
  z.strictObject({
    type: z.literal('pong'),
    nonce: text(100),
    mode: PracticeModeSchema,
    /** What the page shows, as text (tests read it like a screen reader would). */
    text: text(20000),
    rows: z.number().int().min(0),
  }),
]);
export type PracticeToExtension = z.infer<typeof PracticeToExtensionSchema>;
