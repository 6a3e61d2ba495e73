// The schemas of the practice-case data files: exam-domain ids (data/exam-domains.json) and the
// ICD-10-CM guideline sections case rationales cite (data/guideline-sections.json). Pure.
import { z } from 'zod';
import { MetaSchema } from './reference';

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
