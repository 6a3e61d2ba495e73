// The Progress view's data: the pure summary (src/practice/progress) with area names, code titles,
// case titles and the CPC / CCA readiness sentences (./readiness: by exam area, pass marks from the
// credential data). Imports no vscode (unit-tested with long histories).
import { practiceCodeBook } from '../../codesets';
import type { LogEntry } from '../../practice/attemptLog';
import { summarize, type CaseMeta, type ProgressSummary } from '../../practice/progress';
import { ProgressViewSchema, type ProgressView } from '../../shared/practiceProtocol';
import { domainName } from '../../practice/data';
import type { LibraryCase } from './library';
import { readinessFor } from './readiness';

export function caseMetas(cases: readonly LibraryCase[]): CaseMeta[] {
  return cases.map((c) => ({ id: c.case.case.id, title: c.case.case.title, examDomains: c.case.case.examDomains, difficulty: c.case.case.difficulty }));
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
  const view = ProgressViewSchema.parse({
    totals: { ...summary.totals, casesAvailable: metas.length },
    byDomain: summary.byDomain.map((d) => ({ ...d, name: domainName(d.domain).slice(0, 300) })),
    missed: summary.missed.map((m) => {
      const title = codeTitle(m.code);
      return { code: m.code.slice(0, 12), ...(title ? { title: title.slice(0, 400) } : {}), count: m.count, cases: m.cases.slice(0, 100) };
    }),
    trend: summary.trend,
    next: summary.next.map((n) => ({ caseId: n.caseId, title: (titles.get(n.caseId.toUpperCase()) ?? n.caseId).slice(0, 300), reason: n.reason })),
    readiness: readinessFor(summary, metas, entries).map((r) => ({ exam: r.exam, sentence: r.sentence.slice(0, 1500) })),
    skippedLines: skipped,
  });
  return { view, summary };
}
