// "New Practice Claim…": pick a payer, name the file, get a skeleton with every box as a placeholder.
import * as vscode from 'vscode';
import { claimSkeleton } from '../../assist/skeleton';
import { bundledPayers } from '../../reference';
import type { Services } from './services';

/** The skeleton is dated with the linter's date for a claim at that place, so a fixed `today:` in config holds here too. */
export async function newClaim({ linter }: Services): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showInformationMessage('Open a folder first: practice claims are files in your workspace.');
    return undefined;
  }
  const payer = await vscode.window.showQuickPick(
    bundledPayers().map((p) => ({ label: p.id, description: p.name, detail: `${p.coverage} · filing limit ${p.timelyFilingDays} days${p.referral.required ? ' · referral required' : ''}`, payer: p })),
    { title: 'New Practice Claim: payer', placeHolder: 'Which practice payer is this claim for?' },
  );
  if (!payer) return undefined;
  const name = await vscode.window.showInputBox({
    title: 'New Practice Claim: file name',
    value: 'new-visit.claim.yaml',
    valueSelection: [0, 'new-visit'.length],
    validateInput: (v) => (/^[\w.-]+\.claim\.ya?ml$/.test(v.trim()) ? undefined : 'Use letters, digits, dots or dashes, ending in .claim.yaml'),
  });
  if (!name) return undefined;
  const uri = vscode.Uri.joinPath(folder.uri, name.trim());
  try {
    await vscode.workspace.fs.stat(uri);
    const overwrite = await vscode.window.showWarningMessage(`${name} already exists. Replace it with an empty claim?`, { modal: true }, 'Replace');
    if (overwrite !== 'Replace') return undefined;
  } catch {
    /* new file */
  }
  const id = `TRN-${String(Date.now() % 10000).padStart(4, '0')}`;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(claimSkeleton(payer.payer, id, await linter.todayFor(uri))));
  await vscode.window.showTextDocument(uri);
  return uri;
}
