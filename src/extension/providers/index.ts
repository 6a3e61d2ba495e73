// Registers every language feature of claim files. A new provider: one file in this folder that
// maps a pure result (src/assist/, src/engine/) to vscode types, and one line here.
import * as vscode from 'vscode';
import type { ClaimLinter } from '../linting';
import { ClaimCodeActions } from './codeActions';
import { CLAIM_SELECTOR } from './common';
import { ClaimCompletion, COMPLETION_TRIGGERS } from './completion';
import { ClaimHover } from './hover';
import { ClaimOutline } from './outline';
import { registerStatusBar } from './statusBar';

export function registerProviders(context: vscode.ExtensionContext, linter: ClaimLinter): void {
  registerStatusBar(context, linter);
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(CLAIM_SELECTOR, new ClaimCodeActions(linter), { providedCodeActionKinds: ClaimCodeActions.kinds }),
    vscode.languages.registerHoverProvider(CLAIM_SELECTOR, new ClaimHover(linter)),
    vscode.languages.registerDocumentSymbolProvider(CLAIM_SELECTOR, new ClaimOutline(linter)),
    vscode.languages.registerCompletionItemProvider(CLAIM_SELECTOR, new ClaimCompletion(linter), ...COMPLETION_TRIGGERS),
  );
}
