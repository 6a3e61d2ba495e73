#!/usr/bin/env node
// `npm test`: every check the project has, in order, with exact counts and where the time goes.
//
//   typecheck    tsc --noEmit                                  (1 check; failures = TS errors)
//   lint         ESLint, incl. import boundaries               (1 check; failures = files with errors)
//   unit         mocha test/unit (.mocharc.json)               (mocha's counts)
//   integration  mocha inside a real VS Code                   (scripts/test-integration.mjs)
//   package      npm run package -> VSIX                       (1 check)
//   vsix         mocha test/package: VSIX contents             (mocha's counts)
//   e2e          browser checks on the installed VSIX          (test/e2e/run.mjs)
//
//   node scripts/test-all.mjs [--only stage,stage] [--skip stage,stage]
// A stage named by --only/--skip is reported as skipped (never silently). Prints a timing table
// and ends with the line "N passed, N failed"; exits 1 when anything failed.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(REPO, 'test-output');
const BIN = (name) => path.join(REPO, 'node_modules', '.bin', name);
const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const VSIX = path.join(REPO, `${pkg.name}-${pkg.version}.vsix`);
const REPORTER = path.join(REPO, 'test', 'harness', 'mocha-results-reporter.cjs');
const results = (stage) => path.join(OUT, stage, 'results.json');

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Counts from a results.json written by the stage, or 1 failure when it wrote none. */
const fromResults = (stage) => (code) => {
  const r = readJson(results(stage));
  if (!r || typeof r.passes !== 'number') return { passed: 0, failed: 1, note: `no results file (exit ${code})` };
  const failed = r.failures + (code !== 0 && r.failures === 0 ? 1 : 0);
  return { passed: r.passes, failed, note: code !== 0 && r.failures === 0 ? `exit ${code} with no failing test` : '' };
};

const STAGES = [
  {
    name: 'typecheck',
    cmd: [process.execPath, [path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.', '--noEmit']],
    count: (code, out) => {
      const errors = (out.match(/error TS\d+/g) ?? []).length;
      return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: Math.max(1, errors), note: `${errors} type error(s)` };
    },
  },
  {
    name: 'lint',
    cmd: [BIN('eslint'), ['.', '--format', 'json', '--output-file', path.join(OUT, 'lint', 'eslint.json')]],
    before: () => fs.mkdirSync(path.join(OUT, 'lint'), { recursive: true }),
    count: (code) => {
      const files = readJson(path.join(OUT, 'lint', 'eslint.json'));
      if (!Array.isArray(files)) return { passed: 0, failed: 1, note: `eslint did not run (exit ${code})` };
      for (const f of files) {
        for (const m of f.messages) {
          console.log(`${path.relative(REPO, f.filePath)}:${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.message} (${m.ruleId ?? 'parse'})`);
        }
      }
      const bad = files.filter((f) => f.errorCount > 0).length;
      const warnings = files.reduce((n, f) => n + f.warningCount, 0);
      console.log(`eslint: ${files.length} files, ${bad} with errors, ${warnings} warning(s)`);
      // One check (a linted file is not a test); its failures are the files with errors.
      const note = `${files.length} files linted, ${bad} with errors, ${warnings} warning(s)`;
      if (files.length === 0) return { passed: 0, failed: 1, note: 'eslint linted no files' };
      return bad || code !== 0 ? { passed: 0, failed: Math.max(1, bad), note } : { passed: 1, failed: 0, note };
    },
  },
  {
    name: 'unit',
    // the unit tests read the generated code-set tables (dist/codesets, dist/edit-tables): build first
    // (a no-op when they are up to date), so a checkout that was not rebuilt tests what it holds
    before: () => execFileSync(process.execPath, ['esbuild.js', '--quiet'], { cwd: REPO, stdio: 'inherit' }),
    cmd: [BIN('mocha'), ['--reporter', REPORTER, '--reporter-option', `output=${results('unit')}`]],
    count: fromResults('unit'),
  },
  {
    name: 'integration',
    cmd: [process.execPath, [path.join(REPO, 'scripts', 'test-integration.mjs'), '--results', results('integration')]],
    count: fromResults('integration'),
  },
  {
    name: 'package',
    cmd: ['npm', ['run', 'package']],
    before: () => fs.rmSync(VSIX, { force: true }),
    count: (code) => (code === 0 && fs.existsSync(VSIX) ? { passed: 1, failed: 0 } : { passed: 0, failed: 1, note: `no ${path.basename(VSIX)}` }),
  },
  {
    name: 'vsix',
    cmd: [BIN('mocha'), ['--no-config', '--require', 'tsx/cjs', '--extension', 'ts', '--timeout', '20000', '--reporter', REPORTER, '--reporter-option', `output=${results('vsix')}`, 'test/package/**/*.test.ts']],
    env: { CCC_VSIX: VSIX },
    needs: ['package'],
    count: fromResults('vsix'),
  },
  {
    name: 'e2e',
    cmd: [process.execPath, [path.join(REPO, 'test', 'e2e', 'run.mjs'), '--vsix', VSIX, '--results', results('e2e')]],
    needs: ['package'],
    count: fromResults('e2e'),
  },
];

function parseList(flag) {
  const i = process.argv.indexOf(flag);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1].split(',') : undefined;
}
const only = parseList('--only');
const skip = parseList('--skip') ?? [];
for (const s of [...(only ?? []), ...skip]) if (!STAGES.some((st) => st.name === s)) throw new Error(`unknown stage ${s} (stages: ${STAGES.map((st) => st.name).join(', ')})`);

function run(stage) {
  return new Promise((resolve) => {
    let out = '';
    const [cmd, args] = stage.cmd;
    const child = spawn(cmd, args, { cwd: REPO, env: { ...process.env, ...stage.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.on('error', (e) => {
      out += String(e);
      console.error(`cannot start ${cmd}: ${e.message}`);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const started = Date.now();
const table = [];
for (const stage of STAGES) {
  if ((only && !only.includes(stage.name)) || skip.includes(stage.name)) {
    table.push({ name: stage.name, status: 'skipped', seconds: 0, passed: 0, failed: 0, note: 'skipped on request' });
    continue;
  }
  console.log(`\n=== ${stage.name} ${'='.repeat(Math.max(3, 70 - stage.name.length))}`);
  const t = Date.now();
  const unmet = (stage.needs ?? []).filter((n) => table.find((r) => r.name === n)?.status === 'failed');
  let row;
  if (unmet.length) {
    console.log(`not run: ${unmet.join(', ')} failed`);
    row = { passed: 0, failed: 1, note: `not run: ${unmet.join(', ')} failed` };
  } else {
    if (stage.name !== 'lint' && stage.name !== 'package' && stage.name !== 'typecheck') fs.rmSync(results(stage.name), { force: true });
    stage.before?.();
    const { code, out } = await run(stage);
    row = stage.count(code, out);
  }
  const seconds = (Date.now() - t) / 1000;
  table.push({ name: stage.name, status: row.failed ? 'failed' : 'passed', seconds, ...row });
}

const total = (Date.now() - started) / 1000;
const passed = table.reduce((n, r) => n + r.passed, 0);
const failed = table.reduce((n, r) => n + r.failed, 0);
console.log('\n=== where time goes ' + '='.repeat(54));
console.log(`${'stage'.padEnd(12)} ${'time'.padStart(8)} ${'share'.padStart(6)} ${'passed'.padStart(7)} ${'failed'.padStart(7)}  status`);
for (const r of table) {
  const share = total ? `${Math.round((100 * r.seconds) / total)}%` : '';
  console.log(`${r.name.padEnd(12)} ${`${r.seconds.toFixed(1)}s`.padStart(8)} ${share.padStart(6)} ${String(r.passed).padStart(7)} ${String(r.failed).padStart(7)}  ${r.status}${r.note ? ` (${r.note})` : ''}`);
}
console.log(`${'total'.padEnd(12)} ${`${total.toFixed(1)}s`.padStart(8)}`);
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'summary.json'), JSON.stringify({ passed, failed, seconds: total, stages: table }, null, 2));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
