// `cleanClaimCoach.openExample` (walkthrough step 1): opens the first example claim of the workspace,
// or the example bundled with the extension (copied into the workspace on request, so it can be edited).
import * as vscode from 'vscode';
import { CLAIM_GLOB } from '../../model/files';

const BUNDLED = ['examples', '01-clean-medicare.claim.yaml'];

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function openExample(extensionUri: vscode.Uri): Promise<vscode.Uri | undefined> {
  const found = await vscode.workspace.findFiles('**/examples/*.claim.{yaml,yml,json}', '**/node_modules/**', 50);
  const inWorkspace = found.sort((a, b) => a.path.localeCompare(b.path))[0] ?? (await vscode.workspace.findFiles(CLAIM_GLOB, '**/node_modules/**', 1))[0];
  let target = inWorkspace;
  if (!target) {
    const bundled = vscode.Uri.joinPath(extensionUri, ...BUNDLED);
    if (!(await exists(bundled))) {
      void vscode.window.showWarningMessage('No example claim was found in this workspace or in the extension. Create a file ending in .claim.yaml to practise.');
      return undefined;
    }
    target = bundled;
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder) {
      const copy = vscode.Uri.joinPath(folder.uri, ...BUNDLED);
      const answer = await vscode.window.showInformationMessage(
        `Copy the example claim into this workspace (${BUNDLED.join('/')}) so you can edit it?`,
        'Copy and open',
        'Open bundled copy',
      );
      if (answer === 'Copy and open') {
        if (!(await exists(copy))) await vscode.workspace.fs.copy(bundled, copy, { overwrite: false });
        target = copy;
      } else if (answer === undefined) {
        return undefined;
      }
    }
  }
  await vscode.window.showTextDocument(target, { preview: false });
  return target;
}
