// A timed set (exam mode): N cases from chosen areas against a countdown; no hints or answers until
// the set ends; then a summary by area. The state is a small value saved atomically after every
// change; a running set is saved with the time left, so reloading the window or closing VS Code
// pauses it where it was. Pure.
import { z } from 'zod';
import type { AttemptRecord, LogEntry } from './attemptLog';
import type { CaseMeta } from './progress';

export const TimedSetSchema = z.strictObject({
  version: z.literal(1),
  id: z.string().min(1).max(64),
  caseIds: z.array(z.string().min(1).max(40)).min(1).max(50),
  domains: z.array(z.string().max(80)).max(40),
  durationMs: z.number().int().min(60_000).max(24 * 3600_000),
  /** Time left when last paused or saved. */
  remainingMs: z.number().min(0),
  /** When it last (re)started running; absent while paused. */
  runningSince: z.string().optional(),
  checked: z.array(z.string().max(40)).max(50),
  endedAt: z.string().optional(),
});
export type TimedSet = z.infer<typeof TimedSetSchema>;

export function remainingMs(s: TimedSet, now: number): number {
  if (s.endedAt) return 0;
  if (!s.runningSince) return s.remainingMs;
  return Math.max(0, s.remainingMs - Math.max(0, now - Date.parse(s.runningSince)));
}

/** Picks `count` cases from the areas (all areas when none), fewest attempts first, then by id. */
export function pickCases(cases: readonly CaseMeta[], domains: readonly string[], count: number, attemptsOf: (id: string) => number): string[] {
  const pool = cases.filter((c) => !domains.length || c.examDomains.some((d) => domains.includes(d)));
  return pool
    .slice()
    .sort((a, b) => attemptsOf(a.id) - attemptsOf(b.id) || a.id.localeCompare(b.id, undefined, { numeric: true }))
    .slice(0, Math.max(1, count))
    .map((c) => c.id);
}

export function startSet(id: string, caseIds: string[], domains: string[], minutes: number, now: number): TimedSet {
  const durationMs = Math.round(minutes * 60_000);
  return TimedSetSchema.parse({ version: 1, id, caseIds, domains, durationMs, remainingMs: durationMs, runningSince: new Date(now).toISOString(), checked: [] });
}

export function pauseSet(s: TimedSet, now: number): TimedSet {
  if (!s.runningSince || s.endedAt) return s;
  const { runningSince: _r, ...rest } = s;
  return { ...rest, remainingMs: remainingMs(s, now) };
}

export function resumeSet(s: TimedSet, now: number): TimedSet {
  if (s.runningSince || s.endedAt) return s;
  return { ...s, runningSince: new Date(now).toISOString() };
}

/** A running set as saved for a restart: paused with the time it had left. */
export function snapshotForRestart(s: TimedSet, now: number): TimedSet {
  return pauseSet(s, now);
}

export function markChecked(s: TimedSet, caseId: string): TimedSet {
  const id = s.caseIds.find((c) => c.toUpperCase() === caseId.toUpperCase());
  return id && !s.checked.includes(id) ? { ...s, checked: [...s.checked, id] } : s;
}

export function endSet(s: TimedSet, now: number): TimedSet {
  if (s.endedAt) return s;
  const paused = pauseSet(s, now);
  return { ...paused, endedAt: new Date(now).toISOString() };
}

export interface SetSummary {
  cases: { caseId: string; score: number; passed: boolean; checked: boolean }[];
  byDomain: { domain: string; cases: number; passed: number; meanScore: number }[];
  score: number;
}

/** The set's result: each case's best attempt within the set (0 when never checked), by area. */
export function summarizeSet(s: TimedSet, entries: readonly LogEntry[], cases: readonly CaseMeta[]): SetSummary {
  const mine = entries.filter((e): e is AttemptRecord => e.kind === 'attempt' && e.timedSetId === s.id);
  const rows = s.caseIds.map((caseId) => {
    const tries = mine.filter((a) => a.caseId.toUpperCase() === caseId.toUpperCase());
    const best = tries.reduce<AttemptRecord | undefined>((b, a) => (!b || a.score > b.score ? a : b), undefined);
    return { caseId, score: best?.score ?? 0, passed: !!best?.passed, checked: !!best };
  });
  const meta = new Map(cases.map((c) => [c.id.toUpperCase(), c]));
  const domains: string[] = [];
  for (const r of rows) for (const d of meta.get(r.caseId.toUpperCase())?.examDomains ?? []) if (!domains.includes(d)) domains.push(d);
  const byDomain = domains.map((domain) => {
    const inArea = rows.filter((r) => meta.get(r.caseId.toUpperCase())?.examDomains.includes(domain));
    return { domain, cases: inArea.length, passed: inArea.filter((r) => r.passed).length, meanScore: inArea.reduce((t, r) => t + r.score, 0) / inArea.length };
  });
  return { cases: rows, byDomain, score: rows.length ? rows.reduce((t, r) => t + r.score, 0) / rows.length : 0 };
}
