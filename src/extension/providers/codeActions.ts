// Quick fixes on a finding: the engine's fixes (as data), a value to type when a fix asks for one,
// "ignore on this line" (YAML), "disable in .claimlint.yaml" and the rule's documentation; and the
// source.fixAll action.
import * as vscode from 'vscode';
import { DEFAULT_CONFIG_FILE_NAME } from '../../model/files';
import { COMMAND } from '../commands';
import type { ClaimLinter } from '../linting';
import { fresh, toWorkspaceEdit } from './common';
import { FIX_ALL_KIND, fixAllAction } from './fixAll';

export class ClaimCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];
  constructor(private readonly linter: ClaimLinter) {}

  async provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, ctx: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const lint = await fresh(this.linter, doc);
    if (!lint) return [];
    if (ctx.only && FIX_ALL_KIND.contains(ctx.only)) return fixAllAction(doc, this.linter);
    const actions: vscode.CodeAction[] = [];
    const quickFix = (title: string, d: vscode.Diagnostic, how: Pick<vscode.CodeAction, 'edit' | 'command' | 'isPreferred'>) => {
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      Object.assign(a, how);
      a.diagnostics = [d];
      actions.push(a);
    };
    lint.result.findings.forEach((f, i) => {
      const d = lint.diagnostics[i];
      if (!d || !d.range.intersection(range)) return;
      for (const fix of f.fixes) quickFix(fix.title, d, { edit: toWorkspaceEdit(doc, fix.edits), isPreferred: fix.isPreferred });
      if (lint.result.doc.format === 'yaml') {
        const line = doc.lineAt(d.range.start.line);
        const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
        const edit = new vscode.WorkspaceEdit();
        edit.insert(doc.uri, line.range.start, `${indent}# claimlint-disable-next-line ${f.ruleId}\n`);
        quickFix(`Ignore ${f.ruleId} on this line`, d, { edit });
      }
      for (const fix of f.fixes) {
        if (!fix.input) continue;
        quickFix(fix.input.action, d, { command: { title: fix.input.action, command: COMMAND.enterFixValue, arguments: [doc.uri, fix.input] }, isPreferred: true });
      }
      const disable = `Disable ${f.ruleId} in ${DEFAULT_CONFIG_FILE_NAME}`;
      quickFix(disable, d, { command: { title: disable, command: COMMAND.disableRule, arguments: [f.ruleId, doc.uri] } });
      const docs = `Open documentation for ${f.ruleId}`;
      quickFix(docs, d, { command: { title: docs, command: COMMAND.openRuleDocs, arguments: [f.ruleId] } });
    });
    return actions;
  }
}
