// The layer table (LAYERS in eslint.config.mjs) and the no-cycle rule really fire: each case lints a
// made-up file at a real place in src/ and expects (or not) the rule's error.
import * as assert from 'assert';
import * as path from 'path';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '../../..');

describe('architecture: layers and cycles (eslint.config.mjs)', function () {
  this.timeout(120_000);
  let eslint: ESLint;
  before(() => {
    eslint = new ESLint({ cwd: root });
  });

  async function messages(file: string, code: string): Promise<string[]> {
    const [r] = await eslint.lintText(code, { filePath: path.join(root, file) });
    return r.messages.filter((m) => m.ruleId?.startsWith('layers/')).map((m) => `${m.ruleId}: ${m.message}`);
  }

  it('an import that points up a layer is an error (parser → engine, model → parser, engine → adjudication)', async () => {
    const up = await messages('src/parser/made-up.ts', "import type { Finding } from '../engine/types';\nexport type X = Finding;\n");
    assert.strictEqual(up.length, 1, up.join('\n'));
    assert.match(up[0], /layers\/allowed-imports: Layer violation: src\/parser\/ must not import src\/engine\//);
    assert.strictEqual((await messages('src/model/made-up.ts', "export { parseClaimText } from '../parser/parse';\n")).length, 1);
    assert.strictEqual((await messages('src/engine/rules/made-up.ts', "import { adjudicate } from '../../adjudication';\nexport const a = adjudicate;\n")).length, 1);
  });

  it('pure code may not import the webview protocols, and assist may not import the editor glue', async () => {
    assert.strictEqual((await messages('src/adjudication/made-up.ts', "import { ResultViewSchema } from '../shared/practiceProtocol';\nexport const s = ResultViewSchema;\n")).length, 1);
    assert.strictEqual((await messages('src/assist/made-up.ts', "import { PRODUCT } from '../extension/linting';\nexport const p = PRODUCT;\n")).length, 1);
  });

  it('imports that point down are fine', async () => {
    assert.deepStrictEqual(await messages('src/engine/made-up.ts', "import type { Range } from '../model/text';\nimport { parseClaimText } from '../parser/parse';\nexport const f = (r: Range) => parseClaimText(String(r.start), 'yaml');\n"), []);
    assert.deepStrictEqual(await messages('src/extension/made-up.ts', "import { lintText } from '../engine/lint';\nexport const l = lintText;\n"), []);
  });

  it('a new src/ folder must be placed in the table first', async () => {
    const m = await messages('src/brand-new-folder/reader.ts', 'export const x = 1;\n');
    assert.strictEqual(m.length, 1);
    assert.match(m[0], /src\/brand-new-folder\/ is not in the layer table/);
  });

  it('an import cycle is an error, naming the files around it', async () => {
    // src/cli/main.ts imports ./submit: a submit.ts importing main again closes the loop.
    const m = await messages('src/cli/submit.ts', "import { main } from './main';\nexport const m = main;\n");
    assert.strictEqual(m.length, 1, m.join('\n'));
    assert.match(m[0], /layers\/no-cycle: Import cycle: src\/cli\/submit\.ts → src\/cli\/main\.ts → src\/cli\/submit\.ts/);
  });
});
