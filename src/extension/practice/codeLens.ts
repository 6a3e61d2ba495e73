// CodeLenses on claims that name a practice case: "Check my coding" and the case's state.
import * as vscode from 'vscode';
import { practiceCaseOf } from '../../grading/check';
import { caseProgress } from '../../practice/progress';
import type { LogEntry } from '../../practice/attemptLog';
import { formatFromFileName } from '../../parser/parse';
import { COMMAND } from '../commands';
import { FOCUS_PROGRESS_VIEW } from './viewIds';

export class PracticeCodeLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;

  constructor(private readonly entries: () => Promise<LogEntry[]>) {}

  refresh(): void {
    this.emitter.fire();
  }

  async provideCodeLenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const text = doc.getText();
    if (!/practiceCase/.test(text)) return [];
    const caseId = practiceCaseOf(text, formatFromFileName(doc.uri.path));
    if (!caseId) return [];
    const line = Math.max(0, text.split('\n').findIndex((l) => /practiceCase/.test(l)));
    const at = new vscode.Range(line, 0, line, 0);
    const p = caseProgress(caseId, await this.entries());
    const lenses = [
      new vscode.CodeLens(at, { title: '$(checklist) Check my coding', command: COMMAND.practiceCheck, arguments: [doc.uri], tooltip: `Grade this claim against case ${caseId}` }),
      new vscode.CodeLens(at, { title: '$(book) Case note', command: COMMAND.practiceStart, arguments: [caseId], tooltip: 'Open the case documentation beside the claim' }),
    ];
    if (p.attempts) lenses.push(new vscode.CodeLens(at, { title: `${p.state === 'passed' ? 'Passed' : 'Attempted'} · best ${Math.round((p.bestScore ?? 0) * 100)}% (${p.attempts} attempt${p.attempts === 1 ? '' : 's'})`, command: FOCUS_PROGRESS_VIEW }));
    return lenses;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
