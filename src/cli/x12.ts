// claimlint's X12 side: `export` (practice claims → 837P), `import` (837P → practice claims),
// linting 837P files, and `submit --format x12` (999 / 277CA / 835).
//   claimlint export [--out DIR|-] [--batch] [--config FILE] [--today YYYY-MM-DD] FILE...
//   claimlint import [--out DIR|-] FILE...
import * as fs from 'fs';
import * as path from 'path';
import type { LintOptions, LintResult } from '../engine/lint';
import { lintText } from '../engine/lint';
import { isClaimFileName } from '../model/files';
import { WorkspaceConfig } from '../node/workspace';
import { answerX12, composeAnswer, exportClaims, isX12FileName, lintX12Streamed, lintX12Text, readX12, importedClaimBase, importedClaimYaml, type X12Answer } from '../x12';
import { ackInput } from '../x12/answers';
import { readCommandLine, todayValue, UsageError, type Io } from './args';
import { writeFileAtomic } from '../node/atomicFile';
import { displayPath, expandPaths } from './paths';

export interface X12Args {
  out?: string;
  batch: boolean;
  config?: string;
  today?: string;
  files: string[];
}

export function parseX12Args(command: 'export' | 'import', argv: readonly string[]): X12Args {
  const args: X12Args = { batch: false, files: [] };
  const exporting = command === 'export';
  args.files = readCommandLine(argv, {
    '--out': { value: true, set: (v) => (args.out = v) },
    '--batch': exporting ? { set: () => (args.batch = true) } : { refuse: '--batch is an option of export' },
    '--config': exporting ? { value: true, set: (v) => (args.config = v) } : { refuse: '--config is not an option of import' },
    '--today': exporting ? { value: true, set: (v) => (args.today = todayValue(v)) } : { refuse: '--today is not an option of import' },
  });
  if (!args.files.length) throw new UsageError(`${command} needs at least one FILE`);
  return args;
}

function readText(file: string, io: Io): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${displayPath(file, io.cwd)}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
}

function outDir(args: X12Args, io: Io): string | undefined {
  if (!args.out || args.out === '-') return undefined;
  const dir = path.resolve(io.cwd, args.out);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new UsageError(`cannot write to ${args.out}: ${(e as NodeJS.ErrnoException).code ?? 'unwritable'}`);
  }
  return dir;
}

const baseName = (file: string) => path.basename(file).replace(/\.claim\.(ya?ml|json)$/i, '').replace(/\.(ya?ml|json)$/i, '');

export async function runExport(argv: readonly string[], io: Io): Promise<number> {
  const args = parseX12Args('export', argv);
  if (args.config && !fs.existsSync(path.resolve(io.cwd, args.config))) throw new UsageError(`cannot read config file ${args.config}`);
  const files = expandPaths(args.files, io.cwd);
  const dir = outDir(args, io);
  const ws = new WorkspaceConfig();
  const today = args.today ?? io.now().toISOString().slice(0, 10);
  const time = io.now().toISOString().slice(11, 16).replace(':', '');
  let errors = false;
  const claims: { file: string; lint: LintResult }[] = [];
  for (const file of files) {
    if (isX12FileName(file)) throw new UsageError(`${displayPath(file, io.cwd)} is already an X12 file: export takes practice claim files (*.claim.yaml, *.claim.json)`);
    const setup = await ws.setupFor(file, { configFile: args.config ? path.resolve(io.cwd, args.config) : undefined, today: args.today, now: io.now() });
    const lint = lintText(readText(file, io), setup.options);
    if (!lint.normalized.isMap) throw new UsageError(`${displayPath(file, io.cwd)} is not a practice claim (its top level is not a map of fields)`);
    if (lint.findings.some((f) => f.severity === 'error')) errors = true;
    claims.push({ file, lint });
  }
  const write = async (target: string, text: string) => {
    try {
      await writeFileAtomic(target, text);
    } catch (e) {
      throw new UsageError(`cannot write ${displayPath(target, io.cwd)}: ${(e as NodeJS.ErrnoException).code ?? 'unwritable'}`);
    }
    io.err(`claimlint: wrote ${displayPath(target, io.cwd)}\n`);
  };
  if (args.batch) {
    const text = exportClaims(
      claims.map((c) => c.lint.normalized.claim),
      { today, time },
    );
    if (args.out === '-') io.out(text);
    else await write(path.join(dir ?? path.dirname(claims[0].file), 'batch.837p.x12'), text);
  } else {
    for (const [i, c] of claims.entries()) {
      const text = exportClaims([c.lint.normalized.claim], { today, time, controlNumber: i + 1 });
      if (args.out === '-') io.out(text);
      else await write(path.join(dir ?? path.dirname(c.file), `${baseName(c.file)}.837p.x12`), text);
    }
  }
  return errors ? 1 : 0;
}

export async function runImport(argv: readonly string[], io: Io): Promise<number> {
  const args = parseX12Args('import', argv);
  const dir = outDir(args, io);
  let status = 0;
  const docs: string[] = [];
  for (const p of args.files) {
    const file = path.resolve(io.cwd, p);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(`cannot read ${p}: no such file`);
    const text = readText(file, io);
    const read = readX12(text);
    if (!read.ok) throw new UsageError(`${displayPath(file, io.cwd)}: ${read.reason}`);
    if (!read.claims.length) throw new UsageError(`${displayPath(file, io.cwd)}: no claim (CLM segment) found`);
    if (read.structure.problems.length) {
      status = 1;
      io.err(`claimlint: ${displayPath(file, io.cwd)}: ${read.structure.problems.length} structure problem${read.structure.problems.length === 1 ? '' : 's'} (run claimlint ${displayPath(file, io.cwd)} to see them); the claims were read as well as they could be\n`);
    }
    const used = new Set<string>();
    for (const [i, c] of read.claims.entries()) {
      const yaml = importedClaimYaml(c, i, read.claims.length, path.basename(file));
      if (args.out === '-') {
        docs.push(yaml);
        continue;
      }
      const stem = importedClaimBase(c, i);
      const folder = dir ?? path.dirname(file);
      let target = path.join(folder, `${stem}.claim.yaml`);
      // Never overwrite someone's claim: an identical file is left alone, a different one gets a new name.
      for (let k = 2; used.has(target) || (fs.existsSync(target) && fs.readFileSync(target, 'utf8') !== yaml); k++) target = path.join(folder, `${stem}-${k}.claim.yaml`);
      used.add(target);
      if (fs.existsSync(target)) {
        io.err(`claimlint: ${displayPath(target, io.cwd)} is up to date\n`);
        continue;
      }
      try {
        await writeFileAtomic(target, yaml);
      } catch (e) {
        throw new UsageError(`cannot write ${displayPath(target, io.cwd)}: ${(e as NodeJS.ErrnoException).code ?? 'unwritable'}`);
      }
      io.err(`claimlint: wrote ${displayPath(target, io.cwd)}\n`);
    }
  }
  if (docs.length) io.out(docs.join('---\n'));
  return status;
}

/** Lints an 837P file for `claimlint PATH` (same shape as a practice claim's result), claim by claim. */
export function lintX12File(text: string, options: LintOptions): LintResult {
  return lintX12Streamed(text, options);
}

/** `claimlint submit --format x12`, and submit of an 837P in any format. */
export function submitX12(file: string, text: string, options: LintOptions, submittedAt: string, today: string): X12Answer {
  if (isX12FileName(file)) return answerX12(lintX12Text(text, options), { submittedAt });
  // A practice claim: the payer decides on the claim as linted; the 999 checks its 837P.
  const lint = lintText(text, options);
  const x12 = exportClaims([lint.normalized.claim], { today });
  const x12Lint = lintX12Text(x12, options);
  if (!x12Lint.read.ok) return answerX12(x12Lint, { submittedAt });
  const ack = ackInput(x12Lint.read.structure, x12Lint.read.segments, x12Lint.findings, x12Lint.read.delimiters);
  const ok = ack.transactions.every((t) => t.errors.length === 0 && t.envelopeCodes.length === 0);
  return composeAnswer(ack, [{ lint, accepted: ok }], { submittedAt });
}

export { isClaimFileName };
