// The practice log of this trainee (all workspaces): practice-log.jsonl in the extension's global
// storage. Entries are cached after the first read; appends go through one queue. Unreadable lines
// are skipped, counted and reported once (the file is left as it is: nothing is dropped from it).
import * as path from 'path';
import * as vscode from 'vscode';
import { PracticeLogFile } from '../../node/practiceFiles';
import type { LogEntry } from '../../practice/attemptLog';

export class PracticeStore implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private cache: Promise<{ entries: LogEntry[]; skipped: number }> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private reported = false;
  readonly file: PracticeLogFile;

  constructor(
    dir: string,
    private readonly log: vscode.OutputChannel,
  ) {
    this.file = new PracticeLogFile(path.join(dir, 'practice-log.jsonl'));
  }

  read(): Promise<{ entries: LogEntry[]; skipped: number }> {
    this.cache ??= this.file.read().then(
      (r) => {
        if (r.bad.length && !this.reported) {
          this.reported = true;
          const msg = `Clean Claim Coach: ${r.bad.length} line(s) of your practice log could not be read and were skipped (line ${r.bad.map((b) => b.line).slice(0, 5).join(', ')}); your other attempts were kept. File: ${this.file.file}`;
          this.log.appendLine(msg);
          void vscode.window.showWarningMessage(msg);
        }
        return { entries: r.entries, skipped: r.bad.length };
      },
      (e: unknown) => {
        this.log.appendLine(`Practice: cannot read ${this.file.file}: ${(e as Error).message}`);
        this.cache = undefined;
        return { entries: [], skipped: 0 };
      },
    );
    return this.cache;
  }

  async entries(): Promise<LogEntry[]> {
    return (await this.read()).entries;
  }

  append(...entries: LogEntry[]): Promise<void> {
    const run = this.queue.then(async () => {
      await this.file.append(...entries);
      this.cache = undefined;
      this.emitter.fire();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Re-reads the file (another window may have appended). */
  invalidate(): void {
    this.cache = undefined;
    this.emitter.fire();
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
