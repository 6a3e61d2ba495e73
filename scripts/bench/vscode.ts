// The bench's in-editor figures, measured by starting real VS Code (code-server's VS Code server +
// web workbench in headless chromium, the route the integration and e2e stages use) on this run:
// one freshly started window per sample, each running scripts/bench/vscode/host.ts in its
// extension host with the extension loaded from this checkout (dist/, as just built).
// Throws with the reason when VS Code cannot be started here.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';

const ROOT = path.join(__dirname, '..', '..');
const HOST_OUT = path.join(ROOT, '.bench', 'vscode-host');
/** A claim with findings and a diagnosis pointer to edit; the fixture workspace's config fixes "today". */
const CLAIM = path.join(ROOT, 'test', 'fixtures', 'workspace', 'linting', 'two-problems.claim.yaml');
const CONFIG = path.join(ROOT, 'test', 'fixtures', 'workspace', '.claimlint.yaml');

export interface WindowSample {
  /** True when VS Code had activated the extension before the claim was opened (see host.ts). */
  activeBeforeOpen: boolean;
  firstDiagnosticsMs: number;
  activationMs: number;
  editMs: number[];
  vscodeVersion: string;
}

export interface VsCodeFigures {
  route: string;
  vscodeVersion: string;
  windows: WindowSample[];
}

interface Harness {
  startCodeServer(o: { dataDir: string; env?: Record<string, string>; settings?: Record<string, unknown> }): Promise<{ base: string; authority: string; logPath: string; stop(): Promise<void> }>;
  launchBrowser(): Promise<{ context: { newPage(): Promise<Page> }; page: Page; close(): Promise<void> }>;
  workbenchUrl(server: { base: string; authority: string }, o: { folder: string; extensionDevelopmentPath?: string; extensionTestsPath?: string }): string;
}
interface Page {
  exposeFunction(name: string, fn: (...a: unknown[]) => unknown): Promise<void>;
  goto(url: string, o?: { waitUntil?: string; timeout?: number }): Promise<unknown>;
  close(): Promise<void>;
}

async function buildHost(): Promise<string> {
  const esbuild = await import('esbuild');
  fs.rmSync(HOST_OUT, { recursive: true, force: true });
  await esbuild.build({ entryPoints: { index: path.join(__dirname, 'vscode', 'host.ts') }, outdir: HOST_OUT, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], logLevel: 'warning' });
  return HOST_OUT;
}

/**
 * Starts `windows` fresh VS Code windows one after another (one code-server, a new page = a new
 * window with a new extension host each time) and returns each window's measurements.
 */
export async function measureInVsCode(windows: number, edits: number, say: (m: string) => void): Promise<VsCodeFigures> {
  let harness: Harness;
  try {
    const setup = await import(pathToFileURL(path.join(ROOT, 'scripts', 'setup-code-server.mjs')).href);
    setup.ensureCodeServer();
    harness = (await import(pathToFileURL(path.join(ROOT, 'test', 'harness', 'codeServer.mjs')).href)) as Harness;
  } catch (e) {
    throw new Error(`cannot start VS Code (code-server) here: ${(e as Error).message}`, { cause: e });
  }
  const hostDir = await buildHost();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccc-bench-vscode-'));
  const workspace = path.join(dataDir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  fs.copyFileSync(CONFIG, path.join(workspace, '.claimlint.yaml'));
  const resultFile = path.join(dataDir, 'window-result.json');
  const server = await harness.startCodeServer({
    dataDir,
    env: { CCC_BENCH_RESULT: resultFile, CCC_BENCH_CLAIM: CLAIM, CCC_BENCH_EDITS: String(edits) },
    // nothing may touch the extension before the measured open (a walkthrough opened "on install" would)
    settings: { 'workbench.welcomePage.walkthroughs.openOnInstall': false },
  });
  const browser = await harness.launchBrowser();
  const samples: WindowSample[] = [];
  let ok = false;
  try {
    for (let w = 1; w <= windows; w++) {
      fs.rmSync(resultFile, { force: true });
      fs.rmSync(path.join(workspace, path.basename(CLAIM)), { force: true }); // no claim at start-up
      const page = w === 1 ? browser.page : await browser.context.newPage();
      let finish: (code: number) => void = () => {};
      const finished = new Promise<number>((r) => (finish = r));
      await page.exposeFunction('codeAutomationExit', (code: unknown) => finish(Number(code)));
      await page.exposeFunction('codeAutomationLog', () => undefined);
      const t = Date.now();
      // no wait for 'load' (30 s default): the window's own exit is the signal waited on below
      await page.goto(harness.workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: ROOT, extensionTestsPath: hostDir }), { waitUntil: 'commit', timeout: 120000 });
      let timer: NodeJS.Timeout | undefined;
      const code = await Promise.race([finished, new Promise<string>((r) => (timer = setTimeout(() => r('timeout'), 180000)))]);
      clearTimeout(timer);
      await page.close().catch(() => undefined);
      let r: Partial<WindowSample> & { error?: string; documentsAtStart?: string[] } = {};
      try {
        r = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
      } catch {
        /* reported below */
      }
      if (code === 'timeout') throw new Error(`window ${w} did not finish within 180 s (server log ${server.logPath})`);
      if (r.error || typeof r.firstDiagnosticsMs !== 'number') throw new Error(`window ${w}: ${r.error ?? `no result (extension host exit ${code})`}${r.documentsAtStart?.length ? ` (documents open at start: ${r.documentsAtStart.join(', ')})` : ''}`);
      samples.push(r as WindowSample);
      say(`window ${w}/${windows} (${((Date.now() - t) / 1000).toFixed(1)} s): first diagnostics ${r.firstDiagnosticsMs.toFixed(1)} ms${r.activeBeforeOpen ? ' (extension already active at start-up)' : ''}, activate() ${r.activationMs?.toFixed(1)} ms, ${r.editMs?.length ?? 0} edits`);
    }
    ok = true;
  } finally {
    await browser.close();
    await server.stop();
    if (ok) fs.rmSync(dataDir, { recursive: true, force: true });
    else say(`VS Code run data kept in ${dataDir}`);
  }
  return { route: 'code-server', vscodeVersion: samples[0]?.vscodeVersion ?? '?', windows: samples };
}
