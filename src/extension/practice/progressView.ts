// The Progress view's data (src/practice/views.ts) with the CPC / CCA readiness sentences of
// ./readiness (by exam area, pass marks from the credential data), checked against the webview
// protocol. Imports no vscode (unit-tested with long histories).
import type { LogEntry } from '../../practice/attemptLog';
import type { ProgressSummary } from '../../practice/progress';
import { progressViewData } from '../../practice/views';
import { ProgressViewSchema, type ProgressView } from '../../shared/practiceProtocol';
import type { LibraryCase } from './library';
import { readinessFor } from './readiness';

export function buildProgressView(entries: readonly LogEntry[], skipped: number, cases: readonly LibraryCase[]): { view: ProgressView; summary: ProgressSummary } {
  const { view, summary } = progressViewData(entries, skipped, cases, readinessFor);
  return { view: ProgressViewSchema.parse(view), summary };
}
