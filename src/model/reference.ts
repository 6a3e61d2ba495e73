// zod schemas for the bundled reference data in data/ (code book, POS, modifiers, HCPCS, CPT, practice
// NCCI/MUE, reason codes). Every file has a top-level `meta` saying where its facts come from.
// Pure: no fs, no vscode. The payer profile schema lives in ./payer.
import { z } from 'zod';
import { PayerProfileSchema } from './payer';

/** Where a data file's facts come from. */
export const MetaSchema = z.object({
  /** Who publishes the facts (or "practice values" when the project made them up for training). */
  source: z.string().min(1),
  sourceUrl: z.url().optional(),
  /** The date or release the facts are as of (ISO date or a release name). */
  asOf: z.string().min(1),
  note: z.string().min(1),
});
export type Meta = z.infer<typeof MetaSchema>;

const SexSchema = z.enum(['M', 'F']);
/** ICD-10-CM code as written on the form: 3 characters, then a dot and 1–4 more. */
const DottedIcd = z.string().regex(/^[A-Z][0-9A-Z][0-9A-Z](\.[0-9A-Z]{1,4})?$/, 'ICD-10-CM code with the dot after the 3rd character');

// ---------------------------------------------------------------------------------------------
// ICD-10-CM practice code book (data/icd10cm-practice.json)

export const IcdEntrySchema = z
  .object({
    code: DottedIcd,
    title: z.string().min(1),
    billable: z.boolean(),
    sex: SexSchema.optional(),
    ageMin: z.number().int().min(0).max(124).optional(),
    ageMax: z.number().int().min(0).max(124).optional(),
  })
  .strict()
  .refine((e) => e.ageMin === undefined || e.ageMax === undefined || e.ageMin <= e.ageMax, 'ageMin must not exceed ageMax');

/** A family of codes that share an age or sex limit, with the reason (its source). */
export const FlagRuleSchema = z
  .object({
    id: z.string().min(1),
    /** Dotted or undotted code prefixes the rule covers ("O", "Z00.12"). */
    prefixes: z.array(z.string().min(1)).min(1),
    sex: SexSchema.optional(),
    ageMin: z.number().int().min(0).optional(),
    ageMax: z.number().int().min(0).optional(),
    basis: z.string().min(1),
  })
  .strict();
export type FlagRule = z.infer<typeof FlagRuleSchema>;

export const IcdBookSchema = z
  .object({
    meta: MetaSchema.extend({ fiscalYear: z.number().int(), flagRules: z.array(FlagRuleSchema) }),
    codes: z.array(IcdEntrySchema).min(1),
  })
  .strict();
export type IcdBook = z.infer<typeof IcdBookSchema>;

// ---------------------------------------------------------------------------------------------
// Place of Service (data/pos.json)

export const PlaceOfServiceSchema = z
  .object({
    code: z.string().regex(/^\d{2}$/),
    name: z.string().min(1),
    /** Medicare pays the lower "facility" rate for services at this place. */
    facility: z.boolean(),
    /** First date the code could be used, when its source records one. */
    effective: z.string().optional(),
  })
  .strict();
export type PlaceOfService = z.infer<typeof PlaceOfServiceSchema>;

export const PosFileSchema = z.object({ meta: MetaSchema, codes: z.array(PlaceOfServiceSchema).min(1) }).strict();

// ---------------------------------------------------------------------------------------------
// Modifiers (data/modifiers.json)

export const ModifierSchema = z
  .object({
    code: z.string().regex(/^[A-Z0-9]{2}$/),
    /** CPT (AMA, two digits) or HCPCS Level II (CMS, letters or letter + digit). */
    set: z.enum(['CPT', 'HCPCS']),
    /**
     * What it says, in the project's own words: HCPCS Level II only. CPT modifiers are numbers only:
     * their descriptors are AMA content and are never shipped, not even paraphrased.
     */
    meaning: z.string().min(1).max(160).optional(),
    /** A short claim-edit hint for trainees (E/M only, NCCI-associated, conflicts…). */
    hint: z.string().optional(),
  })
  .strict()
  .refine((m) => (m.set === 'CPT' ? m.meaning === undefined : m.meaning !== undefined), {
    message: 'a CPT modifier has no meaning (AMA content: numbers only); a HCPCS modifier has one',
  });
export type Modifier = z.infer<typeof ModifierSchema>;

/** Modifiers that cannot sit on one line: a conflict is two or more of the groups present at once. */
export const ModifierConflictSchema = z
  .object({
    id: z.string().min(1),
    groups: z.array(z.array(z.string().regex(/^[A-Z0-9]{2}$/)).min(1)).min(2),
    why: z.string().min(1),
  })
  .strict();
export type ModifierConflictRule = z.infer<typeof ModifierConflictSchema>;

export const ModifiersFileSchema = z
  .object({
    meta: MetaSchema,
    modifiers: z.array(ModifierSchema).min(1),
    rules: z
      .object({
        conflicts: z.array(ModifierConflictSchema),
        /** The E/M code range, inclusive ("99202-99499"). */
        emRange: z.string().regex(/^\d{5}-\d{5}$/),
        /** Modifiers that belong only on E/M codes. */
        emOnly: z.array(z.string()),
        /** Modifiers never used on E/M codes. */
        notOnEm: z.array(z.string()),
        /** Modifiers NCCI accepts to bypass a pair whose modifier indicator is 1. */
        ncciAssociated: z.array(z.string()),
      })
      .strict(),
  })
  .strict();
export type ModifiersFile = z.infer<typeof ModifiersFileSchema>;

// ---------------------------------------------------------------------------------------------
// HCPCS Level II (data/hcpcs.json)

export const HcpcsEntrySchema = z
  .object({
    code: z.string().regex(/^[A-CEGHJ-MP-V]\d{4}$/),
    /** The CMS long description. */
    description: z.string().min(1),
    /** What kind of item or service (the project's grouping, e.g. "Drugs administered other than oral method"). */
    category: z.string().min(1),
  })
  .strict();
export type HcpcsEntry = z.infer<typeof HcpcsEntrySchema>;

export const HcpcsFileSchema = z.object({ meta: MetaSchema, codes: z.array(HcpcsEntrySchema).min(1) }).strict();

// ---------------------------------------------------------------------------------------------
// CPT code numbers only (data/cpt.json): the codes the practice data uses, no descriptors or labels

export const CptRangeSchema = z
  .object({
    section: z.string().min(1),
    from: z.string().regex(/^\d{5}$/),
    to: z.string().regex(/^\d{5}$/),
  })
  .strict()
  .refine((r) => r.from <= r.to, 'from must not be after to');
export type CptRange = z.infer<typeof CptRangeSchema>;

/** A CPT code number, nothing else: descriptors (and paraphrases of them) are AMA content. */
export const CptCodeSchema = z.string().regex(/^\d{4}[0-9AFMTU]$/);

/** What a 4-digit + letter code is (Category II ends in F, Category III in T, …). */
export const CptSuffixSchema = z.object({ suffix: z.string().regex(/^[AFMTU]$/), section: z.string().min(1) }).strict();
export type CptSuffix = z.infer<typeof CptSuffixSchema>;

export const CptFileSchema = z
  .object({
    meta: MetaSchema.extend({ copyright: z.string().min(1) }),
    /** Category I sections, most specific first where they overlap (E/M inside Medicine). */
    ranges: z.array(CptRangeSchema).min(1),
    suffixes: z.array(CptSuffixSchema),
    codes: z.array(CptCodeSchema).min(1),
  })
  .strict();
export type CptFile = z.infer<typeof CptFileSchema>;

// ---------------------------------------------------------------------------------------------
// Practice NCCI-style PTP pairs (data/ncci-practice.json) and practice MUEs (data/mue-practice.json)

const ProcedureCode = z.string().regex(/^(\d{4}[0-9AFMTU]|[A-CEGHJ-MP-V]\d{4})$/);

export const NcciPairSchema = z
  .object({
    column1: ProcedureCode,
    column2: ProcedureCode,
    /** 0 = no modifier bypasses the pair; 1 = an NCCI-associated modifier on the column-2 line may. */
    modifierIndicator: z.union([z.literal(0), z.literal(1)]),
    rationale: z.string().min(1),
  })
  .strict()
  .refine((p) => p.column1 !== p.column2, 'a pair needs two different codes');
export type NcciPair = z.infer<typeof NcciPairSchema>;

export const NcciFileSchema = z
  .object({ meta: MetaSchema.extend({ practice: z.literal(true) }), pairs: z.array(NcciPairSchema).min(1) })
  .strict();

export const MueEntrySchema = z
  .object({
    code: ProcedureCode,
    units: z.number().int().positive(),
    /** MUE adjudication indicator: 1 line, 2 absolute date of service, 3 clinical date of service. */
    mai: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    rationale: z.string().min(1),
  })
  .strict();
export type MueEntry = z.infer<typeof MueEntrySchema>;

export const MueFileSchema = z
  .object({ meta: MetaSchema.extend({ practice: z.literal(true) }), limits: z.array(MueEntrySchema).min(1) })
  .strict();

// ---------------------------------------------------------------------------------------------
// Claim adjustment group codes, CARCs and RARCs (data/reason-codes.json)

export const ReasonCodeSchema = z
  .object({
    code: z.string().regex(/^[A-Z0-9]{1,6}$/),
    /** Plain-language meaning for trainees, in the project's words (X12 maintains the official text). */
    meaning: z.string().min(1),
    /** What a biller does about it. */
    action: z.string().min(1),
  })
  .strict();
export type ReasonCode = z.infer<typeof ReasonCodeSchema>;

export const ReasonCodesFileSchema = z
  .object({
    meta: MetaSchema,
    groups: z.array(ReasonCodeSchema.extend({ code: z.enum(['CO', 'PR', 'OA', 'PI']) })).length(4),
    carc: z.array(ReasonCodeSchema).min(1),
    rarc: z.array(ReasonCodeSchema).min(1),
  })
  .strict();
export type ReasonCodesFile = z.infer<typeof ReasonCodesFileSchema>;

// ---------------------------------------------------------------------------------------------
// Bundled practice payer profiles (data/payers.json)

export const PayersFileSchema = z.object({ meta: MetaSchema, payers: z.array(PayerProfileSchema).min(1) }).strict();
