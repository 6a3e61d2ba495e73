// Property-based fuzzing of the parser and engine (fast-check, fixed seed, bounded runs).
// `npm run fuzz` runs the same properties with many more cases (FUZZ_RUNS, FUZZ_SEED).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { lintText } from '../../../src/engine/lint';
import { findClaimFiles } from '../../../src/node/workspace';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const EXAMPLES = findClaimFiles(path.join(__dirname, '..', '..', '..', 'examples')).map((f) => ({ format: f.endsWith('.json') ? ('json' as const) : ('yaml' as const), text: fs.readFileSync(f, 'utf8') }));

function checkInvariants(text: string, format: 'yaml' | 'json'): void {
  const a = lintText(text, { format, today: '2026-11-22' });
  for (const f of a.findings) {
    assert.ok(f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= text.length, `${f.ruleId} range ${f.range.start}-${f.range.end} outside 0-${text.length}`);
    assert.ok(!/Internal error/.test(f.message), `rule crashed: ${f.message}`);
    for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${f.ruleId} fix edit outside the document`);
  }
  const b = lintText(text, { format, today: '2026-11-22' });
  assert.deepStrictEqual(
    b.findings.map((f) => [f.ruleId, f.range, f.message]),
    a.findings.map((f) => [f.ruleId, f.range, f.message]),
    'linting is not deterministic',
  );
}

/** A random edit of an example: delete, duplicate or replace a slice, or splice in YAML-ish noise. */
const mutation = fc.record({
  example: fc.nat(),
  at: fc.nat(),
  len: fc.nat({ max: 40 }),
  kind: fc.constantFrom('delete', 'insert', 'replace', 'duplicate'),
  insert: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(': ', '- ', '\n  ', '[', ']', '{', '}', '"', '#', '&a ', '*a', '---\n', '\t', '0', '99999', 'null', '~', '\u0000')),
});

describe('fuzz: parser and engine never throw, ranges stay inside, results are deterministic', function () {
  this.timeout(120000);
  it('arbitrary text (yaml and json)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('yaml' as const, 'json' as const), (text, format) => checkInvariants(text, format)),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('random mutations of the example claims', () => {
    assert.ok(EXAMPLES.length > 0);
    fc.assert(
      fc.property(mutation, (m) => {
        const ex = EXAMPLES[m.example % EXAMPLES.length];
        const at = m.at % (ex.text.length + 1);
        const slice = ex.text.slice(at, at + m.len);
        const text =
          m.kind === 'delete'
            ? ex.text.slice(0, at) + ex.text.slice(at + m.len)
            : m.kind === 'insert'
              ? ex.text.slice(0, at) + m.insert + ex.text.slice(at)
              : m.kind === 'replace'
                ? ex.text.slice(0, at) + m.insert + ex.text.slice(at + m.len)
                : ex.text.slice(0, at) + slice + slice + ex.text.slice(at + m.len);
        checkInvariants(text, ex.format);
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });
});
