// The exam-domain ids (data/exam-domains.json) and the ICD-10-CM guideline sections that case
// rationales cite (data/guideline-sections.json), read through the data manifest once. Pure.
import domainsJson from '../../data/exam-domains.json';
import guidelinesJson from '../../data/guideline-sections.json';
import { dataLoader } from '../model/dataFiles';
import type { ExamDomain, GuidelineSection } from '../model/practiceData';


const domainsFile = dataLoader('examDomains', domainsJson);
const guidelinesFile = dataLoader('guidelineSections', guidelinesJson);
let domains: ReadonlyMap<string, ExamDomain> | undefined;
let sections: ReadonlyMap<string, GuidelineSection> | undefined;

export const examDomains = (): ReadonlyMap<string, ExamDomain> => (domains ??= new Map(domainsFile().domains.map((d) => [d.id, d])));

/** The exam-domain file's meta (its sources and date), for a line under a readiness table. */
export const examDomainsMeta = (): { source: string; asOf: string } => domainsFile().meta;

export const guidelineSections = (): ReadonlyMap<string, GuidelineSection> => (sections ??= new Map(guidelinesFile().sections.map((s) => [s.id, s])));

/** An exam area's display name (its id when unknown, or when the data cannot be read). */
export function domainName(id: string): string {
  try {
    return examDomains().get(id)?.name ?? id;
  } catch {
    return id;
  }
}
