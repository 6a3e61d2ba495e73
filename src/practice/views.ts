// What the Practice and Progress sidebar views show, from the case library and the practice log:
// one row per case (its state, best score, exam areas), the exam areas in use, and the Progress
// view (src/practice/progress.ts's summary with area names, code titles, case titles and the
// CPC / CCA readiness sentences). Pure: the extension passes the library, the log and whether a
// case's claim exists, and checks the result against the webview protocol.
import { practiceCodeBook } from '../codesets';
import { domainName } from './data';
import type { LogEntry } from './attemptLog';
import type { PracticeCase } from './model';
import { caseProgress, summarize, type CaseMeta, type ProgressSummary } from './progress';

/** A case of the library: bundled with the extension or found in the workspace. */
export interface LibraryEntry {
  case: PracticeCase;
  source: 'bundled' | 'workspace';
}

export function caseMetas(cases: readonly LibraryEntry[]): CaseMeta[] {
  // Area ids clipped to the protocol's 80 characters (a workspace case may name an unknown, long one).
  return cases.map((c) => ({ id: c.case.case.id, title: c.case.case.title, examDomains: c.case.case.examDomains.map((d) => d.slice(0, 80)), difficulty: c.case.case.difficulty }));
}

/** The Practice view's row for a case. */
export function caseRow(c: LibraryEntry, entries: readonly LogEntry[], hasClaim: boolean) {
  const p = caseProgress(c.case.case.id, entries);
  return {
    id: c.case.case.id,
    title: c.case.case.title.slice(0, 300),
    difficulty: c.case.case.difficulty,
    // Clipped to the protocol's bounds: a workspace case with an unknown, over-long area id still
    // reads (the finding is logged), and one row out of bounds would make the webview drop the list.
    examDomains: c.case.case.examDomains.slice(0, 20).map((d) => d.slice(0, 80)),
    source: c.source,
    state: p.state,
    attempts: p.attempts,
    ...(p.bestScore !== undefined ? { bestScore: Math.max(0, Math.min(1, p.bestScore)) } : {}),
    hasClaim,
  };
}

/** The exam areas the rows use, in first-use order, with their names. */
export function domainsOf(rows: readonly { examDomains: readonly string[] }[]): { id: string; name: string }[] {
  return [...new Set(rows.flatMap((c) => c.examDomains))].map((id) => ({ id, name: domainName(id).slice(0, 300) }));
}

function codeTitle(code: string): string | undefined {
  try {
    return practiceCodeBook().get(code)?.title;
  } catch {
    return undefined;
  }
}

/** An exam's readiness sentence (computed above this layer, with the credential data's pass marks). */
export type ReadinessOf = (summary: ProgressSummary, metas: readonly CaseMeta[], entries: readonly LogEntry[]) => readonly { exam: string; sentence: string }[];

/** The Progress view: `skipped` log lines could not be read; `readinessOf` gives the exam readiness sentences. */
export function progressViewData(entries: readonly LogEntry[], skipped: number, cases: readonly LibraryEntry[], readinessOf: ReadinessOf) {
  const metas = caseMetas(cases);
  const summary: ProgressSummary = summarize(entries, metas);
  const titles = new Map(metas.map((m) => [m.id.toUpperCase(), m.title]));
  const view = {
    totals: { ...summary.totals, casesAvailable: metas.length },
    byDomain: summary.byDomain.map((d) => ({ ...d, name: domainName(d.domain).slice(0, 300) })),
    missed: summary.missed.map((m) => {
      const title = codeTitle(m.code);
      return { code: m.code.slice(0, 12), ...(title ? { title: title.slice(0, 400) } : {}), count: m.count, cases: m.cases.slice(0, 100) };
    }),
    trend: summary.trend,
    next: summary.next.map((n) => ({ caseId: n.caseId, title: (titles.get(n.caseId.toUpperCase()) ?? n.caseId).slice(0, 300), reason: n.reason })),
    readiness: readinessOf(summary, metas, entries).map((r) => ({ exam: r.exam, sentence: r.sentence.slice(0, 1500) })),
    skippedLines: skipped,
  };
  return { view, summary };
}
