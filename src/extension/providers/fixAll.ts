// "Fix all auto-fixable problems": the source.fixAll code action and the Fix All command both apply
// the engine's fixAll (src/engine/fixAll.ts), the same function `claimlint --fix` uses.
import * as vscode from 'vscode';
import { fixAll } from '../../engine/fixAll';
import { localToday } from '../../util/dates';
import type { ClaimLinter } from '../linting';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('cleanClaimCoach');

/** The document text with every safe fix applied (repeated until stable), or undefined if none. */
export function fixAllText(doc: vscode.TextDocument, linter: ClaimLinter): string | undefined {
  const r = linter.result(doc.uri);
  const options = r?.setup?.options ?? { format: doc.uri.path.endsWith('.json') ? ('json' as const) : ('yaml' as const), today: localToday() };
  const fixed = fixAll(doc.getText(), options);
  return fixed.changed ? fixed.text : undefined;
}

/** The source.fixAll action: the whole text replaced by fixAllText's result. */
export function fixAllAction(doc: vscode.TextDocument, linter: ClaimLinter): vscode.CodeAction[] {
  const text = fixAllText(doc, linter);
  if (text === undefined) return [];
  const a = new vscode.CodeAction('Fix all auto-fixable problems', FIX_ALL_KIND);
  a.edit = new vscode.WorkspaceEdit();
  a.edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  return [a];
}
