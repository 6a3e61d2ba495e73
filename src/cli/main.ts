// claimlint — the same engine as the editor, for instructors and CI autograding.
//   claimlint [--format text|json|sarif] [--config FILE] [--today YYYY-MM-DD] [--fix] PATH...
//   claimlint submit [--format text|json|x12] [--config FILE] [--today YYYY-MM-DD] FILE
//   claimlint export | import | grade | pack …  (src/cli/x12.ts, grade.ts, pack.ts)
// Exit status: 0 no error findings, 1 at least one error finding, 2 could not run.
import * as fs from 'fs';
import * as path from 'path';
import { fixAll } from '../engine/fixAll';
import { lintText, lintUnreadable, type LintResult } from '../engine/lint';
import { LIMITS } from '../model/limits';
import { fileTooLargeMessage } from '../parser/limits';
import { FileChangedError, isReadOnly, versionOf, writeFileAtomic } from '../node/atomicFile';
import { WorkspaceConfig } from '../node/workspace';
import { safeText } from '../util/safeText';
import { isX12FileName, x12TooLargeResult } from '../x12/lint';
import { parseArgs, USAGE, UsageError, type CliArgs, type Io } from './args';
import { jsonSink, sarifSink, textSink, type OutputSink } from './format';
import { runGrade } from './grade';
import { OutputError, writeStdout, writeStderr } from './output';
import { runPack } from './pack';
import { displayPath, expandPathsWithProblems } from './paths';
import { runSubmit } from './submit';
import { lintX12File, runExport, runImport } from './x12';

export type { Io } from './args';

/** The first non-empty line of a message, so stderr always gets exactly one line. */
function oneLine(message: string): string {
  return (
    String(message)
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l) ?? 'failed'
  );
}

const defaultIo: Io = {
  // Synchronous writes that throw (EPIPE from `| head`, ENOSPC on a full disk) instead of an
  // unhandled 'error' event with a stack trace: main() turns them into exit 2 with one line.
  out: writeStdout,
  err: writeStderr,
  cwd: process.cwd(),
  now: () => new Date(),
};

export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  try {
    if (argv[0] === 'export') return await runExport(argv.slice(1), io);
    if (argv[0] === 'import') return await runImport(argv.slice(1), io);
    if (argv[0] === 'grade') return await runGrade(argv.slice(1), io);
    if (argv[0] === 'pack') return await runPack(argv.slice(1), io);
    let args: CliArgs;
    try {
      args = parseArgs(argv);
    } catch (e) {
      if (e instanceof UsageError) e.usageHint = true;
      throw e;
    }
    if (args.config && !isReadableFile(path.resolve(io.cwd, args.config))) throw new UsageError(`cannot read config file ${args.config}`);
    if (args.command === 'submit') return await runSubmit(args, io);
    return await runLint(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message === 'help') {
        io.out(`${USAGE}\n`);
        return 0;
      }
      // claim-format.md: exit 2 "with a one-line reason on stderr" — no usage block after it.
      io.err(`claimlint: ${oneLine(e.message)}${e.usageHint ? ' (claimlint --help shows the usage)' : ''}\n`);
      return 2;
    }
    // Never a stack trace: one line saying what went wrong.
    const message = e instanceof OutputError ? e.message : oneLine((e as Error)?.message ?? String(e));
    try {
      io.err(`claimlint: ${safeText(message)}\n`);
    } catch {
      /* stderr is gone too: the exit status is all that is left */
    }
    return 2;
  }
}

/** Why a read or write failed, in a few words (never the file's content). */
function errnoReason(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? 'unreadable';
}

/** Valid UTF-8 (a BOM is kept, so a rewrite keeps it), or the offset of the first bad byte. */
function decodeUtf8(bytes: Uint8Array): { text: string } | { badAt: number } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    // Find the first bad byte for the message (linear: decode growing prefixes is not needed).
    let i = 0;
    while (i < bytes.length) {
      const b = bytes[i];
      const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
      if (n === 0) return { badAt: i };
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + n));
      } catch {
        return { badAt: i };
      }
      i += n;
    }
    return { badAt: Math.max(0, bytes.length - 1) };
  }
}

async function runLint(args: CliArgs, io: Io): Promise<number> {
  const { files, problems } = expandPathsWithProblems(args.paths, io.cwd);
  const ws = new WorkspaceConfig();
  const notes = new Set<string>();
  const note = (n: string) => {
    if (notes.has(n)) return;
    notes.add(n);
    io.err(`claimlint: ${safeText(n)}\n`);
  };
  let unreadable = 0;
  const cannotRead = (file: string, reason: string) => {
    unreadable++;
    io.err(`claimlint: cannot read ${safeText(displayPath(file, io.cwd))}: ${reason}\n`);
  };
  for (const p of problems) cannotRead(p.path, p.reason);
  const sink: OutputSink = (args.format === 'json' ? jsonSink : args.format === 'sarif' ? sarifSink : textSink)(io.out);
  let errors = false;
  for (const file of files) {
    const shown = displayPath(file, io.cwd);
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(file);
    } catch (e) {
      cannotRead(file, errnoReason(e));
      continue;
    }
    if (!stat.isFile()) {
      cannotRead(file, 'not a regular file');
      continue;
    }
    const setup = await ws.setupFor(file, { configFile: args.config ? path.resolve(io.cwd, args.config) : undefined, today: args.today, now: io.now() });
    if (setup.codeSetError) note(setup.codeSetError);
    for (const p of setup.config.problems) note(`${displayPath(setup.config.file ?? '', io.cwd)}: ${p.message}`);
    let result: LintResult;
    const x12 = isX12FileName(file);
    if (stat.size > (x12 ? LIMITS.maxX12FileBytes : LIMITS.maxFileBytes)) {
      // Not even read: a 50 MB file must not cost 50 MB.
      result = x12 ? x12TooLargeResult('', setup.options) : lintUnreadable('', fileTooLargeMessage(), setup.options);
    } else {
      let bytes: Buffer;
      try {
        bytes = await fs.promises.readFile(file);
      } catch (e) {
        cannotRead(file, errnoReason(e));
        continue;
      }
      const decoded = decodeUtf8(bytes);
      if (!('text' in decoded)) {
        const text = bytes.toString('latin1');
        result = lintUnreadable(text, `The file is not UTF-8 text (the byte at offset ${decoded.badAt} is not valid UTF-8): save it as UTF-8. claimlint --fix never rewrites such a file.`, setup.options);
      } else if (x12) {
        result = lintX12File(decoded.text, setup.options); // 837P: findings only (fixes are YAML edits)
      } else {
        result = lintText(decoded.text, setup.options);
        if (args.fix) result = await fixFile(file, shown, stat, bytes, decoded.text, result, setup.options, io);
      }
    }
    if (result.findings.some((f) => f.severity === 'error')) errors = true;
    sink.file({ file: shown, absolute: file, result });
  }
  sink.end({ unreadable });
  return unreadable ? 2 : errors ? 1 : 0;
}

/**
 * --fix for one file: applies the safe fixes (fixAll) and replaces the file atomically, unless it is
 * read-only or changed since it was read. Says on stderr what it did. Returns the result to report.
 */
async function fixFile(file: string, shown: string, stat: fs.Stats, bytes: Buffer, text: string, result: LintResult, options: Parameters<typeof lintText>[1], io: Io): Promise<LintResult> {
  const fixed = fixAll(text, options, result);
  if (!fixed.changed) return result;
  const what = `${fixed.applied} fix${fixed.applied === 1 ? '' : 'es'}`;
  const name = safeText(shown);
  if (isReadOnly(stat)) {
    io.err(`claimlint: ${name} is read-only: ${what} not written\n`);
    return result;
  }
  try {
    await writeFileAtomic(file, fixed.text, { expect: versionOf(stat, bytes) });
  } catch (e) {
    if (e instanceof FileChangedError) io.err(`claimlint: ${name} changed while it was being fixed: not rewritten (run --fix again)\n`);
    else io.err(`claimlint: cannot write ${name}: ${errnoReason(e)}; ${what} not written\n`);
    return result;
  }
  io.err(`claimlint: fixed ${name}: ${what} applied\n`);
  return fixed.result;
}

function isReadableFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
