// The submission history file of this workspace: history.jsonl in the extension's workspace storage.
// Every append rewrites the file atomically (temp file + rename), so a crash mid-write leaves the
// previous history intact. A file with unreadable lines is copied aside first, never overwritten.
import * as vscode from 'vscode';
import { parseHistory, serializeEntry, type HistoryEntry } from '../../adjudication/history';

export class HistoryStore implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dir: vscode.Uri,
    private readonly log: vscode.OutputChannel,
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
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(this.file));
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
        await vscode.workspace.fs.writeFile(aside, new TextEncoder().encode(text));
        const msg = `Clean Claim Coach: ${badLines.length} line(s) of the submission history could not be read. The file was kept as ${aside.fsPath}; the readable entries were kept.`;
        this.log.appendLine(msg);
        void vscode.window.showWarningMessage(msg);
      }
      const entry = make(entries);
      const next = [...entries, entry].map(serializeEntry).join('');
      await writeAtomic(this.dir, this.file, next);
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

export async function writeAtomic(dir: vscode.Uri, file: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.createDirectory(dir);
  const tmp = vscode.Uri.joinPath(dir, `.${file.path.split('/').pop()}.${Date.now()}.tmp`);
  await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(text));
  await vscode.workspace.fs.rename(tmp, file, { overwrite: true });
}
