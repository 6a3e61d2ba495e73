import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { expectedDocs } from '../../../scripts/gen-rule-docs';

describe('rule documentation', () => {
  it('docs/rules is up to date with the rule modules (run: npx tsx scripts/gen-rule-docs.ts)', () => {
    const dir = path.join(__dirname, '..', '..', '..', 'docs', 'rules');
    const stale: string[] = [];
    for (const [name, text] of expectedDocs()) {
      const file = path.join(dir, name);
      if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) stale.push(name);
    }
    assert.deepStrictEqual(stale, []);
  });
});
