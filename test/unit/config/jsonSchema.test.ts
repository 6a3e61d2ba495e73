import * as assert from 'assert';
import * as fs from 'fs';
import { CONFIG_SCHEMA_FILE, configSchemaText, PACKAGE_JSON, packageJsonWithRulesSetting } from '../../../scripts/gen-schema';
import { RULES } from '../../../src/engine/rules';
import { X12_RULES } from '../../../src/x12/rules';

const ALL_IDS = [...RULES, ...X12_RULES].map((r) => r.id);

describe('config JSON Schema (src/config/jsonSchema.ts)', () => {
  it('schemas/claimlint.schema.json is up to date (run: npx tsx scripts/gen-schema.ts)', () => {
    assert.strictEqual(fs.readFileSync(CONFIG_SCHEMA_FILE, 'utf8'), configSchemaText());
  });

  it('completes every rule id and its severities under rules:, and knows the other keys', () => {
    const s = JSON.parse(configSchemaText());
    assert.deepStrictEqual(Object.keys(s.properties).sort(), ['codeSets', 'payers', 'rules', 'today']);
    assert.deepStrictEqual(Object.keys(s.properties.rules.properties).sort(), [...ALL_IDS].sort());
    assert.deepStrictEqual(s.properties.rules.propertyNames.enum, ALL_IDS);
    assert.deepStrictEqual(s.properties.rules.properties['missing-referral'].enum, ['error', 'warning', 'information', 'hint', 'off']);
    assert.strictEqual(s.additionalProperties, false);
  });

  it('the manifest validates .claimlint files with it', () => {
    const m = JSON.parse(fs.readFileSync('package.json', 'utf8'));
    const uses = [...m.contributes.jsonValidation, ...m.contributes.yamlValidation].filter((v: { url: string }) => v.url === './schemas/claimlint.schema.json').flatMap((v: { fileMatch: string[] }) => v.fileMatch);
    assert.deepStrictEqual(uses.sort(), ['.claimlint.json', '.claimlint.yaml', '.claimlint.yml']);
  });

  it("package.json's cleanClaimCoach.rules setting is up to date: the same rule ids and severities (run: npx tsx scripts/gen-schema.ts)", () => {
    const text = fs.readFileSync(PACKAGE_JSON, 'utf8');
    assert.strictEqual(text, packageJsonWithRulesSetting(text));
    const setting = JSON.parse(text).contributes.configuration.properties['cleanClaimCoach.rules'];
    assert.deepStrictEqual(setting.propertyNames.enum, ALL_IDS);
    assert.deepStrictEqual(Object.keys(setting.properties), ALL_IDS);
    assert.deepStrictEqual(setting.properties['x12-hl-structure'].enum, ['error', 'warning', 'information', 'hint', 'off']);
    assert.deepStrictEqual(setting.default, {});
  });

  it('regenerating the setting touches nothing else in package.json', () => {
    const text = fs.readFileSync(PACKAGE_JSON, 'utf8');
    const stale = text.replace(/"cleanClaimCoach\.rules": \{[\s\S]*?\n {8}\},\n/, '"cleanClaimCoach.rules": { "type": "object" },\n');
    assert.notStrictEqual(stale, text);
    assert.strictEqual(packageJsonWithRulesSetting(stale), text);
  });
});
