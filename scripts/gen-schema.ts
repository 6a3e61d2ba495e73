// Writes the JSON Schemas generated from the zod model (unit tests fail when they are stale):
//   schemas/claim.schema.json       claim files (*.claim.json; YAML through Red Hat YAML)
//   schemas/claimlint.schema.json   .claimlint.yaml / .claimlint.json, rule ids included
//   package.json                    the cleanClaimCoach.rules setting, with the same rule ids
//                                   (only that entry is rewritten; the rest of the file is kept)
// Run: npx tsx scripts/gen-schema.ts
import * as fs from 'fs';
import * as path from 'path';
import { claimJsonSchema } from '../src/assist/jsonSchema';
import { configJsonSchema, rulesSettingSchema } from '../src/config/jsonSchema';
import { RULES } from '../src/engine/rules';
import { X12_RULES } from '../src/x12/rules';

export const SCHEMA_FILE = path.join(__dirname, '..', 'schemas', 'claim.schema.json');
export const CONFIG_SCHEMA_FILE = path.join(__dirname, '..', 'schemas', 'claimlint.schema.json');
export const schemaText = () => `${JSON.stringify(claimJsonSchema(), null, 2)}\n`;
/** Every rule a .claimlint.yaml or the setting may name: the practice-claim rules, then the X12 ones. */
const ALL_RULES = [...RULES, ...X12_RULES];
export const configSchemaText = () => `${JSON.stringify(configJsonSchema(ALL_RULES), null, 2)}\n`;

export const PACKAGE_JSON = path.join(__dirname, '..', 'package.json');
const SETTING_KEY = '"cleanClaimCoach.rules": ';

/** package.json's text with the cleanClaimCoach.rules setting regenerated, everything else as it was. */
export function packageJsonWithRulesSetting(text: string): string {
  const at = text.indexOf(SETTING_KEY);
  if (at < 0) throw new Error('package.json has no cleanClaimCoach.rules setting');
  const open = at + SETTING_KEY.length;
  let depth = 0;
  let inString = false;
  let end = -1;
  for (let i = open; i < text.length && end < 0; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) end = i + 1;
  }
  const indent = text.slice(text.lastIndexOf('\n', at) + 1, at);
  const value = JSON.stringify(rulesSettingSchema(ALL_RULES), null, 2).replace(/\n/g, `\n${indent}`);
  return text.slice(0, open) + value + text.slice(end);
}

if (require.main === module) {
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, schemaText());
  fs.writeFileSync(CONFIG_SCHEMA_FILE, configSchemaText());
  fs.writeFileSync(PACKAGE_JSON, packageJsonWithRulesSetting(fs.readFileSync(PACKAGE_JSON, 'utf8')));
  console.log(`wrote ${SCHEMA_FILE}, ${CONFIG_SCHEMA_FILE} and the cleanClaimCoach.rules setting in ${PACKAGE_JSON}`);
}
