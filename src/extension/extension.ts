// Entry point of the VS Code extension. The only folder that imports `vscode` is src/extension/.
// activate() builds the shared services and hands them to each feature's register function; each
// feature owns its disposables through context.subscriptions.
import '../shared/zodSetup'; // first: before any schema is used
import * as vscode from 'vscode';
import { registerLintAll } from './commands/lintAll';
import { ClaimLinter } from './linting';
import { registerRuleDocs } from './ruleDocs';
import { registerAssist } from './assist/assist';
import { registerGuide } from './guidance';
import { registerSubmission, type SubmissionFeature } from './submission/submission';
import { registerX12 } from './x12';

export interface ExtensionApi {
  linter: ClaimLinter;
  submission: SubmissionFeature;
  /** Milliseconds activate() took (reported by the bench). */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Clean Claim Coach');
  const linter = new ClaimLinter(context, log);
  context.subscriptions.push(log, linter);
  registerRuleDocs(context);
  registerLintAll(context, linter);
  const submission = registerSubmission(context, linter, log);
  registerGuide(context, {
    rows: async () =>
      (await submission.getHistory()).map((e) => ({ id: e.id, file: e.file, claimId: e.claimId, attempt: e.attempt, submittedAt: e.submittedAt, status: e.status, billed: e.totals.billed, paid: e.totals.paid })),
    onDidChange: submission.onDidChangeHistory,
    open: (id) => submission.openEntry(id),
  }, (uri) => linter.isChecked(uri));
  registerAssist(context, linter);
  registerX12(context, { linter, submission, log });
  return { linter, submission, activationMs: performance.now() - started };
}

export function deactivate(): void {
  // nothing: every disposable is owned by context.subscriptions
}
