// Fixes of the diagnosis / procedure / modifier / pointer rules (group B): targeted cases whose
// resulting text is asserted exactly (pointer re-lettering, JSON, block lists). The catalogue-wide
// "every fix removes its finding and adds none" check is fixHarness.test.ts.
import * as assert from 'assert';
import { lintText, type LintOptions } from '../../../src/engine/lint';
import type { IcdCodeSet, IcdEntry } from '../../../src/codesets';
import type { Finding, TextEdit } from '../../../src/engine/types';


const TODAY = '2026-11-22';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  for (let k = 1; k < sorted.length; k++) {
    assert.ok(sorted[k].end <= sorted[k - 1].start, `overlapping edits: ${JSON.stringify(sorted)}`);
  }
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

function counts(findings: readonly Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return m;
}

function lint(text: string, format: 'yaml' | 'json', extra: Partial<LintOptions> = {}) {
  return lintText(text, { format, today: TODAY, ...extra });
}

/** Applies `fix` of `finding` and checks: that finding is gone, nothing new appeared. Returns the new text. */
function checkFix(text: string, format: 'yaml' | 'json', finding: Finding, fixIndex: number, extra: Partial<LintOptions> = {}): string {
  const before = lint(text, format, extra).findings;
  const fix = finding.fixes[fixIndex];
  const after = applyEdits(text, fix.edits);
  const result = lint(after, format, extra).findings;
  const was = counts(before);
  const now = counts(result);
  const detail = `fix "${fix.title}" for ${finding.ruleId} (${finding.message})\n--- after ---\n${after}\n--- findings ---\n${result.map((f) => `${f.ruleId}: ${f.message}`).join('\n')}`;
  for (const [rule, n] of now) {
    const allowed = (was.get(rule) ?? 0) - (rule === finding.ruleId ? 1 : 0);
    assert.ok(n <= allowed, `${rule}: ${n} finding(s) after, at most ${allowed} allowed — ${detail}`);
  }
  return after;
}

function firstFinding(text: string, format: 'yaml' | 'json', ruleId: string, extra: Partial<LintOptions> = {}): Finding {
  const f = lint(text, format, extra).findings.find((x) => x.ruleId === ruleId);
  assert.ok(f, `expected a ${ruleId} finding`);
  return f;
}

function fixByTitle(f: Finding, re: RegExp): number {
  const k = f.fixes.findIndex((x) => re.test(x.title));
  assert.ok(k >= 0, `no fix matching ${re} among: ${f.fixes.map((x) => x.title).join(' | ')}`);
  return k;
}

// Every fix on every failing fixture (of every rule) is checked by fixHarness.test.ts.

const BASE = `version: 1
claim: { id: TRN-0900, frequency: original }
payer: { id: PRACTICE-MEDICARE, name: Medicare Part B (practice), coverage: medicare }
insured:
  memberId: 1EG4TE5MK73
  name: { last: DOE, first: JANE }
  address: { street: 12 MAIN ST, city: SPRINGFIELD, state: IL, zip: "627011234" }
  groupNumber: NONE
patient:
  name: { last: DOE, first: JANE }
  birthDate: 1958-04-12
  sex: F
  address: { street: 12 MAIN ST, city: SPRINGFIELD, state: IL, zip: "627011234" }
  relationship: self
condition: { employment: false, autoAccident: false, otherAccident: false }
%DIAGNOSES%
services:
%SERVICES%
billingProvider:
  name: SPRINGFIELD FAMILY CLINIC
  type: organization
  npi: "1122334455"
  taxId: "371234567"
  taxIdType: ein
  address: { street: 400 OAK AVE, city: SPRINGFIELD, state: IL, zip: "627015555" }
  phone: "2175550100"
acceptAssignment: true
signatures:
  patient: { onFile: true }
  insured: { onFile: true }
  provider: { name: ANNA SMITH MD, date: 2026-10-20 }
`;

const svc = (date: string, code: string, pointers: string, more = '') =>
  `  - { from: ${date}, placeOfService: "11", code: "${code}", pointers: ${pointers}, charge: 100.00, units: 1, renderingNpi: "1234567893"${more} }`;

function claim(diagnoses: string, services: string[]): string {
  return BASE.replace('%DIAGNOSES%', diagnoses).replace('%SERVICES%', services.join('\n'));
}

describe('fixes-b: targeted results', () => {
  it('the base claim of these cases is clean', () => {
    const text = claim('diagnoses: [E11.9, I10]', [svc('2026-10-01', '99214', '[A, B]')]);
    assert.deepStrictEqual(lint(text, 'yaml').findings.map((f) => `${f.ruleId}: ${f.message}`), []);
  });

  it('duplicate-diagnosis: removing the copy re-letters every pointer and is safe', () => {
    const text = claim('diagnoses:\n  - E11.9\n  - E119\n  - I10\n  - J06.9', [
      svc('2026-10-01', '99214', '[B, C]'),
      svc('2026-10-08', '99213', '[A, D, B]'),
      svc('2026-10-15', '99213', '[D]'),
    ]);
    const f = firstFinding(text, 'yaml', 'duplicate-diagnosis');
    assert.strictEqual(f.diagnosis, 1);
    assert.ok(f.fixes[0].safe);
    const after = checkFix(text, 'yaml', f, 0);
    assert.match(after, /diagnoses:\n {2}- E11\.9\n {2}- I10\n {2}- J06\.9\n/);
    assert.match(after, /code: "99214", pointers: \[A, B\]/);
    assert.match(after, /code: "99213", pointers: \[A, C\]/);
    assert.match(after, /2026-10-15, placeOfService: "11", code: "99213", pointers: \[C\]/);
    assert.deepStrictEqual(lint(after, 'yaml').findings, []);
  });

  it('duplicate-diagnosis in JSON: the item and its comma go, pointers are re-lettered', () => {
    const json = JSON.stringify(
      {
        payer: { id: 'PRACTICE-MEDICARE', coverage: 'medicare' },
        diagnoses: ['I10', 'E11.9', 'i10'],
        services: [{ code: '99214', pointers: ['C', 'B'] }],
      },
      null,
      2,
    );
    const f = firstFinding(json, 'json', 'duplicate-diagnosis');
    const after = checkFix(json, 'json', f, 0);
    const parsed = JSON.parse(after);
    assert.deepStrictEqual(parsed.diagnoses, ['I10', 'E11.9']);
    assert.deepStrictEqual(parsed.services[0].pointers, ['A', 'B']);
  });

  it('unreferenced-diagnosis: pointing a line at it, or removing it with the letters after it moved up', () => {
    const text = claim('diagnoses: [E11.9, I10, J06.9]', [svc('2026-10-01', '99214', '[A, C]')]);
    const f = firstFinding(text, 'yaml', 'unreferenced-diagnosis');
    assert.strictEqual(f.diagnosis, 1);
    const pointed = checkFix(text, 'yaml', f, fixByTitle(f, /^Point line 1/));
    assert.match(pointed, /pointers: \[A, C, B\]/);
    const removed = checkFix(text, 'yaml', f, fixByTitle(f, /^Remove I10/));
    assert.match(removed, /diagnoses: \[E11\.9, J06\.9\]/);
    assert.match(removed, /pointers: \[A, B\]/);
    assert.deepStrictEqual(lint(removed, 'yaml').findings, []);
  });

  it('non-billable-diagnosis: one fix per billable child, none safe', () => {
    const text = claim('diagnoses: [E11, I10]', [svc('2026-10-01', '99214', '[A, B]')]);
    const f = firstFinding(text, 'yaml', 'non-billable-diagnosis');
    assert.ok(f.fixes.length >= 1 && f.fixes.length <= 8);
    assert.ok(f.fixes.every((x) => !x.safe));
    const child = /with (E11\.\w+)/.exec(f.fixes[0].title)![1];
    const after = checkFix(text, 'yaml', f, 0);
    assert.ok(after.includes(`diagnoses: [${child}, I10]`), after);
  });

  it('invalid-diagnosis-pointer: a number becomes its letter', () => {
    const text = claim('diagnoses: [E11.9, I10]', [svc('2026-10-01', '99214', '[1, B]')]);
    const f = firstFinding(text, 'yaml', 'invalid-diagnosis-pointer');
    const after = checkFix(text, 'yaml', f, fixByTitle(f, /^Write A/));
    assert.match(after, /pointers: \[A, B\]/);
  });

  it('duplicate-diagnosis-pointer: removing the repeat in a block list keeps the rest', () => {
    const text = claim('diagnoses: [E11.9, I10]', [
      '  - from: 2026-10-01\n    placeOfService: "11"\n    code: "99214"\n    pointers:\n      - A\n      - B\n      - A\n    charge: 100.00\n    units: 1\n    renderingNpi: "1234567893"',
    ]);
    const f = firstFinding(text, 'yaml', 'duplicate-diagnosis-pointer');
    assert.ok(f.fixes[0].safe);
    const after = checkFix(text, 'yaml', f, 0);
    assert.match(after, /pointers:\n {6}- A\n {6}- B\n {4}charge/);
    assert.deepStrictEqual(lint(after, 'yaml').findings, []);
  });

  it('duplicate-diagnosis: re-lettering a block pointer list that would repeat a letter rewrites it inline', () => {
    const text = claim('diagnoses: [E11.9, I10, E11.9]', [
      '  - from: 2026-10-01\n    placeOfService: "11"\n    code: "99214"\n    pointers:\n      - A\n      - B\n      - C\n    charge: 100.00\n    units: 1\n    renderingNpi: "1234567893"',
    ]);
    const f = firstFinding(text, 'yaml', 'duplicate-diagnosis');
    const after = checkFix(text, 'yaml', f, 0);
    assert.match(after, /pointers:\n {6}\[A, B\]\n {4}charge: 100\.00/);
    assert.deepStrictEqual(lint(after, 'yaml').findings, []);
  });

  it('conflicting-modifiers: a block modifier list is rewritten without eating the next key', () => {
    const text = claim('diagnoses: [E11.9, I10]', [
      '  - from: 2026-10-01\n    placeOfService: "11"\n    code: "20610"\n    modifiers:\n      - "26"\n      - TC\n    pointers: [A, B]\n    charge: 100.00\n    units: 1\n    renderingNpi: "1234567893"',
    ]);
    const f = firstFinding(text, 'yaml', 'conflicting-modifiers');
    const after = checkFix(text, 'yaml', f, fixByTitle(f, /^Remove TC/));
    assert.match(after, /modifiers:\n {6}\["26"\]\n {4}pointers: \[A, B\]/);
  });

  it('too-many-diagnosis-pointers: keeping the first four', () => {
    const text = claim('diagnoses: [E11.9, I10, J06.9, E11.9]', [svc('2026-10-01', '99214', '[A, B, C, D, A]')]);
    const f = firstFinding(text, 'yaml', 'too-many-diagnosis-pointers');
    const after = checkFix(text, 'yaml', f, 0);
    assert.match(after, /pointers: \[A, B, C, D\]/);
  });

  it('invalid-procedure-code: a glued modifier moves into modifiers', () => {
    const text = claim('diagnoses: [E11.9, I10]', [svc('2026-10-01', '99214-25', '[A, B]')]);
    const f = firstFinding(text, 'yaml', 'invalid-procedure-code');
    const after = checkFix(text, 'yaml', f, 0);
    assert.match(after, /code: "99214", pointers: \[A, B\], charge: 100\.00, units: 1, renderingNpi: "1234567893", modifiers: \["25"\]/);
  });

  it('invalid-procedure-code: no glued-modifier fix when the modifier would not be allowed on the code', () => {
    const text = claim('diagnoses: [E11.9, I10]', [svc('2026-10-01', '20610-25', '[A, B]')]);
    const f = firstFinding(text, 'yaml', 'invalid-procedure-code');
    assert.deepStrictEqual(f.fixes, []);
  });

  it('conflicting-modifiers: removing 59 in favour of the X modifier', () => {
    const text = claim('diagnoses: [E11.9, I10]', [svc('2026-10-01', '20610', '[A, B]', ', modifiers: ["59", XS, RT]')]);
    const f = firstFinding(text, 'yaml', 'conflicting-modifiers');
    const after = checkFix(text, 'yaml', f, 0);
    assert.match(after, /modifiers: \[XS, RT\]/);
  });
});

/** A tiny code set with the age/sex flags and placeholder-X codes the practice book may not carry. */
function fakeCodes(official: boolean): IcdCodeSet {
  const entries: IcdEntry[] = [
    { code: 'E11', title: 'Type 2 diabetes mellitus', billable: false },
    { code: 'E11.9', title: 'Type 2 diabetes mellitus without complications', billable: true },
    { code: 'E11.65', title: 'Type 2 diabetes mellitus with hyperglycemia', billable: true },
    { code: 'I10', title: 'Essential (primary) hypertension', billable: true },
    { code: 'N40', title: 'Benign prostatic hyperplasia', billable: false, sex: 'M' },
    { code: 'N40.0', title: 'Benign prostatic hyperplasia without lower urinary tract symptoms', billable: true },
    { code: 'P59.9', title: 'Neonatal jaundice, unspecified', billable: true, ageMin: 0, ageMax: 0 },
    { code: 'O80', title: 'Encounter for full-term uncomplicated delivery', billable: true, sex: 'F', ageMin: 9, ageMax: 64 },
    { code: 'S02.2XXA', title: 'Fracture of nasal bones, initial encounter for closed fracture', billable: true },
    { code: 'T45.0X1A', title: 'Poisoning by antiallergic and antiemetic drugs, accidental (unintentional), initial encounter', billable: true },
  ];
  const key = (c: string) => c.trim().toUpperCase().replace('.', '');
  const byCode = new Map(entries.map((e) => [key(e.code), e]));
  return {
    id: 'fake',
    label: 'fake',
    official,
    billableCount: entries.filter((e) => e.billable).length,
    get: (c) => byCode.get(key(c)),
    billableDescendants: (c, limit = 20) => entries.filter((e) => e.billable && key(e.code).startsWith(key(c)) && key(e.code) !== key(c)).slice(0, limit),
    search: () => [],
  };
}

describe('fixes-b: code-book driven rules with a given code set', () => {
  const withPatient = (birth: string, sex: 'M' | 'F', dx: string, date = '2026-10-01') =>
    claim(`diagnoses: [${dx}]`, [svc(date, '99214', '[A]')]).replace('birthDate: 1958-04-12\n  sex: F', `birthDate: ${birth}\n  sex: ${sex}`);
  const ids = (text: string, official = false, today = TODAY) => lint(text, 'yaml', { codes: fakeCodes(official), today }).findings.map((f) => `${f.ruleId}:${f.severity}`);

  it('sex-conflict: a male-only header flag applies to its billable child', () => {
    assert.deepStrictEqual(ids(withPatient('1958-04-12', 'F', 'N40.0')), ['sex-conflict:warning']);
    assert.deepStrictEqual(ids(withPatient('1958-04-12', 'M', 'N40.0')), []);
  });

  it('age-conflict: newborn codes at age 0 only, counted in completed years on the service date', () => {
    assert.deepStrictEqual(ids(withPatient('2025-10-01', 'M', 'P59.9', '2026-09-30')), []);
    assert.deepStrictEqual(ids(withPatient('2025-10-01', 'M', 'P59.9', '2026-10-01')), ['age-conflict:warning']);
  });

  it('age-conflict: a Feb 29 birthday turns over on Mar 1 in a common year', () => {
    // Maternity range 9–64: born 1960-02-29, 64 until 2025-02-28, 65 from 2025-03-01.
    const t = '2025-06-01';
    const signedEarly = (x: string) => x.replace('date: 2026-10-20', 'date: 2025-03-02');
    assert.deepStrictEqual(ids(signedEarly(withPatient('1960-02-29', 'F', 'O80', '2025-02-28')), false, t), []);
    assert.deepStrictEqual(ids(signedEarly(withPatient('1960-02-29', 'F', 'O80', '2025-03-01')), false, t), ['age-conflict:warning']);
    assert.deepStrictEqual(ids(signedEarly(withPatient('2016-02-29', 'F', 'O80', '2025-02-28')), false, t), ['age-conflict:warning']);
    assert.deepStrictEqual(ids(signedEarly(withPatient('2016-02-29', 'F', 'O80', '2025-03-01')), false, t), []);
  });

  it('age and sex conflicts on one code are two findings of two rules', () => {
    assert.deepStrictEqual(ids(withPatient('1958-04-12', 'M', 'O80')).sort(), ['age-conflict:warning', 'sex-conflict:warning']);
  });

  it('unknown-diagnosis: error with an official code set, information with a practice book', () => {
    assert.deepStrictEqual(ids(withPatient('1958-04-12', 'F', 'E11.99'), true), ['unknown-diagnosis:error']);
    assert.deepStrictEqual(ids(withPatient('1958-04-12', 'F', 'E11.99'), false), ['unknown-diagnosis:information']);
  });

  it('unknown-diagnosis: offers the placeholder-X form the code book knows', () => {
    for (const [written, expected] of [['S02.2A', 'S02.2XXA'], ['T45.01A', 'T45.0X1A'], ['s022a', 'S02.2XXA']]) {
      const text = withPatient('1958-04-12', 'F', written);
      const f = firstFinding(text, 'yaml', 'unknown-diagnosis', { codes: fakeCodes(true) });
      assert.match(f.message, new RegExp(expected.replace('.', '\\.')));
      const after = checkFix(text, 'yaml', f, 0, { codes: fakeCodes(true) });
      assert.match(after, new RegExp(`diagnoses: \\[${expected.replace('.', '\\.')}\\]`));
    }
  });

  it('non-billable-diagnosis: a header the code set does not list is recognised by its billable children', () => {
    const text = withPatient('1958-04-12', 'F', 'E11.6');
    const f = firstFinding(text, 'yaml', 'non-billable-diagnosis', { codes: fakeCodes(true) });
    assert.match(f.message, /E11\.65/);
    assert.deepStrictEqual(ids(text, true), ['non-billable-diagnosis:error']);
    checkFix(text, 'yaml', f, 0, { codes: fakeCodes(true) });
  });

  it('non-billable-diagnosis: children that conflict with the patient are not offered as fixes', () => {
    const text = withPatient('1958-04-12', 'F', 'N40');
    const f = firstFinding(text, 'yaml', 'non-billable-diagnosis', { codes: fakeCodes(true) });
    assert.deepStrictEqual(f.fixes, []);
    assert.match(f.message, /N40\.0/);
  });
});
