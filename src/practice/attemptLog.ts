// The practice log: one JSON object per line (JSON lines), appended once per checked attempt or
// written dispute. Appending a whole line in one write keeps every entry when two windows append at
// once; reading skips a line that does not parse or does not fit the schema (a torn write, a hand
// edit) and counts it, so one bad line never costs the trainee the others. Pure; never throws.
import { z } from 'zod';

const isoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
const caseId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/);
const code = z.string().min(1).max(12);

/** One checked attempt at a case ("Check My Coding"). */
export const AttemptRecordSchema = z.strictObject({
  kind: z.literal('attempt'),
  /** Unique id (dedupes imports). */
  id: z.string().min(1).max(64),
  caseId,
  at: isoInstant,
  /** 0..1, as the grader computed it. */
  score: z.number().min(0).max(1),
  passed: z.boolean(),
  /** Key codes the claim lacked (diagnoses and services, as the grader prints them). */
  misses: z.array(code).max(100).default([]),
  /** Codes the claim had that the key does not support. */
  overcodes: z.array(code).max(100).default([]),
  /** The case's exam areas at the time of the attempt (data/exam-domains.json ids). */
  examDomains: z.array(z.string().min(1).max(80)).max(20).default([]),
  /** What the mock payer did with the claim: paid, partially-paid, denied, rejected. */
  submissionStatus: z.string().max(40).optional(),
  lintErrors: z.number().int().min(0).default(0),
  /** The attempt belongs to a timed set (exam mode). */
  timedSetId: z.string().max(64).optional(),
  /** The key had been shown for this case before this attempt. */
  afterAnswer: z.boolean().optional(),
});

/** The trainee's own rationale against a case's key ("I think …"). */
export const DisputeRecordSchema = z.strictObject({
  kind: z.literal('dispute'),
  id: z.string().min(1).max(64),
  caseId,
  at: isoInstant,
  text: z.string().trim().min(1).max(4000),
});

/** The key of a case was shown to the trainee (after a pass, three attempts, or on request). */
export const RevealRecordSchema = z.strictObject({
  kind: z.literal('reveal'),
  id: z.string().min(1).max(64),
  caseId,
  at: isoInstant,
});

export const LogEntrySchema = z.discriminatedUnion('kind', [AttemptRecordSchema, DisputeRecordSchema, RevealRecordSchema]);

export type AttemptRecord = z.infer<typeof AttemptRecordSchema>;
export type DisputeRecord = z.infer<typeof DisputeRecordSchema>;
export type RevealRecord = z.infer<typeof RevealRecordSchema>;
export type LogEntry = z.infer<typeof LogEntrySchema>;

export interface BadLine {
  /** 1-based line number in the log. */
  line: number;
  reason: string;
}

export interface ParsedLog {
  entries: LogEntry[];
  bad: BadLine[];
}

/** Lines longer than this are not parsed (a log line is well under 4 KB). */
const MAX_LINE = 64 * 1024;

export function parseAttemptLog(text: string): ParsedLog {
  const entries: LogEntry[] = [];
  const bad: BadLine[] = [];
  const seen = new Set<string>();
  const lines = String(text ?? '').split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    if (line.length > MAX_LINE) {
      bad.push({ line: i + 1, reason: 'line too long' });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      bad.push({ line: i + 1, reason: 'not JSON' });
      return;
    }
    const r = LogEntrySchema.safeParse(json);
    if (!r.success) {
      const issue = r.error.issues[0];
      bad.push({ line: i + 1, reason: `${issue?.path.join('.') || '(entry)'}: ${issue?.message ?? 'invalid'}` });
      return;
    }
    if (seen.has(r.data.id)) return; // the same entry twice (an import appended twice): keep one
    seen.add(r.data.id);
    entries.push(r.data);
  });
  return { entries, bad };
}

/** One log line (with its newline); throws only on a programming error (an invalid entry). */
export function serializeLogEntry(entry: LogEntry): string {
  return `${JSON.stringify(LogEntrySchema.parse(entry))}\n`;
}

/** Entries of `incoming` whose ids are not in `existing` (import merges, never overwrites). */
export function newEntries(existing: readonly LogEntry[], incoming: readonly LogEntry[]): LogEntry[] {
  const ids = new Set(existing.map((e) => e.id));
  const out: LogEntry[] = [];
  for (const e of incoming) {
    if (ids.has(e.id)) continue;
    ids.add(e.id);
    out.push(e);
  }
  return out;
}

/** Validates an exported list of entries (the "practice" part of a progress file). */
/** Entries one import reads (a trainee's log holds a few thousand; this only bounds a hostile file). */
export const MAX_IMPORTED_ENTRIES = 100_000;

export function parseExportedEntries(value: unknown): { ok: true; entries: LogEntry[]; skipped: number } | { ok: false; error: string } {
  if (value === undefined) return { ok: true, entries: [], skipped: 0 };
  if (!value || typeof value !== 'object' || !Array.isArray((value as { entries?: unknown }).entries)) return { ok: false, error: 'the practice history is not a list of entries' };
  const entries: LogEntry[] = [];
  const all = (value as { entries: unknown[] }).entries;
  // Past the limit, entries are counted as skipped (reported), not dropped without a word.
  let skipped = Math.max(0, all.length - MAX_IMPORTED_ENTRIES);
  for (const raw of all.slice(0, MAX_IMPORTED_ENTRIES)) {
    const r = LogEntrySchema.safeParse(raw);
    if (r.success) entries.push(r.data);
    else skipped++;
  }
  return { ok: true, entries, skipped };
}
