// Entry point of the VS Code extension. The only folder that imports `vscode` is src/extension/.
// activate() builds the shared services (linter, submission, guide, practice, 837P), registers every command from
// one list (commands/index.ts) and every claim-file language feature (providers/index.ts); each
// feature owns its disposables through context.subscriptions.
import '../shared/zodSetup'; // first: before any schema is used
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { warmCodeSearch } from './commands/findCode';
import { registerGuide } from './guidance';
import { ClaimLinter } from './linting';
import { registerProviders } from './providers';
import { registerRuleDocs } from './ruleDocs';
import { registerSubmission, type SubmissionFeature } from './submission/submission';
import { registerPractice } from './practice';
import { ReadinessRelay } from './practice/readiness';
import { registerX12 } from './x12';

export interface ExtensionApi {
  /** Milliseconds activate() took (reported by the bench). */
  activationMs: number;
  /** Test hooks: present only when the extension runs under its test runner. */
  linter?: ClaimLinter;
  submission?: SubmissionFeature;
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Clean Claim Coach');
  const linter = new ClaimLinter(context, log);
  context.subscriptions.push(log, linter);
  registerRuleDocs(context);
  const submission = registerSubmission(context, linter, log);
  // The guide shows exam readiness from practice, which registers after it: the relay connects them.
  const readiness = new ReadinessRelay();
  const guide = registerGuide(context, {
    rows: async () =>
      (await submission.getHistory()).map((e) => ({ id: e.id, file: e.file, claimId: e.claimId, attempt: e.attempt, submittedAt: e.submittedAt, status: e.status, billed: e.totals.billed, paid: e.totals.paid })),
    onDidChange: submission.onDidChangeHistory,
    open: (id) => submission.openEntry(id),
  }, (uri) => linter.isChecked(uri), readiness);
  const practice = registerPractice(context, { linter, readiness });
  const x12 = registerX12(context, { linter, submission, log });
  registerCommands(context, { context, linter, submission, guide, practice, x12 });
  registerProviders(context, linter);
  warmCodeSearch(context, linter);
  const api: ExtensionApi = { activationMs: performance.now() - started };
  return context.extensionMode === vscode.ExtensionMode.Test ? { ...api, linter, submission } : api;
}

export function deactivate(): void {
  // nothing: every disposable is owned by context.subscriptions
}
