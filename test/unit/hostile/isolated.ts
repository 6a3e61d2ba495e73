// Runs hostile inputs in a child process with a memory cap, where a crash (V8 out of memory, a fatal
// error) is the failure mode: the child prints one JSON line per case, the parent asserts on it.
// Inputs are generated inside the child (nothing big is committed or passed through argv).
import { spawnSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..', '..');

/** The budget for one hostile input: answered within 2 s and 300 MB. */
export const BUDGET_MS = 2000;
export const BUDGET_MB = 300;

/**
 * The time budget on this machine: 2 s on an idle machine, stretched by the load average per core
 * when other work shares the CPU (CI runners, parallel jobs), so an exponential blow-up still fails
 * but a busy machine does not.
 */
export function budgetMs(): number {
  const load = os.loadavg()[0] / Math.max(1, os.cpus().length);
  return BUDGET_MS * Math.max(1, Math.min(load, 10));
}

export interface CaseResult {
  name: string;
  ms: number;
  messages: string[];
  ruleIds: string[];
}

/**
 * `body` is JavaScript run in the child with `lint(name, text, format?)` in scope (records one
 * result) and the repository's modules loadable by `req('src/…')`.
 */
export function runIsolated(body: string, timeoutMs = 120_000): { results: CaseResult[]; status: number | null; signal: string | null; stderr: string } {
  const script = `
    const path = require('path');
    const req = (p) => require(path.join(${JSON.stringify(ROOT)}, p));
    const { lintText } = req('src/engine/lint.ts');
    lintText('claim:\\n  id: WARM\\n', { format: 'yaml', today: '2026-11-22' });
    const lint = (name, text, format = 'yaml') => {
      const t = performance.now();
      const r = lintText(text, { format, today: '2026-11-22' });
      const ms = performance.now() - t;
      process.stdout.write(JSON.stringify({ name, ms, messages: r.findings.map((f) => f.message), ruleIds: r.findings.map((f) => f.ruleId) }) + '\\n');
    };
    ${body}
  `;
  const r = spawnSync(process.execPath, [`--max-old-space-size=${BUDGET_MB}`, '--require', 'tsx/cjs', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  const results = (r.stdout ?? '')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as CaseResult);
  return { results, status: r.status, signal: r.signal, stderr: (r.stderr ?? '').split('\n').slice(0, 6).join('\n') };
}
