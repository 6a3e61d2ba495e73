// The bundled ICD-10-CM code sets: the build (sha256 checks, the official counts of FY2026 and the
// derived FY2027, failure on a doctored input), the binary index (lookups, children, titles, the
// FY2027 overlay) and the loader's fallback on a missing, truncated or changed index.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { buildArtifacts, EXPECTED_COUNTS, parseAddenda, parseChangeList, parseCsv, sourceSpecs, verifySources, type BuildInputs } from '../../../scripts/codesets/build';
import { decodeIcdIndex, encodeIcdIndex } from '../../../src/codesets/bundled';
import { bundledCodeSets, bundledCodesetDir, readBundledCodeSets } from '../../../src/node/bundledCodeSets';
import { icdSearchSource, searchAll } from '../../../src/codesets/search';
import { hoverMarkdown } from '../../../src/assist/hover';
import { parseClaimText } from '../../../src/parser/parse';
import { lintText } from '../../../src/engine/lint';
import { unavailableProvider } from '../../../src/codesets/provider';

const ROOT = path.join(__dirname, '..', '..', '..');
const SRC = path.join(ROOT, 'data', 'sources', 'icd10cm');
const gz = (f: string) => zlib.gunzipSync(fs.readFileSync(path.join(SRC, f))).toString('latin1');
const txt = (f: string) => fs.readFileSync(path.join(SRC, f), 'utf8');

let inputs: BuildInputs | undefined;
function sources(): BuildInputs {
  inputs ??= {
    orderText: gz('icd10cm-order-2026.txt.gz'),
    addendaText: gz('icd10cm-order-addenda-2026.txt.gz'),
    changeList: { added: txt('fy2027/added.csv'), deleted: txt('fy2027/deleted.csv'), statusChanges: txt('fy2027/billable-status-changes.csv'), revised: txt('fy2027/revised.csv') },
  };
  return inputs;
}

describe('codesets build: sources, counts, failures', function () {
  this.timeout(60000);

  it('the vendored sources match their sha256; a changed byte is named', () => {
    const spec = sourceSpecs();
    assert.strictEqual(verifySources(SRC, spec.files).size, spec.files.length);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ccc-src-'));
    try {
      for (const f of spec.files) {
        fs.mkdirSync(path.dirname(path.join(tmp, f.name)), { recursive: true });
        fs.copyFileSync(path.join(SRC, f.name), path.join(tmp, f.name));
      }
      const doctored = path.join(tmp, 'fy2027', 'deleted.csv');
      fs.writeFileSync(doctored, fs.readFileSync(doctored, 'utf8').replace('S23420A', 'S23420B'));
      assert.throws(() => verifySources(tmp, spec.files), /fy2027\/deleted\.csv: sha256 [0-9a-f]{64}, expected ecfdfef7/);
      fs.rmSync(path.join(tmp, 'icd10cm-order-2026.txt.gz'));
      assert.throws(() => verifySources(tmp, spec.files), /icd10cm-order-2026\.txt\.gz: ENOENT/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('derives the official counts: FY2026 98,186 / 74,719 and FY2027 98,403 / 74,879', () => {
    const out = buildArtifacts(sources());
    assert.deepStrictEqual(out.counts[2026], { entries: 98186, billable: 74719 });
    assert.deepStrictEqual(out.counts[2027], { entries: 98403, billable: 74879 });
    assert.deepStrictEqual(EXPECTED_COUNTS[2027], { entries: 98403, billable: 74879 });
    assert.strictEqual(out.changes[2027].added.length, 238);
    assert.strictEqual(out.changes[2027].deleted.length, 21);
    assert.strictEqual(out.changes[2027].toHeader.length, 15);
    assert.strictEqual(out.changes[2027].revised.length, 4);
  });

  it('fails when the derived FY2027 counts are not the official ones (a row dropped from the change list)', () => {
    const s = sources();
    const lines = s.changeList.added.split('\n');
    const doctored = { ...s, changeList: { ...s.changeList, added: [lines[0], ...lines.slice(2)].join('\n') } };
    assert.throws(() => buildArtifacts(doctored), /derived FY2027: 98402 entries \/ 74878 billable, expected the official 98403 \/ 74879/);
    assert.throws(() => buildArtifacts(s, { ...EXPECTED_COUNTS, 2026: { entries: 98185, billable: 74719 } }), /FY2026 order file: 98186 entries \/ 74719 billable, expected the official 98185/);
  });

  it('fails when the change list does not fit the FY2026 file', () => {
    const s = sources();
    const doctored = { ...s, changeList: { ...s.changeList, deleted: s.changeList.deleted.replace('S23420A,S23.420A', 'S23499A,S23.499A') } };
    assert.throws(() => buildArtifacts(doctored), /deleted S23499A is not in FY2026/);
  });

  it('reads the FY2026 addenda: expansions are "to header", not deleted', () => {
    const a = parseAddenda(gz('icd10cm-order-addenda-2026.txt.gz'), 2026);
    assert.ok(a.toHeader.includes('E7801'));
    assert.ok(a.toHeader.includes('R102'));
    assert.ok(a.added.some((x) => x.code === 'E78010' && x.billable));
    assert.ok(a.deleted.some((x) => x.code === 'S301XXA'));
    assert.ok(!a.deleted.some((x) => x.code === 'E7801'));
  });

  it('parses quoted CSV fields and rejects a bad change-list row', () => {
    assert.deepStrictEqual(parseCsv('a,b\n"x, ""y""",2\r\n'), [{ a: 'x, "y"', b: '2' }]);
    assert.throws(() => parseChangeList({ added: 'code,codeDotted,billable,category,shortTitle,longTitle\nC7831,C78.31,maybe,C78,a,b\n', deleted: 'code\n', statusChanges: 'code\n', revised: 'code\n' }, 2027), /not true\/false/);
  });
});

describe('codesets index: encode/decode and damaged bytes', () => {
  const rows = { codes: ['A00', 'A000', 'E11', 'E119'], titles: ['Cholera', 'Cholera due to Vibrio cholerae 01, biovar cholerae', 'Type 2 diabetes mellitus', 'Type 2 diabetes mellitus without complications'], billable: Uint8Array.from([0, 1, 0, 1]) };

  it('round-trips codes, titles and flags', () => {
    const idx = decodeIcdIndex(encodeIcdIndex(rows, { fiscalYear: 2026, source: 'x' }));
    assert.strictEqual(idx.count, 4);
    assert.strictEqual(idx.titleText.slice(idx.titleStarts[3], idx.titleStarts[4]), 'Type 2 diabetes mellitus without complications');
    assert.deepStrictEqual([...idx.billable], [0, 1, 0, 1]);
  });

  it('refuses truncated or foreign bytes with a reason', () => {
    const bytes = encodeIcdIndex(rows, { fiscalYear: 2026, source: 'x' });
    assert.throws(() => decodeIcdIndex(bytes.subarray(0, bytes.length - 3)), /damaged \(truncated titles\)/);
    assert.throws(() => decodeIcdIndex(bytes.subarray(0, 40)), /damaged/);
    assert.throws(() => decodeIcdIndex(new TextEncoder().encode('PK\u0003\u0004 not an index at all')), /not an index file/);
    assert.throws(() => encodeIcdIndex({ ...rows, codes: ['E11', 'A00', 'B00', 'C00'] }, { fiscalYear: 2026, source: 'x' }), /not sorted/);
  });
});

describe('codesets bundled: FY2026 and the FY2027 overlay', () => {
  const load = () => {
    const r = bundledCodeSets();
    assert.ok(r.provider, r.error);
    return { fy26: r.provider.forYear(2026)!, fy27: r.provider.forYear(2027)!, years: r.provider.years };
  };

  it('loads both years from dist/codesets', () => {
    const { fy26, fy27, years } = load();
    assert.deepStrictEqual(years, [2026, 2027]);
    assert.strictEqual(fy26.billableCount, 74719);
    assert.strictEqual(fy27.billableCount, 74879);
    assert.strictEqual(fy26.label, 'ICD-10-CM FY2026 (74,719 codes)');
    assert.strictEqual(fy27.origin, 'FY2026 official file + FY2027 change list (derived)');
    assert.match(fy26.origin ?? '', /CDC\/NCHS ICD-10-CM FY2026 order file/);
  });

  it('FY2026: headers with order-file titles, billable codes, children of a header, the E78.01 split', () => {
    const { fy26 } = load();
    assert.deepStrictEqual(fy26.get('e78.01'), { code: 'E78.01', title: 'Familial hypercholesterolemia', billable: false });
    assert.deepStrictEqual(fy26.billableDescendants('E78.01').map((e) => e.code), ['E78.010', 'E78.011', 'E78.019']);
    assert.strictEqual(fy26.get('K58.9')?.title, 'Irritable bowel syndrome, unspecified');
    assert.strictEqual(fy26.get('S52.521A')?.billable, true);
    assert.strictEqual(fy26.get('E11')?.title, 'Type 2 diabetes mellitus');
    assert.strictEqual(fy26.get('E11.99'), undefined);
    assert.deepStrictEqual({ ...fy26.changeOf?.('E78.01') }, { kind: 'to-header', fiscalYear: 2026, previousBillable: true, previousTitle: undefined });
    assert.deepStrictEqual(fy26.replacementsOf?.('S30.1XXA').map((e) => e.code), ['S30.11XA', 'S30.12XA', 'S30.13XA']);
    assert.deepStrictEqual(fy26.headerPath?.('S52.521A').map((e) => e.code), ['S52', 'S52.5', 'S52.52', 'S52.521']);
  });

  it('FY2027: new codes, deleted codes, headers that were billable, new titles; FY2026 unchanged', () => {
    const { fy26, fy27 } = load();
    assert.strictEqual(fy26.get('C78.31'), undefined);
    assert.deepStrictEqual(fy27.get('C78.31'), { code: 'C78.31', title: 'Secondary malignant neoplasm of larynx', billable: true });
    assert.strictEqual(fy26.get('I42.0')?.billable, true);
    assert.strictEqual(fy27.get('I42.0')?.billable, false);
    assert.deepStrictEqual(fy27.billableDescendants('I42.0').map((e) => e.code), ['I42.00', 'I42.01', 'I42.09']);
    assert.strictEqual(fy27.get('M72.2')?.billable, false);
    assert.strictEqual(fy26.get('S23.420A')?.billable, true);
    assert.strictEqual(fy27.get('S23.420A'), undefined);
    assert.strictEqual(fy27.changeOf?.('S23.420A')?.kind, 'deleted');
    assert.ok((fy27.replacementsOf?.('S23.420A') ?? []).every((e) => e.code.startsWith('S23.42') && e.code.endsWith('A')));
    assert.strictEqual(fy27.get('Z29.14')?.title, 'Encounter for prophylactic rabies immune globulin');
    assert.strictEqual(fy26.get('Z29.14')?.title, 'Encounter for prophylactic rabies immune globin');
    assert.deepStrictEqual(fy27.changeOf?.('Z29.14'), { kind: 'retitled', fiscalYear: 2027, previousTitle: 'Encounter for prophylactic rabies immune globin' });
    assert.strictEqual(fy27.changeOf?.('C78.31')?.kind, 'added');
  });

  it('searches by words and by code prefix in either year', () => {
    const { fy26, fy27 } = load();
    assert.deepStrictEqual(fy26.search('torus fracture right radius initial', 5).map((e) => e.code), ['S52.111A', 'S52.521A']);
    assert.strictEqual(fy26.search('type 2 diabetes with hyperglycemia', 3)[0]?.code, 'E11.65');
    assert.deepStrictEqual(fy26.search('secondary malignant larynx', 5), []);
    assert.deepStrictEqual(fy27.search('secondary malignant larynx', 5).map((e) => e.code), ['C78.31']);
    assert.ok(fy27.search('dilated cardiomyopathy', 10).every((e) => e.code !== 'I42.0' || !e.billable));
    assert.deepStrictEqual(fy26.search('E78.01', 4).map((e) => e.code), ['E78.01', 'E78.010', 'E78.011', 'E78.019']);
    assert.strictEqual(fy27.search('I42.0', 1)[0]?.billable, false);
  });
});

describe('codesets bundled: a missing, truncated or changed index', () => {
  const copy = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccc-idx-'));
    for (const f of fs.readdirSync(bundledCodesetDir())) fs.copyFileSync(path.join(bundledCodesetDir(), f), path.join(dir, f));
    return dir;
  };

  it('reports each case with one clear message and no provider (never throws)', () => {
    const cases: [string, (dir: string) => void, RegExp][] = [
      ['missing', (d) => fs.rmSync(path.join(d, 'icd10cm-2026.idx')), /icd10cm-2026\.idx is missing/],
      ['truncated', (d) => fs.truncateSync(path.join(d, 'icd10cm-2026.idx'), 1000), /has 1000 bytes, its manifest says/],
      ['tampered', (d) => {
        const f = path.join(d, 'icd10cm-2026.idx');
        const b = fs.readFileSync(f);
        b[b.length - 5] ^= 1;
        fs.writeFileSync(f, b);
      }, /does not match the sha256 in its manifest/],
      ['no manifest', (d) => fs.rmSync(path.join(d, 'manifest.json')), /manifest\.json is missing/],
      ['manifest not JSON', (d) => fs.writeFileSync(path.join(d, 'manifest.json'), '{'), /not valid JSON/],
    ];
    for (const [name, damage, why] of cases) {
      const dir = copy();
      try {
        damage(dir);
        const r = readBundledCodeSets(dir);
        assert.strictEqual(r.provider, undefined, name);
        assert.match(r.error ?? '', why, name);
        assert.match(r.error ?? '', /checked for their shape only/, name);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});

describe('practice code book against the official FY2026 file', () => {
  it('every code of the practice book exists in FY2026 with the same billable flag and title', () => {
    const fy26 = bundledCodeSets().provider!.forYear(2026)!;
    const book = JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'icd10cm-practice.json'), 'utf8')) as { codes: { code: string; title: string; billable: boolean }[] };
    const wrong = book.codes.flatMap((e) => {
      const o = fy26.get(e.code);
      if (!o) return [`${e.code}: not in FY2026`];
      return o.billable !== e.billable || o.title !== e.title ? [`${e.code}: book ${e.billable} "${e.title}", FY2026 ${o.billable} "${o.title}"`] : [];
    });
    assert.deepStrictEqual(wrong, [], 'run npx tsx scripts/codesets/sync-practice-book.ts');
  });
});

describe('code lookup and hovers over the bundled years', () => {
  it('finds a code by words with its header path and year note, in either year', () => {
    const p = bundledCodeSets().provider!;
    const [hit] = searchAll([icdSearchSource(p.forYear(2026)!)], 'torus fracture lower end right radius initial', 1);
    assert.deepStrictEqual(hit, {
      system: 'ICD-10-CM',
      code: 'S52.521A',
      title: 'Torus fracture of lower end of right radius, initial encounter for closed fracture',
      billable: true,
      path: ['Chapter 19: Injury, poisoning and certain other consequences of external causes', 'S52 Fracture of forearm', 'S52.5 Fracture of lower end of radius', 'S52.52 Torus fracture of lower end of radius', 'S52.521 Torus fracture of lower end of right radius'],
      box: '21',
      note: undefined,
    });
    const fy27 = icdSearchSource(p.forYear(2027)!);
    assert.match(fy27.label, /FY2027 — FY2026 official file \+ FY2027 change list \(derived\)/);
    assert.strictEqual(fy27.search('secondary malignant larynx', 3)[0]?.note, 'new in FY2027');
    assert.strictEqual(fy27.search('Z29.14', 1)[0]?.note, 'changed title in FY2027 (was: Encounter for prophylactic rabies immune globin)');
  });

  it('hovers say "new in FY2027" and the source of the year', () => {
    const text = 'diagnoses:\n  - C78.31\n  - I42.0\n';
    const doc = parseClaimText(text, 'yaml');
    const fy27 = bundledCodeSets().provider!.forYear(2027)!;
    const md = hoverMarkdown(doc, text.indexOf('C78.31') + 2, fy27) ?? '';
    assert.match(md, /\*\*C78\.31\*\* — Secondary malignant neoplasm of larynx/);
    assert.match(md, /New in FY2027\./);
    assert.match(md, /FY2026 official file \+ FY2027 change list \(derived\)/);
    assert.match(hoverMarkdown(doc, text.indexOf('I42.0') + 2, fy27) ?? '', /Header from FY2027 \(billable before\)/);
  });
});

describe('linting without the bundled code sets (damaged index)', () => {
  it('falls back to shape checks: no code-set finding, the format rule still works, nothing throws', () => {
    const text = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'rules', 'non-billable-diagnosis', 'fail-category.claim.yaml'), 'utf8').replace('  - I10\n', '  - I10\n  - 250.00\n  - Q99.99\n');
    const r = lintText(text, { format: 'yaml', today: '2026-11-22', codeSets: unavailableProvider('the index is damaged') });
    const ids = r.findings.map((f) => f.ruleId);
    assert.ok(ids.includes('invalid-diagnosis-format'), '250.00 is still reported by its shape');
    for (const id of ['non-billable-diagnosis', 'unknown-diagnosis', 'diagnosis-not-valid-for-date', 'code-set-year-not-bundled']) assert.ok(!ids.includes(id), `${id} needs the code sets`);
    assert.ok(!r.findings.some((f) => /Internal error/.test(f.message)));
  });
});
