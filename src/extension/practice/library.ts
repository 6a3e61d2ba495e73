// The case library: the bundled cases (cases/ in the extension) and any *.case.yaml|yml|json in the
// workspace (a workspace case with the same id wins, like `claimlint grade --cases`). Loaded lazily,
// reloaded when a workspace case file changes. A case file with errors is skipped and logged.
import * as path from 'path';
import * as vscode from 'vscode';
import { bundledCasesDir, findCaseFiles, readCaseFile } from '../../node/cases';
import type { LibraryEntry } from '../../practice/views';

export interface LibraryCase extends LibraryEntry {
  file: string;
}

const CASE_GLOB = '**/*.case.{yaml,yml,json}';
/** Folders the library never searches (the findFiles exclude), so their creation is no reason to reload. */
const SKIPPED = ['node_modules', '.git'];
const SKIPPED_GLOB = `**/{${SKIPPED.join(',')}}/**`;
/** Under a skipped folder of the workspace (the path inside the workspace, so a workspace that itself lives under one still counts). */
const inSkipped = (u: vscode.Uri) => vscode.workspace.asRelativePath(u, false).split(/[\\/]/).some((part) => SKIPPED.includes(part));

export class CaseLibrary implements vscode.Disposable {
  private loading: Promise<LibraryCase[]> | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  /** The case files the last load skipped (unreadable, or not a practice case), with why. */
  skipped: { file: string; reason: string }[] = [];
  /** The workspace case files of the last load. */
  private files: string[] = [];
  /** Bumped on every change; a load that finishes after a newer change does not overwrite `files`/`skipped`. */
  private generation = 0;
  private folderReload: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly extensionPath: string,
    private readonly log: vscode.OutputChannel,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(CASE_GLOB);
    const changed = () => {
      this.generation++;
      this.loading = undefined;
      this.emitter.fire();
    };
    // Folders come and go as a whole: deleting one reports the folder only, not the case files in it,
    // and on Linux (inotify) a case file written into a folder created a moment before can be missed,
    // because the folder is watched only once its creation is seen. So a deleted folder that held a
    // listed case, and any created folder, reload the list (created folders coalesced per burst).
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    const underDeleted = (u: vscode.Uri) => {
      const gone = u.fsPath;
      if (this.files.some((f) => f === gone || f.startsWith(gone + path.sep))) changed();
    };
    const created = (u: vscode.Uri) => {
      if (u.scheme !== 'file' || this.folderReload || inSkipped(u)) return;
      void vscode.workspace.fs.stat(u).then(
        (s) => {
          if (!(s.type & vscode.FileType.Directory) || this.folderReload) return;
          this.folderReload = setTimeout(() => {
            this.folderReload = undefined;
            changed();
          }, 250);
        },
        () => undefined,
      );
    };
    this.disposables.push(
      folders,
      folders.onDidDelete(underDeleted),
      folders.onDidCreate(created),
      watcher,
      watcher.onDidCreate(changed),
      watcher.onDidChange(changed),
      watcher.onDidDelete(changed),
      vscode.workspace.onDidChangeWorkspaceFolders(changed),
      { dispose: () => clearTimeout(this.folderReload) },
    );
  }

  all(): Promise<LibraryCase[]> {
    this.loading ??= this.load();
    return this.loading;
  }

  async get(id: string): Promise<LibraryCase | undefined> {
    const want = id.trim().toUpperCase();
    return (await this.all()).find((c) => c.case.case.id.toUpperCase() === want);
  }

  private async load(): Promise<LibraryCase[]> {
    const generation = this.generation;
    const byId = new Map<string, LibraryCase>();
    const skipped: { file: string; reason: string }[] = [];
    const add = (file: string, source: LibraryCase['source']) => {
      try {
        const loaded = readCaseFile(file);
        const errors = loaded.findings.filter((f) => f.severity === 'error');
        if (!loaded.value) {
          const reason = (errors[0] ?? loaded.findings[0])?.message ?? 'not a practice case';
          skipped.push({ file, reason });
          this.log.appendLine(`Practice: case file ${file} skipped: ${reason}`);
          return;
        }
        // A case that reads but has a finding (e.g. a guideline id missing from the data) is still
        // practisable: the note and key are intact. The finding is logged for the case author.
        for (const f of errors.slice(0, 3)) this.log.appendLine(`Practice: ${file}: ${f.message}`);
        const id = loaded.value.case.id.toUpperCase();
        if (!byId.has(id)) byId.set(id, { case: loaded.value, file, source });
      } catch (e) {
        skipped.push({ file, reason: (e as Error).message });
        this.log.appendLine(`Practice: cannot read case file ${file}: ${(e as Error).message}`);
      }
    };
    const found = await vscode.workspace.findFiles(CASE_GLOB, SKIPPED_GLOB, 2000);
    for (const uri of found.filter((u) => u.scheme === 'file').sort((a, b) => a.fsPath.localeCompare(b.fsPath))) add(uri.fsPath, 'workspace');
    const bundled = bundledCasesDir(path.join(this.extensionPath, 'dist'));
    if (bundled) for (const f of findCaseFiles(bundled)) add(f, 'bundled');
    else this.log.appendLine('Practice: the bundled cases folder was not found.');
    if (generation === this.generation) {
      this.skipped = skipped;
      this.files = [...byId.values()].filter((c) => c.source === 'workspace').map((c) => c.file);
    }
    return [...byId.values()].sort((a, b) => a.case.case.id.localeCompare(b.case.case.id, undefined, { numeric: true }));
  }

  dispose(): void {
    this.emitter.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
