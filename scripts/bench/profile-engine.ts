// Where the engine's time goes on one generated claim: parse, normalize, each rule.
//   npx tsx scripts/bench/profile-engine.ts [LINES] [ITERATIONS]
import { performance } from 'node:perf_hooks';
import { parseClaimText } from '../../src/parser/parse';
import { normalizeClaim } from '../../src/parser/normalize';
import { lintParsed, lintText } from '../../src/engine/lint';
import { generateClaim } from './generate';
import { loadEditTables } from '../../src/node/editTables';

const lines = Number(process.argv[2] ?? 6);
const n = Number(process.argv[3] ?? 3000);
const text = generateClaim(1, lines);
const opts = { format: 'yaml' as const, today: '2026-11-22', tables: process.env.NO_TABLES ? undefined : loadEditTables().tables };
const time = (f: () => unknown) => {
  for (let i = 0; i < 200; i++) f();
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    f();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return { p50: t[Math.floor(n * 0.5)].toFixed(3), p99: t[Math.floor(n * 0.99)].toFixed(3) };
};
const doc = parseClaimText(text, 'yaml');
console.log(JSON.stringify({ lines, chars: text.length, parse: time(() => parseClaimText(text, 'yaml')), normalize: time(() => normalizeClaim(doc)), lintParsed: time(() => lintParsed(doc, opts)), lintText: time(() => lintText(text, opts)) }));
