// The Progress view's data (src/practice/views.ts), with the CPC / CCA pass marks from the
// credential data, checked against the webview protocol.
import { loadGuidanceData } from '../../guidance/data';
import type { LogEntry } from '../../practice/attemptLog';
import type { ProgressSummary } from '../../practice/progress';
import { progressViewData } from '../../practice/views';
import { ProgressViewSchema, type ProgressView } from '../../shared/practiceProtocol';
import type { LibraryCase } from './library';

function passMark(exam: string): string | undefined {
  try {
    const c = loadGuidanceData().credentialById.get(exam) as { exam?: { passMark?: string | null } } | undefined;
    return c?.exam?.passMark ?? undefined;
  } catch {
    return undefined;
  }
}

export function buildProgressView(entries: readonly LogEntry[], skipped: number, cases: readonly LibraryCase[]): { view: ProgressView; summary: ProgressSummary } {
  const { view, summary } = progressViewData(entries, skipped, cases, passMark);
  return { view: ProgressViewSchema.parse(view), summary };
}
