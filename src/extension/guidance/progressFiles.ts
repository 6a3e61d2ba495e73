// Export / import of the guide progress as a JSON file. Export writes atomically (writeUriAtomic); import validates with zod and changes nothing unless the whole file is valid.
import * as vscode from 'vscode';
import { makeExport, parseExport } from '../../guidance/state';
import type { GuideStore } from './store';
import { writeUriAtomic } from '../writeUri';
import { exportParts, importParts } from './progressParts';

const FILTERS = { 'Clean Claim Coach progress': ['json'] };

function defaultUri(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, 'clean-claim-coach-progress.json') : undefined;
}

/** Returns the written file, or undefined when cancelled or failed (the user was told). */
export async function exportProgress(store: GuideStore, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const uri = target ?? (await vscode.window.showSaveDialog({ title: 'Export Clean Claim Coach progress', filters: FILTERS, defaultUri: defaultUri() }));
  if (!uri) return undefined;
  try {
    const text = JSON.stringify({ ...makeExport(store.get(), new Date()), ...(await exportParts()) }, null, 2) + '\n';
    await writeUriAtomic(uri, new TextEncoder().encode(text));
  } catch (e) {
    void vscode.window.showErrorMessage(`Could not export progress to ${uri.fsPath || uri.toString()}: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
  if (!target) void vscode.window.showInformationMessage(`Progress exported to ${vscode.workspace.asRelativePath(uri)}.`);
  return uri;
}

/**
 * Reads and validates a progress file, then (after confirmation, unless `source` was passed
 * programmatically) replaces the stored state. Returns true when the state was replaced.
 */
export async function importProgress(store: GuideStore, source?: vscode.Uri): Promise<boolean> {
  const uri = source ?? (await vscode.window.showOpenDialog({ title: 'Import Clean Claim Coach progress', filters: FILTERS, canSelectMany: false }))?.[0];
  if (!uri) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    void vscode.window.showErrorMessage(`Import failed, nothing was changed: could not read the file (${e instanceof Error ? e.message : String(e)}).`);
    return false;
  }
  const parsed = parseExport(text);
  if (!parsed.ok) {
    void vscode.window.showErrorMessage(`Import failed, nothing was changed: ${parsed.error}.`);
    return false;
  }
  if (!source) {
    const s = parsed.state;
    const answer = await vscode.window.showWarningMessage(
      'Replace your current guide progress with the imported file?',
      { modal: true, detail: `The file has ${Object.keys(s.pathDone).length} path steps done and ${s.ceuLog.length} CEU entries. Your current progress will be overwritten.` },
      'Replace',
    );
    if (answer !== 'Replace') return false;
  }
  store.replace(parsed.state);
  const notes = await importParts(parsed.parts ?? {});
  if (!source) void vscode.window.showInformationMessage(`Progress imported.${notes.length ? ` ${notes.join('; ')}.` : ''}`);
  return true;
}
