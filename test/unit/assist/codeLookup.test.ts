// The code lookup ("Find a Code", command and sidebar): one search over ICD-10-CM of the claim's
// fiscal year and HCPCS Level II 2026 (merged, code matches first, never a CPT descriptor), the
// edits that put a chosen code into box 21 or box 24D of a YAML or JSON claim, and the Excludes
// notes shown with a picked ICD-10-CM code.
import * as assert from 'assert';
import { clipText, codeInsertEdits, excludesSummary, lookupExcludes, lookupResults, serviceLineAt } from '../../../src/assist/codeLookup';
import { hcpcsSearchSource, icdSearchSource, searchAll, type CodeSearchResult, type CodeSearchSource } from '../../../src/codesets/search';
import { applyEdits } from '../../../src/engine/applyFixes';
import { bundledCodeSets } from '../../../src/node/bundledCodeSets';
import { parseClaimText } from '../../../src/parser/parse';
import { cptCodes } from '../../../src/reference';
import { parseSidebarToWebview } from '../../../src/shared/sidebarProtocol';
import { testTables } from '../codesets/tables';

const fake = (system: string, codes: string[]): CodeSearchSource => ({
  system,
  label: system,
  search: (_q, limit) => codes.slice(0, limit).map((code): CodeSearchResult => ({ system, code, title: `${system} ${code}`, billable: true, path: [], box: system === 'HCPCS' ? '24D' : '21' })),
});

function sources(fiscalYear: number): CodeSearchSource[] {
  const icd = bundledCodeSets().provider?.forYear(fiscalYear);
  assert.ok(icd, 'the bundled ICD-10-CM index (npm run build)');
  return [icdSearchSource(icd), hcpcsSearchSource(testTables().hcpcs!)];
}

describe('code lookup: one search over ICD-10-CM and HCPCS Level II', () => {
  it('interleaves the sources by rank, drops repeats, and stops at the limit', () => {
    const r = searchAll([fake('ICD-10-CM', ['A01', 'A02', 'A03']), fake('HCPCS', ['G0001', 'G0002']), fake('ICD-10-CM', ['A01'])], 'fever', 10);
    assert.deepStrictEqual(r.map((x) => x.code), ['A01', 'G0001', 'A02', 'G0002', 'A03']);
    assert.deepStrictEqual(searchAll([fake('ICD-10-CM', ['A01', 'A02']), fake('HCPCS', ['G0001'])], 'fever', 2).map((x) => x.code), ['A01', 'G0001']);
    assert.deepStrictEqual(searchAll([fake('ICD-10-CM', ['A01'])], 'fever', 0), []);
  });

  it('a query typed as a code puts that code first: as typed, then without its dot, then codes starting with it', () => {
    const icd = fake('ICD-10-CM', ['J11.00', 'J11.08', 'J11.1']);
    const hcpcs = fake('HCPCS', ['J1100', 'J1105']);
    assert.deepStrictEqual(searchAll([icd, hcpcs], 'j1100', 10).map((x) => x.code), ['J1100', 'J11.00', 'J11.08', 'J1105', 'J11.1']);
    assert.deepStrictEqual(searchAll([icd, hcpcs], 'J11.0', 10).map((x) => x.code), ['J11.00', 'J1100', 'J11.08', 'J1105', 'J11.1']);
    assert.deepStrictEqual(searchAll([icd, hcpcs], 'J11.00', 10).map((x) => x.code).slice(0, 2), ['J11.00', 'J1100']);
  });

  it('finds HCPCS Level II codes by words of their CMS description, for box 24D, with the release as the source', () => {
    const [icd, hcpcs] = sources(2027);
    assert.match(hcpcs.label, /^HCPCS Level II — CMS HCPCS Level II, January 2026 quarterly release$/);
    const [hit] = searchAll([icd, hcpcs], 'dexamethasone sodium phosphate 1 mg', 5);
    assert.deepStrictEqual(hit, { system: 'HCPCS', code: 'J1100', title: 'Injection, dexamethasone sodium phosphate, 1 mg', billable: true, path: [], box: '24D' });
    const terminated = hcpcs.search('dexamethasone acetate', 5).find((r) => r.code === 'J1094');
    assert.deepStrictEqual(terminated && { billable: terminated.billable, note: terminated.note }, { billable: false, note: 'terminated: last valid date of service 2025-03-31' });
  });

  it('a word search shows the best of both code sets at the top, ICD-10-CM with billable flag and header path', () => {
    const all = searchAll(sources(2027), 'asthma', 40);
    assert.deepStrictEqual(all.slice(0, 2).map((r) => r.system), ['ICD-10-CM', 'HCPCS']);
    const icd = all.find((r) => r.system === 'ICD-10-CM')!;
    assert.strictEqual(icd.box, '21');
    assert.strictEqual(icd.path[0], 'Chapter 10: Diseases of the respiratory system');
    assert.ok(icd.path.some((p) => p.startsWith('J45 ')), icd.path.join(' → '));
    assert.ok(all.some((r) => r.system === 'HCPCS' && /asthma/i.test(r.title) && r.box === '24D'));
    // Words found only in one system still find them: ICD-10-CM only, HCPCS only.
    assert.deepStrictEqual(searchAll(sources(2026), 'torus fracture right radius initial', 5).map((r) => r.code), ['S52.111A', 'S52.521A']);
    assert.deepStrictEqual(searchAll(sources(2026), 'influenza virus vaccine administration', 3).map((r) => [r.system, r.code])[0], ['HCPCS', 'G0008']);
    // The claim's year decides the ICD-10-CM part: C78.31 is new in FY2027.
    assert.strictEqual(searchAll(sources(2027), 'secondary malignant neoplasm larynx', 3)[0]?.code, 'C78.31');
    assert.ok(!searchAll(sources(2026), 'secondary malignant neoplasm larynx', 3).some((r) => r.code === 'C78.31'));
  });

  it('never returns a CPT code or descriptor (CPT stays code numbers only)', () => {
    const cpt = cptCodes();
    assert.ok(cpt.has('99214') && cpt.has('36415'), 'the CPT code numbers the check compares against');
    for (const q of ['99214', 'office visit established patient', 'venipuncture', '36415', 'J1100']) {
      for (const r of searchAll(sources(2027), q, 80)) {
        assert.ok(r.system === 'ICD-10-CM' || r.system === 'HCPCS', `${q}: ${r.system}`);
        assert.ok(!cpt.has(r.code), `${q}: ${r.code} is a CPT code`);
      }
    }
  });
});

const CLAIM = `diagnoses:
  - I10
services:
  - from: 2026-11-02
    code: "99214"
    units: 1

  # the second line
  - from: 2026-11-02
    code: "36415"
billingProvider:
  name: CLINIC
`;

const JSON_CLAIM = `{
  "diagnoses": [
    "I10"
  ],
  "services": [
    {
      "from": "2026-11-02",
      "code": "99214"
    },
    {
      "from": "2026-11-02",
      "units": 1
    }
  ]
}
`;

function insert(text: string, format: 'yaml' | 'json', code: string, place: 'box21' | 'box24D', cursor?: number) {
  const r = codeInsertEdits(parseClaimText(text, format), code, place, cursor);
  if (!r.ok) return { message: r.message, already: r.already === true, text };
  const out = applyEdits(text, r.edits);
  const reparsed = parseClaimText(out, format);
  assert.deepStrictEqual(reparsed.syntaxErrors, [], out);
  return { message: r.message, text: out, value: reparsed.value as { diagnoses?: unknown[]; services?: Record<string, unknown>[] } };
}

describe('code lookup: putting the chosen code on the claim', () => {
  it('YAML: an ICD-10-CM code is appended to box 21, named by its letter; a code already there is not added twice', () => {
    const r = insert(CLAIM, 'yaml', 'E11.65', 'box21');
    assert.strictEqual(r.message, 'Added E11.65 to box 21 as B.');
    assert.ok(r.text.startsWith('diagnoses:\n  - I10\n  - E11.65\nservices:\n'), r.text);
    const again = insert(r.text, 'yaml', 'e1165', 'box21');
    assert.deepStrictEqual([again.message, again.already, again.text], ['e1165 is already in box 21 (B).', true, r.text]);
  });

  it('YAML: box 21 is created when missing, filled in when written empty, and never replaces a value that is not a list', () => {
    assert.deepStrictEqual(insert('claim: { id: X }\n', 'yaml', 'I10', 'box21').value, { claim: { id: 'X' }, diagnoses: ['I10'] });
    assert.deepStrictEqual(insert('diagnoses:\nservices: []\n', 'yaml', 'I10', 'box21').value, { diagnoses: ['I10'], services: [] });
    const scalar = insert('diagnoses: I10\n', 'yaml', 'E11.65', 'box21');
    assert.strictEqual(scalar.text, 'diagnoses: I10\n');
    assert.match(scalar.message, /^Could not put E11\.65 into box 21/);
  });

  it('YAML: a HCPCS code becomes the procedure code of the line at the cursor, else of the first line, saying what it replaces', () => {
    const onSecond = insert(CLAIM, 'yaml', 'J1100', 'box24D', CLAIM.indexOf('36415'));
    assert.strictEqual(onSecond.message, 'Put J1100 into box 24D of service line 2 (it replaces 36415).');
    assert.deepStrictEqual(onSecond.value?.services?.map((s) => s.code), ['99214', 'J1100']);
    assert.ok(onSecond.text.includes('  - from: 2026-11-02\n    code: J1100\nbillingProvider:'), onSecond.text);
    // The blank line and comment between the lines belong to the first line's neighbourhood.
    assert.strictEqual(insert(CLAIM, 'yaml', 'J1100', 'box24D', CLAIM.indexOf('# the second')).value?.services?.[0].code, 'J1100');
    // Cursor outside the lines (in box 21, in billingProvider) or no cursor: the first line.
    for (const at of [CLAIM.indexOf('I10'), CLAIM.indexOf('CLINIC'), undefined]) {
      const r = insert(CLAIM, 'yaml', 'J1100', 'box24D', at);
      assert.strictEqual(r.message, 'Put J1100 into box 24D of service line 1 (it replaces 99214).', String(at));
    }
    const same = insert(CLAIM, 'yaml', '99214', 'box24D', 0);
    assert.deepStrictEqual([same.already, same.message], [true, '99214 is already the procedure code of service line 1.']);
  });

  it('YAML: a line without a code gets one; a claim without lines gets a first line holding the code', () => {
    assert.deepStrictEqual(insert('services:\n  - from: 2026-11-02\n', 'yaml', 'G0008', 'box24D').value, { services: [{ from: '2026-11-02', code: 'G0008' }] });
    assert.deepStrictEqual(insert('diagnoses: [I10]\n', 'yaml', 'G0008', 'box24D').value, { diagnoses: ['I10'], services: [{ code: 'G0008' }] });
    assert.deepStrictEqual(insert('services: []\n', 'yaml', 'G0008', 'box24D').value, { services: [{ code: 'G0008' }] });
    assert.deepStrictEqual(insert('services:\n', 'yaml', 'G0008', 'box24D').value, { services: [{ code: 'G0008' }] });
    assert.deepStrictEqual(insert('services: [{ code: "99214", units: 1 }]\n', 'yaml', 'G0008', 'box24D').value, { services: [{ code: 'G0008', units: 1 }] });
  });

  it('JSON: the same places, keeping the file valid JSON', () => {
    const d = insert(JSON_CLAIM, 'json', 'E11.65', 'box21');
    assert.deepStrictEqual(d.value?.diagnoses, ['I10', 'E11.65']);
    assert.doesNotThrow(() => JSON.parse(d.text));
    const second = insert(JSON_CLAIM, 'json', 'J1100', 'box24D', JSON_CLAIM.indexOf('"units"'));
    assert.strictEqual(second.message, 'Put J1100 into box 24D of service line 2.');
    assert.deepStrictEqual(JSON.parse(second.text).services, [{ from: '2026-11-02', code: '99214' }, { from: '2026-11-02', units: 1, code: 'J1100' }]);
    const first = insert(JSON_CLAIM, 'json', 'J1100', 'box24D', JSON_CLAIM.indexOf('"99214"'));
    assert.deepStrictEqual(JSON.parse(first.text).services[0], { from: '2026-11-02', code: 'J1100' });
    const none = insert('{\n  "claim": { "id": "X" }\n}\n', 'json', 'J1100', 'box24D');
    assert.deepStrictEqual(JSON.parse(none.text), { claim: { id: 'X' }, services: [{ code: 'J1100' }] });
  });

  it('a claim with a syntax error is not edited: the message says to insert at the cursor', () => {
    const broken = 'diagnoses: [I10\nservices:\n';
    const r = codeInsertEdits(parseClaimText(broken, 'yaml'), 'J1100', 'box24D', 0);
    assert.strictEqual(r.ok, false);
    assert.match(r.message, /syntax error.*at the cursor/);
  });

  it('serviceLineAt: undefined without lines', () => {
    assert.strictEqual(serviceLineAt(parseClaimText('diagnoses: [I10]\n', 'yaml'), 3), undefined);
    assert.strictEqual(serviceLineAt(parseClaimText(CLAIM, 'yaml'), CLAIM.indexOf('36415')), 1);
  });
});

describe('code lookup: Excludes notes of a picked ICD-10-CM code', () => {
  it('lists own and inherited Excludes1/Excludes2 notes with the year they come from', () => {
    const ex = lookupExcludes('J45.20', testTables().excludes);
    assert.ok(ex);
    assert.strictEqual(ex.fiscalYear, 2027);
    assert.ok(ex.excludes2.some((n) => n.from === 'Chapter 10 Diseases of the respiratory system'), JSON.stringify(ex.excludes2));
    assert.ok(ex.excludes1.length > 0 && ex.excludes1.every((n) => n.text.length > 0));
    assert.match(excludesSummary(ex) ?? '', /^Excludes1: \d+ notes? · Excludes2: \d+ notes? \(FY2027 Tabular List\)$/);
  });

  it('nothing for a code without notes, a HCPCS code, or without the table', () => {
    assert.strictEqual(lookupExcludes('J1100', undefined), undefined);
    assert.strictEqual(lookupExcludes('not a code', testTables().excludes), undefined);
    assert.strictEqual(excludesSummary(undefined), undefined);
  });
});

describe('code lookup: results for the views', () => {
  it('clip long titles at a word and attach Excludes notes to ICD-10-CM results only', () => {
    const longest = testTables().hcpcs!.data.codes.reduce((a, b) => (b[1].length > a[1].length ? b : a));
    const long = hcpcsSearchSource(testTables().hcpcs!).search(longest[0], 1)[0];
    assert.ok(long.title.length > 1000, 'a HCPCS description longer than 1,000 characters');
    const [clipped] = lookupResults([long], testTables().excludes);
    assert.ok(clipped.title.length <= 400 && clipped.title.endsWith('…') && long.title.startsWith(clipped.title.slice(0, -1)), clipped.title);
    assert.strictEqual(clipped.excludes, undefined);
    const [icd] = lookupResults(searchAll(sources(2027), 'J45.20', 1), testTables().excludes);
    assert.strictEqual(icd.code, 'J45.20');
    assert.strictEqual(icd.excludes?.fiscalYear, 2027);
    assert.strictEqual(clipText('short', 400), 'short');
  });

  it('what the sidebar gets passes its message schema, however long a description or however many notes', () => {
    const longest = testTables().hcpcs!.data.codes.reduce((a, b) => (b[1].length > a[1].length ? b : a));
    for (const q of [longest[0], 'asthma', 'wheelchair', 'J45', 'fracture', 'E11']) {
      const results = lookupResults(searchAll(sources(2027), q, 40), testTables().excludes);
      assert.ok(results.length > 0, q);
      const parsed = parseSidebarToWebview({ type: 'codeResults', seq: 1, fiscalYear: 2027, years: [2026, 2027], source: 's', results });
      assert.ok(parsed.ok, `${q}: ${JSON.stringify(parsed)}`.slice(0, 500));
    }
  });
});
