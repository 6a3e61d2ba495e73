// The practice case model (practice-cases.md): an encounter to code — the documentation a trainee
// reads — and the answer key an instructor grades against. zod schemas for the strict shape of a
// case file; src/practice/parse.ts reads a file leniently and reports what does not fit as
// findings with ranges, never by throwing.
import { z } from 'zod';

export const CASE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Settings a case may name (the encounter's setting; place of service is the claim's business). */
export const CASE_SETTINGS = ['office', 'outpatient-hospital', 'ambulatory-surgery', 'emergency', 'urgent-care', 'inpatient', 'telehealth', 'home', 'skilled-nursing', 'laboratory'] as const;

const code = z.string().min(1);

export const KeyServiceSchema = z
  .object({
    /** CPT or HCPCS Level II number (never a CPT descriptor). */
    code,
    /** Compared as a set. */
    modifiers: z.array(code).max(4).default([]),
    /** A missing units counts as 1. */
    units: z.number().positive().optional(),
    /** An optional line earns nothing and costs nothing. */
    optional: z.boolean().default(false),
  })
  .strict();

export const RationaleSchema = z
  .object({
    codes: z.array(code).min(1),
    /** ICD-10-CM Official Guidelines section id (data/guideline-sections.json), when one applies. */
    guideline: z.string().min(1).optional(),
    text: z.string().min(1),
  })
  .strict();

export const CaseKeySchema = z
  .object({
    diagnoses: z
      .object({
        first: code,
        others: z.array(code).default([]),
        optional: z.array(code).default([]),
      })
      .strict(),
    services: z.array(KeyServiceSchema).min(1),
    rationale: z.array(RationaleSchema).default([]),
  })
  .strict();

export const CaseInfoSchema = z
  .object({
    id: z.string().regex(CASE_ID_PATTERN, 'letters, digits and "-" only (at most 40)'),
    title: z.string().min(1),
    specialty: z.string().min(1),
    setting: z.enum(CASE_SETTINGS),
    examDomains: z.array(z.string().min(1)).min(1),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: '1 (first week), 2 or 3 (exam level)' }),
    payerId: z.string().min(1),
    dateOfService: z.string().regex(ISO_DATE_PATTERN, 'a date written YYYY-MM-DD'),
    patient: z
      .object({
        sex: z.enum(['M', 'F']),
        birthDate: z.string().regex(ISO_DATE_PATTERN, 'a date written YYYY-MM-DD'),
      })
      .strict(),
    /** Two-digit place of service for the claim (defaults from the setting). */
    placeOfService: z.string().regex(/^\d{2}$/).optional(),
  })
  .strict();

export const CaseFileSchema = z
  .object({
    version: z.literal(1).default(1),
    case: CaseInfoSchema,
    note: z.string().min(1),
    /** Absent in a student copy. */
    key: CaseKeySchema.optional(),
  })
  .strict();

export type KeyService = z.infer<typeof KeyServiceSchema>;
export type CaseKey = z.infer<typeof CaseKeySchema>;
export type CaseInfo = z.infer<typeof CaseInfoSchema>;
export type PracticeCase = z.infer<typeof CaseFileSchema>;

/** Place of service a setting implies when the case does not name one (CMS POS codes). */
export const SETTING_POS: Record<(typeof CASE_SETTINGS)[number], string> = {
  office: '11',
  'outpatient-hospital': '22',
  'ambulatory-surgery': '24',
  emergency: '23',
  'urgent-care': '20',
  inpatient: '21',
  telehealth: '10',
  home: '12',
  'skilled-nursing': '31',
  laboratory: '81',
};

export function placeOfServiceFor(info: Pick<CaseInfo, 'setting' | 'placeOfService'>): string {
  return info.placeOfService ?? SETTING_POS[info.setting];
}

/** Codes compared as the spec says: without the dot, upper case, trimmed. */
export function compareForm(code: string): string {
  return String(code).trim().toUpperCase().replace(/\./g, '');
}
