// The submission history of this workspace: history.jsonl in the extension's workspace storage, an
// append-only log (src/node/historyLog.ts). Appending never rewrites the file: a history that cannot
// be read stops the append and the user is told (the file is untouched); a line that is not a valid
// entry is skipped with a message, and nothing else is lost.
import * as vscode from 'vscode';
import { serializeEntry, type HistoryEntry } from '../../adjudication/history';
import { HistoryLog, HistoryReadError } from '../../node/historyLog';

export class HistoryStore implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private queue: Promise<unknown> = Promise.resolve();
  /** How many bad lines were last reported (each new count is reported once). */
  private reportedBad = 0;
  readonly log: HistoryLog;

  constructor(
    dir: vscode.Uri,
    private readonly output: vscode.OutputChannel,
    log?: HistoryLog,
  ) {
    this.log = log ?? new HistoryLog(vscode.Uri.joinPath(dir, 'history.jsonl').fsPath);
  }

  get file(): vscode.Uri {
    return vscode.Uri.file(this.log.file);
  }

  /** The readable entries (an unreadable history reads as empty here, and is reported). */
  async read(): Promise<HistoryEntry[]> {
    try {
      return (await this.load()).entries;
    } catch (e) {
      this.output.appendLine(`Clean Claim Coach: ${(e as Error).message}`);
      return [];
    }
  }

  private async load() {
    const parsed = await this.log.read();
    if (parsed.badLines.length && parsed.badLines.length !== this.reportedBad) {
      this.reportedBad = parsed.badLines.length;
      const msg = `Clean Claim Coach: ${parsed.badLines.length} line(s) of the submission history could not be read (line ${parsed.badLines.slice(0, 5).join(', ')}${parsed.badLines.length > 5 ? '…' : ''}) and are skipped; the file is kept as it is (${this.log.file}).`;
      this.output.appendLine(msg);
      void vscode.window.showWarningMessage(msg);
    }
    return parsed;
  }

  /** Appends one entry (serialised with other appends, and across windows by a lock file) and returns it. */
  append(make: (existing: readonly HistoryEntry[]) => HistoryEntry): Promise<HistoryEntry> {
    const run = this.queue.then(() =>
      this.log.withLock(async () => {
        let entries: HistoryEntry[];
        try {
          entries = (await this.load()).entries;
        } catch (e) {
          const why = e instanceof HistoryReadError ? e.code : (e as Error).message;
          const msg = `Clean Claim Coach: the submission history could not be read (${why}), so this submission was not recorded; the history file was left untouched (${this.log.file}).`;
          this.output.appendLine(msg);
          void vscode.window.showErrorMessage(msg);
          throw e;
        }
        const entry = make(entries);
        await this.log.appendLine(serializeEntry(entry));
        this.emitter.fire();
        return entry;
      }),
    );
    this.queue = run.catch(() => undefined);
    return run;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
