// Writes schemas/claim.schema.json from the zod model (a unit test fails when it is stale).
// Run: npx tsx scripts/gen-schema.ts
import * as fs from 'fs';
import * as path from 'path';
import { claimJsonSchema } from '../src/assist/jsonSchema';

export const SCHEMA_FILE = path.join(__dirname, '..', 'schemas', 'claim.schema.json');
export const schemaText = () => `${JSON.stringify(claimJsonSchema(), null, 2)}\n`;

if (require.main === module) {
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, schemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
