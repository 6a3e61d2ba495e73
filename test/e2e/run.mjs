#!/usr/bin/env node
// Browser end-to-end checks: the PACKAGED extension (VSIX installed with `code-server
// --install-extension` into a fresh extensions dir) in a real VS Code (code-server's VS Code
// server + web workbench), driven by headless chromium through playwright-core, on a copy of
// examples/. Screenshots of every step go to test-output/e2e/.
//
//   node test/e2e/run.mjs [--vsix FILE] [--grep TEXT] [--out DIR] [--results FILE] [--keep]
//   (without --vsix it runs `npm run package` first)
//
// ADDING A CHECK: create test/e2e/checks/NN-topic.mjs (files run in name order) that
// default-exports one check or an array of checks:
//
//   export default [{
//     name: 'quick fix replaces a header diagnosis',   // unique, shown in the report
//     timeout: 60000,                                   // optional, ms (default 60 s)
//     async run(ctx) { ... throw (or fail an assert) to fail ... },
//   }];
//
// ctx = { page (playwright Page), ui (test/harness/ui.mjs helpers: runCommand, openFile,
//   openProblems, openViewContainer, webviewContent, waitForNotification, …), shot(label) (saves
//   test-output/e2e/<NN>-<check>-<label>.png), log(...), pkg (the packaged package.json),
//   workspace (folder open in VS Code), claimlint(args) (the packaged CLI, parsed --format json
//   output), state (an object shared by all checks), server, repo }.
// Each check starts from a workbench with no quick input / menu open; a failing check leaves a
// <NN>-<check>-FAILED.png and the next check still runs. The closing line is
// "e2e: N passed, N failed"; counts also go to --results (default test-output/e2e/results.json).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { copyWorkspace, installVsix, launchBrowser, startCodeServer, workbenchUrl } from '../harness/codeServer.mjs';
import * as ui from '../harness/ui.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHECKS_DIR = path.join(REPO, 'test', 'e2e', 'checks');

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
const outDir = path.resolve(args.out ?? path.join(REPO, 'test-output', 'e2e'));
const resultsFile = path.resolve(args.results ?? path.join(outDir, 'results.json'));
const t0 = Date.now();
const secs = (from = t0) => ((Date.now() - from) / 1000).toFixed(1);
const log = (...a) => console.log(`[e2e ${secs()}s]`, ...a);
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);

async function loadChecks() {
  const files = fs.readdirSync(CHECKS_DIR).filter((f) => f.endsWith('.mjs')).sort();
  const checks = [];
  for (const f of files) {
    const mod = await import(pathToFileURL(path.join(CHECKS_DIR, f)).href);
    for (const c of [mod.default].flat()) {
      if (!c || typeof c.name !== 'string' || typeof c.run !== 'function') throw new Error(`${f}: default export must be { name, run } or an array of them`);
      // `skip: 'why'` keeps a check in the tree but out of the run, and says so in every report.
      if (c.skip) {
        console.log(`  skip  ${c.name} — ${c.skip}`);
        continue;
      }
      checks.push({ ...c, file: f });
    }
  }
  const names = new Set();
  for (const c of checks) {
    if (names.has(c.name)) throw new Error(`duplicate e2e check name: ${c.name}`);
    names.add(c.name);
  }
  return args.grep ? checks.filter((c) => c.name.includes(String(args.grep))) : checks;
}

function packageVsix() {
  log('packaging: npm run package');
  const r = spawnSync('npm', ['run', 'package'], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run package failed:\n${r.stdout}${r.stderr}`);
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  return path.join(REPO, `${pkg.name}-${pkg.version}.vsix`);
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000}s`)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

async function main() {
  const checks = await loadChecks();
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const results = checks.map((c) => ({ name: c.name, status: 'not run', seconds: 0 }));
  const report = () => {
    const passes = results.filter((r) => r.status === 'passed').length;
    const failures = results.length - passes;
    fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
    fs.writeFileSync(resultsFile, JSON.stringify({ passes, failures, pending: 0, checks: results }, null, 2));
    console.log(`screenshots: ${path.relative(process.cwd(), outDir) || outDir}`);
    console.log(`e2e: ${passes} passed, ${failures} failed`);
    return failures === 0 && results.length > 0 ? 0 : 1;
  };
  if (!checks.length) {
    log(`no checks${args.grep ? ` match --grep ${args.grep}` : ''} in ${CHECKS_DIR}`);
    results.push({ name: '(no checks)', status: 'failed', seconds: 0 });
    return report();
  }

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccc-e2e-'));
  let server;
  let browser;
  let setupError;
  let page;
  try {
    const vsix = path.resolve(args.vsix ?? packageVsix());
    if (!fs.existsSync(vsix)) throw new Error(`VSIX not found: ${vsix}`);
    const extensionsDir = path.join(dataDir, 'extensions');
    log(`installing ${path.relative(REPO, vsix)} into a fresh extensions dir`);
    const out = installVsix(vsix, { extensionsDir, dataDir });
    log(out.split('\n').filter((l) => /install/i.test(l)).join(' | '));
    const installed = fs.readdirSync(extensionsDir).find((d) => d.startsWith('clean-claim-coach.clean-claim-coach-'));
    if (!installed) throw new Error(`the VSIX did not install into ${extensionsDir}: ${out}`);
    const extensionDir = path.join(extensionsDir, installed);
    const pkg = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));
    const workspace = copyWorkspace(path.join(REPO, 'examples'), dataDir);

    server = await startCodeServer({ dataDir, extensionsDir });
    log(`code-server up on ${server.base}`);
    browser = await launchBrowser();
    page = browser.page;
    page.on('pageerror', (e) => fs.appendFileSync(path.join(dataDir, 'page-errors.log'), `${e.stack ?? e.message}\n`));
    // Not waiting for 'load' (30 s by default, exceeded on a busy machine): waitForWorkbench waits for the rendered workbench.
    await page.goto(workbenchUrl(server, { folder: workspace }), { waitUntil: 'commit', timeout: 120000 });
    await ui.waitForWorkbench(page);
    log('workbench rendered');

    const state = {};
    const claimlint = (cliArgs) => {
      const r = spawnSync(process.execPath, [path.join(extensionDir, 'bin', 'claimlint.js'), '--format', 'json', ...cliArgs], { cwd: workspace, encoding: 'utf8' });
      if (r.status === 2 || !r.stdout.trim()) throw new Error(`packaged claimlint ${cliArgs.join(' ')} failed (exit ${r.status}): ${r.stderr}`);
      return JSON.parse(r.stdout);
    };
    // Actions the UI helpers had to repeat (a key press that landed too early, a quick input a
    // webview closed): logged, and counted in each check's line, so a run that needed them says so.
    let retries = 0;
    ui.setLog((m) => {
      retries++;
      log(m);
    });
    for (const [i, check] of checks.entries()) {
      const prefix = `${String(i + 1).padStart(2, '0')}-${slug(check.name)}`;
      const shot = async (label) => {
        const f = path.join(outDir, `${prefix}${label ? `-${slug(label)}` : ''}.png`);
        await page.screenshot({ path: f });
        return f;
      };
      const ctx = { page, ui, shot, log, pkg, workspace, claimlint, state, server, repo: REPO, extensionDir };
      const started = Date.now();
      retries = 0;
      const retried = () => (retries ? `, ${retries} action(s) retried` : '');
      try {
        await ui.dismiss(page);
        await withTimeout(check.run(ctx), check.timeout ?? ui.t(60000), `check "${check.name}"`);
        results[i] = { name: check.name, status: 'passed', seconds: Number(secs(started)), retries };
        console.log(`  ok    ${check.name} (${secs(started)}s${retried()})`);
      } catch (e) {
        // a modal dialog (an error from a command, a lost connection) explains most blocked clicks
        const dialog = (await page.locator('.monaco-dialog-box').first().innerText({ timeout: 2000 }).catch(() => '')).replace(/\s+/g, ' ').trim();
        const message = `${e?.message ?? e}${dialog ? `\nmodal dialog on screen: ${dialog}` : ''}`;
        results[i] = { name: check.name, status: 'failed', seconds: Number(secs(started)), retries, error: message };
        console.log(`  FAIL  ${check.name} (${secs(started)}s${retried()})\n        ${message.split('\n').join('\n        ')}`);
        await shot('FAILED').catch(() => {});
      } finally {
        ui.cancel(); // a check that timed out stops acting on the page
      }
    }
  } catch (e) {
    setupError = e;
    log(`setup failed: ${e.stack ?? e}`);
    if (page) await page.screenshot({ path: path.join(outDir, '00-setup-FAILED.png') }).catch(() => {});
    for (const r of results) if (r.status === 'not run') Object.assign(r, { status: 'failed', error: `not run: setup failed (${e.message})` });
  } finally {
    await browser?.close();
    await server?.stop();
  }
  const code = report();
  if (code === 0 && !args.keep) fs.rmSync(dataDir, { recursive: true, force: true });
  else log(`run data kept in ${dataDir}${setupError ? '' : ' (code-server.log, page-errors.log)'}`);
  log(`finished in ${secs()}s`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[e2e] FAILED: ${e.stack ?? e}`);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  },
);
