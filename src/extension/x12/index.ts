// The editor side of X12 837P (issue 16): diagnostics on 837P files, hovers, the live 837P preview
// of a claim, Export/Import commands, and the payer's answers in X12 in the remittance panel.
// Registered from one call in extension.ts.
import * as vscode from 'vscode';
import { X12_COMMANDS } from './commandIds';
import type { ClaimLinter } from '../linting';
import type { SubmissionFeature } from '../submission/submission';
import { registerAnswers } from './answer';
import { X12Linter } from './diagnostics';
import { exportClaim } from './exportCommand';
import { registerX12Hovers } from './hover';
import { import837p } from './importCommand';
import { registerPreview } from './preview';

export interface X12Deps {
  linter: ClaimLinter;
  submission: SubmissionFeature;
  log: vscode.OutputChannel;
}

export function registerX12(context: vscode.ExtensionContext, deps: X12Deps): X12Linter {
  const x12Linter = new X12Linter(deps.linter, deps.log);
  context.subscriptions.push(
    x12Linter,
    vscode.commands.registerCommand(X12_COMMANDS.exportClaim, (arg?: unknown, options?: { overwrite?: boolean; silent?: boolean }) => exportClaim(deps.linter, arg, options ?? {})),
    vscode.commands.registerCommand(X12_COMMANDS.importClaims, (arg?: unknown, options?: { silent?: boolean }) => import837p(arg, options ?? {})),
  );
  registerX12Hovers(context);
  registerPreview(context, deps.linter);
  registerAnswers(context, deps.linter, deps.submission, deps.log);
  return x12Linter;
}
