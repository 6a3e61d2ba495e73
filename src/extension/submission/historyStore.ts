// The submission history file of this workspace: history.jsonl in the extension's workspace storage.
// Every append rewrites the file atomically (temp file + rename), so a crash mid-write leaves the
// previous history intact. A file with unreadable lines is copied aside first, never overwritten.
import * as vscode from 'vscode';
import { parseHistory, serializeEntry, type HistoryEntry } from '../../adjudication/history';

/** The file operations the store needs (vscode.workspace.fs; tests inject failures). */
export interface FileOps {
  readFile(uri: vscode.Uri): Thenable<Uint8Array>;
  writeFile(uri: vscode.Uri, content: Uint8Array): Thenable<void>;
  rename(source: vscode.Uri, target: vscode.Uri, options: { overwrite: boolean }): Thenable<void>;
  createDirectory(uri: vscode.Uri): Thenable<void>;
  delete(uri: vscode.Uri): Thenable<void>;
}

export class HistoryStore implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dir: vscode.Uri,
    private readonly log: vscode.OutputChannel,
    private readonly fs: FileOps = vscode.workspace.fs,
  ) {}

  get file(): vscode.Uri {
    return vscode.Uri.joinPath(this.dir, 'history.jsonl');
  }

  async read(): Promise<HistoryEntry[]> {
    return (await this.load()).entries;
  }

  private async load(): Promise<{ entries: HistoryEntry[]; badLines: number[]; text: string }> {
    let text: string;
    try {
      text = new TextDecoder().decode(await this.fs.readFile(this.file));
    } catch {
      return { entries: [], badLines: [], text: '' };
    }
    return { ...parseHistory(text), text };
  }

  /** Appends one entry (serialised with other appends) and returns it. */
  append(make: (existing: readonly HistoryEntry[]) => HistoryEntry): Promise<HistoryEntry> {
    const run = this.queue.then(async () => {
      const { entries, badLines, text } = await this.load();
      if (badLines.length) {
        const aside = vscode.Uri.joinPath(this.dir, `history.corrupt-${Date.now()}.jsonl`);
        await this.fs.writeFile(aside, new TextEncoder().encode(text));
        const msg = `Clean Claim Coach: ${badLines.length} line(s) of the submission history could not be read. The file was kept as ${aside.fsPath}; the readable entries were kept.`;
        this.log.appendLine(msg);
        void vscode.window.showWarningMessage(msg);
      }
      const entry = make(entries);
      const next = [...entries, entry].map(serializeEntry).join('');
      await writeAtomic(this.dir, this.file, next, this.fs);
      this.emitter.fire();
      return entry;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/** Writes a temp file next to the target, then renames it over the target: all or nothing. */
export async function writeAtomic(dir: vscode.Uri, file: vscode.Uri, text: string, fs: FileOps = vscode.workspace.fs): Promise<void> {
  await fs.createDirectory(dir);
  const tmp = vscode.Uri.joinPath(dir, `.${file.path.split('/').pop()}.${Date.now()}.tmp`);
  await fs.writeFile(tmp, new TextEncoder().encode(text));
  try {
    await fs.rename(tmp, file, { overwrite: true });
  } catch (e) {
    await Promise.resolve(fs.delete(tmp)).catch(() => undefined);
    throw e;
  }
}
