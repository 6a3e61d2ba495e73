// `claimlint pack --student OUT CASES...`: student copies of case files — the same cases with `key`
// removed (note, demographics and everything else kept, comments too), plus a starting claim per
// case (OUT/<ID>.claim.yaml) naming the case. Keys never need to be in a student's repository.
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { findCaseFiles, readCaseFile } from '../node/cases';
import { startingClaimYaml } from '../practice/claimFromKey';
import { parseCaseText } from '../practice/parse';
import { PACK_USAGE, readCommandLine, UsageError, type Io } from './args';
import { writeFileAtomic } from '../node/atomicFile';
import { displayPath } from './paths';


export function parsePackArgs(argv: readonly string[]): { out: string; cases: string[] } {
  let out: string | undefined;
  const cases = readCommandLine(argv, { '--student': { value: true, set: (v) => (out = v), missing: 'the OUT folder' } }, { help: true });
  if (!out) throw new UsageError('pack needs --student OUT (only student copies can be packed)');
  if (!cases.length) throw new UsageError('pack needs case files or folders (CASES)');
  return { out, cases };
}

/** The text of a case file without its key (YAML keeps comments and layout; JSON is re-printed). */
export function withoutKey(text: string, format: 'yaml' | 'json'): string {
  if (format === 'json') {
    const value = JSON.parse(text) as Record<string, unknown>;
    delete value.key;
    return `${JSON.stringify(value, null, 2)}\n`;
  }
  const doc = parseDocument(text);
  doc.delete('key');
  return doc.toString({ lineWidth: 0 });
}

export async function runPack(argv: readonly string[], io: Io): Promise<number> {
  let args: { out: string; cases: string[] };
  try {
    args = parsePackArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message === 'help') {
        io.out(`usage: ${PACK_USAGE}\n`);
        return 0;
      }
      e.usageHint = true;
    }
    throw e;
  }
  const files: string[] = [];
  for (const p of args.cases) {
    const abs = path.resolve(io.cwd, p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new UsageError(`cannot read ${p}: no such file or folder`);
    }
    files.push(...(stat.isDirectory() ? findCaseFiles(abs) : [abs]));
  }
  if (!files.length) throw new UsageError('no case files (*.case.yaml, *.case.json) in CASES');
  const out = path.resolve(io.cwd, args.out);
  // Read and check everything before writing anything.
  const planned: { target: string; text: string }[] = [];
  for (const file of files) {
    const loaded = readCaseFile(file);
    const error = loaded.findings.find((f) => f.severity === 'error');
    if (!loaded.value || error) {
      const pos = error ? loaded.doc.lines.positionAt(error.range.start) : { line: 0, character: 0 };
      throw new UsageError(`cannot pack ${displayPath(file, io.cwd)}:${pos.line + 1}:${pos.character + 1}: ${error?.message ?? 'not a practice case'}`);
    }
    const format = loaded.doc.format;
    const student = withoutKey(loaded.doc.text, format);
    const check = parseCaseText(student, format);
    if (!check.value || check.value.key !== undefined) throw new UsageError(`could not remove the key from ${displayPath(file, io.cwd)}`);
    const target = path.join(out, path.basename(file));
    if (path.resolve(target) === path.resolve(file)) throw new UsageError(`OUT would overwrite the keyed case ${displayPath(file, io.cwd)}: choose another folder`);
    planned.push({ target, text: student });
    planned.push({ target: path.join(out, `${loaded.value.case.id}.claim.yaml`), text: startingClaimYaml(loaded.value) });
  }
  fs.mkdirSync(out, { recursive: true });
  for (const p of planned) {
    // A starting claim a student may already have edited is never overwritten.
    if (p.target.endsWith('.claim.yaml') && fs.existsSync(p.target)) continue;
    await writeFileAtomic(p.target, p.text);
  }
  io.out(`${files.length} case${files.length === 1 ? '' : 's'} packed for students in ${displayPath(out, io.cwd)} (keys removed, one starting claim each).\n`);
  return 0;
}
