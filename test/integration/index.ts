// Runner entry for the integration tests: the module VS Code loads as `extensionTestsPath` (same
// contract as @vscode/test-electron: export run(): Promise<void>, a rejection fails the run).
// It runs inside the extension host of a real VS Code (desktop or code-server), so test files may
// import `vscode`. Every *.test.js built next to this file runs with mocha 11; both the BDD
// (describe/it) and TDD (suite/test) interfaces are available.
//
// Environment (set by scripts/test-integration.mjs): CCC_TEST_RESULTS = file that receives
// {"passes","failures","pending","tests","failed":[titles]}; CCC_TEST_GREP = only matching tests.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...testFiles(p));
    else if (e.name.endsWith('.test.js')) out.push(p);
  }
  return out.sort();
}

/**
 * Timeouts are hang protection, not speed checks (speed: npm run bench). CCC_TEST_TIMEOUT_SCALE
 * (default 3) stretches every test's timeout, explicit or inherited, and the hooks' default, so a
 * machine many times slower than usual still passes and a real hang still fails.
 */
const SCALE = Math.max(1, Number(process.env.CCC_TEST_TIMEOUT_SCALE ?? 3) || 3);
const BASE_TIMEOUT = 20000;

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: BASE_TIMEOUT * SCALE, reporter: 'spec' });
  // A test whose timeout was set explicitly (this.timeout(n) in it or its describe) gets n × SCALE;
  // one that inherits the default already has it.
  mocha.suite.beforeEach(function () {
    const t = this.currentTest;
    if (t && t.timeout() !== BASE_TIMEOUT * SCALE && t.timeout() > 0) t.timeout(t.timeout() * SCALE);
  });
  Mocha.interfaces.tdd(mocha.suite); // suite()/test() as well as describe()/it()
  if (process.env.CCC_TEST_GREP) mocha.grep(process.env.CCC_TEST_GREP);
  const files = testFiles(__dirname);
  for (const f of files) mocha.addFile(f);
  return new Promise((resolve, reject) => {
    const failed: string[] = [];
    let runner: Mocha.Runner;
    try {
      runner = mocha.run(() => {
        const s = runner.stats ?? { passes: 0, failures: failed.length, pending: 0, tests: 0 };
        const result = { passes: s.passes, failures: s.failures, pending: s.pending, tests: s.tests, files: files.length, failed };
        if (process.env.CCC_TEST_RESULTS) fs.writeFileSync(process.env.CCC_TEST_RESULTS, JSON.stringify(result, null, 2));
        // Closing summary, machine-readable (also the fallback for runners that only see the console).
        console.log(`[ccc-test-results] ${JSON.stringify(result)}`);
        if (files.length === 0) reject(new Error(`no *.test.js files next to ${__filename}`));
        else if (s.failures > 0) reject(new Error(`${s.failures} integration test(s) failed`));
        else resolve();
      });
      runner.on('fail', (t, err: Error) => {
        failed.push(t.fullTitle());
        // at once (the spec reporter lists the reasons only at the end, which a run that hangs never reaches)
        console.log(`      FAILED ${t.fullTitle()}: ${String(err?.message ?? err).split('\n')[0]}`);
      });
    } catch (e) {
      reject(e);
    }
  });
}
