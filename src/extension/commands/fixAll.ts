// "Fix All Auto-fixable Problems" in the active claim (the loop is in ../providers/fixAll.ts).
import * as vscode from 'vscode';
import { isClaimDocument } from '../linting';
import { fresh } from '../providers/common';
import { fixAllText } from '../providers/fixAll';
import type { Services } from './services';

export async function fixAll({ linter }: Services): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isClaimDocument(editor.document)) return false;
  await fresh(linter, editor.document);
  const text = fixAllText(editor.document, linter);
  if (text === undefined) {
    void vscode.window.showInformationMessage('No auto-fixable problems in this claim.');
    return false;
  }
  const doc = editor.document;
  return editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text));
}
