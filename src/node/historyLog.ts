// The submission history file (history.jsonl): an append-only log of JSON lines. Never rewritten:
//   - reading: only "the file does not exist" means an empty history; any other failure (EACCES,
//     EIO, EMFILE…) is thrown, so nobody appends on top of a history they could not read;
//   - appending: under a lock file (so concurrent windows, or a window and the CLI, each see the
//     entries before theirs), one line in one write() to a file opened O_APPEND; a previous line
//     left without its line break (a crash mid-write) gets one first, so no entry is glued to it;
//   - a line that is not a valid entry is skipped on reading (and reported), nothing else is lost.
import * as fs from 'fs';
import * as path from 'path';
import { parseHistory, type ParsedHistory } from '../adjudication/history';

export class HistoryReadError extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
  ) {
    super(`the submission history ${file} could not be read (${code})`);
  }
}

const LOCK_STALE_MS = 30_000;
const LOCK_WAIT_MS = 10_000;

export class HistoryLog {
  constructor(readonly file: string) {}

  private get lockFile(): string {
    return `${this.file}.lock`;
  }

  /** The entries, and the 1-based numbers of lines that are not valid entries. Missing file: empty. */
  async read(): Promise<ParsedHistory> {
    let text: string;
    try {
      text = await fs.promises.readFile(this.file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      if (code === 'ENOENT') return { entries: [], badLines: [] };
      throw new HistoryReadError(this.file, code);
    }
    return parseHistory(text);
  }

  /** Appends one line (which must end with "\n"); call inside withLock() when it depends on a read. */
  async appendLine(line: string): Promise<void> {
    if (!line.endsWith('\n') || line.indexOf('\n') !== line.length - 1) throw new Error('a history line is one line ending in a line break');
    await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
    const handle = await fs.promises.open(this.file, 'a+');
    try {
      const { size } = await handle.stat();
      let prefix = '';
      if (size > 0) {
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) prefix = '\n';
      }
      const data = Buffer.from(prefix + line, 'utf8');
      // One write() of the whole line: O_APPEND puts it at the end, in one piece.
      const { bytesWritten } = await handle.write(data, 0, data.length, null);
      if (bytesWritten !== data.length) throw new Error(`short write to ${this.file}`);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** Runs `fn` holding the history's lock file (created exclusively; a stale one is taken over). */
  async withLock<T>(fn: () => Promise<T>): Promise<T> {
    await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
    const started = Date.now();
    let delay = 5;
    for (;;) {
      try {
        const h = await fs.promises.open(this.lockFile, 'wx');
        await h.write(`${process.pid}\n`);
        await h.close();
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const stat = await fs.promises.stat(this.lockFile).catch(() => undefined);
        if (stat && Date.now() - stat.mtimeMs > LOCK_STALE_MS) {
          await fs.promises.rm(this.lockFile, { force: true });
          continue;
        }
        if (Date.now() - started > LOCK_WAIT_MS) throw new Error(`the submission history is locked by another window (${this.lockFile})`, { cause: e });
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, 100);
      }
    }
    try {
      return await fn();
    } finally {
      await fs.promises.rm(this.lockFile, { force: true });
    }
  }
}
