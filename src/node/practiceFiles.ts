// File-system glue for practice progress, shared by the extension (and usable by tools):
//   - the practice log (JSON lines): every attempt or dispute is appended with ONE write of a whole
//     line in append mode, so entries from two windows appending at once are all kept; a log whose
//     last line was torn gets a newline first so the new entry stays readable;
//   - small JSON state files (the timed set) written atomically: temp file, then rename.
// Reading never throws for bad content: unreadable lines are skipped and counted (attemptLog.ts).
import * as fs from 'fs';
import * as path from 'path';
import { parseAttemptLog, serializeLogEntry, type LogEntry, type ParsedLog } from '../practice/attemptLog';

export class PracticeLogFile {
  constructor(readonly file: string) {}

  /** The log's entries; a missing file is an empty log. Other read errors are thrown (the caller reports them). */
  async read(): Promise<ParsedLog> {
    let text: string;
    try {
      text = await fs.promises.readFile(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], bad: [] };
      throw e;
    }
    return parseAttemptLog(text);
  }

  /** Appends entries (one write). */
  async append(...entries: LogEntry[]): Promise<void> {
    if (!entries.length) return;
    await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
    let lead = '';
    try {
      const fh = await fs.promises.open(this.file, 'r');
      try {
        const { size } = await fh.stat();
        if (size > 0) {
          const b = Buffer.alloc(1);
          await fh.read(b, 0, 1, size - 1);
          if (b[0] !== 0x0a) lead = '\n';
        }
      } finally {
        await fh.close();
      }
    } catch {
      // no file yet
    }
    await fs.promises.appendFile(this.file, lead + entries.map(serializeLogEntry).join(''), { encoding: 'utf8', flag: 'a' });
  }
}

/** Writes `text` to a temp file beside `file`, then renames it over `file`: all or nothing. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
  try {
    await fs.promises.writeFile(tmp, text, 'utf8');
    await fs.promises.rename(tmp, file);
  } catch (e) {
    await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** Reads a JSON file: undefined when missing, { corrupt } when it does not parse. */
export async function readJsonFile(file: string): Promise<{ value?: unknown; corrupt?: string }> {
  let text: string;
  try {
    text = await fs.promises.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    return { corrupt: (e as Error).message };
  }
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    return { corrupt: (e as Error).message };
  }
}

/** Creates a claim file only if it does not exist (never overwrites). Returns false when it existed. */
export async function createFileExclusive(file: string, text: string): Promise<boolean> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  try {
    await fs.promises.writeFile(file, text, { encoding: 'utf8', flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}
