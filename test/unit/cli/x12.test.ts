import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type Io } from '../../../src/cli/main';
import { exportClaims, lintX12Text, modelX12, readX12, tokenize } from '../../../src/x12';
import { lintText } from '../../../src/engine/lint';
import { LIMITS } from '../../../src/model/limits';
import { utf8Length, x12TextTooLarge } from '../../../src/parser/limits';

const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');

function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), cwd, now: () => new Date('2026-11-22T12:00:00Z') };
  return main(argv, io).then((code) => ({ code, out, err }));
}

describe('claimlint export / import / submit --format x12', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-x12-'));
    for (const f of ['01-clean-medicare.claim.yaml', '02-clean-medicaid.claim.yaml', '05-missing-signatures.claim.yaml', '07-missing-prior-auth.claim.yaml']) fs.copyFileSync(path.join(EXAMPLES, f), path.join(dir, f));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('export writes NAME.837p.x12 beside the claim; exit 0 for a clean claim', async () => {
    const r = await run(['export', '--today', '2026-11-22', '01-clean-medicare.claim.yaml'], dir);
    assert.strictEqual(r.code, 0, r.err);
    const text = fs.readFileSync(path.join(dir, '01-clean-medicare.837p.x12'), 'utf8');
    assert.match(text, /^ISA\*/);
    assert.match(text, /\nCLM\*TRN-0001\*145\*\*\*11:B:1\*Y\*A\*Y\*Y~/);
    assert.match(text, /\nSV1\*HC:99214\*145\*UN\*1\*\*\*1:2~/);
  });

  it('export exits 1 when a claim has an error finding, and still writes it; --out - prints it', async () => {
    const r = await run(['export', '--today', '2026-11-22', '--out', '-', '05-missing-signatures.claim.yaml'], dir);
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /CLM\*TRN-0105\*145\*\*\*11:B:1\*N\*A\*Y\*I~/);
    assert.ok(!fs.existsSync(path.join(dir, '05-missing-signatures.837p.x12')));
  });

  it('--batch writes one interchange holding every claim', async () => {
    const r = await run(['export', '--batch', '--today', '2026-11-22', '--out', 'out', '.'], dir);
    assert.strictEqual(r.code, 1, r.err);
    const text = fs.readFileSync(path.join(dir, 'out', 'batch.837p.x12'), 'utf8');
    assert.strictEqual(text.match(/^CLM\*/gm)?.length, 4);
    assert.strictEqual(text.match(/^ISA\*/gm)?.length, 1);
  });

  it('claimlint PATH lints 837P files with the same rule ids, pointing at the element', async () => {
    await run(['export', '--today', '2026-11-22', '07-missing-prior-auth.claim.yaml'], dir);
    const r = await run(['--today', '2026-11-22', '--format', 'json', '07-missing-prior-auth.837p.x12'], dir);
    assert.strictEqual(r.code, 1);
    const findings = JSON.parse(r.out) as { ruleId: string; line: number; column: number }[];
    assert.deepStrictEqual(findings.map((f) => f.ruleId), ['missing-prior-authorization']);
    const lines = fs.readFileSync(path.join(dir, '07-missing-prior-auth.837p.x12'), 'utf8').split('\n');
    assert.strictEqual(lines[findings[0].line - 1].slice(findings[0].column - 1, findings[0].column - 1 + 5), '70553');
    // A folder holds both: the 837P is found next to the practice claims.
    const all = await run(['--today', '2026-11-22', '.'], dir);
    assert.match(all.out, /07-missing-prior-auth\.837p\.x12:\d+:\d+ error missing-prior-authorization/);
  });

  it('import writes one practice claim per CLM that lints like the original; never overwrites a different file', async () => {
    await run(['export', '--batch', '--today', '2026-11-22', '--out', 'x', '01-clean-medicare.claim.yaml', '02-clean-medicaid.claim.yaml'], dir);
    const r = await run(['import', '--out', 'back', 'x/batch.837p.x12'], dir);
    assert.strictEqual(r.code, 0, r.err);
    assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'back')).sort(), ['TRN-0001.claim.yaml', 'TRN-0102.claim.yaml']);
    const yaml = fs.readFileSync(path.join(dir, 'back', 'TRN-0001.claim.yaml'), 'utf8');
    assert.match(yaml, /^# Imported from batch\.837p\.x12 \(837P\), claim/);
    assert.match(yaml, /# 837P segment kept: NM1\*41\*2\*CLEAN CLAIM COACH TRAINEE/);
    const lint = await run(['--today', '2026-11-22', 'back'], dir);
    assert.strictEqual(lint.code, 0, lint.out);
    fs.writeFileSync(path.join(dir, 'back', 'TRN-0001.claim.yaml'), `${yaml}# my notes\n`);
    await run(['import', '--out', 'back', 'x/batch.837p.x12'], dir);
    assert.match(fs.readFileSync(path.join(dir, 'back', 'TRN-0001.claim.yaml'), 'utf8'), /# my notes/);
    assert.ok(fs.existsSync(path.join(dir, 'back', 'TRN-0001-2.claim.yaml')));
  });

  it('import of something that is not X12 exits 2 with one line', async () => {
    fs.writeFileSync(path.join(dir, 'junk.edi'), '\x00\x01binary');
    const r = await run(['import', 'junk.edi'], dir);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.err.trim().split('\n').length, 1);
    assert.match(r.err, /not an X12 interchange/);
    const lint = await run(['junk.edi'], dir);
    assert.strictEqual(lint.code, 1);
    assert.match(lint.out, /junk\.edi:1:1 error x12-isa-format/);
  });

  it('submit --format x12 answers with a 999 and an 835 (CAS with the CARC) for a denied line', async () => {
    const r = await run(['submit', '--format', 'x12', '--today', '2026-11-22', '07-missing-prior-auth.claim.yaml'], dir);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /ST\*999\*0001/);
    assert.match(r.out, /IK5\*A~/);
    assert.match(r.out, /CLP\*TRN-0107\*4\*1450\*0\*0\*CI/);
    assert.match(r.out, /CAS\*CO\*197\*1450~/);
    assert.doesNotMatch(r.out, /ST\*277/);
    const t = tokenize(r.out);
    assert.ok(t.ok);
  });

  it('submit of an 837P: a 277CA for a front-end rejection; a 999 rejection for a broken structure', async () => {
    await run(['export', '--today', '2026-11-22', '05-missing-signatures.claim.yaml'], dir);
    const rejected = await run(['submit', '--format', 'x12', '--today', '2026-11-22', '05-missing-signatures.837p.x12'], dir);
    assert.match(rejected.out, /ST\*277\*0001\*005010X214/);
    assert.match(rejected.out, /STC\*A6:21\*20261122\*U\*145/);
    assert.doesNotMatch(rejected.out, /ST\*835/);
    const file = path.join(dir, '05-missing-signatures.837p.x12');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/SE\*(\d+)\*/, 'SE*99*'));
    const broken = await run(['submit', '--format', 'x12', '--today', '2026-11-22', '05-missing-signatures.837p.x12'], dir);
    assert.match(broken.out, /IK5\*R\*4~/);
    assert.match(broken.out, /AK9\*R\*1\*1\*0~/);
    assert.doesNotMatch(broken.out, /ST\*277|ST\*835/);
  });
});

describe('837P size limit (maxX12FileBytes, README "Limits")', () => {
  let dir: string;
  const claim = lintText(fs.readFileSync(path.join(EXAMPLES, '01-clean-medicare.claim.yaml'), 'utf8'), { format: 'yaml', today: '2026-11-22' }).normalized.claim;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-x12-limit-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** An 837P that starts like a real one and is `bytes` long on disk (a sparse file: nothing is written past the head). */
  function bigFile(name: string, bytes: number): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, exportClaims([claim], { today: '2026-11-22' }));
    fs.truncateSync(file, bytes);
    return file;
  }

  it('claimlint does not read an 837P past 8 MiB: one syntax-error finding that names the limit, exit 1', async () => {
    bigFile('huge.837p.x12', LIMITS.maxX12FileBytes + 1);
    const r = await run(['--today', '2026-11-22', '--format', 'json', 'huge.837p.x12'], dir);
    assert.strictEqual(r.code, 1, r.err);
    const findings = JSON.parse(r.out) as { ruleId: string; message: string }[];
    assert.deepStrictEqual(findings.map((f) => f.ruleId), ['syntax-error']);
    assert.match(findings[0].message, /larger than 8 MiB \(the limit "maxX12FileBytes" in the claimlint README's Limits section\)/);
  });

  it('an 837P batch larger than a claim file (256 KiB) but within 8 MiB is read and linted claim by claim', async () => {
    const text = exportClaims(Array.from({ length: 800 }, (_, i) => ({ ...claim, claim: { ...claim.claim, id: `TRN-${i}` } })), { today: '2026-11-22' });
    assert.ok(text.length > LIMITS.maxFileBytes && text.length < LIMITS.maxX12FileBytes);
    fs.writeFileSync(path.join(dir, 'batch.837p.x12'), text);
    const r = await run(['--today', '2026-11-22', '--format', 'json', 'batch.837p.x12'], dir);
    assert.strictEqual(r.code, 0, r.out);
    assert.deepStrictEqual(JSON.parse(r.out), []);
  });

  it('submit refuses an 837P past 8 MiB with exit 2 and one line naming the limit', async () => {
    bigFile('huge.837p.x12', LIMITS.maxX12FileBytes + 1);
    for (const format of ['x12', 'json', 'text']) {
      const r = await run(['submit', '--format', format, '--today', '2026-11-22', 'huge.837p.x12'], dir);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.out, '');
      assert.match(r.err, /^claimlint: cannot submit huge\.837p\.x12: The 837P file is larger than 8 MiB \(the limit "maxX12FileBytes"[^\n]*\n$/);
    }
    // At the limit exactly it is read (and answered: this one is not X12 past its head).
    bigFile('edge.837p.x12', LIMITS.maxX12FileBytes);
    const edge = await run(['submit', '--format', 'x12', '--today', '2026-11-22', 'edge.837p.x12'], dir);
    assert.strictEqual(edge.code, 0, edge.err);
  });

  it('import, and the reader behind the editor\'s import command and hovers, refuse an 837P past 8 MiB naming the limit', async () => {
    bigFile('huge.837p.x12', LIMITS.maxX12FileBytes + 1);
    const r = await run(['import', 'huge.837p.x12'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /^claimlint: huge\.837p\.x12: it is larger than 8 MiB \(the limit "maxX12FileBytes"[^\n]*\n$/);
    assert.deepStrictEqual(fs.readdirSync(dir), ['huge.837p.x12'], 'nothing written');
    const text = exportClaims([claim], { today: '2026-11-22' }) + 'NTE*ADD*' + 'A'.repeat(LIMITS.maxX12FileBytes);
    for (const result of [readX12(text), modelX12(text)]) {
      assert.strictEqual(result.ok, false);
      assert.match((result as { reason: string }).reason, /larger than 8 MiB \(the limit "maxX12FileBytes"/);
    }
    // Within the limit, both read it.
    const head = exportClaims([claim], { today: '2026-11-22' });
    assert.strictEqual(readX12(head).ok, true);
    assert.strictEqual(modelX12(head).ok, true);
  });

  it('the editor\'s 837P lint (lintX12Text) answers a text past the limit with the same one finding, whatever its characters', () => {
    const head = exportClaims([claim], { today: '2026-11-22' });
    const ascii = head + 'NTE*ADD*' + 'A'.repeat(LIMITS.maxX12FileBytes);
    // Fewer characters than the limit, more bytes: "é" is two bytes in UTF-8.
    const wide = head + 'NTE*ADD*' + '\u00e9'.repeat(LIMITS.maxX12FileBytes / 2);
    assert.ok(wide.length < LIMITS.maxX12FileBytes);
    for (const text of [ascii, wide]) {
      const t = performance.now();
      const r = lintX12Text(text, { today: '2026-11-22' });
      assert.ok(performance.now() - t < 10_000);
      assert.deepStrictEqual(r.findings.map((f) => f.ruleId), ['syntax-error']);
      assert.match(r.findings[0].message, /"maxX12FileBytes"/);
      assert.match(r.fatal ?? '', /"maxX12FileBytes"/);
      assert.deepStrictEqual(r.claims, []);
    }
    // Within the limit, the text is read as usual.
    assert.deepStrictEqual(lintX12Text(head, { today: '2026-11-22' }).findings, []);
  });

  it('utf8Length counts UTF-8 bytes as Buffer.byteLength does; x12TextTooLarge agrees with it', () => {
    for (const s of ['', 'abc', '\u00e9', '\u20ac', '\ud83d\ude00', 'a\ud800b', '\udc00', 'x'.repeat(1000) + '\u{1F600}'.repeat(10)]) assert.strictEqual(utf8Length(s), Buffer.byteLength(s, 'utf8'), JSON.stringify(s));
    assert.strictEqual(x12TextTooLarge('a'.repeat(LIMITS.maxX12FileBytes)), false);
    assert.strictEqual(x12TextTooLarge('a'.repeat(LIMITS.maxX12FileBytes + 1)), true);
    assert.strictEqual(x12TextTooLarge('\u20ac'.repeat(Math.floor(LIMITS.maxX12FileBytes / 3))), false);
    assert.strictEqual(x12TextTooLarge('\u20ac'.repeat(Math.floor(LIMITS.maxX12FileBytes / 3) + 1)), true);
  });
});
