// The Progress view's data: the pure summary (src/practice/progress) with area names, code titles,
// case titles and the CPC / CCA readiness sentences (pass marks from the credential data).
import { practiceCodeBook } from '../../codesets';
import { loadGuidanceData } from '../../guidance/data';
import { examDomains } from '../../practice/data';
import type { LogEntry } from '../../practice/attemptLog';
import { readiness, summarize, type CaseMeta, type ProgressSummary } from '../../practice/progress';
import { ProgressViewSchema, type ProgressView } from '../../shared/practiceProtocol';
import { domainName, type LibraryCase } from './library';

export function caseMetas(cases: readonly LibraryCase[]): CaseMeta[] {
  return cases.map((c) => ({ id: c.case.case.id, title: c.case.case.title, examDomains: c.case.case.examDomains, difficulty: c.case.case.difficulty }));
}

function passMark(exam: string): string | undefined {
  try {
    const c = loadGuidanceData().credentialById.get(exam) as { exam?: { passMark?: string | null } } | undefined;
    return c?.exam?.passMark ?? undefined;
  } catch {
    return undefined;
  }
}

function codeTitle(code: string): string | undefined {
  try {
    return practiceCodeBook().get(code)?.title;
  } catch {
    return undefined;
  }
}

export function buildProgressView(entries: readonly LogEntry[], skipped: number, cases: readonly LibraryCase[]): { view: ProgressView; summary: ProgressSummary } {
  const metas = caseMetas(cases);
  const summary = summarize(entries, metas);
  const titles = new Map(metas.map((m) => [m.id.toUpperCase(), m.title]));
  const exams = (d: string) => {
    try {
      return examDomains().get(d)?.exams ?? [];
    } catch {
      return [];
    }
  };
  const view = ProgressViewSchema.parse({
    totals: { ...summary.totals, casesAvailable: metas.length },
    byDomain: summary.byDomain.map((d) => ({ ...d, name: domainName(d.domain).slice(0, 300) })),
    missed: summary.missed.map((m) => {
      const title = codeTitle(m.code);
      return { code: m.code.slice(0, 12), ...(title ? { title: title.slice(0, 400) } : {}), count: m.count, cases: m.cases.slice(0, 100) };
    }),
    trend: summary.trend,
    next: summary.next.map((n) => ({ caseId: n.caseId, title: (titles.get(n.caseId.toUpperCase()) ?? n.caseId).slice(0, 300), reason: n.reason })),
    readiness: ['CPC', 'CCA'].map((exam) => ({ exam, sentence: readiness(summary, { exam, passMark: passMark(exam) }, exams, domainName).sentence })),
    skippedLines: skipped,
  });
  return { view, summary };
}
