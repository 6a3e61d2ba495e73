// The bundled examples show exactly the defects they were written to show: each example marks its
// expected findings inline (same markers as rule fixtures) and is linted as `claimlint examples/`
// lints it, with examples/.claimlint.yaml applied.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintText } from '../../../src/engine/lint';
import { findClaimFiles, WorkspaceConfig } from '../../../src/node/workspace';
import { expectedFindings } from './fixtures.test';

const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');

describe('examples/', () => {
  const files = findClaimFiles(EXAMPLES);
  it('has at least 10 practice claims, clean ones for every bundled payer', () => {
    assert.ok(files.length >= 10, `${files.length} examples`);
  });
  const ws = new WorkspaceConfig({ roots: [EXAMPLES] });
  for (const file of files) {
    it(path.basename(file), async () => {
      const text = fs.readFileSync(file, 'utf8');
      const setup = await ws.setupFor(file);
      assert.deepStrictEqual(setup.config.problems, []);
      const result = lintText(text, setup.options);
      const actual = result.findings.map((f) => `${result.doc.lines.positionAt(f.range.start).line + 1} ${f.ruleId}`).sort();
      const expected = expectedFindings(file, text).map((e) => `${e.line} ${e.ruleId}`).sort();
      assert.deepStrictEqual(actual, expected, result.findings.map((f) => `${f.ruleId}: ${f.message}`).join('\n'));
    });
  }
});
