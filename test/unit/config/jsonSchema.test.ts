import * as assert from 'assert';
import * as fs from 'fs';
import { CONFIG_SCHEMA_FILE, configSchemaText } from '../../../scripts/gen-schema';
import { RULES } from '../../../src/engine/rules';

describe('config JSON Schema (src/config/jsonSchema.ts)', () => {
  it('schemas/claimlint.schema.json is up to date (run: npx tsx scripts/gen-schema.ts)', () => {
    assert.strictEqual(fs.readFileSync(CONFIG_SCHEMA_FILE, 'utf8'), configSchemaText());
  });

  it('completes every rule id and its severities under rules:, and knows the other keys', () => {
    const s = JSON.parse(configSchemaText());
    assert.deepStrictEqual(Object.keys(s.properties).sort(), ['codeSets', 'payers', 'rules', 'today']);
    assert.deepStrictEqual(Object.keys(s.properties.rules.properties).sort(), RULES.map((r) => r.id).sort());
    assert.deepStrictEqual(s.properties.rules.properties['missing-referral'].enum, ['error', 'warning', 'information', 'hint', 'off']);
    assert.strictEqual(s.additionalProperties, false);
  });

  it('the manifest validates .claimlint files with it', () => {
    const m = JSON.parse(fs.readFileSync('package.json', 'utf8'));
    const uses = [...m.contributes.jsonValidation, ...m.contributes.yamlValidation].filter((v: { url: string }) => v.url === './schemas/claimlint.schema.json').flatMap((v: { fileMatch: string[] }) => v.fileMatch);
    assert.deepStrictEqual(uses.sort(), ['.claimlint.json', '.claimlint.yaml', '.claimlint.yml']);
  });
});
