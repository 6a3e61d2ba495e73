// Writes the JSON Schemas generated from the zod model (unit tests fail when they are stale):
//   schemas/claim.schema.json       claim files (*.claim.json; YAML through Red Hat YAML)
//   schemas/claimlint.schema.json   .claimlint.yaml / .claimlint.json, rule ids included
// Run: npx tsx scripts/gen-schema.ts
import * as fs from 'fs';
import * as path from 'path';
import { claimJsonSchema } from '../src/assist/jsonSchema';
import { configJsonSchema } from '../src/config/jsonSchema';
import { RULES } from '../src/engine/rules';

export const SCHEMA_FILE = path.join(__dirname, '..', 'schemas', 'claim.schema.json');
export const CONFIG_SCHEMA_FILE = path.join(__dirname, '..', 'schemas', 'claimlint.schema.json');
export const schemaText = () => `${JSON.stringify(claimJsonSchema(), null, 2)}\n`;
export const configSchemaText = () => `${JSON.stringify(configJsonSchema(RULES), null, 2)}\n`;

if (require.main === module) {
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, schemaText());
  fs.writeFileSync(CONFIG_SCHEMA_FILE, configSchemaText());
  console.log(`wrote ${SCHEMA_FILE} and ${CONFIG_SCHEMA_FILE}`);
}
