// claimlint — the same engine as the editor, for instructors and CI autograding.
//   claimlint [--format text|json|sarif] [--config FILE] [--today YYYY-MM-DD] [--fix] PATH...
//   claimlint submit [--format text|json|x12] [--config FILE] [--today YYYY-MM-DD] FILE
//   claimlint export|import … (src/cli/x12.ts)
// Exit status: 0 no error findings, 1 at least one error finding, 2 could not run.
import * as fs from 'fs';
import * as path from 'path';
import { lintText, type LintResult } from '../engine/lint';
import { applyFixes, safeFixesOf } from '../engine/applyFixes';
import { WorkspaceConfig } from '../node/workspace';
import { formatJson, formatSarif, formatText, type FileResult } from './format';
import { runSubmit } from './submit';
import { displayPath, expandPaths, writeFileAtomic } from './paths';
export { displayPath, expandPaths, writeFileAtomic } from './paths';
import { parseArgs, USAGE, UsageError, type CliArgs, type Io } from './args';
import { lintX12File, runExport, runImport } from './x12';
import { isX12FileName } from '../x12/lint';
import { runGrade } from './grade';
import { runPack } from './pack';

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
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
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
      // docs/claim-format.md: exit 2 "with a one-line reason on stderr" — no usage block after it.
      io.err(`claimlint: ${oneLine(e.message)}${e.usageHint ? ' (claimlint --help shows the usage)' : ''}\n`);
      return 2;
    }
    // Never a stack trace: one line saying what went wrong.
    io.err(`claimlint: ${oneLine((e as Error)?.message ?? String(e))}\n`);
    return 2;
  }
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
    const x12 = isX12FileName(file);
    let result: LintResult = x12 ? lintX12File(text, setup.options) : lintText(text, setup.options);
    if (args.fix && !x12) {
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


function isReadableFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

