// "Lint All Practice Claims": every *.claim.{yaml,yml,json} in the workspace, with a cancellable
// progress notification and a summary at the end.
import * as vscode from 'vscode';
import type { ClaimLinter } from '../linting';
import type { Services } from './services';

import { CLAIM_GLOB } from '../../model/files';

export interface LintAllSummary {
  files: number;
  errors: number;
  warnings: number;
  cancelled: boolean;
}

export function lintAll({ linter }: Services, opts?: { silent?: boolean }): Promise<LintAllSummary> {
  return lintAllWith(linter, opts ?? {});
}

async function lintAllWith(linter: ClaimLinter, opts: { silent?: boolean }): Promise<LintAllSummary> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Linting practice claims', cancellable: true },
    async (progress, token) => {
      const files = await vscode.workspace.findFiles(CLAIM_GLOB, '**/node_modules/**', undefined, token);
      const summary: LintAllSummary = { files: 0, errors: 0, warnings: 0, cancelled: false };
      for (const uri of files) {
        if (token.isCancellationRequested) {
          summary.cancelled = true;
          break;
        }
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, files.length) });
        const result = await linter.lintFile(uri, token);
        if (!result) continue;
        summary.files++;
        for (const f of result.findings) {
          if (f.severity === 'error') summary.errors++;
          else if (f.severity === 'warning') summary.warnings++;
        }
      }
      if (!opts.silent) {
        const what = `${summary.files} practice claim${summary.files === 1 ? '' : 's'}: ${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}`;
        const msg = summary.cancelled ? `Linting cancelled after ${what}.` : `Linted ${what}.`;
        void vscode.window.showInformationMessage(msg, 'Show Problems').then((a) => a && vscode.commands.executeCommand('workbench.actions.view.problems'));
      }
      return summary;
    },
  );
}
