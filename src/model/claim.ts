// The practice claim model (CMS-1500 02/12 shaped), as zod schemas with per-field metadata.
// The metadata (box, 837P location, title, code kind) drives hovers, completion, unknown-field
// suggestions, the outline and the generated JSON Schema, so a field is described exactly once.
// Every field is optional: a missing field is a rule's business, never the parser's.
import { z } from 'zod';

/** How a code-like field is normalised: numbers are read as their digits; width is the minimum digit count. */
export type CodeKind =
  | 'icd10cm'
  | 'procedure'
  | 'modifier'
  | 'pos'
  | 'npi'
  | 'taxId'
  | 'zip'
  | 'state'
  | 'pointer'
  | 'id'
  | 'phone';

export interface FieldMeta {
  /** Short human title, e.g. "Place of service". */
  title: string;
  /** CMS-1500 box (item) number, e.g. "24B". */
  box?: string;
  /** 837P location, e.g. "2400 SV105 / 2300 CLM05-1". */
  x12?: string;
  /** What goes there, in a trainee's words. */
  description?: string;
  /** Code normalisation kind, for code-like string fields. */
  code?: CodeKind;
  /** Value format hint for leaf fields. */
  format?: 'date' | 'money';
}

/** Metadata registry: schema instance → field metadata. */
const metaRegistry = new WeakMap<z.ZodType, FieldMeta>();

function field<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  metaRegistry.set(schema, meta);
  return schema;
}

export function fieldMeta(schema: z.ZodType): FieldMeta | undefined {
  return metaRegistry.get(schema);
}

/** Minimum digit counts for code kinds whose leading zeros matter. */
export const CODE_MIN_DIGITS: Partial<Record<CodeKind, number>> = {
  procedure: 5,
  modifier: 2,
  pos: 2,
  npi: 10,
  taxId: 9,
  zip: 5,
};

const str = (meta: FieldMeta) => field(z.string(), meta);
const code = (meta: FieldMeta & { code: CodeKind }) => field(z.string(), meta);
const isoDate = (meta: FieldMeta) => field(z.string(), { ...meta, format: 'date' });
const money = (meta: FieldMeta) => field(z.number(), { ...meta, format: 'money' });
const bool = (meta: FieldMeta) => field(z.boolean(), meta);

const nameSchema = (meta: FieldMeta) =>
  field(
    z
      .object({
        last: str({ title: 'Last name' }),
        first: str({ title: 'First name' }),
        middle: str({ title: 'Middle name or initial' }),
        suffix: str({ title: 'Suffix (Jr, Sr, III)' }),
      })
      .partial(),
    meta,
  );

const addressSchema = (meta: FieldMeta) =>
  field(
    z
      .object({
        street: str({ title: 'Street address' }),
        city: str({ title: 'City' }),
        state: code({ title: 'State (two letters)', code: 'state' }),
        zip: code({ title: 'ZIP code (5 or 9 digits)', code: 'zip' }),
        phone: code({ title: 'Phone (digits only)', code: 'phone' }),
      })
      .partial(),
    meta,
  );

export const FREQUENCIES = ['original', 'replacement', 'void'] as const;
export const COVERAGES = ['medicare', 'medicaid', 'tricare', 'champva', 'group', 'feca', 'other'] as const;
export const SEXES = ['M', 'F'] as const;
export const RELATIONSHIPS = ['self', 'spouse', 'child', 'other'] as const;
export const REFERRING_QUALIFIERS = ['DN', 'DK', 'DQ'] as const;
export const PROVIDER_TYPES = ['organization', 'individual'] as const;
export const TAX_ID_TYPES = ['ein', 'ssn'] as const;

const enumField = <T extends readonly [string, ...string[]]>(values: T, meta: FieldMeta) => field(z.enum(values), meta);

const signatureSchema = (meta: FieldMeta) =>
  field(
    z
      .object({
        onFile: bool({ title: 'Signature on file (SOF)' }),
        date: isoDate({ title: 'Date signed' }),
      })
      .partial(),
    meta,
  );

export const ServiceLineSchema = z
  .object({
    from: isoDate({ title: 'Date of service (from)', box: '24A', x12: '2400 DTP*472' }),
    to: isoDate({ title: 'Date of service (to)', box: '24A', x12: '2400 DTP*472 (RD8)' }),
    placeOfService: code({ title: 'Place of service', box: '24B', x12: '2300 CLM05-1 / 2400 SV105', code: 'pos', description: 'Two-digit CMS Place of Service code, e.g. 11 = office.' }),
    emergency: bool({ title: 'Emergency indicator', box: '24C', x12: '2400 SV109' }),
    code: code({ title: 'Procedure code (CPT/HCPCS)', box: '24D', x12: '2400 SV101-2', code: 'procedure', description: 'CPT (5 characters) or HCPCS Level II (a letter and 4 digits) code for the service.' }),
    modifiers: field(z.array(code({ title: 'Modifier', box: '24D', code: 'modifier' })), { title: 'Modifiers (up to 4)', box: '24D', x12: '2400 SV101-3..6', description: 'Two-character modifiers that add detail to the procedure code.' }),
    pointers: field(z.array(code({ title: 'Diagnosis pointer', box: '24E', code: 'pointer' })), { title: 'Diagnosis pointers (A–L, up to 4)', box: '24E', x12: '2400 SV107', description: 'Letters naming the diagnoses in box 21 that justify this line, primary first.' }),
    charge: money({ title: 'Charge', box: '24F', x12: '2400 SV102' }),
    units: field(z.number(), { title: 'Days or units', box: '24G', x12: '2400 SV104' }),
    renderingNpi: code({ title: 'Rendering provider NPI', box: '24J', x12: '2420A NM109', code: 'npi' }),
  })
  .partial();

const referringSchema = field(
  z
    .object({
      qualifier: enumField(REFERRING_QUALIFIERS, { title: 'Qualifier (DN referring, DK ordering, DQ supervising)', box: '17', x12: '2310A NM101' }),
      name: nameSchema({ title: 'Referring provider name', box: '17', x12: '2310A NM103/NM104' }),
      npi: code({ title: 'Referring provider NPI', box: '17b', x12: '2310A NM109', code: 'npi' }),
    })
    .partial(),
  { title: 'Referring, ordering or supervising provider', box: '17', x12: '2310A NM1*DN / 2420E NM1*DK / 2310D NM1*DQ' },
);

const priorAuthObject = z
  .object({
    number: code({ title: 'Authorization number', box: '23', x12: '2300 REF*G1', code: 'id' }),
    from: isoDate({ title: 'Valid from', box: '23' }),
    to: isoDate({ title: 'Valid to', box: '23' }),
  })
  .partial();

export const ClaimSchema = z
  .object({
    version: field(z.number(), { title: 'Format version', description: 'Practice claim format version; absent means 1.' }),
    practiceCase: code({ title: 'Practice case', code: 'id', description: 'The id of the practice case this claim answers (e.g. EM-014): `claimlint grade` grades the claim against that case.' }),
    claim: field(
      z
        .object({
          id: code({ title: 'Patient account number', box: '26', x12: '2300 CLM01', code: 'id' }),
          frequency: enumField(FREQUENCIES, { title: 'Claim frequency', box: '22', x12: '2300 CLM05-3', description: 'original (1), replacement (7) or void (8).' }),
          originalReference: code({ title: 'Original reference number', box: '22', x12: '2300 REF*F8', code: 'id', description: "The payer's claim number of the claim being replaced or voided." }),
        })
        .partial(),
      { title: 'Claim identification', box: '22/26' },
    ),
    payer: field(
      z
        .object({
          id: code({ title: 'Payer id', x12: '2010BB NM109', code: 'id', description: 'Selects the practice payer profile.' }),
          name: str({ title: 'Payer name', x12: '2010BB NM103' }),
          coverage: enumField(COVERAGES, { title: 'Type of coverage', box: '1', x12: '2000B SBR09' }),
        })
        .partial(),
      { title: 'Payer', box: '1' },
    ),
    insured: field(
      z
        .object({
          memberId: code({ title: "Insured's ID number", box: '1a', x12: '2010BA NM109', code: 'id' }),
          name: nameSchema({ title: "Insured's name", box: '4', x12: '2010BA NM1*IL' }),
          address: addressSchema({ title: "Insured's address", box: '7', x12: '2010BA N3/N4' }),
          groupNumber: code({ title: "Insured's policy group number", box: '11', x12: '2000B SBR03', code: 'id' }),
          birthDate: isoDate({ title: "Insured's date of birth", box: '11a', x12: '2010BA DMG02' }),
          sex: enumField(SEXES, { title: "Insured's sex", box: '11a', x12: '2010BA DMG03' }),
        })
        .partial(),
      { title: 'Insured (policyholder)', box: '1a/4/7/11' },
    ),
    patient: field(
      z
        .object({
          name: nameSchema({ title: "Patient's name", box: '2', x12: '2010BA/2010CA NM1' }),
          birthDate: isoDate({ title: "Patient's birth date", box: '3', x12: 'DMG02' }),
          sex: enumField(SEXES, { title: "Patient's sex", box: '3', x12: 'DMG03' }),
          address: addressSchema({ title: "Patient's address", box: '5', x12: 'N3/N4' }),
          relationship: enumField(RELATIONSHIPS, { title: 'Patient relationship to insured', box: '6', x12: 'SBR02 / PAT01' }),
        })
        .partial(),
      { title: 'Patient', box: '2/3/5/6' },
    ),
    condition: field(
      z
        .object({
          employment: bool({ title: 'Related to employment?', box: '10a', x12: '2300 CLM11-1 (EM)' }),
          autoAccident: bool({ title: 'Auto accident?', box: '10b', x12: '2300 CLM11-2 (AA)' }),
          autoAccidentState: code({ title: 'Auto accident state', box: '10b', x12: '2300 CLM11-4', code: 'state' }),
          otherAccident: bool({ title: 'Other accident?', box: '10c', x12: '2300 CLM11-3 (OA)' }),
        })
        .partial(),
      { title: 'Is the condition related to…', box: '10a–c', x12: '2300 CLM11' },
    ),
    onsetDate: isoDate({ title: 'Date of current illness, injury or pregnancy', box: '14', x12: '2300 DTP*431' }),
    referringProvider: referringSchema,
    priorAuthorization: field(z.union([code({ title: 'Prior authorization number', box: '23', code: 'id' }), priorAuthObject]), {
      title: 'Prior authorization',
      box: '23',
      x12: '2300 REF*G1',
      description: "The payer's authorization number, as a string or as { number, from, to }.",
    }),
    referralNumber: code({ title: 'Referral number', box: '23', x12: '2300 REF*9F', code: 'id' }),
    diagnoses: field(z.array(code({ title: 'Diagnosis (ICD-10-CM)', box: '21', code: 'icd10cm' })), {
      title: 'Diagnoses (ICD-10-CM, A–L)',
      box: '21',
      x12: '2300 HI',
      description: 'ICD-10-CM codes, most important first, at most 12 (letters A–L).',
    }),
    services: field(z.array(ServiceLineSchema), { title: 'Service lines', box: '24', x12: '2400 loop', description: 'At most 50 lines (a paper form holds 6).' }),
    renderingProvider: field(
      z.object({ npi: code({ title: 'Rendering provider NPI', box: '24J', x12: '2310B NM109', code: 'npi' }) }).partial(),
      { title: 'Rendering provider (claim default)', box: '24J', x12: '2310B NM1*82' },
    ),
    serviceFacility: field(
      z
        .object({
          name: str({ title: 'Service facility name', box: '32', x12: '2310C NM103' }),
          address: addressSchema({ title: 'Service facility address', box: '32', x12: '2310C N3/N4' }),
          npi: code({ title: 'Service facility NPI', box: '32a', x12: '2310C NM109', code: 'npi' }),
        })
        .partial(),
      { title: 'Service facility location', box: '32', x12: '2310C NM1*77' },
    ),
    billingProvider: field(
      z
        .object({
          name: str({ title: 'Billing provider name', box: '33', x12: '2010AA NM103' }),
          type: enumField(PROVIDER_TYPES, { title: 'Billing provider type', box: '33', x12: '2010AA NM102' }),
          npi: code({ title: 'Billing provider NPI', box: '33a', x12: '2010AA NM109', code: 'npi' }),
          taxId: code({ title: 'Federal tax ID', box: '25', x12: '2010AA REF*EI / REF*SY', code: 'taxId' }),
          taxIdType: enumField(TAX_ID_TYPES, { title: 'Tax ID type (EIN or SSN)', box: '25', x12: 'REF01 EI / SY' }),
          address: addressSchema({ title: 'Billing provider address', box: '33', x12: '2010AA N3/N4' }),
          phone: code({ title: 'Billing provider phone', box: '33', x12: '2010AA PER', code: 'phone' }),
        })
        .partial(),
      { title: 'Billing provider', box: '33/25', x12: '2010AA NM1*85' },
    ),
    acceptAssignment: bool({ title: 'Accept assignment?', box: '27', x12: '2300 CLM07' }),
    totalCharge: money({ title: 'Total charge', box: '28', x12: '2300 CLM02' }),
    amountPaid: money({ title: 'Amount paid', box: '29', x12: '2300 AMT*F5' }),
    signatures: field(
      z
        .object({
          patient: signatureSchema({ title: "Patient's signature (release of information)", box: '12', x12: '2300 CLM09' }),
          insured: signatureSchema({ title: "Insured's signature (assignment of benefits)", box: '13', x12: '2300 CLM08' }),
          provider: field(
            z
              .object({
                name: str({ title: 'Signing physician or supplier' }),
                onFile: bool({ title: 'Signature on file (SOF)' }),
                date: isoDate({ title: 'Date signed' }),
              })
              .partial(),
            { title: 'Signature of physician or supplier', box: '31', x12: '2300 CLM06' },
          ),
        })
        .partial(),
      { title: 'Signatures', box: '12/13/31' },
    ),
  })
  .partial();

export type Claim = z.infer<typeof ClaimSchema>;
export type ServiceLine = z.infer<typeof ServiceLineSchema>;
export type PriorAuthorization = Claim['priorAuthorization'];

/** Diagnosis pointer letters, in order: index 0 = A. */
export const POINTER_LETTERS = 'ABCDEFGHIJKL';
