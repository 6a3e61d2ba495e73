// The manifest of the bundled data files (data/, described in data/README.md): each file, the
// schema it must fit and what it is; and the one way to read them, dataLoader. A feature imports its
// JSON itself (so each bundle carries only the files it uses) and reads it through dataLoader,
// which validates it once, on first use. test/unit/reference/dataFiles.test.ts checks every file of
// data/ is listed here, fits its schema and names its source and year.
import type * as z from 'zod';
import { CareerFileSchema, CredentialsFileSchema, OutlookFileSchema } from './guidance';
import { ExamDomainsFileSchema, GuidelineSectionsFileSchema } from './practiceData';
import { CptFileSchema, HcpcsFileSchema, IcdBookSchema, ModifiersFileSchema, MueFileSchema, NcciFileSchema, PayersFileSchema, PosFileSchema, ReasonCodesFileSchema } from './reference';

export interface DataFile {
  /** Path from the repository root. */
  file: string;
  schema: z.ZodType;
  /** What it holds, in a few words. */
  what: string;
}

export const DATA_FILES = {
  pos: { file: 'data/pos.json', schema: PosFileSchema, what: 'CMS place of service codes (box 24B)' },
  modifiers: { file: 'data/modifiers.json', schema: ModifiersFileSchema, what: 'CPT and HCPCS modifiers with their rules (E/M range, conflicts, NCCI-associated)' },
  hcpcs: { file: 'data/hcpcs.json', schema: HcpcsFileSchema, what: 'HCPCS Level II codes the practice claims use, with CMS descriptions' },
  cpt: { file: 'data/cpt.json', schema: CptFileSchema, what: 'CPT code numbers only (no descriptors) and section ranges' },
  ncci: { file: 'data/ncci-practice.json', schema: NcciFileSchema, what: 'practice NCCI-style procedure pairs (made-up training values)' },
  mue: { file: 'data/mue-practice.json', schema: MueFileSchema, what: 'practice MUE unit limits (made-up training values)' },
  payers: { file: 'data/payers.json', schema: PayersFileSchema, what: 'practice payer profiles (fictional payers)' },
  reasonCodes: { file: 'data/reason-codes.json', schema: ReasonCodesFileSchema, what: 'CARC, RARC and group codes with plain-language meanings' },
  icd10cmPractice: { file: 'data/icd10cm-practice.json', schema: IcdBookSchema, what: 'the ICD-10-CM practice code book (a curated subset)' },
  credentials: { file: 'data/credentials.json', schema: CredentialsFileSchema, what: 'certifying bodies and credentials (career guide)' },
  career: { file: 'data/career.json', schema: CareerFileSchema, what: 'the path from training to certification (career guide)' },
  outlook: { file: 'data/outlook.json', schema: OutlookFileSchema, what: 'pay and job-outlook figures with sources (career guide)' },
  examDomains: { file: 'data/exam-domains.json', schema: ExamDomainsFileSchema, what: 'CPC/CCA exam areas and ICD-10-CM chapters that practice cases are tagged with' },
  guidelineSections: { file: 'data/guideline-sections.json', schema: GuidelineSectionsFileSchema, what: 'ICD-10-CM Official Guidelines section ids and headings that case rationales cite' },
} as const satisfies Record<string, DataFile>;

export type DataFileName = keyof typeof DATA_FILES;
export type DataOf<K extends DataFileName> = z.infer<(typeof DATA_FILES)[K]['schema']>;

/** Reads a bundled file's JSON through its schema, once; a broken file is a build bug and throws with the file and the first issue. */
export function dataLoader<K extends DataFileName>(name: K, json: unknown): () => DataOf<K> {
  let value: DataOf<K> | undefined;
  return () => {
    if (value !== undefined) return value;
    const { file, schema } = DATA_FILES[name];
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file} is invalid at ${issue?.path.join('.') || '(top)'}: ${issue?.message}`);
    }
    value = parsed.data as DataOf<K>;
    return value;
  };
}
