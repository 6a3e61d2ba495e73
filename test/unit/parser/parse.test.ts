import * as assert from 'assert';
import { parseClaimText } from '../../../src/parser/parse';
import { normalizeClaim } from '../../../src/parser/normalize';
import { lintText } from '../../../src/engine/lint';

const slice = (text: string, r?: { start: number; end: number }) => (r ? text.slice(r.start, r.end) : undefined);

describe('parser: source ranges', () => {
  it('maps YAML paths to the exact value and key text', () => {
    const text = 'claim:\n  id: TRN-1\nservices:\n  - code: "99213"\n    pointers: [A, B]\n';
    const doc = parseClaimText(text, 'yaml');
    assert.strictEqual(slice(text, doc.locations.get('claim.id')?.value), 'TRN-1');
    assert.strictEqual(slice(text, doc.locations.get('claim.id')?.key), 'id');
    assert.strictEqual(slice(text, doc.locations.get('services.0.code')?.value), '"99213"');
    assert.strictEqual(slice(text, doc.locations.get('services.0.pointers.1')?.value), 'B');
  });

  it('maps JSON paths to the exact value and key text', () => {
    const text = '{\n  "claim": { "id": "TRN-1" },\n  "services": [ { "code": "99213", "units": 2 } ]\n}';
    const doc = parseClaimText(text, 'json');
    assert.strictEqual(slice(text, doc.locations.get('claim.id')?.value), '"TRN-1"');
    assert.strictEqual(slice(text, doc.locations.get('services.0.units')?.key), '"units"');
    assert.strictEqual(slice(text, doc.locations.get('services.0.units')?.value), '2');
  });

  it('points values reached through an alias at the alias', () => {
    const text = 'a: &x { code: "99213" }\nservices:\n  - *x\n';
    const doc = parseClaimText(text, 'yaml');
    assert.strictEqual(slice(text, doc.locations.get('services.0.code')?.value), '*x');
  });

  it('handles CRLF line ends and odd whitespace', () => {
    const text = 'claim:\r\n  id:    TRN-1   \r\ndiagnoses:\r\n  -   e11.9\r\n';
    const doc = parseClaimText(text, 'yaml');
    assert.deepStrictEqual(doc.syntaxErrors, []);
    assert.strictEqual(slice(text, doc.locations.get('diagnoses.0')?.value), 'e11.9');
    assert.deepStrictEqual(doc.lines.positionAt(text.indexOf('e11.9')), { line: 3, character: 6 });
    assert.deepStrictEqual(normalizeClaim(doc).claim.diagnoses, ['E11.9']);
  });
});

describe('parser: codes, numbers and dates', () => {
  it('reads unquoted numbers in code fields as their digits', () => {
    const doc = parseClaimText('services:\n  - code: 99213\n    modifiers: [25]\n    placeOfService: 11\n', 'yaml');
    const n = normalizeClaim(doc);
    assert.strictEqual(n.claim.services?.[0]?.code, '99213');
    assert.deepStrictEqual(n.claim.services?.[0]?.modifiers, ['25']);
    assert.strictEqual(n.claim.services?.[0]?.placeOfService, '11');
    assert.deepStrictEqual(n.schemaIssues, []);
  });

  it('keeps the digits but reports a code that lost its leading zero', () => {
    const n = normalizeClaim(parseClaimText('services:\n  - code: 00812\n', 'yaml'));
    assert.strictEqual(n.claim.services?.[0]?.code, '00812');
    assert.strictEqual(n.schemaIssues.length, 1);
    assert.match(n.schemaIssues[0].message, /quotes/);
  });

  it('reports a number that cannot be the code meant (812 for a CPT code)', () => {
    const n = normalizeClaim(parseClaimText('{"services": [{"code": 812}]}', 'json'));
    assert.strictEqual(n.claim.services?.[0]?.code, undefined);
    assert.ok(n.invalid.has('services.0.code'));
    assert.match(n.schemaIssues[0].message, /leading zeros/);
  });

  it('upper-cases codes and accepts string dates', () => {
    const n = normalizeClaim(parseClaimText('diagnoses: [e11.9, i10]\nonsetDate: "2026-09-28"\n', 'yaml'));
    assert.deepStrictEqual(n.claim.diagnoses, ['E11.9', 'I10']);
    assert.strictEqual(n.claim.onsetDate, '2026-09-28');
  });

  it('rejects impossible dates and wrong types with a located issue', () => {
    const n = normalizeClaim(parseClaimText('onsetDate: 2026-02-30\nservices:\n  - units: two\n', 'yaml'));
    assert.deepStrictEqual(n.schemaIssues.map((i) => i.path).sort(), ['onsetDate', 'services.0.units']);
  });

  it('suggests the closest known key for a typo', () => {
    const n = normalizeClaim(parseClaimText('diagnosis: [I10]\n', 'yaml'));
    assert.deepStrictEqual(n.unknownKeys, [{ path: 'diagnosis', key: 'diagnosis', suggestion: 'diagnoses' }]);
  });
});

describe('parser: hostile input never throws', () => {
  const cases: Record<string, string> = {
    empty: '',
    'only a comment': '# nothing here\n',
    'a scalar': 'hello',
    'a list': '- a\n- b\n',
    'broken YAML': 'claim: {id: [\n',
    'broken JSON': '{"claim": ',
    'binary garbage': '\u0000\u0001\u00ff\ufffd\u0007PK\u0003\u0004',
    'deep nesting': '['.repeat(5000),
    'two documents': 'a: 1\n---\nb: 2\n',
    'duplicate keys': 'claim: {}\nclaim: {}\n',
    'alias bomb': 'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    for (const format of ['yaml', 'json'] as const) {
      it(`${name} (${format}) gives findings inside the document`, () => {
        const r = lintText(text, { format, today: '2026-11-22' });
        assert.ok(r.findings.length > 0, 'expected at least one finding');
        for (const f of r.findings) assert.ok(f.range.start >= 0 && f.range.end <= text.length && f.range.start <= f.range.end, `${f.ruleId} range`);
      });
    }
  }
});
