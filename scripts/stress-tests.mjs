#!/usr/bin/env node
// Proof that a test stage does not depend on machine load: runs it N times in a row while every
// CPU is kept busy by a spinning Node process, and stops at the first failure.
//
//   npm run test:stress -- [--runs 5] [--stage e2e|integration|all] [--load N] [--grep TEXT]
//
//   --stage e2e          node test/e2e/run.mjs on one VSIX packaged before the first run
//   --stage integration  node scripts/test-integration.mjs
//   --stage all          npm test (scripts/test-all.mjs: every stage)
//   --load N             busy processes (default: one per CPU; 0 = no extra load)
//
// Each run's output goes to test-output/stress/<stage>-<n>.log; a summary line per run and a
// closing "stress <stage>: N/N runs passed under load" line are printed, and
// test-output/stress/<stage>.json records them. Exits 1 when any run failed.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(REPO, 'test-output', 'stress');

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`unexpected argument ${argv[i]}`);
    out[m[1]] = m[2] ?? (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : true);
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
const runs = Number(args.runs ?? 5);
const stage = String(args.stage ?? 'e2e');
const load = Number(args.load ?? os.cpus().length);
if (!['e2e', 'integration', 'all'].includes(stage)) throw new Error(`--stage must be e2e, integration or all, not ${stage}`);
if (!(runs >= 1) || !(load >= 0)) throw new Error('--runs must be ≥ 1 and --load ≥ 0');
const say = (...a) => console.log(`[stress ${new Date().toISOString().slice(11, 19)}]`, ...a);

/** One spinning process per requested CPU; each spins until it is killed (or this process exits). */
function startLoad(n) {
  // spins, and checks now and then that this process still exists (so a spinner never outlives it)
  const spin = `const ppid=${process.pid};for(;;){let x=0;for(let i=0;i<5e7;i++)x+=i;if(x<0)break;try{process.kill(ppid,0)}catch{process.exit(0)}}`;
  const spinners = [];
  for (let i = 0; i < n; i++) spinners.push(spawn(process.execPath, ['-e', spin], { stdio: 'ignore' }));
  const stop = () => {
    for (const c of spinners) if (c.exitCode === null) c.kill('SIGKILL');
  };
  process.on('exit', stop);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));
  return stop;
}

function runLogged(cmd, cmdArgs, logFile) {
  return new Promise((resolve) => {
    const logFd = fs.openSync(logFile, 'w');
    const child = spawn(cmd, cmdArgs, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const take = (d) => {
      fs.writeSync(logFd, d);
      tail = (tail + d).slice(-4000);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code) => {
      fs.closeSync(logFd);
      resolve({ code: code ?? 1, tail });
    });
  });
}

/** The closing "N passed, N failed" line of a stage's output. */
const counts = (tail) => [...tail.matchAll(/(\d+) passed, (\d+) failed/g)].pop()?.[0] ?? 'no counts line';

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  let vsix;
  if (stage === 'e2e') {
    say('packaging the VSIX once (npm run package)');
    const r = spawnSync('npm', ['run', 'package'], { cwd: REPO, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`npm run package failed:\n${r.stdout}${r.stderr}`);
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    vsix = path.join(OUT, `${pkg.name}-${pkg.version}.vsix`);
    fs.copyFileSync(path.join(REPO, `${pkg.name}-${pkg.version}.vsix`), vsix);
  }
  const command = (n) => {
    const results = path.join(OUT, `${stage}-${n}-results.json`);
    if (stage === 'e2e') return [process.execPath, [path.join(REPO, 'test', 'e2e', 'run.mjs'), '--vsix', vsix, '--out', path.join(OUT, `e2e-${n}`), '--results', results, ...(args.grep ? ['--grep', String(args.grep)] : [])]];
    if (stage === 'integration') return [process.execPath, [path.join(REPO, 'scripts', 'test-integration.mjs'), '--results', results, ...(args.grep ? ['--grep', String(args.grep)] : [])]];
    return [process.execPath, [path.join(REPO, 'scripts', 'test-all.mjs')]];
  };

  say(`${runs} run(s) of the ${stage} stage with ${load} busy process(es) on ${os.cpus().length} CPU(s); load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const stopLoad = startLoad(load);
  const summary = { stage, runs, load, cpus: os.cpus().length, started: new Date().toISOString(), results: [] };
  let passed = 0;
  try {
    for (let n = 1; n <= runs; n++) {
      const logFile = path.join(OUT, `${stage}-${n}.log`);
      const t = Date.now();
      const [cmd, cmdArgs] = command(n);
      const r = await runLogged(cmd, cmdArgs, logFile);
      const seconds = Math.round((Date.now() - t) / 1000);
      const retried = [...fs.readFileSync(logFile, 'utf8').matchAll(/retrying: /g)].length;
      const line = `run ${n}/${runs}: ${r.code === 0 ? 'passed' : 'FAILED'} in ${seconds}s (${counts(r.tail)}${retried ? `, ${retried} action(s) retried` : ''}; load average ${os.loadavg()[0].toFixed(1)}; log ${path.relative(REPO, logFile)})`;
      say(line);
      summary.results.push({ run: n, exit: r.code, seconds, counts: counts(r.tail), retried, loadAverage: os.loadavg()[0], log: path.relative(REPO, logFile) });
      if (r.code !== 0) {
        console.log(r.tail.split('\n').slice(-40).join('\n'));
        break;
      }
      passed++;
    }
  } finally {
    stopLoad();
  }
  summary.passed = passed;
  summary.finished = new Date().toISOString();
  fs.writeFileSync(path.join(OUT, `${stage}.json`), JSON.stringify(summary, null, 2));
  console.log(`stress ${stage}: ${passed}/${runs} runs passed under load (${load} busy process(es))`);
  return passed === runs ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[stress] FAILED: ${e.stack ?? e}`);
    process.exit(1);
  },
);
