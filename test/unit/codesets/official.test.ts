// The official-file parser on hand-written fixtures in the CMS/CDC layouts, the
// compact index round trip, and the Node cache (path + size + mtime key, atomic writes, clear errors).
// Fixture note: the fixtures' titles are the official long titles; their short-title column holds the
// long title cut to 60 characters (the official short titles are abbreviations the parser does not use).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  DERIVED_HEADER_TITLE,
  detectIcdFileFormat,
  headerPrefixes,
  officialCodeSet,
  officialCodeSetFromIndex,
  officialCodeSetFromText,
  parseIcdFile,
  serializeIndex,
} from '../../../src/codesets/official';
import { cacheFileFor, decodeReleaseFile, loadOfficialCodeSet } from '../../../src/node/codesetCache';

const ROOT = path.join(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'codesets');
const ORDER = path.join(FIXTURES, 'icd10cm_order_2026.txt');
const CODES = path.join(FIXTURES, 'icd10cm-codes-2026.txt');
const read = (f: string) => fs.readFileSync(f, 'utf8');

describe('codesets/official: parsing the CMS/CDC files', () => {
  it('detects the order-file and codes-file layouts, and neither', () => {
    assert.strictEqual(detectIcdFileFormat(read(ORDER)), 'order');
    assert.strictEqual(detectIcdFileFormat(read(CODES)), 'codes');
    assert.strictEqual(detectIcdFileFormat('\ufeff\r\n\r\n' + read(ORDER)), 'order');
    assert.strictEqual(detectIcdFileFormat(''), undefined);
    assert.strictEqual(detectIcdFileFormat('code,description\nE119,Type 2'), undefined);
    assert.strictEqual(detectIcdFileFormat('{"codes": []}'), undefined);
  });

  it('order file: header vs billable from column 15, long titles from column 78, dotted codes', () => {
    const set = officialCodeSetFromText(read(ORDER), '/some/where/icd10cm_order_2026.txt');
    assert.strictEqual(set.official, true);
    assert.strictEqual(set.billableCount, 23);
    assert.strictEqual(set.label, 'ICD-10-CM FY2026 (23 codes)');
    assert.strictEqual(set.id, 'official:icd10cm_order_2026.txt');
    assert.deepStrictEqual(set.get('E11'), { code: 'E11', title: 'Type 2 diabetes mellitus', billable: false });
    assert.deepStrictEqual(set.get('e119'), { code: 'E11.9', title: 'Type 2 diabetes mellitus without complications', billable: true });
    assert.strictEqual(set.get('E11.6')?.billable, false);
    assert.strictEqual(set.get('S06.0X0A')?.title, 'Concussion without loss of consciousness, initial encounter');
    assert.strictEqual(set.get('W19.XXXA')?.billable, true);
    assert.strictEqual(set.get('Z00.121')?.title, 'Encounter for routine child health examination with abnormal findings');
    assert.strictEqual(set.get('E11.99'), undefined);
    // Tabular order puts C4A between C43 and C44; lookups and descendants still work.
    assert.strictEqual(set.get('C4A.0')?.title, 'Merkel cell carcinoma of lip');
    assert.deepStrictEqual(set.billableDescendants('C4A').map((e) => e.code), ['C4A.0']);
    assert.deepStrictEqual(set.billableDescendants('C44').map((e) => e.code), ['C44.00']);
    assert.deepStrictEqual(set.billableDescendants('E11').map((e) => e.code), ['E11.8', 'E11.9', 'E11.65', 'E11.69']);
  });

  it('codes file: billable only, headers derived from prefixes (practice-book titles where known)', () => {
    const index = parseIcdFile(read(CODES), 'icd10cm_codes_2026.txt');
    assert.strictEqual(index.kind, 'codes');
    assert.strictEqual(index.fiscalYear, 2026);
    const set = officialCodeSet(index);
    assert.strictEqual(set.billableCount, 23);
    assert.strictEqual(set.get('E11.9')?.billable, true);
    assert.deepStrictEqual(set.get('E11'), { code: 'E11', title: 'Type 2 diabetes mellitus', billable: false });
    assert.strictEqual(set.get('E11.6')?.billable, false);
    assert.strictEqual(set.get('S06.0X0')?.billable, false, 'the 6-character subcategory of a 7th-character code');
    assert.strictEqual(set.get('S06.0X'), undefined, 'placeholder levels are not headers');
    assert.strictEqual(set.get('W19.X'), undefined);
    assert.strictEqual(set.get('W19')?.billable, false);
    assert.strictEqual(set.get('A00')?.title, DERIVED_HEADER_TITLE, 'a header the practice book does not know');
    assert.deepStrictEqual(set.billableDescendants('A00').map((e) => e.code), ['A00.0', 'A00.1', 'A00.9']);
  });

  it('reads LF and CRLF line ends, a BOM and a missing final newline alike', () => {
    const crlf = read(ORDER);
    assert.ok(crlf.includes('\r\n'), 'the fixture has CRLF line ends like the CMS file');
    const expected = serializeIndex(parseIcdFile(crlf, 'icd10cm_order_2026.txt'));
    const lf = crlf.replace(/\r\n/g, '\n');
    assert.strictEqual(serializeIndex(parseIcdFile(lf, 'icd10cm_order_2026.txt')), expected);
    assert.strictEqual(serializeIndex(parseIcdFile('\ufeff' + lf.trimEnd(), 'icd10cm_order_2026.txt')), expected);
    const codes = read(CODES);
    assert.strictEqual(serializeIndex(parseIcdFile(codes.replace(/\r\n/g, '\n'), 'x.txt')), serializeIndex(parseIcdFile(codes, 'x.txt')));
  });

  it('labels: fiscal year from the official file names, billable count with thousands separators', () => {
    const one = '00001 E11     0 Type 2 diabetes mellitus                                     Type 2 diabetes mellitus\r\n00002 E119    1 Type 2 diabetes mellitus without complications               Type 2 diabetes mellitus without complications\r\n';
    assert.strictEqual(officialCodeSetFromText(one, 'icd10cm_order_2026.txt').label, 'ICD-10-CM FY2026 (1 code)');
    assert.strictEqual(officialCodeSetFromText(read(CODES), 'C:\\codes\\icd10cm-codes-2026.txt').label, 'ICD-10-CM FY2026 (23 codes)');
    assert.strictEqual(officialCodeSetFromText(read(CODES), 'icd10cm_codes_2025.txt').label, 'ICD-10-CM FY2025 (23 codes)');
    assert.strictEqual(officialCodeSetFromText(read(ORDER), 'my-order-file.txt').label, 'ICD-10-CM (23 codes)');
  });

  it('headerPrefixes skips placeholder-X levels', () => {
    assert.deepStrictEqual(headerPrefixes('S52501A'), ['S52', 'S525', 'S5250', 'S52501']);
    assert.deepStrictEqual(headerPrefixes('T450X1A'), ['T45', 'T450', 'T450X1']);
    assert.deepStrictEqual(headerPrefixes('W19XXXA'), ['W19']);
    assert.deepStrictEqual(headerPrefixes('I10'), []);
  });

  it('age and sex limits come from the practice book and its flag rules', () => {
    const set = officialCodeSetFromText(read(ORDER), 'icd10cm_order_2026.txt');
    assert.deepStrictEqual([set.get('O80')?.sex, set.get('O80')?.ageMin, set.get('O80')?.ageMax], ['F', 9, 64]);
    assert.deepStrictEqual([set.get('P59.9')?.ageMin, set.get('P59.9')?.ageMax], [undefined, undefined], 'perinatal codes are not newborn-only (guideline I.C.16.a)');
    assert.strictEqual(set.get('N40.1')?.sex, 'M');
    assert.deepStrictEqual([set.get('Z00.129')?.ageMin, set.get('Z00.129')?.ageMax], [0, 17]);
    assert.strictEqual(set.get('E11.9')?.sex, undefined);
  });

  it('searches by title words and by code prefix', () => {
    const set = officialCodeSetFromText(read(ORDER), 'icd10cm_order_2026.txt');
    assert.strictEqual(set.search('type 2 diabetes', 5)[0].billable, true);
    assert.ok(set.search('type 2 diabetes', 5).some((e) => e.code === 'E11.9'));
    const byCode = set.search('E11', 10).map((e) => e.code);
    assert.deepStrictEqual(byCode, ['E11', 'E11.65', 'E11.69', 'E11.8', 'E11.9', 'E11.6']);
  });

  it('rejects files in neither layout and broken lines with a clear message', () => {
    assert.throws(() => parseIcdFile('hello world\n', 'notes.txt'), /^Error: notes\.txt is not an ICD-10-CM order file or codes file: line 1 is in neither layout\. Expected lines like "00001 A00 /);
    assert.doesNotThrow(() => {
      try {
        parseIcdFile('root:x:0:0:secret:/root:/bin/bash\n', 'passwd');
      } catch (e) {
        assert.doesNotMatch(String(e), /secret/, 'the content of an arbitrary file is not echoed');
      }
    });
    assert.throws(() => parseIcdFile('\r\n  \r\ncode,description\r\n', '/data/codes.csv'), /^Error: codes\.csv is not an ICD-10-CM order file or codes file: line 3 is in neither layout/);
    assert.throws(() => parseIcdFile('', 'empty.txt'), /^Error: empty\.txt is not an ICD-10-CM order file or codes file: it is empty\.$/);
    assert.throws(() => parseIcdFile(' \r\n\r\n', 'blank.txt'), /blank\.txt is not an ICD-10-CM order file or codes file: it is empty\./);
    assert.throws(() => parseIcdFile('PK\u0003\u0004\u0014\u0000binary', '2026-code-descriptions-tabular-order.zip'), /2026-code-descriptions-tabular-order\.zip is not an ICD-10-CM order file or codes file: it is a zip archive\. Extract it/);
    assert.throws(() => parseIcdFile('\u0000\u0001\u0002binary', 'blob.bin'), /not an ICD-10-CM/);
    const broken = read(ORDER).split('\r\n');
    broken.splice(3, 0, 'this line is not in the layout');
    assert.throws(() => parseIcdFile(broken.join('\r\n'), 'icd10cm_order_2026.txt'), /icd10cm_order_2026\.txt, line 4: not in the ICD-10-CM order-file layout/);
    assert.throws(() => parseIcdFile('E119    Type 2 diabetes\n!!!    nonsense\n', 'codes.txt'), /codes\.txt, line 2: not in the ICD-10-CM codes-file layout/);
  });

  it('the serialized index round-trips and rejects other text', () => {
    const index = parseIcdFile(read(ORDER), 'icd10cm_order_2026.txt');
    const again = officialCodeSetFromIndex(serializeIndex(index));
    const direct = officialCodeSet(index);
    assert.strictEqual(again.label, direct.label);
    for (const c of index.codes) assert.deepStrictEqual(again.get(c), direct.get(c), c);
    assert.throws(() => officialCodeSetFromIndex('{"format":"other"}'));
    assert.throws(() => officialCodeSetFromIndex('not json'));
  });
});

describe('node/codesetCache: loadOfficialCodeSet', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccc-codeset-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('parses on first load, then loads the cached index; a changed file is re-parsed', async () => {
    const file = path.join(dir, 'icd10cm_order_2026.txt');
    fs.copyFileSync(ORDER, file);
    const cache = path.join(dir, 'cache');
    const first = await loadOfficialCodeSet(file, cache);
    assert.strictEqual(first.fromCache, false);
    assert.strictEqual(first.codeSet.billableCount, 23);
    assert.ok(fs.existsSync(cacheFileFor(file, cache)));
    assert.deepStrictEqual(fs.readdirSync(cache).filter((f) => f.endsWith('.tmp')), [], 'no temp file left behind');

    const second = await loadOfficialCodeSet(file, cache);
    assert.strictEqual(second.fromCache, true);
    assert.strictEqual(second.codeSet.label, first.codeSet.label);
    assert.deepStrictEqual(second.codeSet.get('E11.9'), first.codeSet.get('E11.9'));
    assert.ok(second.ms >= 0);

    // A different size (one more code) invalidates the cache.
    fs.appendFileSync(file, '00041 Z79     0 Long term (current) drug therapy                             Long term (current) drug therapy\r\n00042 Z794    1 Long term (current) use of insulin                           Long term (current) use of insulin\r\n');
    const third = await loadOfficialCodeSet(file, cache);
    assert.strictEqual(third.fromCache, false);
    assert.strictEqual(third.codeSet.billableCount, 24);
    assert.strictEqual((await loadOfficialCodeSet(file, cache)).fromCache, true);
  });

  it('a new modification time alone invalidates the cache', async () => {
    const file = path.join(dir, 'icd10cm_codes_2026.txt');
    fs.copyFileSync(CODES, file);
    await loadOfficialCodeSet(file, dir);
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(file, later, later);
    assert.strictEqual((await loadOfficialCodeSet(file, dir)).fromCache, false);
  });

  it('a damaged cache file is rebuilt, not trusted', async () => {
    const file = path.join(dir, 'icd10cm_order_2026.txt');
    fs.copyFileSync(ORDER, file);
    await loadOfficialCodeSet(file, dir);
    const cacheFile = cacheFileFor(file, dir);
    const text = fs.readFileSync(cacheFile, 'utf8');
    fs.writeFileSync(cacheFile, text.slice(0, text.indexOf('\n') + 1) + '{"format":"ccc-icd10cm-index","version":1,"codes":');
    const again = await loadOfficialCodeSet(file, dir);
    assert.strictEqual(again.fromCache, false);
    assert.strictEqual(again.codeSet.billableCount, 23);
    assert.strictEqual((await loadOfficialCodeSet(file, dir)).fromCache, true);
  });

  it('an unwritable cache folder still loads the code set', async () => {
    const file = path.join(dir, 'icd10cm_order_2026.txt');
    fs.copyFileSync(ORDER, file);
    const blocker = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocker, 'x');
    const r = await loadOfficialCodeSet(file, path.join(blocker, 'cache'));
    assert.strictEqual(r.fromCache, false);
    assert.strictEqual(r.codeSet.billableCount, 23);
  });

  it('throws user-facing errors for missing, folder and unrecognized files', async () => {
    await assert.rejects(loadOfficialCodeSet(path.join(dir, 'nope.txt'), dir), /Cannot read the ICD-10-CM file .*nope\.txt: the file does not exist\./);
    await assert.rejects(loadOfficialCodeSet(dir, dir), /Cannot read the ICD-10-CM file .*: it is a folder, not a file\. Point codeSets\.icd10cm at the order file inside it/);
    const zip = path.join(dir, '2026-code-descriptions-tabular-order.zip');
    fs.writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xff, 0xfe]));
    await assert.rejects(loadOfficialCodeSet(zip, dir), /2026-code-descriptions-tabular-order\.zip is not an ICD-10-CM order file or codes file: it is a zip archive/);
    const csv = path.join(dir, 'codes.csv');
    fs.writeFileSync(csv, 'code,description\nE119,Type 2 diabetes mellitus without complications\n');
    await assert.rejects(loadOfficialCodeSet(csv, dir), /codes\.csv is not an ICD-10-CM order file or codes file/);
  });

  it('reads UTF-8 as UTF-8 and anything else as Latin-1 (no U+FFFD in titles)', async () => {
    assert.strictEqual(decodeReleaseFile(Buffer.from('\ufeffA000    Sjögren', 'utf8')), 'A000    Sjögren');
    assert.strictEqual(decodeReleaseFile(Buffer.from('A000    Sjögren', 'latin1')), 'A000    Sjögren');
    const file = path.join(dir, 'icd10cm_codes_2026.txt');
    fs.writeFileSync(file, Buffer.from('M3500   Sjögren syndrome, unspecified\r\nE119    Type 2 diabetes mellitus without complications\r\n', 'latin1'));
    const r = await loadOfficialCodeSet(file, path.join(dir, 'cache'));
    assert.strictEqual(r.codeSet.get('M35.00')?.title, 'Sjögren syndrome, unspecified');
    assert.strictEqual((await loadOfficialCodeSet(file, path.join(dir, 'cache'))).codeSet.get('M35.00')?.title, 'Sjögren syndrome, unspecified', 'and from the cache');
  });

  it('imports a synthetic 75,000-code order file from the generator (correctness only: timings are npm run bench)', async function () {
    this.timeout(120_000);
    const file = path.join(dir, 'icd10cm_order_synthetic.txt');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-icd-order-file.mjs'), file], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(text.endsWith('\r\n') && !/[^\r]\n/.test(text), 'CRLF line ends');
    const lines = text.split('\r\n').filter(Boolean);
    assert.ok(lines.every((l) => /^\d{5} [A-Z][0-9A-Z]{2}[0-9A-Z ]{4} [01] .{60} \S/.test(l)), 'official fixed-width layout');
    const flags = { header: 0, billable: 0 };
    const lengths = new Set<number>();
    for (const l of lines) {
      if (l[14] === '1') {
        flags.billable++;
        lengths.add(l.slice(6, 13).trim().length);
      } else flags.header++;
    }
    assert.strictEqual(flags.billable, 75_000);
    assert.deepStrictEqual([...lengths].sort(), [3, 4, 5, 6, 7], 'billable codes of every length');
    assert.ok(lines.length < 100_000, 'order numbers fit in 5 digits');
    assert.ok(lines.some((l) => /^\d{5} [A-Z0-9]{4}X\d[ADS] 1 /.test(l)), 'placeholder X in position 5 (T45.0X1A)');
    assert.ok(lines.some((l) => /^\d{5} [A-Z0-9]{4}XX[ADS] 1 /.test(l)), 'placeholder X in positions 5 and 6 (S02.2XXA)');

    const first = await loadOfficialCodeSet(file, dir);
    assert.strictEqual(first.fromCache, false);
    const cached = await loadOfficialCodeSet(file, dir);
    assert.strictEqual(cached.fromCache, true);
    for (const { codeSet } of [first, cached]) {
      assert.strictEqual(codeSet.billableCount, 75_000);
      assert.strictEqual(codeSet.label, 'ICD-10-CM (75,000 codes)');
      assert.strictEqual(codeSet.official, true);
      // header vs billable exactly as column 15 says, for a spread of rows
      for (let i = 0; i < lines.length; i += 997) {
        const code = lines[i].slice(6, 13).trim();
        assert.strictEqual(codeSet.get(code)?.billable, lines[i][14] === '1', code);
      }
      assert.deepStrictEqual(codeSet.get('a00.01'), { code: 'A00.01', title: 'Synthetic condition A00.01, type 2, with complications of a made-up kind', billable: true });
      assert.strictEqual(codeSet.get('A00')?.billable, false);
      assert.strictEqual(codeSet.get('A09.0X1')?.billable, false, '6-character header of a 7th-character code');
      assert.strictEqual(codeSet.get('A09.0X1D')?.billable, true);
      assert.strictEqual(codeSet.get('A09.2XXA')?.billable, true);
      assert.strictEqual(codeSet.get('A09.2X'), undefined);
      assert.strictEqual(codeSet.get('A09.1X1D'), undefined);
      // A4A comes after A44 in the file but sorts after A49: look-ups and ranges still work.
      assert.strictEqual(codeSet.get('A4A')?.billable, false);
      assert.strictEqual(codeSet.billableDescendants('A4A', 500).length, 100);
      assert.deepStrictEqual(codeSet.billableDescendants('A4', 3).map((e) => e.code), ['A43.0', 'A43.1', 'A43.2']);
      assert.strictEqual(codeSet.billableDescendants('A09', 500).length, 79);
      assert.deepStrictEqual(codeSet.billableDescendants('A09.2', 10).map((e) => e.code), ['A09.2XXA', 'A09.2XXD', 'A09.2XXS']);
      assert.deepStrictEqual(codeSet.search('A00.0', 3).map((e) => e.code), ['A00.0', 'A00.00', 'A00.01']);
      const words = codeSet.search('thigh LEFT sequela', 5);
      assert.strictEqual(words.length, 5);
      for (const e of words) {
        assert.ok(e.billable && /thigh, left side, .*sequela$/.test(e.title), `${e.code} ${e.title}`);
      }
    }
  });
});
