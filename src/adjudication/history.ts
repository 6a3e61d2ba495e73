// Submission history, pure parts: the entry schema, JSON Lines (de)serialisation with validation,
// attempt numbering and CSV export. The extension owns the file (src/extension/submission/historyStore.ts).
import { z } from 'zod';
import { SubmissionResultSchema, type SubmissionResult } from '../model/submission';

export const HistoryEntrySchema = z.object({
  version: z.literal(1),
  id: z.string(),
  /** Workspace-relative path of the claim file (or its URI for files outside the workspace). */
  file: z.string(),
  claimId: z.string(),
  attempt: z.number().int().positive(),
  submittedAt: z.string(),
  status: z.enum(['rejected', 'denied', 'partially-paid', 'paid']),
  totals: z.object({ billed: z.number(), paid: z.number(), patientResponsibility: z.number() }),
  /** The claim text as submitted. */
  snapshot: z.string(),
  /** The full result, validated with the one result schema (a bad line is skipped, never shown). */
  result: SubmissionResultSchema,
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export interface ParsedHistory {
  entries: HistoryEntry[];
  /** 1-based line numbers that could not be read. */
  badLines: number[];
}

export function parseHistory(text: string): ParsedHistory {
  const entries: HistoryEntry[] = [];
  const badLines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const parsed = HistoryEntrySchema.safeParse(JSON.parse(line));
      if (parsed.success) entries.push(parsed.data);
      else badLines.push(i + 1);
    } catch {
      badLines.push(i + 1);
    }
  });
  return { entries, badLines };
}

export function serializeEntry(entry: HistoryEntry): string {
  return `${JSON.stringify(entry)}\n`;
}

export function nextAttempt(entries: readonly HistoryEntry[], file: string): number {
  return entries.filter((e) => e.file === file).reduce((n, e) => Math.max(n, e.attempt), 0) + 1;
}

export function makeEntry(result: SubmissionResult, file: string, snapshot: string, entries: readonly HistoryEntry[]): HistoryEntry {
  const attempt = nextAttempt(entries, file);
  return {
    version: 1,
    id: `${result.submittedAt}#${file}#${attempt}`,
    file,
    claimId: result.claimId,
    attempt,
    submittedAt: result.submittedAt,
    status: result.status,
    totals: result.totals,
    snapshot,
    result,
  };
}

const csvCell = (v: unknown) => {
  const s = String(v ?? '');
  // Quote always; neutralise spreadsheet formulas in text cells.
  const safe = /^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
};

export function historyToCsv(entries: readonly HistoryEntry[]): string {
  const header = ['submittedAt', 'file', 'claimId', 'attempt', 'status', 'billed', 'paid', 'patientResponsibility', 'reasons'];
  const rows = entries.map((e) => [
    e.submittedAt,
    e.file,
    e.claimId,
    e.attempt,
    e.status,
    e.totals.billed.toFixed(2),
    e.totals.paid.toFixed(2),
    e.totals.patientResponsibility.toFixed(2),
    e.result.reasons.map((r) => `${r.ruleId}${r.carc ? ` (CARC ${r.carc})` : ''}`).join('; '),
  ]);
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
