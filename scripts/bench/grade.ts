// Bench module for `claimlint grade` (issue 14): 8,000 generated claims — 200 trainees × 40 case
// slots over the bundled cases, each a key-built claim with trainee-like mistakes — graded by the
// CLI, against `claimlint` linting the same files in the same run. gradeRatio = grade / lint
// (budget ≤ 1.5). Hooked into bench.ts with one line; run alone: npx tsx scripts/bench/grade.ts
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { bundledCasesDir, findCaseFiles, readCaseFile } from '../../src/node/cases';
import { claimFromKey, claimYaml } from '../../src/practice/claimFromKey';
import type { PracticeCase } from '../../src/practice/model';
import { prng } from './generate';

const TRAINEES = Number(process.env.BENCH_GRADE_TRAINEES ?? 200);
const SLOTS = 40;

/** One trainee's answer to a case: the key's claim with a few seeded mistakes. */
export function traineeClaim(c: PracticeCase, rand: () => number): string {
  const claim = claimFromKey(c);
  const r = rand();
  if (r < 0.15 && claim.diagnoses!.length > 1) claim.diagnoses = [...claim.diagnoses!.slice(1), claim.diagnoses![0]]; // sequencing
  else if (r < 0.3) claim.diagnoses = [...claim.diagnoses!, 'Z00.00']; // overcode
  else if (r < 0.4) claim.services = claim.services!.map((s, i) => (i === 0 ? { ...s, units: (s.units ?? 1) + 1 } : s)); // units
  else if (r < 0.5) claim.services = claim.services!.map((s, i) => (i === 0 ? { ...s, modifiers: ['25'] } : s)); // modifier
  return claimYaml(claim);
}

function timeNode(args: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr?.toString().slice(0, 300)}`);
  return ms;
}

export function gradeBench(root: string, work: string): { gradeFiles: number; gradeMs: number; gradeLintMs: number; gradeRatio: number } {
  const dir = path.join(work, 'grade');
  const files = TRAINEES * SLOTS;
  const marker = path.join(dir, `.count-${files}`);
  if (!fs.existsSync(marker)) {
    const cases = findCaseFiles(bundledCasesDir(path.join(root, 'src', 'node')) ?? path.join(root, 'cases'))
      .map((f) => readCaseFile(f).value)
      .filter((c): c is PracticeCase => !!c?.key);
    if (!cases.length) throw new Error('no keyed cases in cases/');
    fs.rmSync(dir, { recursive: true, force: true });
    for (let t = 0; t < TRAINEES; t++) {
      const td = path.join(dir, `t${String(t).padStart(3, '0')}`);
      fs.mkdirSync(td, { recursive: true });
      const rand = prng(1000 + t);
      for (let s = 0; s < SLOTS; s++) fs.writeFileSync(path.join(td, `s${String(s).padStart(2, '0')}.claim.yaml`), traineeClaim(cases[s % cases.length], rand));
    }
    fs.writeFileSync(marker, '');
  }
  const bin = path.join(root, 'bin', 'claimlint.js');
  if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run npm run build first');
  const gradeTimes: number[] = [];
  const lintTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    lintTimes.push(timeNode([bin, '--today', '2026-09-30', dir]));
    gradeTimes.push(timeNode([bin, 'grade', dir]));
  }
  const gradeMs = Math.min(...gradeTimes);
  const gradeLintMs = Math.min(...lintTimes);
  const gradeRatio = Math.round((gradeMs / gradeLintMs) * 100) / 100;
  console.error(`${'gradeRatio'.padEnd(24)} ${String(gradeRatio).padStart(10)}  budget ≤ 1.5  ${gradeRatio <= 1.5 ? 'ok' : 'OVER BUDGET'}  (grade ${Math.round(gradeMs)} ms vs lint ${Math.round(gradeLintMs)} ms, ${files} claims)`);
  return { gradeFiles: files, gradeMs: Math.round(gradeMs), gradeLintMs: Math.round(gradeLintMs), gradeRatio };
}

if (require.main === module) {
  const root = path.join(__dirname, '..', '..');
  console.log(JSON.stringify(gradeBench(root, path.join(root, '.bench'))));
}
