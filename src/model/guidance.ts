// Career & certification guidance: zod schemas and inferred types for data/credentials.json,
// data/career.json and data/outlook.json, the trainee's profile, and the persisted guide state.
// Pure: no vscode, no Node built-ins (the webview bundle imports this module too).
//
// Provenance rule (enforced here): every fact group carries the ids of its sources and an "as of"
// date. `verified: true` is only allowed for primary ("P") or directly checked ("D") facts that
// cite at least one primary source; everything else is shown as unverified in the UI.
import * as z from 'zod';

// ---------------------------------------------------------------------------------------------
// Shared vocabulary

export const BODIES = ['AAPC', 'AHIMA', 'NHA', 'PAHCS'] as const;
export const BodySchema = z.enum(BODIES);
export type Body = z.infer<typeof BodySchema>;

/** Education levels, lowest first (the order is used for "at least" comparisons). */
export const EDUCATION_LEVELS = ['none', 'high-school', 'certificate', 'associate', 'bachelor', 'master'] as const;
export const EducationSchema = z.enum(EDUCATION_LEVELS);
export type Education = z.infer<typeof EducationSchema>;

export const ACCREDITATIONS = ['CAHIIM', 'PCAP', 'none'] as const;
export const AccreditationSchema = z.enum(ACCREDITATIONS);
export type Accreditation = z.infer<typeof AccreditationSchema>;

/** Training the trainee can tick on the eligibility form (used by alternative routes). */
export const TRAINING_FLAGS = ['coding-course-80h', 'practicode', 'billing-coding-program-5y', 'cahiim-final-term', 'cahiim-final-term-bacc'] as const;
export const TrainingFlagSchema = z.enum(TRAINING_FLAGS);
export type TrainingFlag = z.infer<typeof TrainingFlagSchema>;

export const SETTINGS = [
  'physician-office',
  'hospital-inpatient',
  'hospital-outpatient',
  'payer',
  'audit-compliance',
  'risk-adjustment',
  'billing-revenue-cycle',
  'practice-management',
  'specialty-practice',
  'him-department',
] as const;
export const SettingSchema = z.enum(SETTINGS);
export type Setting = z.infer<typeof SettingSchema>;

/** Brief confidence tags: D checked against data, P primary source, S secondary only, U unconfirmed. */
export const ConfidenceSchema = z.enum(['D', 'P', 'S', 'U']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const sourceId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'source ids are kebab-case');
const credentialId = z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)?$/, 'credential ids look like CPC or CPC-A');

export const SourceSchema = z.strictObject({
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  publisher: z.string().min(1),
  /** Primary = the certifying body, BLS, CMS, a federal archive of those pages. */
  primary: z.boolean(),
});
export type Source = z.infer<typeof SourceSchema>;
export const SourcesSchema = z.record(sourceId, SourceSchema);

export const ProvenanceSchema = z
  .strictObject({
    sources: z.array(sourceId),
    /** When the cited sources were read for this project. */
    asOf: isoDate,
    confidence: ConfidenceSchema,
    verified: z.boolean(),
    note: z.string().min(1).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.verified && p.confidence !== 'P' && p.confidence !== 'D') {
      ctx.addIssue({ code: 'custom', message: `verified:true needs confidence P or D, got ${p.confidence}` });
    }
    if (p.sources.length === 0 && !p.note) {
      ctx.addIssue({ code: 'custom', message: 'a fact without sources must say why in a note' });
    }
    if (p.sources.length === 0 && p.verified) {
      ctx.addIssue({ code: 'custom', message: 'a fact without sources cannot be verified' });
    }
  });
export type Provenance = z.infer<typeof ProvenanceSchema>;

// ---------------------------------------------------------------------------------------------
// Credentials (data/credentials.json)

/** One way to meet a credential's requirements; a credential is open to you when any route is met. */
export const RouteSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  minEducation: EducationSchema,
  /** The program behind `minEducation` must carry this accreditation. */
  accreditation: AccreditationSchema.exclude(['none']).nullable(),
  minMonthsExperience: z.number().int().min(0),
  /** Every one of these credentials must already be held. */
  prerequisiteCredentials: z.array(credentialId),
  /** At least one of these credentials must be held (empty = no such condition). */
  anyOfCredentials: z.array(credentialId),
  training: z.array(TrainingFlagSchema),
});
export type Route = z.infer<typeof RouteSchema>;

export const ApprenticeSchema = z.strictObject({
  /** Designation earned by passing without the experience, e.g. CPC-A. */
  designation: credentialId,
  removalRoutes: z.array(RouteSchema).min(1),
  provenance: ProvenanceSchema,
});

export const EligibilitySchema = z.strictObject({
  routes: z.array(RouteSchema).min(1),
  /** Recommended but not required (AHIMA's wording). */
  recommended: z.array(z.string().min(1)),
  /** Membership needed to hold the credential (not a condition you must meet before testing). */
  membership: BodySchema.nullable(),
  apprentice: ApprenticeSchema.nullable(),
  notes: z.array(z.string().min(1)),
  provenance: ProvenanceSchema,
});
export type Eligibility = z.infer<typeof EligibilitySchema>;

export const ExamSchema = z.strictObject({
  questions: z.number().int().positive().nullable(),
  scoredQuestions: z.number().int().positive().nullable(),
  hours: z.number().positive().nullable(),
  passMark: z.string().min(1).nullable(),
  openBook: z.boolean().nullable(),
  format: z.string().min(1).nullable(),
  provenance: ProvenanceSchema,
});
export type Exam = z.infer<typeof ExamSchema>;

export const TopicRequirementSchema = z.strictObject({
  ceus: z.number().int().positive(),
  topic: z.string().min(1),
});

export const RenewalSchema = z.strictObject({
  cycleYears: z.number().int().positive(),
  /** CEUs per cycle when this is the only credential held from its body (null = not known). */
  ceusAlone: z.number().int().positive().nullable(),
  /** Credential-specific content that must fall inside the cycle total. */
  topicRequirement: TopicRequirementSchema.nullable(),
  /** Counted together with another credential for the combined rule (an apprentice counts as its full credential). */
  countsAs: credentialId.nullable(),
  /** Holding this other credential replaces this one (a newly earned RHIA replaces an RHIT). */
  supersededBy: credentialId.nullable(),
  notes: z.array(z.string().min(1)),
  provenance: ProvenanceSchema,
});
export type Renewal = z.infer<typeof RenewalSchema>;

export const CredentialSchema = z.strictObject({
  id: credentialId,
  name: z.string().min(1),
  body: BodySchema,
  kind: z.enum(['core', 'apprentice', 'specialty', 'advanced', 'management', 'registered']),
  focus: z.string().min(1),
  settings: z.array(SettingSchema).min(1),
  provenance: ProvenanceSchema,
  eligibility: EligibilitySchema,
  exam: ExamSchema,
  renewal: RenewalSchema,
});
export type Credential = z.infer<typeof CredentialSchema>;

/** Combined-credential CEU rule of a body. */
export const BodyCeuRuleSchema = z.discriminatedUnion('kind', [
  /** AAPC: a table by number of credentials held; the last entry applies to that many or more. */
  z.strictObject({
    kind: z.literal('table'),
    byCount: z.array(z.number().int().positive()).min(1),
    cycleYears: z.number().int().positive(),
    notes: z.array(z.string().min(1)),
    provenance: ProvenanceSchema,
  }),
  /** AHIMA: the highest single requirement + `perAdditional` for each further credential, capped. */
  z.strictObject({
    kind: z.literal('base-plus'),
    perAdditional: z.number().int().positive(),
    cap: z.number().int().positive(),
    cycleYears: z.number().int().positive(),
    notes: z.array(z.string().min(1)),
    provenance: ProvenanceSchema,
  }),
  /** One credential, one requirement (NHA, PAHCS). */
  z.strictObject({
    kind: z.literal('per-credential'),
    cycleYears: z.number().int().positive(),
    notes: z.array(z.string().min(1)),
    provenance: ProvenanceSchema,
  }),
]);
export type BodyCeuRule = z.infer<typeof BodyCeuRuleSchema>;

export const BodyInfoSchema = z.strictObject({
  id: BodySchema,
  name: z.string().min(1),
  summary: z.string().min(1),
  ceuRule: BodyCeuRuleSchema,
  provenance: ProvenanceSchema,
});
export type BodyInfo = z.infer<typeof BodyInfoSchema>;

export const CredentialsFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  sources: SourcesSchema,
  bodies: z.array(BodyInfoSchema).min(1),
  credentials: z.array(CredentialSchema).min(1),
});
export type CredentialsFile = z.infer<typeof CredentialsFileSchema>;

// ---------------------------------------------------------------------------------------------
// Career path (data/career.json)

export const CareerStepSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  stage: z.enum(['training', 'entry', 'certification', 'advancement']),
  title: z.string().min(1),
  detail: z.string().min(1),
  duration: z.string().min(1).nullable(),
  jobTitles: z.array(z.string().min(1)),
  settings: z.array(SettingSchema),
  keySkills: z.array(z.string().min(1)),
  relatedCredentials: z.array(credentialId),
  provenance: ProvenanceSchema,
});
export type CareerStep = z.infer<typeof CareerStepSchema>;

export const CareerFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  sources: SourcesSchema,
  steps: z.array(CareerStepSchema).min(1),
});
export type CareerFile = z.infer<typeof CareerFileSchema>;

// ---------------------------------------------------------------------------------------------
// Outlook (data/outlook.json)

export const OutlookFigureSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['pay', 'projection', 'employment']),
  /** What the number is, e.g. "Median annual wage" — pay figures must say median or mean. */
  label: z.string().min(1),
  statistic: z.enum(['median', 'mean', 'percent-change', 'count']),
  value: z.number(),
  unit: z.enum(['usd-per-year', 'percent', 'jobs']),
  /** Reference period as the source states it, e.g. "May 2024" or "2024–2034". */
  period: z.string().min(1),
  /** Occupation title the source used for that period. */
  occupation: z.string().min(1),
  /** SOC code the figure belongs to, when the source makes it clear. */
  soc: z.string().regex(/^\d{2}-\d{4}$/).nullable(),
  provenance: ProvenanceSchema,
});
export type OutlookFigure = z.infer<typeof OutlookFigureSchema>;

export const OutlookFileSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    sources: SourcesSchema,
    occupationNote: z.string().min(1),
    figures: z.array(OutlookFigureSchema).min(1),
  })
  .superRefine((f, ctx) => {
    f.figures.forEach((fig, i) => {
      if (fig.kind === 'pay' && fig.statistic !== 'median' && fig.statistic !== 'mean') {
        ctx.addIssue({ code: 'custom', path: ['figures', i, 'statistic'], message: 'a pay figure must be a median or a mean' });
      }
      if (fig.kind === 'pay' && !/median|mean/i.test(fig.label)) {
        ctx.addIssue({ code: 'custom', path: ['figures', i, 'label'], message: 'a pay label must say median or mean' });
      }
    });
  });
export type OutlookFile = z.infer<typeof OutlookFileSchema>;

// ---------------------------------------------------------------------------------------------
// The trainee's profile and persisted guide state

export const ProfileSchema = z.strictObject({
  education: EducationSchema,
  programAccreditation: AccreditationSchema,
  monthsExperience: z.number().int().min(0).max(1200),
  credentialsHeld: z.array(credentialId).max(50),
  memberships: z.array(BodySchema).max(BODIES.length),
  training: z.array(TrainingFlagSchema).max(TRAINING_FLAGS.length),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const DEFAULT_PROFILE: Profile = {
  education: 'high-school',
  programAccreditation: 'none',
  monthsExperience: 0,
  credentialsHeld: [],
  memberships: [],
  training: [],
};

export const CeuEntrySchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  credentialId,
  date: isoDate,
  hours: z.number().positive().max(1000),
  provider: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(300),
});
export type CeuEntry = z.infer<typeof CeuEntrySchema>;

/** A new entry as typed in the form (the extension assigns the id). */
export const CeuDraftSchema = CeuEntrySchema.omit({ id: true });
export type CeuDraft = z.infer<typeof CeuDraftSchema>;

export const GUIDE_STATE_VERSION = 1;

export const GuideStateSchema = z.strictObject({
  schemaVersion: z.literal(GUIDE_STATE_VERSION),
  profile: ProfileSchema,
  /** Career-path step id → ISO date it was ticked. */
  pathDone: z.record(z.string().regex(/^[a-z0-9-]+$/), isoDate),
  /** Body → start date of the current CEU cycle. */
  cycleStarts: z.partialRecord(BodySchema, isoDate),
  ceuLog: z.array(CeuEntrySchema).max(5000),
});
export type GuideState = z.infer<typeof GuideStateSchema>;

export function defaultGuideState(): GuideState {
  return { schemaVersion: GUIDE_STATE_VERSION, profile: { ...DEFAULT_PROFILE }, pathDone: {}, cycleStarts: {}, ceuLog: [] };
}

/** Envelope of an exported progress file. */
export const EXPORT_FORMAT = 'clean-claim-coach-progress';
export const ProgressExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  exportedAt: z.string().min(1),
  state: GuideStateSchema,
  /** The practice log (attempts, disputes), validated entry by entry by its owner on import. */
  practice: z.unknown().optional(),
});
export type ProgressExport = z.infer<typeof ProgressExportSchema>;
