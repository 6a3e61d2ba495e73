// The "Practice claims" list of the sidebar: this workspace's claim files (searched once, again only
// when files are created or deleted) with their published error and warning counts.
import * as vscode from 'vscode';
import { CLAIM_GLOB } from '../../model/files';
import type { ClaimSummary } from '../../shared/sidebarProtocol';
import { PRODUCT } from '../linting';

const CLAIM_EXCLUDE = '**/{node_modules,.git}/**';
const MAX_CLAIMS = 1000;

export class ClaimFileList implements vscode.Disposable {
  /** Claim files found by the last search; cleared when files are created or deleted. */
  private files: { uris: vscode.Uri[]; truncated: boolean } | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  /** `onFilesChanged` runs after a claim file was created or deleted (or folders changed). */
  constructor(onFilesChanged: () => void) {
    const watcher = vscode.workspace.createFileSystemWatcher(CLAIM_GLOB, false, true, false);
    const changed = () => {
      this.invalidate();
      onFilesChanged();
    };
    this.disposables.push(watcher, watcher.onDidCreate(changed), watcher.onDidDelete(changed), vscode.workspace.onDidChangeWorkspaceFolders(changed));
  }

  /** The next summaries() searches the workspace again. */
  invalidate(): void {
    this.files = undefined;
  }

  /** Each claim file with its counts, sorted by its workspace-relative path. */
  async summaries(isChecked?: (uri: vscode.Uri) => boolean): Promise<{ claims: ClaimSummary[]; truncated: boolean }> {
    if (!this.files) {
      const found = await vscode.workspace.findFiles(CLAIM_GLOB, CLAIM_EXCLUDE, MAX_CLAIMS + 1);
      this.files = { uris: found.slice(0, MAX_CLAIMS), truncated: found.length > MAX_CLAIMS };
    }
    const { uris, truncated } = this.files;
    const claims = uris.map((uri): ClaimSummary => {
      let errors = 0;
      let warnings = 0;
      for (const d of vscode.languages.getDiagnostics(uri)) {
        if (d.source !== PRODUCT) continue;
        if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
        else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
      }
      return { uri: uri.toString(), label: vscode.workspace.asRelativePath(uri), errors, warnings, checked: isChecked?.(uri) ?? true };
    });
    claims.sort((a, b) => a.label.localeCompare(b.label));
    return { claims, truncated };
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
