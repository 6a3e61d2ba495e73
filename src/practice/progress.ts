// Progress from the practice log: each case's state (new, attempted, passed) and best score,
// accuracy by exam area, the codes the trainee keeps missing, the trend of the last attempts and
// what to practise next; exam readiness by area is src/guidance/readiness.ts. Pure and
// deterministic (entries are read in time order; ties keep the log order).
import type { AttemptRecord, DisputeRecord, LogEntry } from './attemptLog';

export type CaseState = 'new' | 'attempted' | 'passed';

/** What progress needs to know about a case. */
export interface CaseMeta {
  id: string;
  title: string;
  examDomains: readonly string[];
  difficulty: 1 | 2 | 3;
}

export interface CaseProgress {
  caseId: string;
  state: CaseState;
  attempts: number;
  /** Best score so far (undefined before the first attempt). */
  bestScore?: number;
  lastScore?: number;
  lastAt?: string;
  /** The key was shown (after a pass, three attempts or on request). */
  answerShown: boolean;
  disputes: DisputeRecord[];
}

export interface DomainProgress {
  domain: string;
  /** Cases of this area the trainee has checked at least once. */
  casesAttempted: number;
  casesPassed: number;
  /** casesPassed / casesAttempted (0 when nothing attempted). */
  passRate: number;
  /** Mean of the best scores of the attempted cases. */
  meanBestScore: number;
  /** Cases of this area in the library. */
  casesAvailable: number;
}

export interface MissedCode {
  code: string;
  /** Attempts that missed it. */
  count: number;
  /** Cases where it was missed. */
  cases: string[];
}

export interface TrendPoint {
  caseId: string;
  at: string;
  score: number;
  passed: boolean;
}

export interface NextCase {
  caseId: string;
  reason: string;
}

export interface ProgressSummary {
  cases: CaseProgress[];
  byDomain: DomainProgress[];
  missed: MissedCode[];
  trend: TrendPoint[];
  next: NextCase[];
  totals: { attempts: number; casesAttempted: number; casesPassed: number; passRate: number };
}

export interface SummaryOptions {
  /** Trend length (default 10). */
  trendLength?: number;
  /** Most-missed list length (default 8). */
  missedLength?: number;
  /** How many suggestions (default 3). */
  nextLength?: number;
}

const byTime = <T extends { at: string }>(xs: readonly T[]): T[] => xs.map((x, i) => ({ x, i })).sort((a, b) => (a.x.at < b.x.at ? -1 : a.x.at > b.x.at ? 1 : a.i - b.i)).map((p) => p.x);

export function caseProgress(caseId: string, entries: readonly LogEntry[]): CaseProgress {
  const id = caseId.toUpperCase();
  const mine = byTime(entries.filter((e) => e.caseId.toUpperCase() === id));
  const attempts = mine.filter((e): e is AttemptRecord => e.kind === 'attempt');
  const best = attempts.length ? Math.max(...attempts.map((a) => a.score)) : undefined;
  const last = attempts[attempts.length - 1];
  return {
    caseId,
    state: attempts.some((a) => a.passed) ? 'passed' : attempts.length ? 'attempted' : 'new',
    attempts: attempts.length,
    ...(best !== undefined ? { bestScore: best } : {}),
    ...(last ? { lastScore: last.score, lastAt: last.at } : {}),
    answerShown: mine.some((e) => e.kind === 'reveal'),
    disputes: mine.filter((e): e is DisputeRecord => e.kind === 'dispute'),
  };
}

export function summarize(entries: readonly LogEntry[], cases: readonly CaseMeta[], options: SummaryOptions = {}): ProgressSummary {
  const trendLength = options.trendLength ?? 10;
  const missedLength = options.missedLength ?? 8;
  const nextLength = options.nextLength ?? 3;
  const attempts = byTime(entries.filter((e): e is AttemptRecord => e.kind === 'attempt'));
  const known = new Map(cases.map((c) => [c.id.toUpperCase(), c]));

  // Every case of the library, plus cases the log names that are no longer there.
  const ids = [...cases.map((c) => c.id)];
  for (const a of attempts) if (!known.has(a.caseId.toUpperCase()) && !ids.some((i) => i.toUpperCase() === a.caseId.toUpperCase())) ids.push(a.caseId);
  const progress = ids.map((id) => caseProgress(id, entries));
  const progressById = new Map(progress.map((p) => [p.caseId.toUpperCase(), p]));

  // Exam areas: from the case when it is known, else from the attempt as it was recorded.
  const domainsOf = (id: string): readonly string[] => known.get(id.toUpperCase())?.examDomains ?? attempts.filter((a) => a.caseId.toUpperCase() === id.toUpperCase()).at(-1)?.examDomains ?? [];
  const domainIds: string[] = [];
  for (const id of ids) for (const d of domainsOf(id)) if (!domainIds.includes(d)) domainIds.push(d);
  const byDomain: DomainProgress[] = domainIds.map((domain) => {
    const inArea = ids.filter((id) => domainsOf(id).includes(domain));
    const tried = inArea.map((id) => progressById.get(id.toUpperCase())!).filter((p) => p.attempts > 0);
    const passed = tried.filter((p) => p.state === 'passed').length;
    return {
      domain,
      casesAttempted: tried.length,
      casesPassed: passed,
      passRate: tried.length ? passed / tried.length : 0,
      meanBestScore: tried.length ? tried.reduce((s, p) => s + (p.bestScore ?? 0), 0) / tried.length : 0,
      casesAvailable: inArea.filter((id) => known.has(id.toUpperCase())).length,
    };
  });

  // Codes missed, counted per attempt; a code missed then got right still counts (it was missed).
  const missedMap = new Map<string, MissedCode>();
  for (const a of attempts) {
    for (const code of new Set(a.misses)) {
      const m = missedMap.get(code) ?? { code, count: 0, cases: [] };
      m.count++;
      if (!m.cases.includes(a.caseId)) m.cases.push(a.caseId);
      missedMap.set(code, m);
    }
  }
  const missed = [...missedMap.values()].sort((a, b) => b.count - a.count || b.cases.length - a.cases.length || a.code.localeCompare(b.code)).slice(0, missedLength);

  const trend = attempts.slice(-trendLength).map((a) => ({ caseId: a.caseId, at: a.at, score: a.score, passed: a.passed }));

  const tried = progress.filter((p) => p.attempts > 0);
  const passedCount = tried.filter((p) => p.state === 'passed').length;
  const totals = { attempts: attempts.length, casesAttempted: tried.length, casesPassed: passedCount, passRate: tried.length ? passedCount / tried.length : 0 };

  return { cases: progress, byDomain, missed, trend, next: suggestNext(progress, byDomain, cases, nextLength), totals };
}

/**
 * What to practise next: first a case tried and not yet passed (finish what you started), then a new
 * case in the weakest area tried so far, then a new case in an area not tried yet, easiest first.
 */
export function suggestNext(progress: readonly CaseProgress[], byDomain: readonly DomainProgress[], cases: readonly CaseMeta[], limit = 3): NextCase[] {
  const out: NextCase[] = [];
  const take = (caseId: string, reason: string) => {
    if (out.length < limit && !out.some((n) => n.caseId === caseId)) out.push({ caseId, reason });
  };
  const p = new Map(progress.map((x) => [x.caseId.toUpperCase(), x]));
  const meta = new Map(cases.map((c) => [c.id.toUpperCase(), c]));
  const unfinished = progress.filter((x) => x.state === 'attempted' && meta.has(x.caseId.toUpperCase())).sort((a, b) => (b.bestScore ?? 0) - (a.bestScore ?? 0));
  for (const u of unfinished) take(u.caseId, `You have tried it ${u.attempts} time${u.attempts === 1 ? '' : 's'} (best ${pct(u.bestScore ?? 0)}): finish it.`);
  const fresh = (c: CaseMeta) => (p.get(c.id.toUpperCase())?.state ?? 'new') === 'new';
  const easiest = (xs: CaseMeta[]) => xs.slice().sort((a, b) => a.difficulty - b.difficulty || a.id.localeCompare(b.id));
  const weak = byDomain.filter((d) => d.casesAttempted > 0).sort((a, b) => a.passRate - b.passRate || a.meanBestScore - b.meanBestScore);
  for (const d of weak) {
    if (d.passRate >= 1) break;
    const c = easiest(cases.filter((x) => x.examDomains.includes(d.domain) && fresh(x)))[0];
    if (c) take(c.id, `A new case in an area where you pass ${pct(d.passRate)} of cases.`);
  }
  const triedAreas = new Set(byDomain.filter((d) => d.casesAttempted > 0).map((d) => d.domain));
  for (const c of easiest(cases.filter((x) => fresh(x) && x.examDomains.some((d) => !triedAreas.has(d))))) {
    take(c.id, 'An exam area you have not practised yet.');
  }
  for (const c of easiest(cases.filter(fresh))) take(c.id, 'A case you have not tried yet.');
  return out;
}

export function pct(x: number): string {
  return `${Math.round(Math.max(0, Math.min(1, x)) * 100)}%`;
}
