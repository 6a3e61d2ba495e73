// "Import 837P as Practice Claims": one *.claim.yaml per CLM beside the 837P file. Fields the
// practice format has no place for are kept as comments. Never overwrites: an identical file is
// left alone, a different one makes the new claim take a "-2", "-3"… name.
import * as vscode from 'vscode';
import { importedClaimBase, importedClaimYaml, readX12 } from '../../x12';
import { writeUriAtomic } from '../writeUri';
import { baseName, holds837p } from './shared';

export interface ImportOutcome {
  written: vscode.Uri[];
  /** Files that already held exactly this claim. */
  unchanged: vscode.Uri[];
}

async function readIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

export async function import837p(arg?: unknown, options: { silent?: boolean } = {}): Promise<ImportOutcome | undefined> {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  const doc = uri ? await vscode.workspace.openTextDocument(uri).then((d) => d, () => undefined) : undefined;
  if (!doc || !holds837p(doc)) {
    void vscode.window.showInformationMessage('Open an 837P file (*.837p.x12, *.837, *.x12 or *.edi holding a claim interchange) to import it as practice claims.');
    return undefined;
  }
  if (doc.isUntitled) {
    void vscode.window.showInformationMessage('Save the 837P file first: the practice claims are written beside it.');
    return undefined;
  }
  const read = readX12(doc.getText());
  if (!read.ok) {
    void vscode.window.showErrorMessage(`${baseName(doc.uri)} cannot be read as an 837P: ${read.reason}.`);
    return undefined;
  }
  if (!read.claims.length) {
    void vscode.window.showErrorMessage(`${baseName(doc.uri)} holds no claim (no CLM segment): nothing to import.`);
    return undefined;
  }
  const dir = vscode.Uri.joinPath(doc.uri, '..');
  const outcome: ImportOutcome = { written: [], unchanged: [] };
  const used = new Set<string>();
  for (let i = 0; i < read.claims.length; i++) {
    const c = read.claims[i];
    const yaml = importedClaimYaml(c, i, read.claims.length, baseName(doc.uri));
    const stem = importedClaimBase(c, i);
    let target = vscode.Uri.joinPath(dir, `${stem}.claim.yaml`);
    let existing = await readIfExists(target);
    for (let k = 2; used.has(target.toString()) || (existing !== undefined && existing !== yaml); k++) {
      target = vscode.Uri.joinPath(dir, `${stem}-${k}.claim.yaml`);
      existing = await readIfExists(target);
    }
    used.add(target.toString());
    if (existing !== undefined) outcome.unchanged.push(target);
    else {
      await writeUriAtomic(target, new TextEncoder().encode(yaml));
      outcome.written.push(target);
    }
  }
  if (!options.silent) {
    const names = (us: vscode.Uri[]) => us.map(baseName).join(', ');
    const parts = [outcome.written.length ? `wrote ${names(outcome.written)}` : '', outcome.unchanged.length ? `${names(outcome.unchanged)} already up to date` : ''].filter(Boolean);
    const problems = read.structure.problems.length;
    const msg = `Imported ${read.claims.length} claim${read.claims.length === 1 ? '' : 's'} from ${baseName(doc.uri)}: ${parts.join('; ')}.${problems ? ` The file has ${problems} structure problem${problems === 1 ? '' : 's'} (see Problems); the claims were read as well as they could be.` : ''}`;
    if (problems) void vscode.window.showWarningMessage(msg);
    else void vscode.window.showInformationMessage(msg);
    const first = outcome.written[0] ?? outcome.unchanged[0];
    if (first) await vscode.window.showTextDocument(first, { preview: false });
  }
  return outcome;
}
