// Glue between the practice log and the career guide: the trainee's practice (log entries and the
// case library) becomes exam readiness by exam area (src/guidance/readiness.ts) for the CPC and the
// CCA, with the pass marks of the guide's credential data and the areas of data/exam-domains.json.
// The Progress view shows its sentences; the guide's Credentials section gets the whole view as a
// `readiness` message (src/shared/sidebarProtocol.ts). Imports no vscode: the relay below is how
// the guide (registered before practice) is told when practice changed.
import { loadGuidanceData } from '../../guidance/data';
import { examReadiness, type ExamArea, type ExamFacts, type ExamReadiness, type PracticedCase } from '../../guidance/readiness';
import type { LogEntry } from '../../practice/attemptLog';
import { examDomains, examDomainsMeta } from '../../practice/data';
import { summarize, type CaseMeta, type ProgressSummary } from '../../practice/progress';
import { ReadinessViewSchema, type ReadinessView } from '../../shared/sidebarProtocol';

/** The exams readiness is shown for (the credentials whose exam areas data/exam-domains.json lists). */
export const READINESS_EXAMS = ['CPC', 'CCA'] as const;

/** Every case of the library and of the log, with the trainee's state on it. */
export function practicedCases(summary: ProgressSummary, metas: readonly CaseMeta[], entries: readonly LogEntry[]): PracticedCase[] {
  const meta = new Map(metas.map((m) => [m.id.toUpperCase(), m]));
  // A case only the log names (removed from the workspace): its areas as the last attempt recorded them.
  const loggedAreas = new Map<string, readonly string[]>();
  for (const e of entries) if (e.kind === 'attempt') loggedAreas.set(e.caseId.toUpperCase(), e.examDomains);
  return summary.cases.map((p) => {
    const m = meta.get(p.caseId.toUpperCase());
    return {
      id: p.caseId,
      examDomains: m?.examDomains ?? loggedAreas.get(p.caseId.toUpperCase()) ?? [],
      attempts: p.attempts,
      passed: p.state === 'passed',
      ...(p.bestScore !== undefined ? { bestScore: p.bestScore } : {}),
      inLibrary: !!m,
    };
  });
}

export function examAreas(): ExamArea[] {
  try {
    return [...examDomains().values()].map((d) => ({ id: d.id, name: d.name, group: d.group, exams: d.exams }));
  } catch {
    return [];
  }
}

/** An exam's name and pass mark as the guide's credential data states them. */
export function examFacts(id: string): ExamFacts {
  try {
    const c = loadGuidanceData().credentialById.get(id);
    if (c) return { id, name: c.name, passMark: c.exam.passMark };
  } catch {
    // a broken data file is reported where the guide loads it; readiness says "not confirmed"
  }
  return { id, name: id, passMark: null };
}

/** Readiness for each of READINESS_EXAMS. */
export function readinessFor(summary: ProgressSummary, metas: readonly CaseMeta[], entries: readonly LogEntry[]): ExamReadiness[] {
  const cases = practicedCases(summary, metas, entries);
  const areas = examAreas();
  return READINESS_EXAMS.map((exam) => examReadiness(examFacts(exam), areas, cases));
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The guide's `readiness` message body, validated. Its size depends on the number of exam areas,
 * never on the length of the practice history (a long history only changes the counts).
 */
export function buildReadinessView(entries: readonly LogEntry[], skippedLines: number, metas: readonly CaseMeta[], summary: ProgressSummary = summarize(entries, metas)): ReadinessView {
  const exams = readinessFor(summary, metas, entries).map((r) => ({
    ...r,
    name: clip(r.name, 200),
    passMark: r.passMark === null ? null : clip(r.passMark, 200),
    areas: r.areas.slice(0, 200).map((a) => ({ ...a, name: clip(a.name, 300), group: clip(a.group, 40) })),
    ...(r.weakest ? { weakest: { ...r.weakest, name: clip(r.weakest.name, 300) } } : {}),
    sentence: clip(r.sentence, 1500),
  }));
  let areasSource = '';
  try {
    const m = examDomainsMeta();
    areasSource = clip(`Exam areas: ${m.source} (as of ${m.asOf}).`, 600);
  } catch {
    // no line under the table
  }
  return ReadinessViewSchema.parse({ exams, attempts: summary.totals.attempts, skippedLines, areasSource });
}

export interface ReadinessSource {
  get(): Promise<ReadinessView>;
}

/**
 * Connects the practice feature (the source) to the guide view (the listener): the guide is
 * registered first, so it holds the relay and practice connects to it once its store is up.
 */
export class ReadinessRelay {
  private source: ReadinessSource | undefined;
  private readonly listeners = new Set<() => void>();

  connect(source: ReadinessSource): { dispose(): void } {
    this.source = source;
    this.changed();
    return { dispose: () => (this.source === source ? (this.source = undefined) : undefined) };
  }

  /** The current readiness, or undefined before practice is connected. */
  get(): Promise<ReadinessView | undefined> {
    return this.source ? this.source.get() : Promise.resolve(undefined);
  }

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Practice changed (an attempt, an import, a case file): listeners fetch the new view. */
  changed(): void {
    for (const l of [...this.listeners]) l();
  }
}
