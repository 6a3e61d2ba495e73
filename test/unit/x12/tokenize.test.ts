import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintText } from '../../../src/engine/lint';
import { exportClaims, lintX12Text, readX12, tokenize } from '../../../src/x12';

const EXAMPLE = path.join(__dirname, '..', '..', '..', 'examples', '02-clean-medicaid.claim.yaml');
const claim = lintText(fs.readFileSync(EXAMPLE, 'utf8'), { format: 'yaml', today: '2026-11-22' }).normalized.claim;
const clean = exportClaims([claim], { today: '2026-11-22' });

describe('X12 tokenizer', () => {
  it('reads the delimiters the ISA declares, whatever they are', () => {
    for (const d of [
      { element: '|', component: '>', repetition: '^', segment: '!' },
      { element: '^', component: '\\', repetition: '{', segment: '\n' },
      { element: '*', component: '>', repetition: '^', segment: '~' },
    ]) {
      const text = exportClaims([claim], { today: '2026-11-22', delimiters: d, lineBreaks: d.segment !== '\n' });
      const t = tokenize(text);
      assert.ok(t.ok, JSON.stringify(d));
      assert.deepStrictEqual(t.delimiters, d);
      const r = lintX12Text(text, { today: '2026-11-22' });
      assert.deepStrictEqual(r.findings.map((f) => f.ruleId), [], JSON.stringify(d));
      const read = readX12(text);
      assert.ok(read.ok);
      assert.strictEqual((read.claims[0].value.services as unknown[]).length, 2);
    }
  });

  it('keeps element offsets, so a finding points at the element', () => {
    const bad = clean.replace('SV1*HC:90471*25*', 'SV1*HC:90471*$25*');
    const r = lintX12Text(bad, { today: '2026-11-22' });
    const f = r.findings.find((x) => x.ruleId === 'x12-element-type');
    assert.ok(f);
    assert.strictEqual(bad.slice(f.range.start, f.range.end), '$25');
  });

  it('tolerates a byte-order mark, leading white space and CRLF line breaks', () => {
    const t = tokenize(`\uFEFF\r\n  ${clean.replace(/\n/g, '\r\n')}`);
    assert.ok(t.ok);
    assert.deepStrictEqual(t.problems, []);
    assert.strictEqual(t.segments[t.segments.length - 1].id, 'IEA');
  });

  it('says why a file is not X12 instead of throwing', () => {
    for (const [text, reason] of [
      ['', /must begin with an ISA/],
      ['hello', /must begin with an ISA/],
      ['ISA', /cut short/],
      ['ISA*00*          *00', /cut short: it has 3 of its 16 elements/],
      ['ISA*00*00*ZZ*A*ZZ*B*261122*1200*^*00501*000000001*0*T*:', /cut short/],
      ['\x00\x01\x02binary\xff', /binary/],
    ] as const) {
      const t = tokenize(text);
      assert.ok(!t.ok, JSON.stringify(text));
      assert.match(t.reason, reason);
    }
  });
});

describe('X12 hostile inputs (bounded, never a crash)', function () {
  // Bounded work, not a speed figure (that is the bench's): generous for a loaded CI machine.
  this.timeout(120_000);
  const cases: [string, () => string][] = [
    ['truncated', () => clean.slice(0, 400)],
    ['an ISA shorter than 106 characters', () => clean.replace('CCCTRAINEE     ', 'CCCTRAINEE')],
    ['wrong separators declared', () => clean.replace(/^ISA\*/, 'ISA|')],
    ['random bytes', () => Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('')],
    ['10 MB without a terminator', () => clean.slice(0, 106) + 'NTE*ADD*' + 'A'.repeat(10 * 1024 * 1024)],
    ['100,000 segments inside one claim', () => clean.replace('HI*', `${'NTE*ADD*NOTE~\n'.repeat(100_000)}HI*`)],
    ['100,000 service lines', () => clean.replace(/LX\*1~[\s\S]*?(?=SE\*)/, () => Array.from({ length: 100_000 }, (_, i) => `LX*${i + 1}~\nSV1*HC:99213*100*UN*1***1~\nDTP*472*D8*20261105~\n`).join(''))],
    ['100,000 unknown segments', () => clean.replace('HI*', `${'ZZZ*1~'.repeat(100_000)}HI*`)],
    ['nested envelopes', () => clean.repeat(50)],
  ];
  for (const [name, make] of cases) {
    it(name, () => {
      const text = make();
      const r = lintX12Text(text, { today: '2026-11-22' });
      assert.ok(Array.isArray(r.findings));
      assert.ok(r.findings.length < 2000, `${r.findings.length} findings`);
      for (const f of r.findings) assert.ok(f.range.start >= 0 && f.range.end <= text.length && f.range.start <= f.range.end);
    });
  }
});
