// claimlint lints an 837P claim by claim (lintX12Streamed / scanX12): the same findings as the
// non-streaming path (lintX12Text, which the editor, submit and the answers use), and each claim is
// handed on before the next one is read.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintText } from '../../../src/engine/lint';
import { exportClaims, lintX12Streamed, lintX12Text, readX12, scanX12 } from '../../../src/x12';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');
const TODAY = '2026-11-22';

function x12Files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? x12Files(path.join(dir, e.name)) : /\.(x12|837|edi)$/i.test(e.name) ? [path.join(dir, e.name)] : []));
}

/** Every example claim, `copies` times, as one batch (claims with different box 31 dates land in different transaction sets). */
function examplesBatch(copies: number): string {
  const claims = fs
    .readdirSync(EXAMPLES)
    .filter((f) => /\.claim\.(yaml|json)$/.test(f))
    .sort()
    .map((f) => lintText(fs.readFileSync(path.join(EXAMPLES, f), 'utf8'), { format: f.endsWith('.json') ? 'json' : 'yaml', today: TODAY }).normalized.claim);
  const all = Array.from({ length: copies }, (_, i) => claims.map((c) => ({ ...c, claim: { ...c.claim, id: `${c.claim?.id ?? 'X'}-${i}` } }))).flat();
  return exportClaims(all, { today: TODAY });
}

function sameFindings(text: string, what: string): number {
  const full = lintX12Text(text, { today: TODAY });
  const streamed = lintX12Streamed(text, { today: TODAY });
  assert.deepStrictEqual(streamed.findings, full.findings, what);
  assert.deepStrictEqual(streamed.normalized, full.normalized, what);
  return full.findings.length;
}

describe('837P linted claim by claim (streaming)', () => {
  it('gives the findings of the non-streaming path on every X12 fixture', () => {
    const files = x12Files(FIXTURES);
    assert.ok(files.length >= 30, `${files.length} fixtures`);
    let findings = 0;
    for (const f of files) findings += sameFindings(fs.readFileSync(f, 'utf8'), path.relative(FIXTURES, f));
    assert.ok(findings > 20);
  });

  it('gives the same findings on a batch of the examples and on broken or hostile variants of it', () => {
    const batch = examplesBatch(3);
    assert.ok(sameFindings(batch, 'batch') > 0);
    const variants: [string, string][] = [
      ['cut short (no terminator at the end)', batch.slice(0, Math.floor(batch.length * 0.6))],
      ['a CLM without its HL', batch.replace(/HL\*3\*1\*22\*0~\n/, '')],
      ['SE counts off', batch.replace(/\nSE\*(\d+)/g, (_m, n) => `\nSE*${Number(n) + 1}`)],
      ['more structure problems than are listed', batch.replace('HI*', `${'ZZZ*1~'.repeat(600)}HI*`)],
      ['an element that is not a number', batch.replace('SV1*HC:99214*145*', 'SV1*HC:99214*$145*')],
      ['two interchanges', batch + batch],
      ['not X12', `x${batch}`],
    ];
    for (const [what, text] of variants) sameFindings(text, what);
  });

  it('hands each claim on as soon as it ends, keeping no loop list', () => {
    const batch = examplesBatch(2);
    const read = readX12(batch);
    assert.ok(read.ok);
    const clmIndexes = read.segments.filter((s) => s.id === 'CLM').map((s) => s.index);
    // The segments read when each claim is handed on: never past the start of the next claim's HL.
    let lastRead = -1;
    let handed = 0;
    const scan = scanX12(batch, {
      comments: false,
      onSegment: (seg) => (lastRead = seg.index),
      onClaim: (c) => {
        const next = clmIndexes[handed + 1];
        assert.strictEqual(c.clm.index, clmIndexes[handed]);
        if (next !== undefined) assert.ok(lastRead < next, `claim ${handed} was handed on after segment ${lastRead}, the next CLM is ${next}`);
        assert.deepStrictEqual(c.comments, []);
        handed++;
      },
    });
    assert.ok(scan.ok);
    assert.strictEqual(handed, read.claims.length);
    assert.strictEqual(scan.claims, read.claims.length);
    const quiet = scanX12(batch, { onClaim: () => undefined });
    assert.ok(quiet.ok);
    assert.deepStrictEqual(quiet.loops, []);
    assert.deepStrictEqual(quiet.structure.problems, read.structure.problems);
  });
});
