#!/usr/bin/env node
// Runs the integration tests (test/integration/*.test.ts, mocha) inside a real VS Code, on a copy
// of test/fixtures/workspace/. One command, two routes:
//
//   desktop      @vscode/test-electron: downloads VS Code (or uses VSCODE_EXECUTABLE_PATH, or the
//                desktop `code` found on PATH), runs under xvfb-run when Linux has no display.
//   code-server  VS Code server + web workbench from npm (installed on first use into
//                .vscode-test/, see scripts/setup-code-server.mjs), driven by headless chromium.
//
// Route choice (quick): CCC_VSCODE_ROUTE=desktop|code-server forces one. Otherwise desktop when a
// desktop build is installed/cached or the download server answers within a few seconds and a
// display (or xvfb-run) exists; else code-server. Nothing is skipped: when neither route can
// run, the command fails and says what is missing.
//
//   node scripts/test-integration.mjs [--grep TEXT] [--results FILE] [--timeout SECONDS] [--verbose]
// Exit status 0 when every test passed. Results (exact mocha counts) go to --results
// (default test-output/integration/results.json); the last line is "integration: N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildIntegrationTests } from './build-integration-tests.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORKSPACE = path.join(REPO, 'test', 'fixtures', 'workspace');
// Workbench chatter that is not the tests' output (full log: <data dir>/workbench.log, or --verbose).
const WORKBENCH_NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|\[reconnection-grace-time\]|Updating additional builtin extensions cache|\[Service Worker\]|\[AgentHost|\[AccountPolicyGate\]|Timed out waiting for authentication provider)|ENOTFOUND|getaddrinfo/;
const DESKTOP_PROBE = 'https://update.code.visualstudio.com/api/releases/stable';

function parseArgs(argv) {
  // the whole run's limit: hang protection, generous for a busy machine (the suite takes 1–5 min)
  const out = { timeout: '1200' };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`unexpected argument ${argv[i]}`);
    out[m[1]] = m[2] ?? (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : true);
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
const resultsFile = path.resolve(args.results ?? path.join(REPO, 'test-output', 'integration', 'results.json'));
const outputDir = path.dirname(resultsFile);
const say = (...a) => console.log('[integration]', ...a);
const onPath = (cmd) => (process.env.PATH || '').split(path.delimiter).find((d) => d && fs.existsSync(path.join(d, cmd)));

/** Electron executable of a desktop VS Code: VSCODE_EXECUTABLE_PATH, or the one behind `code` on PATH. */
function installedDesktop() {
  if (process.env.VSCODE_EXECUTABLE_PATH) return process.env.VSCODE_EXECUTABLE_PATH;
  const dir = onPath('code');
  if (!dir || process.platform !== 'linux') return undefined;
  // /usr/bin/code -> /usr/share/code/bin/code; the Electron binary is /usr/share/code/code.
  const real = fs.realpathSync(path.join(dir, 'code'));
  const exe = path.join(path.dirname(path.dirname(real)), 'code');
  return fs.existsSync(exe) && exe !== real ? exe : undefined;
}

function cachedDesktop() {
  const cache = path.join(REPO, '.vscode-test');
  return fs.existsSync(cache) && fs.readdirSync(cache).some((e) => /^vscode-(linux|darwin|win32)/.test(e));
}

async function downloadReachable() {
  try {
    const r = await fetch(DESKTOP_PROBE, { signal: AbortSignal.timeout(5000) });
    return r.ok ? '' : `HTTP ${r.status} from ${DESKTOP_PROBE}`;
  } catch (e) {
    return `${DESKTOP_PROBE} unreachable (${e.cause?.code ?? e.cause?.message ?? e.message})`;
  }
}

/** { route, why } — or { route: undefined, why } when the desktop route cannot run here. */
async function desktopRoute() {
  const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const display = !needsDisplay ? '' : onPath('xvfb-run') ? 'xvfb' : 'no display (DISPLAY unset) and no xvfb-run (Debian package "xvfb")';
  const exe = installedDesktop();
  if (exe) return display.startsWith('no ') ? { why: `desktop VS Code ${exe}: ${display}` } : { route: 'desktop', exe, display, why: `desktop VS Code at ${exe}` };
  if (cachedDesktop()) return display.startsWith('no ') ? { why: `cached desktop VS Code: ${display}` } : { route: 'desktop', display, why: 'desktop VS Code cached in .vscode-test/' };
  const unreachable = await downloadReachable();
  if (unreachable) return { why: `desktop VS Code: not installed, and ${unreachable}` };
  if (display.startsWith('no ')) return { why: `desktop VS Code: downloadable, but ${display}` };
  return { route: 'desktop', display, why: 'desktop VS Code downloadable' };
}

function readResults() {
  try {
    return JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  } catch {
    return undefined;
  }
}

async function runDesktop(choice, dataDir, workspace, testEnv) {
  if (choice.display === 'xvfb' && !process.env.CCC_UNDER_XVFB) {
    say('no display: re-running under xvfb-run');
    const child = spawn('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, CCC_UNDER_XVFB: '1', CCC_VSCODE_ROUTE: 'desktop' } });
    return new Promise((resolve) => child.on('exit', (code) => resolve({ code: code ?? 1, reexec: true })));
  }
  const { runTests } = await import('@vscode/test-electron');
  try {
    const code = await runTests({
      vscodeExecutablePath: choice.exe,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: path.join(REPO, 'out', 'test', 'integration', 'index.js'),
      extensionTestsEnv: testEnv,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${path.join(dataDir, 'user-data')}`],
    });
    return { code };
  } catch (e) {
    return { code: typeof e?.code === 'number' ? e.code : 1, error: e };
  }
}

async function runCodeServer(dataDir, workspace, testEnv) {
  const { launchBrowser, startCodeServer, workbenchUrl } = await import('../test/harness/codeServer.mjs');
  let server;
  let browser;
  const logFile = path.join(dataDir, 'workbench.log');
  try {
    const t0 = Date.now();
    server = await startCodeServer({ dataDir, env: testEnv });
    say(`code-server up on ${server.base} after ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    browser = await launchBrowser();
    const { page } = browser;
    let finish;
    const finished = new Promise((resolve) => (finish = resolve));
    // The workbench calls these (smoke-test driver): the test extension host's exit, and its log,
    // which carries the extension host's console (mocha's reporter) besides workbench noise.
    await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
    await page.exposeFunction('codeAutomationLog', (type, parts) => {
      const text = format(...(Array.isArray(parts) ? parts : [parts]));
      fs.appendFileSync(logFile, `[${type}] ${text}\n`);
      if (args.verbose) console.log(`[${type}] ${text}`);
      else if (type === 'info' && !WORKBENCH_NOISE.test(text) && !text.startsWith('[ccc-test-results]')) console.log(text);
      else if ((type === 'error' || type === 'warn') && !WORKBENCH_NOISE.test(text)) console.log(`[workbench ${type}] ${text.split('\n')[0].slice(0, 240)}`);
    });
    page.on('pageerror', (e) => fs.appendFileSync(logFile, `[pageerror] ${e.message}\n`));
    // Not waiting for 'load' (playwright's 30 s default, exceeded on a busy machine): the test
    // extension host's exit, awaited below with --timeout, is the signal.
    await page.goto(workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: REPO, extensionTestsPath: path.join(REPO, 'out', 'test', 'integration') }), { waitUntil: 'commit', timeout: 120000 });
    const timeoutMs = Number(args.timeout) * 1000;
    const result = await Promise.race([finished, new Promise((r) => setTimeout(() => r('timeout'), timeoutMs).unref())]);
    if (result === 'timeout') {
      const shot = path.join(outputDir, 'timeout.png');
      await page.screenshot({ path: shot }).catch(() => {});
      return { code: 124, error: new Error(`tests did not finish within ${args.timeout}s (screenshot ${shot}, workbench log ${logFile}, server log ${server.logPath})`) };
    }
    return { code: result };
  } catch (e) {
    return { code: 1, error: e };
  } finally {
    await browser?.close();
    await server?.stop();
  }
}

async function main() {
  const started = Date.now();
  fs.mkdirSync(outputDir, { recursive: true });
  fs.rmSync(resultsFile, { force: true });
  if (!process.env.CCC_UNDER_XVFB) {
    const b = spawnSync(process.execPath, [path.join(REPO, 'esbuild.js')], { cwd: REPO, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`building the extension (node esbuild.js) failed:\n${b.stdout}${b.stderr}`);
    const t = await buildIntegrationTests();
    say(`built the extension and ${t.tests} test file(s) in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  }

  const forced = process.env.CCC_VSCODE_ROUTE;
  if (forced && !['desktop', 'code-server'].includes(forced)) throw new Error(`CCC_VSCODE_ROUTE must be desktop or code-server, not ${forced}`);
  let choice;
  if (forced === 'code-server') choice = { route: 'code-server', why: 'CCC_VSCODE_ROUTE=code-server' };
  else {
    const d = await desktopRoute();
    if (d.route) choice = d;
    else if (forced === 'desktop') throw new Error(`CCC_VSCODE_ROUTE=desktop, but ${d.why}`);
    else {
      say(`${d.why}; using code-server`);
      choice = { route: 'code-server', why: d.why };
    }
  }
  if (choice.route === 'code-server') {
    try {
      const { ensureCodeServer } = await import('./setup-code-server.mjs');
      ensureCodeServer();
    } catch (e) {
      throw new Error(`cannot run the integration tests in a real VS Code here.\n  desktop route: ${choice.why}\n  code-server route: ${e.message}`, { cause: e });
    }
  }
  say(`route: ${choice.route} (${choice.why})`);

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccc-integration-'));
  const workspace = path.join(dataDir, 'workspace');
  fs.cpSync(WORKSPACE, workspace, { recursive: true });
  const testEnv = { CCC_TEST_RESULTS: resultsFile, ...(args.grep ? { CCC_TEST_GREP: String(args.grep) } : {}) };
  const r = choice.route === 'desktop' ? await runDesktop(choice, dataDir, workspace, testEnv) : await runCodeServer(dataDir, workspace, testEnv);
  if (r.reexec) return r.code;

  const res = readResults();
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.error) say(`error: ${r.error.stack ?? r.error}`);
  if (!res) {
    say(`no results from the test run (exit ${r.code}); data: ${dataDir}`);
    fs.writeFileSync(resultsFile, JSON.stringify({ passes: 0, failures: 1, pending: 0, error: `no results (exit ${r.code})` }));
    console.log('integration: 0 passed, 1 failed');
    return 1;
  }
  const ok = r.code === 0 && res.failures === 0;
  if (ok) fs.rmSync(dataDir, { recursive: true, force: true });
  else say(`run data kept in ${dataDir}`);
  say(`${choice.route} run finished in ${secs}s, extension host exit ${r.code}`);
  console.log(`integration: ${res.passes} passed, ${res.failures} failed${res.pending ? `, ${res.pending} pending` : ''}`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[integration] FAILED: ${e.message}`);
    fs.mkdirSync(outputDir, { recursive: true });
    fs.writeFileSync(resultsFile, JSON.stringify({ passes: 0, failures: 1, pending: 0, error: e.message }));
    console.log('integration: 0 passed, 1 failed');
    process.exit(1);
  },
);
