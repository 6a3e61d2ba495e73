// npm run bench — speed and memory budgets, printed as a readable table and ONE JSON line.
// Budgets (issue 2 / issue 7): engine typical p99 ≤ 2 ms; CLI ratio ≤ 1.5; edit→diagnostics p95 ≤ 300 ms;
// activation ≤ 50 ms; ICD-10-CM import ≤ 3 s, cached index load ≤ 150 ms.
// first diagnostics in a freshly started window p95 ≤ 500 ms; 837P lint ≤ 1.2× the same claims as YAML
// and ≤ 3× x12-parser parsing the 837P (scripts/bench/x12.ts).
// Every figure is measured by THIS run (stamped with its runId): the bench packages the extension
// (production bundles + VSIX, for the sizes and for VS Code), and starts real VS Code itself for the
// in-editor figures (scripts/bench/vscode.ts). It never reads an earlier run's results. A figure that
// cannot be measured is null, with its reason under notMeasured, and the bench then exits 1.
import { spawnSync } from 'child_process';
import { randomUUID } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { lintText as LintText } from '../../src/engine/lint';
import { loadEditTables } from '../../src/node/editTables';
import { loadOfficialCodeSet } from '../../src/node/codesetCache';
import { generateClaim } from './generate';
import { X12_BUDGETS, x12Bench } from './x12';
import { gradeBench } from './grade';
import { measureInVsCode, type VsCodeFigures } from './vscode';
import type { bundledCodeSets as BundledCodeSets } from '../../src/node/bundledCodeSets';
import { CODESET_BUDGETS, codesetBench } from './codesets';

const ROOT = path.join(__dirname, '..', '..');
const WORK = path.join(ROOT, '.bench');
const CLI_FILES = Number(process.env.BENCH_CLI_FILES ?? 10_000);
/** Freshly started VS Code windows (first-diagnostics samples) and timed edits per window. */
const WINDOWS = Number(process.env.BENCH_WINDOWS ?? 7);
const EDITS = Number(process.env.BENCH_EDITS ?? 20);
const RUN_ID = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}`;

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
const round = (n: number, d = 3) => Math.round(n * 10 ** d) / 10 ** d;

/** The engine as it ships: bundled with the same esbuild settings as the extension and the CLI, with the bundled code sets. */
async function shippedEngine(): Promise<typeof LintText> {
  const { yamlNoEnvLookups } = require('../../esbuild.js');
  const esbuild = await import('esbuild');
  const out = path.join(ROOT, 'dist', 'bench-engine.js'); // beside dist/codesets, as the CLI finds them
  await esbuild.build({ entryPoints: [path.join(ROOT, 'scripts', 'bench', 'engineEntry.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], outfile: out, plugins: [yamlNoEnvLookups], logLevel: 'warning' });
  const mod = require(out) as { lintText: typeof LintText; bundledCodeSets: typeof BundledCodeSets };
  const loaded = mod.bundledCodeSets();
  if (!loaded.provider) throw new Error(loaded.error ?? 'bundled code sets not loaded');
  const codeSets = loaded.provider;
  return (text, options) => mod.lintText(text, { ...options, codeSets });
}

let lintText: typeof LintText;

function engineLatency(lines: number, iterations: number): { p50: number; p99: number } {
  const text = generateClaim(1, lines);
  // with the code-editor tables the CLI and the extension pass (HCPCS release, MCE, Excludes notes)
  const opts = { format: 'yaml' as const, today: '2026-11-22', tables: loadEditTables().tables };
  for (let i = 0; i < 200; i++) lintText(text, opts);
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    lintText(text, opts);
    times.push(performance.now() - t);
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

function timeNode(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return ms;
}

function cliBench(): { cliMs: number; parseOnlyMs: number; ratio: number } {
  const dir = path.join(WORK, 'claims');
  const marker = path.join(dir, `.count-${CLI_FILES}`);
  if (!fs.existsSync(marker)) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    for (let i = 0; i < CLI_FILES; i++) fs.writeFileSync(path.join(dir, `c${String(i).padStart(5, '0')}.claim.yaml`), generateClaim(i, 1 + (i % 6)));
    fs.writeFileSync(marker, '');
  }
  const cli = path.join(ROOT, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');
  // Baseline: one Node process that only reads and YAML-parses the same files (same yaml package).
  const baseline = `const fs=require('fs'),p=require('path'),Y=require(${JSON.stringify(require.resolve('yaml'))});const d=${JSON.stringify(dir)};for(const f of fs.readdirSync(d)){if(!f.endsWith('.yaml'))continue;Y.parseDocument(fs.readFileSync(p.join(d,f),'utf8'));}`;
  const runs = 3;
  const cliTimes: number[] = [];
  const baseTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    baseTimes.push(timeNode(['-e', baseline]));
    cliTimes.push(timeNode([path.join(ROOT, 'bin', 'claimlint.js'), '--format', 'json', '--today', '2026-11-22', dir]));
  }
  const cliMs = Math.min(...cliTimes);
  const parseOnlyMs = Math.min(...baseTimes);
  return { cliMs, parseOnlyMs, ratio: cliMs / parseOnlyMs };
}

async function icdBench(): Promise<{ importMs: number; loadMs: number; heapBytes: number; codes: number }> {
  const file = path.join(WORK, 'icd10cm_order_bench.txt');
  if (!fs.existsSync(file)) {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-icd-order-file.mjs'), file, '75000'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`gen-icd-order-file failed: ${r.stderr}`);
  }
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'ccc-icd-'));
  try {
    const first = await loadOfficialCodeSet(file, cache);
    // Load from the cache in a fresh process so nothing is memoised.
    const probe = `require(${JSON.stringify(require.resolve('tsx/cjs'))});const {loadOfficialCodeSet}=require(${JSON.stringify(path.join(ROOT, 'src', 'node', 'codesetCache.ts'))});(async()=>{global.gc&&gc();const h0=process.memoryUsage().heapUsed;const t=performance.now();const r=await loadOfficialCodeSet(${JSON.stringify(file)},${JSON.stringify(cache)});const ms=performance.now()-t;global.gc&&gc();console.log(JSON.stringify({ms,fromCache:r.fromCache,heap:process.memoryUsage().heapUsed-h0}));})()`;
    const r = spawnSync(process.execPath, ['--expose-gc', '-e', probe], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`cached load failed: ${r.stderr}`);
    const loaded = JSON.parse(r.stdout.trim().split('\n').pop()!);
    if (!loaded.fromCache) throw new Error('second load did not come from the cache');
    return { importMs: first.ms, loadMs: loaded.ms, heapBytes: loaded.heap, codes: first.codeSet.billableCount };
  } finally {
    fs.rmSync(cache, { recursive: true, force: true });
  }
}

/** Builds the production bundles and the VSIX on this run (npm run package); returns the VSIX path. */
function packageNow(): string {
  const vsix = path.join(WORK, `bench-${RUN_ID}.vsix`);
  const r = spawnSync('npm', ['run', 'package', '--', '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0 || !fs.existsSync(vsix)) throw new Error(`npm run package failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return vsix;
}

function size(file: string): number | null {
  try {
    return fs.statSync(path.join(ROOT, file)).size;
  } catch {
    return null;
  }
}

async function main() {
  const startedAt = new Date().toISOString();
  fs.mkdirSync(WORK, { recursive: true });
  const notMeasured: Record<string, string> = {};
  console.error(`bench run ${RUN_ID}`);
  // What ships: production bundles and the VSIX, built now (the VS Code windows load this dist/).
  const vsix = packageNow();
  const vsixBytes = fs.statSync(vsix).size;
  fs.rmSync(vsix, { force: true });
  lintText = await shippedEngine();
  const typical = engineLatency(6, 3000);
  const large = engineLatency(50, 1000);
  const cli = cliBench();
  const icd = await icdBench();
  const webview = ['media/dist/sidebar.js', 'media/dist/remittance.js'].map(size).reduce<number>((a, b) => a + (b ?? 0), 0);

  let vscode: VsCodeFigures | undefined;
  try {
    vscode = await measureInVsCode(WINDOWS, EDITS, (m) => console.error(`  [vscode] ${m}`));
  } catch (e) {
    const why = (e as Error).message;
    for (const k of ['editToDiagnosticsP95Ms', 'activationMs', 'firstDiagnosticsP95Ms']) notMeasured[k] = why;
  }
  const windows = vscode?.windows ?? [];
  const result = {
    runId: RUN_ID,
    startedAt,
    finishedAt: '',
    date: startedAt.slice(0, 10),
    machine: `${os.cpus().length}x ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`,
    engineTypicalP50Ms: round(typical.p50),
    engineTypicalP99Ms: round(typical.p99),
    engineLargeP50Ms: round(large.p50),
    engineLargeP99Ms: round(large.p99),
    cliFiles: CLI_FILES,
    cliMs: round(cli.cliMs, 0),
    parseOnlyMs: round(cli.parseOnlyMs, 0),
    cliRatio: round(cli.ratio, 2),
    editToDiagnosticsP95Ms: windows.length ? round(percentile(windows.flatMap((w) => w.editMs), 95), 1) : null,
    activationMs: windows.length ? round(percentile(windows.map((w) => w.activationMs), 50), 1) : null,
    firstDiagnosticsP95Ms: windows.length ? round(percentile(windows.map((w) => w.firstDiagnosticsMs), 95), 1) : null,
    icdCodes: icd.codes,
    icdImportMs: round(icd.importMs, 1),
    icdLoadMs: round(icd.loadMs, 1),
    icdLoadHeapBytes: icd.heapBytes,
    extensionBundleBytes: size('dist/extension.js'),
    cliBundleBytes: size('dist/cli.js'),
    webviewBundleBytes: webview || null,
    vsixBytes,
    ...codesetBench(),
    // 10,000 claims from the examples as one 837P vs the same claims as YAML files and vs x12-parser
    // (x12LintRatioYaml ≤ 1.2, x12LintRatioParser ≤ 3); run alone: npx tsx scripts/bench/x12.ts
    ...(await x12Bench(WORK)),
    ...gradeBench(ROOT, WORK), // claimlint grade vs lint on 8,000 claims: gradeRatio (budget ≤ 1.5)
    vscode: vscode
      ? {
          route: vscode.route,
          version: vscode.vscodeVersion,
          windows: windows.length,
          editsPerWindow: EDITS,
          firstDiagnosticsMs: windows.map((w) => round(w.firstDiagnosticsMs, 1)),
          // windows whose extension VS Code had already activated at start-up (onLanguage:json), not by the claim
          activeBeforeOpen: windows.filter((w) => w.activeBeforeOpen).length,
          activationMs: windows.map((w) => round(w.activationMs, 2)),
        }
      : null,
    notMeasured,
  };
  for (const [k, v] of Object.entries(result)) if (v === null && !notMeasured[k]) notMeasured[k] = 'not measured';
  result.finishedAt = new Date().toISOString();
  const budgets: [string, number | null, number][] = [
    ['engineTypicalP99Ms', result.engineTypicalP99Ms, 2],
    ['cliRatio', result.cliRatio, 1.5],
    ['editToDiagnosticsP95Ms', result.editToDiagnosticsP95Ms, 300],
    ['activationMs', result.activationMs, 50],
    ['firstDiagnosticsP95Ms', result.firstDiagnosticsP95Ms, 500],
    ['icdImportMs', result.icdImportMs, 3000],
    ['icdLoadMs', result.icdLoadMs, 150],
    ...CODESET_BUDGETS.map(([k, max]): [string, number | null, number] => [k, (result as Record<string, unknown>)[k] as number, max]),
    ['vsixBytes', result.vsixBytes, 4 * 1024 * 1024],
    ...X12_BUDGETS.map(([k, max]): [string, number | null, number] => [k, result[k], max]),
  ];
  console.error(`\nrun ${RUN_ID} (${startedAt} → ${result.finishedAt}); every figure below was measured by this run`);
  for (const [k, v, max] of budgets) console.error(`${k.padEnd(24)} ${String(v ?? 'n/a').padStart(10)}  budget ≤ ${max}  ${v === null ? `NOT MEASURED: ${notMeasured[k]}` : v <= max ? 'ok' : 'OVER BUDGET'}`);
  for (const k of ['engineTypicalP50Ms', 'engineLargeP50Ms', 'engineLargeP99Ms', 'cliMs', 'parseOnlyMs', 'icdLoadHeapBytes', 'extensionBundleBytes', 'cliBundleBytes', 'webviewBundleBytes', 'vsixBytes'] as const)
    console.error(`${k.padEnd(24)} ${String(result[k] ?? 'n/a').padStart(10)}`);
  if (vscode) console.error(`in ${vscode.route} VS Code ${vscode.vscodeVersion}: ${windows.length} fresh windows, first diagnostics ${result.vscode?.firstDiagnosticsMs.join(', ')} ms; ${EDITS} edits each`);
  console.log(JSON.stringify(result));
  const missing = Object.keys(notMeasured);
  if (missing.length) {
    console.error(`bench: not measured on this run: ${missing.map((k) => `${k} (${notMeasured[k]})`).join('; ')}`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(`bench failed: ${(e as Error).message}`);
  process.exit(1);
});
