// Bench of the 837P side (issue 16). Every figure is measured by this run, from files this run writes:
//   1. 10,000 practice claims made from the bundled examples (each example in turn, with its own
//      claim id) are written as YAML files, and `claimlint export --batch` turns them into one 837P;
//   2. then, three rounds of: claimlint on the 837P, claimlint on the same claims as YAML files,
//      x12-parser only parsing the 837P, and our own reader only reading it (no rule runs), each in a
//      fresh Node process; the best of three counts.
//   x12LintRatioYaml   = claimlint on the 837P / claimlint on the YAML files   (budget ≤ 1.2)
//   x12LintRatioParser = claimlint on the 837P / x12-parser parsing the 837P   (budget ≤ 3)
// The figures are wall-clock times, as the issue defines them; the CPU time (user + system) of
// every process is reported beside them, because on a loaded machine wall time also measures the load.
// Run alone (needs `npm run build`): npx tsx scripts/bench/x12.ts   (BENCH_X12_CLAIMS=N for a smaller batch)
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { stringify } from 'yaml';

const ROOT = path.join(__dirname, '..', '..');
const CLAIMS = Number(process.env.BENCH_X12_CLAIMS ?? 10_000);
const ROUNDS = 3;
const TODAY = '2026-11-22';

interface Run {
  wallMs: number;
  cpuMs: number;
  maxRssKb: number;
  stdout: string;
}

/** Written into every timed process (node --require): its CPU time and peak memory, to a file named by the env. */
const PROBE = `const fs=require('fs');process.on('exit',()=>{const u=process.resourceUsage();fs.writeFileSync(process.env.X12_BENCH_PROBE,JSON.stringify({cpuMs:(u.userCPUTime+u.systemCPUTime)/1000,maxRssKb:u.maxRSS}));});`;

function timeNode(args: string[], probeFile: string, probeOut: string): Run {
  fs.rmSync(probeOut, { force: true });
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', probeFile, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, X12_BENCH_PROBE: probeOut } });
  const wallMs = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.slice(0, 3).join(' ')} failed (${r.status}): ${r.stderr}`);
  const probe = JSON.parse(fs.readFileSync(probeOut, 'utf8')) as { cpuMs: number; maxRssKb: number };
  return { wallMs, ...probe, stdout: r.stdout };
}

/** The bundled examples as YAML texts (a JSON example converted), in file-name order. */
function exampleTexts(): string[] {
  const dir = path.join(ROOT, 'examples');
  return fs
    .readdirSync(dir)
    .filter((f) => /\.claim\.(yaml|json)$/.test(f))
    .sort()
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      return f.endsWith('.json') ? stringify(JSON.parse(text)) : text;
    });
}

/** Writes `count` claims (the examples in turn, each with its own claim id) as YAML files into a new folder. */
function writeClaims(dir: string, count: number): void {
  const texts = exampleTexts();
  if (!texts.length) throw new Error('no examples/*.claim.yaml');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const text = texts[i % texts.length];
    const withId = text.replace(/^(claim:\s*\n\s+id:\s*)("?)([^"\n]+)\2/m, (_m, head: string, q: string, id: string) => `${head}${q}${id}-${i}${q}`);
    if (withId === text) throw new Error(`example ${i % texts.length} has no claim id to make unique`);
    fs.writeFileSync(path.join(dir, `c${String(i).padStart(5, '0')}.claim.yaml`), withId);
  }
}

const round = (n: number, d = 0) => Math.round(n * 10 ** d) / 10 ** d;
const best = (runs: Run[], k: 'wallMs' | 'cpuMs') => Math.min(...runs.map((r) => r[k]));
const ruleIds = (json: string) => (JSON.parse(json) as { ruleId: string }[]).map((f) => f.ruleId);

export interface X12BenchFigures {
  x12Claims: number;
  x12Bytes: number;
  x12Segments: number;
  x12LintMs: number;
  x12YamlLintMs: number;
  x12ParserMs: number;
  x12ReadMs: number;
  x12LintRatioYaml: number;
  x12LintRatioParser: number;
  x12LintCpuMs: number;
  x12YamlLintCpuMs: number;
  x12ParserCpuMs: number;
  x12ReadCpuMs: number;
  x12LintCpuRatioYaml: number;
  x12LintCpuRatioParser: number;
  x12LintMaxRssKb: number;
  x12Findings: number;
  x12YamlFindings: number;
}

export const X12_BUDGETS: readonly [keyof X12BenchFigures, number][] = [
  ['x12LintRatioYaml', 1.2],
  ['x12LintRatioParser', 3],
];

/** Generates the claims and the 837P in `work`/x12, then times the four processes (see the top of the file). */
export async function x12Bench(work: string): Promise<X12BenchFigures> {
  const cli = path.join(ROOT, 'bin', 'claimlint.js');
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run npm run build first');
  const dir = path.join(work, 'x12');
  const yamlDir = path.join(dir, 'claims');
  const batch = path.join(dir, 'batch.837p.x12');
  writeClaims(yamlDir, CLAIMS);
  const exp = spawnSync(process.execPath, [cli, 'export', '--batch', '--today', TODAY, '--out', dir, yamlDir], { cwd: ROOT, encoding: 'utf8' });
  if ((exp.status !== 0 && exp.status !== 1) || !fs.existsSync(batch)) throw new Error(`claimlint export failed (${exp.status}): ${exp.stderr.slice(-500)}`);
  const x12Text = fs.readFileSync(batch, 'utf8');
  const clms = (x12Text.match(/(^|~\s*)CLM\*/g) ?? []).length;
  if (clms !== CLAIMS) throw new Error(`the 837P holds ${clms} CLM segments, not ${CLAIMS}`);

  // Our reader alone (tokens, structure checks, claims built; no rule runs), bundled as the CLI is.
  const { yamlNoEnvLookups } = require('../../esbuild.js');
  const esbuild = await import('esbuild');
  const readerJs = path.join(ROOT, 'dist', 'bench-x12-read.js');
  await esbuild.build({
    stdin: { contents: `const { scanX12 } = require('./src/x12/import');\nconst text = require('fs').readFileSync(process.argv[2], 'utf8');\nlet n = 0;\nconst r = scanX12(text, { comments: false, onClaim: () => n++ });\nif (!r.ok || !n) process.exit(3);\n`, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: readerJs,
    plugins: [yamlNoEnvLookups],
    logLevel: 'warning',
  });
  const parser = `const {X12parser}=require(${JSON.stringify(require.resolve('x12-parser'))});const fs=require('fs');let n=0;fs.createReadStream(${JSON.stringify(batch)}).pipe(new X12parser()).on('data',()=>n++).on('end',()=>{fs.writeFileSync(${JSON.stringify(path.join(dir, 'segments'))},String(n));if(!n)process.exit(3)});`;

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ccc-x12-bench-'));
  const probeFile = path.join(tmp, 'probe.js');
  fs.writeFileSync(probeFile, PROBE);
  const probeOut = path.join(tmp, 'probe.json');
  const runs: Record<'lint' | 'yaml' | 'parser' | 'read', Run[]> = { lint: [], yaml: [], parser: [], read: [] };
  try {
    for (let i = 0; i < ROUNDS; i++) {
      runs.lint.push(timeNode([cli, '--format', 'json', '--today', TODAY, batch], probeFile, probeOut));
      runs.yaml.push(timeNode([cli, '--format', 'json', '--today', TODAY, yamlDir], probeFile, probeOut));
      runs.parser.push(timeNode(['-e', parser], probeFile, probeOut));
      runs.read.push(timeNode([readerJs, batch], probeFile, probeOut));
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const x12Findings = ruleIds(runs.lint[0].stdout);
  const yamlFindings = ruleIds(runs.yaml[0].stdout);
  const lint = best(runs.lint, 'wallMs');
  const lintCpu = best(runs.lint, 'cpuMs');
  const r: X12BenchFigures = {
    x12Claims: CLAIMS,
    x12Bytes: Buffer.byteLength(x12Text),
    x12Segments: Number(fs.readFileSync(path.join(dir, 'segments'), 'utf8')),
    x12LintMs: round(lint),
    x12YamlLintMs: round(best(runs.yaml, 'wallMs')),
    x12ParserMs: round(best(runs.parser, 'wallMs')),
    x12ReadMs: round(best(runs.read, 'wallMs')),
    x12LintRatioYaml: round(lint / best(runs.yaml, 'wallMs'), 2),
    x12LintRatioParser: round(lint / best(runs.parser, 'wallMs'), 2),
    x12LintCpuMs: round(lintCpu),
    x12YamlLintCpuMs: round(best(runs.yaml, 'cpuMs')),
    x12ParserCpuMs: round(best(runs.parser, 'cpuMs')),
    x12ReadCpuMs: round(best(runs.read, 'cpuMs')),
    x12LintCpuRatioYaml: round(lintCpu / best(runs.yaml, 'cpuMs'), 2),
    x12LintCpuRatioParser: round(lintCpu / best(runs.parser, 'cpuMs'), 2),
    x12LintMaxRssKb: Math.max(...runs.lint.map((x) => x.maxRssKb)),
    x12Findings: x12Findings.length,
    x12YamlFindings: yamlFindings.length,
  };
  for (const [k, max] of X12_BUDGETS) console.error(`${k.padEnd(24)} ${String(r[k]).padStart(10)}  budget ≤ ${max}  ${r[k] <= max ? 'ok' : 'OVER BUDGET'}`);
  console.error(`${'wall ms  lint / yaml / x12-parser / our reader'.padEnd(46)} ${[r.x12LintMs, r.x12YamlLintMs, r.x12ParserMs, r.x12ReadMs].join(' / ')}`);
  console.error(`${'cpu ms   lint / yaml / x12-parser / our reader'.padEnd(46)} ${[r.x12LintCpuMs, r.x12YamlLintCpuMs, r.x12ParserCpuMs, r.x12ReadCpuMs].join(' / ')}  (cpu ratios ${r.x12LintCpuRatioYaml} / ${r.x12LintCpuRatioParser})`);
  console.error(`${CLAIMS} claims, 837P ${r.x12Bytes} bytes, ${r.x12Segments} segments; findings 837P ${r.x12Findings} / YAML ${r.x12YamlFindings}; lint peak RSS ${Math.round(r.x12LintMaxRssKb / 1024)} MiB`);
  console.error(`rounds (wall ms): lint ${runs.lint.map((x) => round(x.wallMs)).join(', ')}; yaml ${runs.yaml.map((x) => round(x.wallMs)).join(', ')}; x12-parser ${runs.parser.map((x) => round(x.wallMs)).join(', ')}; reader ${runs.read.map((x) => round(x.wallMs)).join(', ')}`);
  return r;
}

if (require.main === module) {
  const started = new Date().toISOString();
  x12Bench(path.join(ROOT, '.bench'))
    .then((r) => {
      console.error(`machine: ${os.cpus().length}x ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; started ${started}`);
      console.log(JSON.stringify({ startedAt: started, ...r }));
      if (X12_BUDGETS.some(([k, max]) => r[k] > max)) process.exitCode = 1;
    })
    .catch((e) => {
      console.error(`x12 bench failed: ${(e as Error).message}`);
      process.exit(1);
    });
}
