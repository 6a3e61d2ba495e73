#!/usr/bin/env node
// Installs (on first use) and locates the pieces of the "code-server" test route: a real VS Code
// (code-server's VS Code server + web workbench) driven by a headless chromium. Used by the
// integration runner, the e2e suite and `npm start` when desktop VS Code cannot be used.
//
//   node scripts/setup-code-server.mjs     install if missing, print the paths
//
// Everything goes into <repo>/.vscode-test/ (gitignored), so a fresh clone works:
//   .vscode-test/node-24.21.0/          Node 24 from the npm package node-linux-<arch> (code-server
//                                       4.139.1 requires Node 24; it ships headers for node-gyp)
//   .vscode-test/code-server-4.139.1/   code-server from npm; its postinstall builds native modules
// System pieces (Debian packages, installed with apt-get when running as root):
//   chromium (+ fonts) for the browser; libkrb5-dev, pkg-config, g++, make, python3 for the build.
//
// Environment: CCC_VSCODE_TEST_DIR (cache root, default <repo>/.vscode-test), CCC_CHROMIUM
// (browser executable), CCC_CODE_SERVER_NO_INSTALL=1 (fail instead of installing).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_VERSION = '24.21.0';
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE = path.resolve(process.env.CCC_VSCODE_TEST_DIR || path.join(REPO, '.vscode-test'));

const NODE_PKG = `node-linux-${process.arch === 'arm64' ? 'arm64' : 'x64'}`;
const NODE_DIR = path.join(CACHE, `node-${NODE_VERSION}`);
const NODE_HOME = path.join(NODE_DIR, 'node_modules', NODE_PKG);
const CS_DIR = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`);

export const paths = {
  node: path.join(NODE_HOME, 'bin', 'node'),
  codeServerEntry: path.join(CS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  installLog: path.join(CACHE, `code-server-${CODE_SERVER_VERSION}-install.log`),
};

const BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
/** Debian packages and how to tell whether each one is present without dpkg. */
const SYSTEM = {
  browser: { apt: ['chromium', 'fonts-dejavu-core', 'fonts-liberation'], present: () => !!findBrowser() },
  build: {
    apt: ['libkrb5-dev', 'pkg-config', 'g++', 'make', 'python3'],
    present: () => fs.existsSync('/usr/include/gssapi/gssapi.h') && ['pkg-config', 'g++', 'make', 'python3'].every(onPath),
  },
};

function say(msg) {
  console.log(`[code-server setup] ${msg}`);
}

function onPath(cmd) {
  return (process.env.PATH || '').split(path.delimiter).some((d) => d && fs.existsSync(path.join(d, cmd)));
}

export function findBrowser() {
  if (process.env.CCC_CHROMIUM) return fs.existsSync(process.env.CCC_CHROMIUM) ? process.env.CCC_CHROMIUM : undefined;
  return BROWSERS.find((b) => fs.existsSync(b));
}

function isInstalled() {
  return fs.existsSync(paths.node) && fs.existsSync(path.join(CS_DIR, '.installed'));
}

/** What is missing, as human-readable lines (empty: ready to run without installing anything). */
export function missingPieces() {
  const out = [];
  if (!findBrowser()) out.push(`a chromium browser (${process.env.CCC_CHROMIUM || BROWSERS.join(', ')}; Debian package "chromium", or set CCC_CHROMIUM)`);
  if (!isInstalled()) out.push(`code-server ${CODE_SERVER_VERSION} + Node ${NODE_VERSION} in ${path.relative(REPO, CACHE) || CACHE}/ (installed from npm on first use)`);
  return out;
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw r.error;
  return r.status;
}

/** Installs missing Debian packages for `groups` (keys of SYSTEM) when possible; throws otherwise. */
function ensureSystem(groups) {
  if (groups.includes('browser') && process.env.CCC_CHROMIUM && !fs.existsSync(process.env.CCC_CHROMIUM)) {
    throw new Error(`CCC_CHROMIUM=${process.env.CCC_CHROMIUM} does not exist`);
  }
  const need = groups.filter((g) => !SYSTEM[g].present());
  if (!need.length) return;
  const pkgs = need.flatMap((g) => SYSTEM[g].apt);
  const root = process.getuid?.() === 0;
  const sudo = !root && onPath('sudo') && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!onPath('apt-get') || (!root && !sudo)) {
    throw new Error(
      `missing system packages for the code-server test route: ${pkgs.join(' ')}\n` +
        `  install them (Debian/Ubuntu: sudo apt-get install --no-install-recommends ${pkgs.join(' ')}),\n` +
        '  or set CCC_CHROMIUM to a chromium/chrome executable for the browser part.',
    );
  }
  const started = Date.now();
  say(`apt-get install ${pkgs.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => (sudo ? run('sudo', ['-n', 'apt-get', ...args], { env }) : run('apt-get', args, { env }));
  if (apt(['update', '-qq']) !== 0 || apt(['install', '-y', '-qq', '--no-install-recommends', ...pkgs]) !== 0) {
    throw new Error(`apt-get install ${pkgs.join(' ')} failed`);
  }
  say(`apt packages installed in ${((Date.now() - started) / 1000).toFixed(0)}s`);
  const still = need.filter((g) => !SYSTEM[g].present());
  if (still.length) throw new Error(`still missing after apt-get: ${still.flatMap((g) => SYSTEM[g].apt).join(' ')}`);
}

/**
 * The environment without what an outer `npm start` / `npm test` exports about itself. Above all
 * npm_config_user_agent ("npm/11 node/v20"): the nested npm takes it as config and passes it on, and
 * code-server's postinstall reads the Node version from it and refuses to install under "v20".
 * The user's own npm_config_* settings (registry, cache, proxy) stay.
 */
export function outsideNpmRun(env) {
  const out = { ...env };
  for (const k of Object.keys(out)) {
    if (/^npm_(config_user_agent|execpath|node_execpath|command|lifecycle_|package_)/i.test(k) || k === 'NODE' || k === 'INIT_CWD') delete out[k];
  }
  return out;
}

function npmInstall(dir, spec, env, logFd) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: path.basename(dir), private: true }) + '\n');
  const args = ['install', '--no-audit', '--no-fund', '--no-save', '--no-package-lock', '--foreground-scripts', spec];
  const r = spawnSync('npm', args, { cwd: dir, env, stdio: ['ignore', logFd, logFd] });
  if (r.error) throw r.error;
  return r.status;
}

/**
 * Makes sure code-server, its Node and a browser are available; installs what is missing.
 * Returns { node, codeServerEntry, chromium }. Throws with a message naming what is missing.
 */
/** Sleeps synchronously (ensureCodeServer is synchronous) while another process installs. */
const sleepSync = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * One installer at a time: parallel test runs (several worktrees share one .vscode-test) would
 * otherwise delete each other's half-built .partial directory. The lock is a directory holding the
 * installer's pid; a lock whose process is gone is taken over. Returns a release function.
 */
function lockInstall() {
  const lock = path.join(CACHE, '.install-lock');
  fs.mkdirSync(CACHE, { recursive: true });
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      return () => fs.rmSync(lock, { recursive: true, force: true });
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    let owner = 0;
    let alive;
    try {
      owner = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8').trim()) || 0;
      alive = owner > 0 && (process.kill(owner, 0), true);
    } catch (e) {
      // no pid yet: a lock just made is alive, one left half-made long ago is not
      let age = Infinity;
      try {
        age = Date.now() - fs.statSync(lock).mtimeMs;
      } catch {
        /* gone meanwhile */
      }
      alive = e.code === 'ENOENT' && age < 10000;
    }
    if (!alive) {
      fs.rmSync(lock, { recursive: true, force: true }); // its installer died: take over
      continue;
    }
    if (!told) say(`another process (pid ${owner}) is installing code-server into ${CACHE}: waiting for it`);
    told = true;
    sleepSync(2000);
    if (isInstalled()) return () => {};
  }
}

export function ensureCodeServer({ browser = true } = {}) {
  if (browser) ensureSystem(['browser']);
  const release = isInstalled() ? () => {} : lockInstall();
  try {
    installIfMissing();
  } finally {
    release();
  }
  return { node: paths.node, codeServerEntry: paths.codeServerEntry, chromium: browser ? findBrowser() : undefined };
}

function installIfMissing() {
  if (!isInstalled()) {
    if (process.env.CCC_CODE_SERVER_NO_INSTALL === '1') throw new Error(`code-server is not installed in ${CACHE} (CCC_CODE_SERVER_NO_INSTALL=1)`);
    ensureSystem(['build']);
    fs.mkdirSync(CACHE, { recursive: true });
    const logFd = fs.openSync(paths.installLog, 'w');
    try {
      if (!fs.existsSync(paths.node)) {
        const t = Date.now();
        say(`npm install ${NODE_PKG}@${NODE_VERSION} -> ${path.relative(REPO, NODE_DIR)}`);
        fs.rmSync(NODE_DIR, { recursive: true, force: true });
        if (npmInstall(NODE_DIR, `${NODE_PKG}@${NODE_VERSION}`, outsideNpmRun(process.env), logFd) !== 0 || !fs.existsSync(paths.node)) {
          throw new Error(`installing ${NODE_PKG}@${NODE_VERSION} failed (log: ${paths.installLog})`);
        }
        say(`node installed in ${((Date.now() - t) / 1000).toFixed(0)}s`);
      }
      const t = Date.now();
      say(`npm install code-server@${CODE_SERVER_VERSION} -> ${path.relative(REPO, CS_DIR)} (builds native modules, ~2 min on 2 cores; log: ${path.relative(REPO, paths.installLog)})`);
      const partial = `${CS_DIR}.partial`;
      fs.rmSync(partial, { recursive: true, force: true });
      // code-server's postinstall refuses any Node but 24 and builds native modules with node-gyp:
      // run npm under Node 24 and point node-gyp at its headers (a ~/.npmrc `nodedir` would win otherwise).
      const env = {
        ...outsideNpmRun(process.env),
        PATH: `${path.dirname(paths.node)}${path.delimiter}${process.env.PATH}`,
        npm_config_nodedir: NODE_HOME,
        npm_config_update_notifier: 'false',
      };
      const status = npmInstall(partial, `code-server@${CODE_SERVER_VERSION}`, env, logFd);
      const spdlog = path.join(partial, 'node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node');
      if (status !== 0 || !fs.existsSync(spdlog)) {
        const tail = fs.readFileSync(paths.installLog, 'utf8').split('\n').slice(-30).join('\n');
        throw new Error(`installing code-server@${CODE_SERVER_VERSION} failed (exit ${status}${status === 0 ? ', native modules not built' : ''}); log: ${paths.installLog}\n${tail}`);
      }
      fs.writeFileSync(path.join(partial, '.installed'), new Date().toISOString() + '\n');
      fs.rmSync(CS_DIR, { recursive: true, force: true });
      fs.renameSync(partial, CS_DIR);
      say(`code-server installed in ${((Date.now() - t) / 1000).toFixed(0)}s`);
    } finally {
      fs.closeSync(logFd);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const r = ensureCodeServer();
    say(`ready: node=${r.node}\n  code-server=${r.codeServerEntry}\n  chromium=${r.chromium}`);
  } catch (e) {
    console.error(`[code-server setup] ${e.message}`);
    process.exit(1);
  }
}
