// The exam-domain ids (data/exam-domains.json) and the ICD-10-CM guideline sections that case
// rationales cite (data/guideline-sections.json): zod-validated once, on first use. Pure.
import { z } from 'zod';
import domainsJson from '../../data/exam-domains.json';
import guidelinesJson from '../../data/guideline-sections.json';
import { MetaSchema } from '../model/reference';

const CodeRange = z.string().regex(/^[0-9A-Z]{3,5}-[0-9A-Z]{3,5}$/);

export const ExamDomainSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    name: z.string().min(1),
    group: z.enum(['CPT', 'HCPCS', 'ICD-10-CM']),
    exams: z.array(z.enum(['CPC', 'CCA'])).min(1),
    sources: z.array(z.object({ source: z.url(), says: z.string().min(1) }).strict()).min(1),
    checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    cptSeries: CodeRange.optional(),
    icd10cmRange: CodeRange.optional(),
  })
  .strict();

export const ExamDomainsFileSchema = z.object({ meta: MetaSchema, domains: z.array(ExamDomainSchema).min(1) }).strict();

export const GuidelineSectionSchema = z
  .object({
    id: z.string().regex(/^(I|II|III|IV)(\.[A-Z]|\.[a-z]|\.\d+)*$/),
    title: z.string().min(1),
    chapter: z.string().min(1),
    sources: z.array(z.object({ url: z.url(), year: z.string().min(1), says: z.string().min(1) }).strict()).min(1),
    checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  })
  .strict();

export const GuidelineSectionsFileSchema = z.object({ meta: MetaSchema, sections: z.array(GuidelineSectionSchema) }).strict();

export type ExamDomain = z.infer<typeof ExamDomainSchema>;
export type GuidelineSection = z.infer<typeof GuidelineSectionSchema>;

function once<T>(build: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = build();
      done = true;
    }
    return value;
  };
}

function parsed<S extends z.ZodType>(file: string, schema: S, json: unknown): z.infer<S> {
  const r = schema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`${file} is invalid at ${issue?.path.join('.') || '(top)'}: ${issue?.message}`);
  }
  return r.data;
}

export const examDomains: () => ReadonlyMap<string, ExamDomain> = once(
  () => new Map(parsed('data/exam-domains.json', ExamDomainsFileSchema, domainsJson).domains.map((d) => [d.id, d])),
);

export const guidelineSections: () => ReadonlyMap<string, GuidelineSection> = once(
  () => new Map(parsed('data/guideline-sections.json', GuidelineSectionsFileSchema, guidelinesJson).sections.map((s) => [s.id, s])),
);
