// Bench of the 837P side (issue 16): the same generated claims as one 10,000-claim 837P batch.
//   x12LintRatioYaml   = claimlint on the batch / claimlint on the same claims as YAML files  (≤ 1.2)
//   x12LintRatioParser = claimlint on the batch / x12-parser only parsing the batch          (≤ 3)
// Every figure is one Node process per run (best of three), in the same run as the YAML figure.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

function timeNode(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.slice(0, 3).join(' ')} failed (${r.status}): ${r.stderr}`);
  return ms;
}

/** Exports the YAML claims of `claimsDir` as one batch (cached next to them), then times both. */
export function x12Bench(claimsDir: string, yamlCliMs: number): { x12Claims: number; x12LintMs: number; x12ParserMs: number; x12LintRatioYaml: number; x12LintRatioParser: number } {
  const cli = path.join(ROOT, 'bin', 'claimlint.js');
  const outDir = path.join(path.dirname(claimsDir), 'x12');
  const batch = path.join(outDir, 'batch.837p.x12');
  const count = fs.readdirSync(claimsDir).filter((f) => f.endsWith('.claim.yaml')).length;
  const marker = path.join(outDir, `.count-${count}`);
  if (!fs.existsSync(marker)) {
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.mkdirSync(outDir, { recursive: true });
    timeNode([cli, 'export', '--batch', '--today', '2026-11-22', '--out', outDir, claimsDir]);
    fs.writeFileSync(marker, '');
  }
  const parser = `const {X12parser}=require(${JSON.stringify(require.resolve('x12-parser'))});const fs=require('fs');let n=0;fs.createReadStream(${JSON.stringify(batch)}).pipe(new X12parser()).on('data',()=>n++).on('end',()=>{if(!n)process.exit(3)});`;
  const lint: number[] = [];
  const parse: number[] = [];
  for (let i = 0; i < 3; i++) {
    parse.push(timeNode(['-e', parser]));
    lint.push(timeNode([cli, '--format', 'json', '--today', '2026-11-22', batch]));
  }
  const x12LintMs = Math.min(...lint);
  const x12ParserMs = Math.min(...parse);
  const r = { x12Claims: count, x12LintMs: Math.round(x12LintMs), x12ParserMs: Math.round(x12ParserMs), x12LintRatioYaml: Math.round((x12LintMs / yamlCliMs) * 100) / 100, x12LintRatioParser: Math.round((x12LintMs / x12ParserMs) * 100) / 100 };
  for (const [k, v, max] of [
    ['x12LintRatioYaml', r.x12LintRatioYaml, 1.2],
    ['x12LintRatioParser', r.x12LintRatioParser, 3],
  ] as const)
    console.error(`${k.padEnd(24)} ${String(v).padStart(10)}  budget ≤ ${max}  ${v <= max ? 'ok' : 'OVER BUDGET'}`);
  console.error(`${'x12LintMs / x12ParserMs'.padEnd(24)} ${`${r.x12LintMs} / ${r.x12ParserMs}`.padStart(10)}`);
  return r;
}
