// Case files read like claims: a malformed one gets findings with ranges, never a crash.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { lintCase, parseCaseText } from '../../../src/practice/parse';

const GOOD = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'cases', 'EM-001.case.yaml'), 'utf8');
const at = (text: string, offset: number) => text.slice(offset, offset + 20);

describe('practice case parser', () => {
  it('reads a bundled case with no finding', () => {
    const r = parseCaseText(GOOD, 'yaml');
    assert.deepStrictEqual(r.findings, []);
    assert.strictEqual(r.value?.case.id, 'EM-001');
    assert.strictEqual(r.value?.key?.services[0].code, '99214');
  });

  it('reads the same case written as JSON', () => {
    const value = parseCaseText(GOOD, 'yaml').value;
    const r = parseCaseText(JSON.stringify(value, null, 2), 'json');
    assert.deepStrictEqual(r.findings, []);
    assert.deepStrictEqual(r.value, value);
  });

  it('codes written as YAML numbers are read as their digits', () => {
    const r = parseCaseText(GOOD.replace('- code: "99214"', '- code: 99214'), 'yaml');
    assert.deepStrictEqual(r.findings, []);
    assert.strictEqual(r.value?.key?.services[0].code, '99214');
  });

  it('a YAML syntax error is one finding at the error', () => {
    const text = GOOD.replace('  difficulty: 2\n', '  difficulty: [2\n');
    const f = lintCase(text, 'yaml');
    assert.ok(f.length >= 1);
    assert.strictEqual(f[0].ruleId, 'case-syntax-error');
  });

  it('an empty file or a list is one finding, no crash', () => {
    assert.deepStrictEqual(lintCase('', 'yaml').map((f) => f.ruleId), ['case-schema']);
    assert.deepStrictEqual(lintCase('- a\n- b\n', 'yaml').map((f) => f.ruleId), ['case-schema']);
  });

  it('wrong values point at the value, unknown keys at the key, missing fields at the parent key', () => {
    const text = GOOD.replace('  difficulty: 2\n', '  difficulty: 5\n  level: hard\n').replace('  setting: office\n', '');
    const f = lintCase(text, 'yaml');
    const byId = (id: string) => f.filter((x) => x.ruleId === id);
    assert.strictEqual(at(text, byId('case-unknown-field')[0].range.start).startsWith('level'), true);
    assert.ok(byId('case-schema').some((x) => at(text, x.range.start).startsWith('5')));
    assert.ok(byId('case-schema').some((x) => /Missing field "setting"/.test(x.message) && at(text, x.range.start).startsWith('case')));
  });

  it('checks what the schema cannot: code shapes, duplicates, domains, guideline ids, payer, rationale codes', () => {
    const text = GOOD.replace('first: E11.65', 'first: E1165X9')
      .replace('others: [I10, E78.5, Z79.84]', 'others: [I10, I10]')
      .replace('- code: "99214"', '- code: "9921"')
      .replace('evaluation-management,', 'evaluation-and-management,')
      .replace('guideline: I.C.9.a', 'guideline: I.C.99.z')
      .replace('payerId: PRACTICE-MEDICARE', 'payerId: NOBODY');
    const ids = lintCase(text, 'yaml').map((f) => f.ruleId);
    for (const id of ['case-code-format', 'case-duplicate-code', 'case-unknown-domain', 'case-unknown-guideline', 'case-unknown-payer', 'case-rationale-code']) assert.ok(ids.includes(id), `${id} missing from ${ids.join(', ')}`);
  });

  it('a student copy (no key) reads with no finding', () => {
    const text = GOOD.slice(0, GOOD.indexOf('\nkey:') + 1);
    const r = parseCaseText(text, 'yaml');
    assert.deepStrictEqual(r.findings, []);
    assert.strictEqual(r.value?.key, undefined);
  });

  it('never throws, and every finding range lies inside the text (mutations of a real case)', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(fc.nat(GOOD.length), fc.nat(40), fc.string({ maxLength: 8 }), fc.constantFrom<'yaml' | 'json'>('yaml', 'json'), (start, len, insert, format) => {
        const text = GOOD.slice(0, start) + insert + GOOD.slice(start + len);
        for (const f of lintCase(text, format)) {
          if (f.range.start < 0 || f.range.end > text.length || f.range.start > f.range.end) return false;
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });
});
