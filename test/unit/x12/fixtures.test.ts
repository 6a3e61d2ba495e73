// X12 structure rule fixtures: test/fixtures/rules/x12-*/NAME.x12 with a sidecar NAME.expect.json
// ({ "findings": [{ "line": 3, "ruleId": "x12-…" }], "today"?: "YYYY-MM-DD" }) listing every
// finding the file must produce — structure and practice-claim rules alike — and nothing else.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintX12Text, X12_RULES } from '../../../src/x12';

const ROOT = path.join(__dirname, '..', '..', 'fixtures', 'rules');

interface Expect {
  today?: string;
  findings: { line: number; ruleId: string }[];
}

function fixtures(): string[] {
  return fs
    .readdirSync(ROOT)
    .filter((d) => d.startsWith('x12-'))
    .flatMap((d) => fs.readdirSync(path.join(ROOT, d)).filter((f) => f.endsWith('.x12')).map((f) => path.join(ROOT, d, f)));
}

const expectOf = (file: string): Expect => JSON.parse(fs.readFileSync(file.replace(/\.x12$/, '.expect.json'), 'utf8'));
const fmt = (xs: { line: number; ruleId: string }[]) => xs.map((x) => `${x.line} ${x.ruleId}`).sort().join('\n');

describe('X12 rule fixtures', () => {
  for (const file of fixtures()) {
    const rel = path.relative(ROOT, file);
    it(rel, () => {
      const text = fs.readFileSync(file, 'utf8');
      const want = expectOf(file);
      const r = lintX12Text(text, { today: want.today ?? '2026-11-22' });
      const got = r.findings.map((f) => ({ line: r.doc.lines.positionAt(f.range.start).line + 1, ruleId: f.ruleId }));
      const detail = r.findings.map((f) => `  ${r.doc.lines.positionAt(f.range.start).line + 1} ${f.ruleId}: ${f.message}`).join('\n');
      assert.strictEqual(fmt(got), fmt(want.findings), `findings differ in ${rel}; actual:\n${detail}`);
    });
  }

  it('every X12 rule has a failing and a passing fixture, and complete docs', () => {
    const files = fixtures();
    for (const rule of X12_RULES) {
      const own = files.filter((f) => path.basename(path.dirname(f)) === rule.id);
      const fails = own.filter((f) => expectOf(f).findings.some((e) => e.ruleId === rule.id));
      assert.ok(fails.length && own.length > fails.length, `${rule.id}: ${fails.length} failing, ${own.length - fails.length} passing`);
      for (const k of ['meaning', 'why', 'fix', 'bad', 'good'] as const) assert.ok(rule.docs[k].length > 5, `${rule.id}: docs.${k}`);
      assert.match(rule.id, /^x12-[a-z0-9-]+$/);
    }
  });

  it('the clean fixture that the failing ones are made from has no finding at all', () => {
    const base = fs.readFileSync(path.join(ROOT, 'x12-missing-segment', 'pass-complete.x12'), 'utf8');
    const r = lintX12Text(base, { today: '2026-11-22' });
    assert.deepStrictEqual(r.findings, []);
  });
});
