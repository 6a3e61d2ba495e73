// claimlint — the same engine as the editor, for instructors and CI autograding.
//   claimlint [--format text|json|sarif] [--config FILE] [--today YYYY-MM-DD] [--fix] PATH...
//   claimlint submit [--format text|json] [--config FILE] [--today YYYY-MM-DD] FILE
// Exit status: 0 no error findings, 1 at least one error finding, 2 could not run.
import * as fs from 'fs';
import * as path from 'path';
import { lintText, type LintResult } from '../engine/lint';
import { applyFixes, safeFixesOf } from '../engine/applyFixes';
import { isIsoDate } from '../parser/normalize';
import { findClaimFiles, WorkspaceConfig } from '../node/workspace';
import { formatJson, formatSarif, formatText, type FileResult } from './format';
import { runSubmit } from './submit';

export class UsageError extends Error {
  /** True for bad arguments (the one-line reason then points at --help); false for unreadable paths. */
  usageHint = false;
}

/** The first non-empty line of a message, so stderr always gets exactly one line. */
function oneLine(message: string): string {
  return (
    String(message)
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l) ?? 'failed'
  );
}

export interface CliArgs {
  command: 'lint' | 'submit';
  format: 'text' | 'json' | 'sarif';
  config?: string;
  today?: string;
  fix: boolean;
  paths: string[];
}

const USAGE = `usage: claimlint [--format text|json|sarif] [--config FILE] [--today YYYY-MM-DD] [--fix] PATH...
       claimlint submit [--format text|json] [--config FILE] [--today YYYY-MM-DD] FILE`;

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: 'lint', format: 'text', fix: false, paths: [] };
  const rest = [...argv];
  if (rest[0] === 'submit') {
    args.command = 'submit';
    rest.shift();
  }
  while (rest.length) {
    const a = rest.shift()!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? rest.shift();
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const v = value();
        const allowed = args.command === 'submit' ? ['text', 'json'] : ['text', 'json', 'sarif'];
        if (!allowed.includes(v)) throw new UsageError(`--format must be one of ${allowed.join(', ')}`);
        args.format = v as CliArgs['format'];
        break;
      }
      case '--config':
        args.config = value();
        break;
      case '--today': {
        const v = value();
        if (!isIsoDate(v)) throw new UsageError('--today must be a date written YYYY-MM-DD');
        args.today = v;
        break;
      }
      case '--fix':
        if (args.command === 'submit') throw new UsageError('--fix is not an option of submit');
        args.fix = true;
        break;
      case '--help':
      case '-h':
        throw new UsageError('help');
      case '--':
        args.paths.push(...rest.splice(0));
        break;
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
        args.paths.push(a);
    }
  }
  if (!args.paths.length) throw new UsageError(args.command === 'submit' ? 'submit needs a claim FILE' : 'no PATH given');
  if (args.command === 'submit' && args.paths.length !== 1) throw new UsageError('submit takes exactly one claim FILE');
  return args;
}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
  now: () => Date;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  now: () => new Date(),
};

export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  try {
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
    io.err(`claimlint: ${oneLine((e as Error)?.message ?? String(e))}\n`);
    return 2;
  }
}

/** Expands PATH arguments into claim files; an unreadable path is a usage error (exit 2). */
export function expandPaths(paths: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new UsageError(`cannot read ${p}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      // A folder that cannot be listed is an unreadable PATH (exit 2), not "0 claims checked".
      try {
        fs.readdirSync(abs);
      } catch (e) {
        throw new UsageError(`cannot read ${p}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable folder'}`);
      }
      files.push(...findClaimFiles(abs));
    } else if (stat.isFile()) files.push(abs);
    else throw new UsageError(`cannot read ${p}: not a file or folder`);
  }
  return [...new Set(files)];
}

async function runLint(args: CliArgs, io: Io): Promise<number> {
  const files = expandPaths(args.paths, io.cwd);
  const ws = new WorkspaceConfig();
  const results: FileResult[] = [];
  const notes: string[] = [];
  for (const file of files) {
    const setup = await ws.setupFor(file, { configFile: args.config ? path.resolve(io.cwd, args.config) : undefined, today: args.today, now: io.now() });
    if (setup.codeSetError && !notes.includes(setup.codeSetError)) notes.push(setup.codeSetError);
    if (setup.bundledError && !notes.includes(setup.bundledError)) notes.push(setup.bundledError);
    for (const p of setup.config.problems) {
      const note = `${displayPath(setup.config.file ?? '', io.cwd)}: ${p.message}`;
      if (!notes.includes(note)) notes.push(note);
    }
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read ${displayPath(file, io.cwd)}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    }
    let result: LintResult = lintText(text, setup.options);
    if (args.fix) {
      const fixed = fixUntilStable(text, result, setup.options);
      if (fixed.text !== text) {
        writeFileAtomic(file, fixed.text);
        result = fixed.result;
      }
    }
    results.push({ file: displayPath(file, io.cwd), absolute: file, result });
  }
  for (const n of notes) io.err(`claimlint: ${n}\n`);
  const output = args.format === 'json' ? formatJson(results) : args.format === 'sarif' ? formatSarif(results) : formatText(results);
  io.out(output);
  return results.some((r) => r.result.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function fixUntilStable(text: string, first: LintResult, options: Parameters<typeof lintText>[1]): { text: string; result: LintResult } {
  let current = text;
  let result = first;
  for (let pass = 0; pass < 5; pass++) {
    const fixes = safeFixesOf(result.findings);
    if (!fixes.length) break;
    const next = applyFixes(current, fixes);
    if (next === current) break;
    current = next;
    result = lintText(current, options);
  }
  return { text: current, result };
}

export function writeFileAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(tmp, text, 'utf8');
  fs.renameSync(tmp, file);
}

function isReadableFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}
