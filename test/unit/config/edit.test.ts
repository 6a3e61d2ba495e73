import * as assert from 'assert';
import { disableRuleInConfig } from '../../../src/config/edit';
import { parseConfigText } from '../../../src/config/config';

const KNOWN = new Set(['missing-referral', 'invalid-npi']);

describe('config editing (src/config/edit.ts)', () => {
  it('turns a rule off in YAML, keeping comments and other rules', () => {
    const before = '# practice settings\nrules:\n  missing-referral: warning # keep\ntoday: 2026-11-22\n';
    const r = disableRuleInConfig(before, 'yaml', 'invalid-npi');
    assert.ok(r.ok);
    assert.match(r.text, /# practice settings/);
    assert.match(r.text, /missing-referral: warning # keep/);
    assert.deepStrictEqual(parseConfigText(r.text, 'yaml', KNOWN).config.rules, { 'missing-referral': 'warning', 'invalid-npi': 'off' });
  });

  it('writes a new file from nothing, in YAML and JSON', () => {
    const y = disableRuleInConfig('', 'yaml', 'invalid-npi');
    assert.ok(y.ok);
    assert.deepStrictEqual(parseConfigText(y.text, 'yaml', KNOWN).config, { rules: { 'invalid-npi': 'off' } });
    const j = disableRuleInConfig('', 'json', 'invalid-npi');
    assert.ok(j.ok);
    assert.deepStrictEqual(JSON.parse(j.text), { rules: { 'invalid-npi': 'off' } });
  });

  it('keeps the other keys of a JSON config', () => {
    const j = disableRuleInConfig('{ "today": "2026-11-22", "rules": { "a": "hint" } }', 'json', 'b');
    assert.ok(j.ok);
    assert.deepStrictEqual(JSON.parse(j.text), { today: '2026-11-22', rules: { a: 'hint', b: 'off' } });
  });

  it('leaves a broken file alone and says why', () => {
    assert.deepStrictEqual(disableRuleInConfig('rules: [unclosed', 'yaml', 'x'), { ok: false, problem: 'has YAML errors' });
    assert.deepStrictEqual(disableRuleInConfig('{ nope', 'json', 'x'), { ok: false, problem: 'is not valid JSON' });
    assert.deepStrictEqual(disableRuleInConfig('[1]', 'json', 'x'), { ok: false, problem: 'does not hold a JSON object' });
  });
});
