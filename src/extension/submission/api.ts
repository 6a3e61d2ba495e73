// What other features (the sidebar) may use of the submission history.
import type * as vscode from 'vscode';
import type { HistoryEntry } from '../../adjudication/history';

export interface SubmissionApi {
  getHistory(): Promise<HistoryEntry[]>;
  readonly onDidChangeHistory: vscode.Event<void>;
}
