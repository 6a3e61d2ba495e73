// Every bundled example: export → the x12-parser oracle reads the same segments and values →
// import gives back the same claim (for the fields both formats share) → linting the 837P and the
// imported claim gives the same rule ids as linting the example, and no structure finding.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintText } from '../../../src/engine/lint';
import { formatFromFileName } from '../../../src/parser/parse';
import { claimToYaml, exportClaims, lintX12Text, readX12, tokenize } from '../../../src/x12';
import { oracleElement, oracleParse, sharedFields } from './helpers';

const ROOT = path.join(__dirname, '..', '..', '..');
const TODAY = '2026-11-22';

function claimFiles(): string[] {
  const out: string[] = [];
  for (const dir of ['examples', 'cases']) {
    const walk = (d: string) => {
      if (!fs.existsSync(d)) return;
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.claim\.(ya?ml|json)$/.test(e.name)) out.push(p);
      }
    };
    walk(path.join(ROOT, dir));
  }
  return out.sort();
}

const ids = (fs: readonly { ruleId: string }[]) => [...new Set(fs.map((f) => f.ruleId))].sort();

describe('837P round trip over every example', () => {
  const files = claimFiles();
  it('finds the bundled examples', () => assert.ok(files.filter((f) => f.includes(`${path.sep}examples${path.sep}`)).length >= 11));

  for (const file of files) {
    const rel = path.relative(ROOT, file);
    it(rel, async () => {
      const original = lintText(fs.readFileSync(file, 'utf8'), { format: formatFromFileName(file), today: TODAY });
      const x12 = exportClaims([original.normalized.claim], { today: TODAY });

      // The oracle reads exactly the segments and values we wrote.
      const ours = tokenize(x12);
      assert.ok(ours.ok);
      const oracle = await oracleParse(x12);
      assert.strictEqual(oracle.length, ours.segments.length, 'segment count');
      ours.segments.forEach((s, i) => {
        assert.strictEqual(oracle[i].name, s.id, `segment ${i + 1}`);
        for (let n = 1; n < s.elements.length; n++) {
          const theirs: string | undefined = s.id === 'ISA' ? oracle[i][String(n)] : oracleElement(oracle[i], n, ours.delimiters.component);
          assert.strictEqual(theirs, s.elements[n].trim(), `${s.id}${String(n).padStart(2, '0')}`);
        }
      });

      // Linting the 837P: the same rule ids, no structure finding.
      const asX12 = lintX12Text(x12, { today: TODAY });
      assert.deepStrictEqual(ids(asX12.findings.filter((f) => f.ruleId.startsWith('x12-'))), []);
      assert.deepStrictEqual(ids(asX12.findings), ids(original.findings), 'rule ids of the 837P');

      // Import: one claim, equal on the shared fields, same rule ids.
      const read = readX12(x12);
      assert.ok(read.ok);
      assert.strictEqual(read.claims.length, 1);
      const yaml = claimToYaml(read.claims[0].value, read.claims[0].comments);
      const back = lintText(yaml, { format: 'yaml', today: TODAY });
      assert.deepStrictEqual(back.normalized.schemaIssues, []);
      assert.deepStrictEqual(sharedFields(back.normalized.claim), sharedFields(original.normalized.claim));
      assert.deepStrictEqual(ids(back.findings), ids(original.findings), 'rule ids of the imported claim');
      // And once more: the imported claim exports to the same 837P.
      assert.strictEqual(exportClaims([back.normalized.claim], { today: TODAY }), x12);
    });
  }

  it('a batch of every example is one interchange the oracle reads, and imports back claim by claim', async () => {
    const claims = files.map((f) => lintText(fs.readFileSync(f, 'utf8'), { format: formatFromFileName(f), today: TODAY }).normalized.claim);
    const x12 = exportClaims(claims, { today: TODAY });
    const oracle = await oracleParse(x12);
    const ours = tokenize(x12);
    assert.ok(ours.ok);
    assert.strictEqual(oracle.length, ours.segments.length);
    const lint = lintX12Text(x12, { today: TODAY });
    assert.deepStrictEqual(lint.findings.filter((f) => f.ruleId.startsWith('x12-')), []);
    const read = readX12(x12);
    assert.ok(read.ok);
    assert.strictEqual(read.claims.length, claims.length);
    // Claims signed on different dates travel in different transaction sets, so match them by id.
    const byId = new Map(claims.map((c, i) => [c.claim?.id, i]));
    assert.strictEqual(byId.size, claims.length, 'example claim ids are unique');
    for (const c of read.claims) {
      const back = lintText(claimToYaml(c.value), { format: 'yaml', today: TODAY });
      const i = byId.get(back.normalized.claim.claim?.id);
      assert.ok(i !== undefined);
      assert.deepStrictEqual(sharedFields(back.normalized.claim), sharedFields(claims[i]), path.basename(files[i]));
    }
  });
});
