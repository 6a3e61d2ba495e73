// npm run bench — speed and memory budgets, printed as a readable table and ONE JSON line.
// Budgets (issue 2 / issue 7): engine typical p99 ≤ 2 ms; CLI ratio ≤ 1.5; edit→diagnostics p95 ≤ 300 ms;
// activation ≤ 50 ms; ICD-10-CM import ≤ 3 s, cached index load ≤ 150 ms.
// VS Code figures come from files the integration suite writes (test-output/bench/*.json); they are
// null when the integration suite has not run on this checkout.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { lintText as LintText } from '../../src/engine/lint';
import type { bundledCodeSets as BundledCodeSets } from '../../src/node/bundledCodeSets';
import { loadOfficialCodeSet } from '../../src/node/codesetCache';
import { generateClaim } from './generate';
import { CODESET_BUDGETS, codesetBench } from './codesets';

const ROOT = path.join(__dirname, '..', '..');
const WORK = path.join(ROOT, '.bench');
const CLI_FILES = Number(process.env.BENCH_CLI_FILES ?? 10_000);

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
  for (let i = 0; i < 200; i++) lintText(text, { format: 'yaml', today: '2026-11-22' });
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    lintText(text, { format: 'yaml', today: '2026-11-22' });
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

function readVsCodeFigure(name: string, key: string): number | null {
  const file = path.join(ROOT, 'test-output', 'bench', name);
  try {
    const v = JSON.parse(fs.readFileSync(file, 'utf8'))[key];
    return typeof v === 'number' ? round(v) : null;
  } catch {
    return null;
  }
}

function size(file: string): number | null {
  try {
    return fs.statSync(path.join(ROOT, file)).size;
  } catch {
    return null;
  }
}

function vsixSize(): number | null {
  const f = fs.readdirSync(ROOT).find((x) => x.endsWith('.vsix'));
  return f ? fs.statSync(path.join(ROOT, f)).size : null;
}

async function main() {
  fs.mkdirSync(WORK, { recursive: true });
  lintText = await shippedEngine();
  const typical = engineLatency(6, 3000);
  const large = engineLatency(50, 1000);
  const cli = cliBench();
  const icd = await icdBench();
  const webview = ['media/dist/sidebar.js', 'media/dist/remittance.js'].map(size).reduce<number>((a, b) => a + (b ?? 0), 0);
  const result = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus().length}x ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`,
    engineTypicalP50Ms: round(typical.p50),
    engineTypicalP99Ms: round(typical.p99),
    engineLargeP50Ms: round(large.p50),
    engineLargeP99Ms: round(large.p99),
    cliFiles: CLI_FILES,
    cliMs: round(cli.cliMs, 0),
    parseOnlyMs: round(cli.parseOnlyMs, 0),
    cliRatio: round(cli.ratio, 2),
    editToDiagnosticsP95Ms: readVsCodeFigure('edit-to-diagnostics.json', 'p95Ms'),
    activationMs: readVsCodeFigure('activation.json', 'activationMs'),
    icdCodes: icd.codes,
    icdImportMs: round(icd.importMs, 1),
    icdLoadMs: round(icd.loadMs, 1),
    icdLoadHeapBytes: icd.heapBytes,
    extensionBundleBytes: size('dist/extension.js'),
    cliBundleBytes: size('dist/cli.js'),
    webviewBundleBytes: webview || null,
    vsixBytes: vsixSize(),
    ...codesetBench(),
  };
  const budgets: [string, number | null, number][] = [
    ['engineTypicalP99Ms', result.engineTypicalP99Ms, 2],
    ['cliRatio', result.cliRatio, 1.5],
    ['editToDiagnosticsP95Ms', result.editToDiagnosticsP95Ms, 300],
    ['activationMs', result.activationMs, 50],
    ['icdImportMs', result.icdImportMs, 3000],
    ['icdLoadMs', result.icdLoadMs, 150],
    ...CODESET_BUDGETS.map(([k, max]): [string, number | null, number] => [k, (result as Record<string, unknown>)[k] as number, max]),
    ['vsixBytes', result.vsixBytes, 4 * 1024 * 1024],
  ];
  for (const [k, v, max] of budgets) console.error(`${k.padEnd(24)} ${String(v ?? 'n/a').padStart(10)}  budget ≤ ${max}  ${v === null ? '(not measured: run npm test first)' : v <= max ? 'ok' : 'OVER BUDGET'}`);
  for (const k of ['engineTypicalP50Ms', 'engineLargeP50Ms', 'engineLargeP99Ms', 'cliMs', 'parseOnlyMs', 'icdLoadHeapBytes', 'extensionBundleBytes', 'webviewBundleBytes', 'vsixBytes'] as const)
    console.error(`${k.padEnd(24)} ${String(result[k] ?? 'n/a').padStart(10)}`);
  console.log(JSON.stringify(result));
}

main().catch((e) => {
  console.error(`bench failed: ${(e as Error).message}`);
  process.exit(1);
});
