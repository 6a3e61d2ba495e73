// The code lenses on every claim: "Submit to practice payer" and the last submission's outcome.
import * as vscode from 'vscode';
import type { HistoryEntry } from '../../adjudication';
import { STATUS_LABEL } from '../../model/submission';
import { COMMAND } from '../commands';
import type { HistoryStore } from './historyStore';

export class SubmitCodeLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;
  private last = new Map<string, HistoryEntry>();

  constructor(private readonly store: HistoryStore) {
    void this.reload();
  }

  async reload(): Promise<void> {
    const m = new Map<string, HistoryEntry>();
    for (const e of await this.store.read()) m.set(e.file, e);
    this.last = m;
    this.emitter.fire();
  }

  refresh(): void {
    void this.reload();
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const top = new vscode.Range(0, 0, 0, 0);
    const lenses = [new vscode.CodeLens(top, { title: '$(play) Submit to practice payer', command: COMMAND.submitClaim, arguments: [doc.uri], tooltip: 'Send this claim to the simulated payer' })];
    const key = vscode.workspace.getWorkspaceFolder(doc.uri) ? vscode.workspace.asRelativePath(doc.uri, false) : doc.uri.toString();
    const last = this.last.get(key);
    if (last) lenses.push(new vscode.CodeLens(top, { title: `Last: ${STATUS_LABEL[last.status]}, paid $${last.totals.paid.toFixed(2)} (attempt ${last.attempt})`, command: COMMAND.showHistory }));
    return lenses;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
