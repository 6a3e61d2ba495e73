// The editor side of X12 837P (issue 16): diagnostics on 837P files, hovers, the live 837P preview
// of a claim, Export/Import commands, and the payer's answers in X12 in the remittance panel.
// Registered from one call in extension.ts; returns the service its commands
// (src/extension/commands/x12.ts, registered with every other command) call.
import type * as vscode from 'vscode';
import type { Services } from '../commands/services';
import type { ClaimLinter } from '../linting';
import type { SubmissionFeature } from '../submission/submission';
import { registerAnswers } from './answer';
import { X12Linter } from './diagnostics';
import { exportClaim, type ExportOptions } from './exportCommand';
import { registerX12Hovers } from './hover';
import { import837p } from './importCommand';
import { registerPreview, showPreview } from './preview';

export interface X12Deps {
  linter: ClaimLinter;
  submission: SubmissionFeature;
  log: vscode.OutputChannel;
}

export function registerX12(context: vscode.ExtensionContext, deps: X12Deps): Services['x12'] {
  context.subscriptions.push(new X12Linter(deps.linter, deps.log));
  registerX12Hovers(context);
  registerPreview(context, deps.linter);
  const answers = registerAnswers(context, deps.linter, deps.submission, deps.log);
  return {
    exportClaim: (arg, options) => exportClaim(deps.linter, arg, (options ?? {}) as ExportOptions),
    importClaims: (arg, options) => import837p(arg, (options ?? {}) as { silent?: boolean }),
    showPreview: (arg) => showPreview(arg),
    openAnswer: (id) => answers.open(id),
  };
}
