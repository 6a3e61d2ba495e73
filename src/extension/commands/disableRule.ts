// "Disable Rule in .claimlint.yaml" (the quick fix on every finding): sets rules.<id>: off in the
// config file that applies to the claim (the nearest one from its folder up to the workspace
// folder), or creates .claimlint.yaml at the workspace root. The text edit is src/config/edit.ts.
import * as path from 'path';
import * as vscode from 'vscode';
import { disableRuleInConfig } from '../../config/edit';
import { RULES_BY_ID } from '../../engine/rules';
import { configFileCandidates, DEFAULT_CONFIG_FILE_NAME } from '../../model/files';
import type { Services } from './services';

export async function disableRule(_s: Services, ruleId?: unknown, claimUri?: unknown): Promise<void> {
  if (typeof ruleId !== 'string' || !RULES_BY_ID.has(ruleId)) return;
  const claim = claimUri instanceof vscode.Uri ? claimUri : undefined;
  const folder = (claim && vscode.workspace.getWorkspaceFolder(claim)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage(`Open a folder to keep rule settings in a ${DEFAULT_CONFIG_FILE_NAME} file.`);
    return;
  }
  const target = (claim?.scheme === 'file' && (await nearestConfig(path.dirname(claim.fsPath), folder.uri.fsPath))) || vscode.Uri.joinPath(folder.uri, DEFAULT_CONFIG_FILE_NAME);
  const text = await vscode.workspace.fs.readFile(target).then(
    (b) => new TextDecoder().decode(b),
    () => '',
  );
  const next = disableRuleInConfig(text, target.path.endsWith('.json') ? 'json' : 'yaml', ruleId);
  if (!next.ok) {
    void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(target)} ${next.problem}; fix it first (nothing was changed).`);
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(target, { ignoreIfExists: true });
  edit.replace(target, new vscode.Range(0, 0, Number.MAX_SAFE_INTEGER, 0), next.text);
  await vscode.workspace.applyEdit(edit);
  const d = await vscode.workspace.openTextDocument(target);
  await d.save();
  void vscode.window.showInformationMessage(`${ruleId} is off in ${vscode.workspace.asRelativePath(target)}.`);
}

/** The first config file that exists from `dir` up to the workspace folder `root`. */
async function nearestConfig(dir: string, root: string): Promise<vscode.Uri | undefined> {
  if (!dir.startsWith(root)) return undefined;
  for (const candidate of configFileCandidates(dir, path, [root])) {
    const uri = vscode.Uri.file(candidate);
    try {
      await vscode.workspace.fs.stat(uri);
      return uri;
    } catch {
      /* not there */
    }
  }
  return undefined;
}
