#!/usr/bin/env node
// `npm start`: builds the extension and opens it in a real VS Code on examples/.
//   - desktop VS Code when `code` is on PATH: code --extensionDevelopmentPath=. examples
//   - otherwise code-server (installed on first use into .vscode-test/) on 127.0.0.1 without auth,
//     the extension loaded from this checkout (like the Extension Development Host); prints the URL
//     and serves until Ctrl+C. Rebuild with `npm run build` (or `npm run watch`), then reload the page.
//
//   node scripts/start.mjs [--port N]     (default: $PORT, else 8080 when free, else any free port)
// CCC_START_ROUTE=code-server forces code-server even when `code` is on PATH.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLES = path.join(REPO, 'examples');
const say = (...a) => console.log('[start]', ...a);

const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : process.env.PORT || 8080);

const build = spawnSync(process.execPath, [path.join(REPO, 'esbuild.js')], { cwd: REPO, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('[start] build failed');
  process.exit(1);
}

const hasCode = (process.env.PATH || '').split(path.delimiter).some((d) => d && fs.existsSync(path.join(d, 'code')));
if (hasCode && process.env.CCC_START_ROUTE !== 'code-server') {
  say(`code --extensionDevelopmentPath=${REPO} ${EXAMPLES}`);
  const child = spawn('code', [`--extensionDevelopmentPath=${REPO}`, EXAMPLES], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const { startCodeServer, workbenchUrl } = await import('../test/harness/codeServer.mjs');
  const { ensureCodeServer } = await import('./setup-code-server.mjs');
  if (!hasCode) say('desktop VS Code (`code`) is not on PATH: using code-server');
  try {
    ensureCodeServer({ browser: false });
  } catch (e) {
    console.error(`[start] cannot start VS Code: no \`code\` on PATH, and code-server: ${e.message}`);
    process.exit(1);
  }
  const dataDir = path.join(REPO, '.vscode-test', 'start');
  // settings: null keeps what you changed in earlier sessions
  const server = await startCodeServer({ dataDir, port, settings: null });
  const url = workbenchUrl(server, { folder: EXAMPLES, extensionDevelopmentPath: REPO });
  say(`Clean Claim Coach is running in VS Code (code-server) on examples/:`);
  console.log(`\n  ${url}\n`);
  say(`open that URL in a browser (server: ${server.base}, log: ${path.relative(REPO, server.logPath)}); Ctrl+C stops it`);
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  server.child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[start] code-server exited (${code}); see ${server.logPath}`);
      process.exit(1);
    }
  });
}
