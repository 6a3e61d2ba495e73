// "Export Claim as 837P": the claim as it is in the editor (unsaved edits included) → NAME.837p.x12
// beside it, opened beside the claim. A claim with errors is still exported (the trainee can look
// at it), with a warning. An existing, different file is replaced only after the user says so.
import * as vscode from 'vscode';
import { exportClaims } from '../../x12';
import { isClaimDocument, type ClaimLinter } from '../linting';
import { writeUriAtomic } from '../writeUri';
import { baseName } from './shared';

export interface ExportOptions {
  /** Replace an existing different file without asking (tests, scripted use). */
  overwrite?: boolean;
  /** Do not open the written file. */
  silent?: boolean;
}

export async function exportClaim(linter: ClaimLinter, arg?: unknown, options: ExportOptions = {}): Promise<vscode.Uri | undefined> {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  const doc = uri ? await vscode.workspace.openTextDocument(uri).then((d) => d, () => undefined) : undefined;
  if (!doc || !isClaimDocument(doc)) {
    void vscode.window.showInformationMessage('Open a practice claim (*.claim.yaml, *.claim.yml or *.claim.json) to export it as an 837P.');
    return undefined;
  }
  if (doc.isUntitled) {
    void vscode.window.showInformationMessage('Save the claim first: the 837P file is written beside it.');
    return undefined;
  }
  const lint = await linter.lintNow(doc);
  if (!lint) return undefined;
  if (!lint.result.normalized.isMap) {
    void vscode.window.showErrorMessage(`${baseName(doc.uri)} is not a practice claim (its top level is not a map of fields): nothing to export.`);
    return undefined;
  }
  const text = exportClaims([lint.result.normalized.claim], { today: lint.setup.options.today });
  const dir = vscode.Uri.joinPath(doc.uri, '..');
  const target = vscode.Uri.joinPath(dir, `${baseName(doc.uri).replace(/\.claim\.(ya?ml|json)$/i, '')}.837p.x12`);
  let existing: string | undefined;
  try {
    existing = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(target));
  } catch {
    existing = undefined;
  }
  if (existing !== undefined && existing !== text && !options.overwrite) {
    const ok = await vscode.window.showWarningMessage(`${baseName(target)} already exists and differs from this export. Replace it?`, { modal: true }, 'Replace');
    if (ok !== 'Replace') return undefined;
  }
  if (existing !== text) await writeUriAtomic(target, new TextEncoder().encode(text));
  const errors = lint.result.findings.filter((f) => f.severity === 'error').length;
  if (!options.silent) {
    await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: false });
    const msg = `Exported ${baseName(doc.uri)} to ${baseName(target)}.`;
    if (errors) void vscode.window.showWarningMessage(`${msg} The claim still has ${errors} error${errors === 1 ? '' : 's'}: a payer would reject or deny it.`);
    else void vscode.window.setStatusBarMessage(msg, 6000);
  }
  return target;
}
