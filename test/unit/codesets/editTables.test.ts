// The code-editor tables: the build step (sha256 checks, counts, files and manifest), the loader,
// and the look-ups over the HCPCS release, the MCE lists and the FY2027 Excludes notes.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ExcludesTable, ICD10CM_CHAPTERS, parseCsv, parseReferences, refCovers } from '../../../src/codesets/excludes';
import { parseHcpcsFixedWidth } from '../../../src/codesets/hcpcsRelease';
import { buildEditTables, buildEditTablesData, EDIT_SOURCES, loadEditTablesFrom, TABLE_FILES } from '../../../src/node/editTables';
import { SOURCES_DIR, testTables, testTablesData } from './tables';

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ccc-tables-'));
}

/** A copy of the vendored sources, to break one of them. */
function copySources(): string {
  const dir = tmpDir();
  fs.cpSync(SOURCES_DIR, dir, { recursive: true });
  return dir;
}

describe('code-editor tables: build step', function () {
  this.timeout(60000);

  it('builds the HCPCS release with 8,623 codes, 383 modifiers and 1,300 terminated codes', () => {
    const { hcpcs } = testTablesData();
    assert.strictEqual(hcpcs.codes.length, 8623);
    assert.strictEqual(hcpcs.modifiers.length, 383);
    assert.strictEqual(hcpcs.codes.filter((r) => r[3]).length, 1300);
    assert.strictEqual(hcpcs.source.sha256, EDIT_SOURCES.hcpcs.sha256);
  });

  it('builds 5,411 Excludes1 and 2,529 Excludes2 notes, and the MCE lists with their counts', () => {
    const { excludes, mce } = testTablesData();
    assert.strictEqual(excludes.notes.filter((n) => n[1] === 1).length, 5411);
    assert.strictEqual(excludes.notes.filter((n) => n[1] === 2).length, 2529);
    assert.strictEqual(excludes.fiscalYear, 2027);
    assert.deepStrictEqual(
      [mce.ages.newborn.codes.length, mce.ages.pediatric.codes.length, mce.ages.maternity.codes.length, mce.ages.adult.codes.length, mce.manifestation.length],
      [42, 125, 2543, 856, 422],
    );
    assert.deepStrictEqual([mce.ages.newborn, mce.ages.pediatric, mce.ages.maternity, mce.ages.adult].map((a) => [a.min, a.max]), [[0, 0], [0, 17], [9, 64], [15, 124]]);
  });

  it('refuses a source whose sha256 differs from the recorded one, naming the file', () => {
    const dir = copySources();
    const file = path.join(dir, EDIT_SOURCES.excludes1.file);
    fs.appendFileSync(file, '22,Z99,Extra,excludes1,made up (Z98),Z98,Z98\n');
    assert.throws(() => buildEditTablesData(dir), /fy2027-excludes1\.csv: sha256 [0-9a-f]{64} differs from the recorded e053f74c/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a source whose counts differ even with a matching (re-recorded) hash', () => {
    const dir = copySources();
    const file = path.join(dir, EDIT_SOURCES.excludes2.file);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    fs.writeFileSync(file, [...lines.slice(0, 2), ...lines.slice(3)].join('\n'));
    const { createHash } = require('crypto') as typeof import('crypto');
    const sha256 = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    assert.throws(() => buildEditTablesData(dir, { ...EDIT_SOURCES, excludes2: { ...EDIT_SOURCES.excludes2, sha256 } }), /Excludes2 notes: 2528, expected 2529/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes gzip tables and a manifest the loader checks; a changed table is reported, not loaded', () => {
    const out = tmpDir();
    const manifest = buildEditTables(SOURCES_DIR, out);
    assert.deepStrictEqual(Object.keys(manifest.tables).sort(), Object.values(TABLE_FILES).sort());
    const loaded = loadEditTablesFrom(out);
    assert.strictEqual(loaded.error, undefined);
    assert.strictEqual(loaded.tables.hcpcs?.codeCount, 8623);
    assert.strictEqual(loaded.tables.excludes?.count(1), 5411);
    assert.ok(loaded.tables.mce?.isManifestation('F02.80'));

    fs.appendFileSync(path.join(out, TABLE_FILES.excludes), Buffer.from([0]));
    const damaged = loadEditTablesFrom(out);
    assert.match(damaged.error ?? '', /excludes\.json\.gz: sha256 differs from the manifest/);
    assert.strictEqual(damaged.tables.excludes, undefined);
    assert.ok(damaged.tables.hcpcs, 'the other tables still load');

    const missing = loadEditTablesFrom(path.join(out, 'nowhere'));
    assert.match(missing.error ?? '', /missing .*run npm run build/);
    assert.deepStrictEqual(missing.tables, {});
    fs.rmSync(out, { recursive: true, force: true });
  });
});

describe('code-editor tables: HCPCS release', () => {
  const hcpcs = () => testTables().hcpcs!;

  it('joins the 80-character description lines into the CMS long description', () => {
    assert.strictEqual(hcpcs().code('g0438')?.description, 'Annual wellness visit; includes a personalized prevention plan of service (pps), initial visit');
    assert.strictEqual(hcpcs().code('J1100')?.description, 'Injection, dexamethasone sodium phosphate, 1 mg');
    assert.strictEqual(hcpcs().code('99213'), undefined, 'no CPT codes in the release');
  });

  it('records added and termination dates as ISO dates', () => {
    const g0071 = hcpcs().code('G0071')!;
    assert.strictEqual(g0071.terminated, '2025-12-31');
    assert.strictEqual(hcpcs().code('A4295')?.added, '2026-01-01');
    assert.strictEqual(hcpcs().code('G0439')?.terminated, '');
  });

  it('lists Level II modifiers (with their terminations), never CPT modifiers', () => {
    assert.match(hcpcs().modifier('lt')?.description ?? '', /^Left side/);
    assert.strictEqual(hcpcs().modifier('MA')?.terminated, '2024-12-31');
    assert.strictEqual(hcpcs().modifier('25'), undefined);
    assert.strictEqual(hcpcs().modifier('LF'), undefined);
  });

  it('searches by code prefix and by words, current codes first (a CodeSearchSource)', () => {
    assert.strictEqual(hcpcs().system, 'HCPCS');
    const byPrefix = hcpcs().search('G043', 20).map((h) => h.code);
    assert.ok(byPrefix.includes('G0438') && byPrefix.includes('G0439') && byPrefix.every((c) => c.startsWith('G043')), byPrefix.join());
    const words = hcpcs().search('dexamethasone sodium', 5);
    assert.ok(words.some((h) => h.code === 'J1100'));
    assert.ok(hcpcs().search('G0071', 1)[0].note?.includes('terminated 2025-12-31'));
    assert.deepStrictEqual(hcpcs().search('', 5), []);
  });

  it('refuses a record that breaks the layout', () => {
    assert.throws(() => parseHcpcsFixedWidth('short line\n'), /line 1: 10 characters, expected 320/);
    assert.throws(() => parseHcpcsFixedWidth(`A0001002004${' '.repeat(309)}\n`), /continuation line with no first line/);
  });
});

describe('code-editor tables: FY2027 Excludes notes', () => {
  const ex = (): ExcludesTable => testTables().excludes!;

  it('reads CSV fields with quotes, doubled quotes and commas', () => {
    assert.deepStrictEqual(parseCsv('a,"b, ""c""",d\r\n1,,3\n'), [['a', 'b, "c"', 'd'], ['1', '', '3']]);
  });

  it('parses references: codes, categories with "-", ranges and lists', () => {
    assert.deepStrictEqual(parseReferences('A05.-'), [['A05']]);
    assert.deepStrictEqual(parseReferences('A04.7-'), [['A047']]);
    assert.deepStrictEqual(parseReferences('C51-C52; C60.-; C63.2'), [['C51', 'C52'], ['C60'], ['C632']]);
    assert.deepStrictEqual(parseReferences('I69.81- I69.91-'), [['I6981', 'I6991']]);
    assert.deepStrictEqual(parseReferences(''), []);
    assert.ok(refCovers(['P35', 'P39'], 'P369') && refCovers(['P35', 'P39'], 'P399') && !refCovers(['P35', 'P39'], 'P40'));
    assert.ok(refCovers(['Q760', 'Q764'], 'Q7649') && !refCovers(['Q760', 'Q764'], 'Q765'));
  });

  it('J45 (asthma) Excludes1 lists detergent asthma J69.8, miner\'s asthma J60, wheezing NOS R06.2 and wood asthma J67.8', () => {
    const own = ex().notesFor('J45', 1).filter((n) => n.owner === 'J45').map((n) => n.text);
    assert.deepStrictEqual(own, ['detergent asthma (J69.8)', "miner's asthma (J60)", 'wheezing NOS (R06.2)', 'wood asthma (J67.8)']);
  });

  it('a note on a category applies to every code below it (inherited by J45.909)', () => {
    const notes = ex().notesFor('J45.909', 1);
    assert.ok(notes.some((n) => n.owner === 'J45' && n.text === 'wheezing NOS (R06.2)' && n.ownerTitle === 'Asthma'));
    assert.ok(notes.some((n) => n.owner === 'Block J40-J4B'), 'and the notes of its block');
    assert.ok(ex().notesFor('E03.9', 1).some((n) => n.owner === 'Chapter 4'), 'and of its chapter');
    assert.deepStrictEqual(ex().notesFor('not a code'), []);
  });

  it('a referenced category covers every code below it (E11 Excludes1 "type 1 diabetes mellitus (E10.-)" covers E10.9)', () => {
    const note = ex().linking('E11.9', 'E10.9', 1);
    assert.strictEqual(note?.owner, 'E11');
    assert.strictEqual(note?.text, 'type 1 diabetes mellitus (E10.-)');
    assert.ok(ex().linking('J45.909', 'R06.2', 1));
    assert.strictEqual(ex().linking('R06.2', 'J45.909', 1)?.text, 'Asthma (J45.-)', 'R06.2 carries the mirror note');
  });

  it('an Excludes2 pair is not an Excludes1 pair (J45.909 with J44.89)', () => {
    assert.strictEqual(ex().linking('J45.909', 'J44.89', 1), undefined);
    assert.strictEqual(ex().linking('J44.89', 'J45.909', 1), undefined);
    assert.match(ex().linking('J45.909', 'J44.89', 2)?.text ?? '', /J44\.89/);
  });

  it('every note on a code sits in the chapter the CSV names', () => {
    const rows = parseCsv(fs.readFileSync(path.join(SOURCES_DIR, EDIT_SOURCES.excludes1.file), 'utf8')).slice(1);
    const wrong = rows.filter(([chapter, code]) => {
      if (!/^[A-Z]\d/.test(code)) return false;
      const [lo, hi] = ICD10CM_CHAPTERS[Number(chapter)] ?? ['', ''];
      const cat = code.slice(0, 3);
      return !(cat >= lo && cat <= hi);
    });
    assert.deepStrictEqual(wrong, []);
  });
});

describe('code-editor tables: MCE lists (derived; spot-checked against the CMS definitions\' examples)', () => {
  const mce = () => testTables().mce!;

  it('newborn: tetanus neonatorum and newborn health examination; no perinatal P codes', () => {
    assert.strictEqual(mce().ageLimit('A33')?.category, 'newborn');
    assert.strictEqual(mce().ageLimit('Z00.110')?.category, 'newborn');
    assert.strictEqual(mce().ageLimit('Z38.00')?.category, 'newborn');
    assert.deepStrictEqual(testTablesData().mce.ages.newborn.codes.filter((c) => c.startsWith('P')), []);
    assert.strictEqual(mce().ageLimit('P59.9'), undefined);
  });

  it("pediatric: Reye's syndrome and routine child health exam; maternity: diabetes in pregnancy; adult: mature cataract", () => {
    assert.strictEqual(mce().ageLimit('G93.7')?.category, 'pediatric');
    assert.strictEqual(mce().ageLimit('Z00.129')?.category, 'pediatric');
    assert.deepStrictEqual(mce().ageLimit('O24.410'), { category: 'maternity', min: 9, max: 64 });
    assert.strictEqual(mce().ageLimit('H25.11')?.category, 'adult');
    assert.strictEqual(mce().ageLimit('E11.9'), undefined);
  });

  it('manifestation: "in diseases classified elsewhere" codes, not their etiologies', () => {
    assert.ok(mce().isManifestation('F02.80'));
    assert.ok(mce().isManifestation('G01'));
    assert.ok(!mce().isManifestation('G30.9'));
    assert.ok(!mce().isManifestation('E11.9'));
  });
});
