// The claim config keys as VS Code settings: an empty value is "not set" (VS Code returns a nested
// setting with its declared default, `codeSets: { icd10cm: "" }`, which used to fail the schema and
// log a warning at every activation); a real value is checked and a bad one is reported.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { claimlintConfigFromSettings, type SettingsConfigKey } from '../../../src/config/settings';

const from = (values: Partial<Record<SettingsConfigKey, unknown>>) => claimlintConfigFromSettings((k) => values[k]);

describe('settings → claim config', () => {
  it('the declared defaults of every setting give no config and no problem', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default?: unknown }> } } };
    const props = pkg.contributes.configuration.properties;
    // What cfg.get(key) returns for a key with nested settings: an object of their defaults.
    const get = (key: string): unknown => {
      const own = props[`cleanClaimCoach.${key}`];
      if (own) return own.default;
      const nested = Object.entries(props).filter(([k]) => k.startsWith(`cleanClaimCoach.${key}.`));
      return nested.length ? Object.fromEntries(nested.map(([k, v]) => [k.slice(`cleanClaimCoach.${key}.`.length), v.default])) : undefined;
    };
    assert.deepStrictEqual(get('codeSets'), { icd10cm: '' }, 'the nested default this test is about');
    assert.deepStrictEqual(claimlintConfigFromSettings(get), { config: {}, problems: [] });
  });

  it('empty strings, maps and lists are "not set"', () => {
    assert.deepStrictEqual(from({ codeSets: { icd10cm: '' }, today: '', rules: {}, payers: [] }), { config: {}, problems: [] });
    assert.deepStrictEqual(from({ codeSets: { icd10cm: '  ', icd10cmFiscalYear: null } }), { config: {}, problems: [] });
  });

  it('a set value is kept; an invalid one is reported and left out', () => {
    assert.deepStrictEqual(from({ codeSets: { icd10cm: './codes/icd10cm-order-2028.txt' }, today: '2026-11-22' }), {
      config: { codeSets: { icd10cm: './codes/icd10cm-order-2028.txt' }, today: '2026-11-22' },
      problems: [],
    });
    const bad = from({ codeSets: { icd10cm: 42 }, today: '22/11/2026', rules: { 'missing-insured-signature': 'off' } });
    assert.deepStrictEqual(bad.config, { rules: { 'missing-insured-signature': 'off' } });
    assert.strictEqual(bad.problems.length, 2);
    assert.match(bad.problems[0], /^Setting cleanClaimCoach\.codeSets is invalid and was ignored: icd10cm /);
    assert.match(bad.problems[1], /^Setting cleanClaimCoach\.today is invalid/);
  });
});
