// Drives a real VS Code without a desktop build: code-server (VS Code server + web workbench, from
// npm) on 127.0.0.1, opened in a headless chromium through playwright-core.
//
// How an extension under development gets into that VS Code: the web workbench reads a `payload`
// query parameter (extensionDevelopmentPath / extensionTestsPath as vscode-remote URIs), the same
// mechanism VS Code's own browser integration tests use. A built workbench honours those entries
// only when the smoke-test driver is enabled (`--vscode-option enable-smoke-test-driver`), which
// also gives us `window.codeAutomationExit(code)` when the test extension host exits.
// Installing a packaged VSIX (`installVsix`) is the other way in; the e2e suite uses that one.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureCodeServer } from '../../scripts/setup-code-server.mjs';

// Quiet, deterministic workbench: no welcome page, chat, tips, update or gallery checks.
export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  // 'off', not false: VS Code migrates the old boolean by editing settings.json through a text model
  // at start-up, and that JSON model activated every extension with onLanguage:json (ours included)
  // before anything was opened — the bench's 'fresh window' check failed on it.
  'extensions.autoUpdate': 'off',
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  // VS Code in a browser saves edited files after a delay by default (desktop VS Code does not):
  // a test's unsaved edit was then saved or not depending on machine load, and a later revert
  // restored the edit instead of the fixture. Tests save when they mean to (Ctrl+S, doc.save()).
  'files.autoSave': 'off',
};

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function log(...a) {
  console.log(`[vscode ${new Date().toISOString().slice(11, 19)}]`, ...a);
}

export function freePort(preferred = 0) {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', (e) => (preferred ? freePort(0).then(resolve, reject) : reject(e)));
    srv.listen(preferred, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitHealthy(url, child, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`code-server exited early (code ${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${url} within ${ms / 1000}s`);
}

/** Environment that keeps code-server away from the real home directory. */
function isolatedEnv(dataDir, extra) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(dataDir, 'xdg-config'),
    XDG_DATA_HOME: path.join(dataDir, 'xdg-data'),
    XDG_CACHE_HOME: path.join(dataDir, 'xdg-cache'),
    ...extra,
  };
}

/** Installs a .vsix into `extensionsDir` with code-server's own CLI. */
export function installVsix(vsix, { extensionsDir, dataDir }) {
  const cs = ensureCodeServer({ browser: false });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const r = spawnSync(
    cs.node,
    [cs.codeServerEntry, '--extensions-dir', extensionsDir, '--user-data-dir', path.join(dataDir, 'user-data'), '--install-extension', path.resolve(vsix), '--force'],
    { env: isolatedEnv(dataDir), encoding: 'utf8', timeout: 120000 },
  );
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  if (r.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed (exit ${r.status}):\n${out}`);
  return out;
}

/**
 * Starts code-server in its own process group (stop() ends it and everything it forked: extension
 * host, pty host, file watcher). Listens on 127.0.0.1 only, without auth.
 * Options: dataDir (all state), extensionsDir (default dataDir/extensions), port (0 = free),
 * settings (merged over DEFAULT_SETTINGS; null keeps an existing settings.json), env (for the
 * server and its extension hosts).
 */
export async function startCodeServer({ dataDir, extensionsDir, port = 0, settings = {}, env = {}, extraArgs = [] }) {
  const cs = ensureCodeServer({ browser: false });
  fs.mkdirSync(dataDir, { recursive: true });
  port = await freePort(port);
  const userDir = path.join(dataDir, 'user-data', 'User');
  fs.mkdirSync(userDir, { recursive: true });
  const settingsFile = path.join(userDir, 'settings.json');
  // settings === null keeps a user's own settings.json from an earlier run (npm start)
  if (settings !== null || !fs.existsSync(settingsFile)) fs.writeFileSync(settingsFile, JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2));
  const config = path.join(dataDir, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [
    cs.codeServerEntry,
    '--config', config,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', path.join(dataDir, 'user-data'),
    '--extensions-dir', extensionsDir ?? path.join(dataDir, 'extensions'),
    '--vscode-option', 'enable-smoke-test-driver',
    ...extraArgs,
  ];
  const logPath = path.join(dataDir, 'code-server.log');
  const logFd = fs.openSync(logPath, 'w');
  const child = spawn(cs.node, args, { detached: true, stdio: ['ignore', logFd, logFd], env: isolatedEnv(dataDir, env) });
  fs.closeSync(logFd);
  const base = `http://127.0.0.1:${port}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const kill = (sig) => {
      try {
        process.kill(-child.pid, sig);
      } catch {
        /* group already gone */
      }
    };
    if (child.exitCode === null && child.signalCode === null) {
      kill('SIGTERM');
      const end = Date.now() + 5000;
      while (child.exitCode === null && child.signalCode === null && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    }
    kill('SIGKILL'); // whatever is left in the group
  };
  try {
    await waitHealthy(`${base}/healthz`, child, 90000);
  } catch (e) {
    await stop();
    throw new Error(`${e.message}\n--- ${logPath} ---\n${fs.readFileSync(logPath, 'utf8').slice(-4000)}`, { cause: e });
  }
  return { port, base, authority: `127.0.0.1:${port}`, logPath, child, stop };
}

/** Headless chromium with a fresh profile; returns { context, page, close }. */
export async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = await import('playwright-core');
  const cs = ensureCodeServer({ browser: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ccc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: cs.chromium, headless: true, args: CHROMIUM_ARGS, viewport });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}

/** Workbench URL opening `folder`, optionally loading an extension from source and its tests. */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://${server.authority}${path.resolve(p)}`;
  const payload = [['skipWelcome', 'true']];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const q = new URLSearchParams({ folder: path.resolve(folder) });
  if (payload.length > 1) q.set('payload', JSON.stringify(payload));
  return `${server.base}/?${q}`;
}

/** Copies a fixture folder into dataDir so a run may edit files freely. */
export function copyWorkspace(src, dataDir) {
  const dst = path.join(dataDir, 'workspace');
  fs.rmSync(dst, { recursive: true, force: true });
  fs.cpSync(src, dst, { recursive: true });
  return dst;
}
