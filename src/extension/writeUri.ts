// Replacing a file the user picked (CSV export, progress export): local files go through the one
// atomic writer (src/node/atomicFile.ts); other schemes (virtual file systems) have no rename
// guarantee to build on, so their provider's writeFile is used as it is.
import * as vscode from 'vscode';
import { writeFileAtomic } from '../node/atomicFile';

export async function writeUriAtomic(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  if (uri.scheme === 'file') await writeFileAtomic(uri.fsPath, bytes);
  else await vscode.workspace.fs.writeFile(uri, bytes);
}
