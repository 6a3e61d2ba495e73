// Completion in claim files: src/assist/completion.ts decides what to offer; this maps it to
// vscode.CompletionItems.
import * as vscode from 'vscode';
import { completeAt, type CompletionEntry } from '../../assist/completion';
import { parseClaimText } from '../../parser/parse';
import type { ClaimLinter } from '../linting';
import { codesOf, toRange } from './common';

const KIND: Record<CompletionEntry['kind'], vscode.CompletionItemKind> = { value: vscode.CompletionItemKind.Value, enum: vscode.CompletionItemKind.EnumMember, property: vscode.CompletionItemKind.Property };

/** Characters that open completion: after a key, a space, a list dash, a flow list's [ and , */
export const COMPLETION_TRIGGERS = [':', ' ', '-', '[', ','];

export class ClaimCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly linter: ClaimLinter) {}

  provideCompletionItems(doc: vscode.TextDocument, pos: vscode.Position): vscode.CompletionList {
    const lint = this.linter.result(doc.uri);
    const text = doc.getText();
    // The linter's parse is reused only for this very text: a result from before the last edit has
    // offsets of the old text (the key being typed would not be found). Codes and payers do not
    // depend on the text being current.
    const parsed = lint && lint.version === doc.version ? lint.result.doc : undefined;
    const { entries, incomplete } = completeAt({
      text,
      offset: doc.offsetAt(pos),
      doc: parsed ?? parseClaimText(text, doc.uri.path.endsWith('.json') ? 'json' : 'yaml'),
      codes: codesOf(lint),
      payers: lint?.setup?.options.payers,
      diagnoses: lint?.result.normalized.claim.diagnoses,
    });
    return new vscode.CompletionList(entries.map((e) => toItem(doc, e)), incomplete);
  }
}

function toItem(doc: vscode.TextDocument, e: CompletionEntry): vscode.CompletionItem {
  const c = new vscode.CompletionItem(e.label, KIND[e.kind]);
  c.detail = e.detail;
  c.range = toRange(doc, e.replace);
  if (e.sortText) c.sortText = e.sortText;
  if (e.filterText !== undefined) c.filterText = e.filterText;
  if (e.snippet) c.insertText = new vscode.SnippetString(e.snippet);
  else if (e.insertText) c.insertText = e.insertText;
  if (e.suggestAgain) c.command = { command: 'editor.action.triggerSuggest', title: 'Suggest values' };
  if (e.documentation) c.documentation = new vscode.MarkdownString(e.documentation);
  return c;
}
