// The read-only case document: a TextDocumentContentProvider on the clean-claim-case: scheme. The
// URI names the case (clean-claim-case:/EM-101 (case note)); the text never holds the answer key.
import * as vscode from 'vscode';
import { caseNoteFor } from '../../practice/caseNote';
import type { CaseLibrary } from './library';

export const CASE_NOTE_SCHEME = 'clean-claim-case';

export function caseNoteUri(caseId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: CASE_NOTE_SCHEME, path: `/${caseId} (case note)` });
}

export function caseIdOfNote(uri: vscode.Uri): string | undefined {
  return uri.scheme === CASE_NOTE_SCHEME ? /^\/([A-Za-z0-9-]+) \(case note\)$/.exec(uri.path)?.[1] : undefined;
}

export class CaseNoteProvider implements vscode.TextDocumentContentProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;

  constructor(private readonly library: CaseLibrary) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const id = caseIdOfNote(uri);
    const found = id ? await this.library.get(id) : undefined;
    if (!found) return `No practice case ${id ?? uri.path} was found.\n`;
    return caseNoteFor(found.case).text;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
