// Completion (src/assist/completion.ts) at cursor places a trainee types at: `|` marks the cursor.
import * as assert from 'assert';
import { completeAt, type Completions } from '../../../src/assist/completion';
import { practiceCodeBook } from '../../../src/codesets';
import { parseClaimText } from '../../../src/parser/parse';

/** Completions at the `|` of `marked`, with the tree parsed from the text without the cursor mark. */
function at(marked: string, opts: { diagnoses?: string[]; tree?: string } = {}): Completions {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const doc = parseClaimText(opts.tree ?? text, 'yaml');
  return completeAt({ text, offset, doc, codes: practiceCodeBook(), diagnoses: opts.diagnoses });
}
const labels = (c: Completions) => c.entries.map((e) => e.label);

const CLAIM = `claim:
  id: TRN-1
payer:
  id: MEDICARE
patient:
  relationship: self
diagnoses:
  - E11.9
  - I10
services:
  - code: "99214"
    pointers: [A]
`;

describe('assist: completion (pure)', () => {
  it('offers diagnosis codes by code prefix in a box 21 entry, replacing the whole query, and asks again as the trainee types', () => {
    const c = at(CLAIM.replace('  - I10\n', '  - I10\n  - E11|\n'));
    assert.ok(c.incomplete);
    assert.ok(labels(c).length > 0 && labels(c).every((l) => l.startsWith('E11')), labels(c).join(' '));
    assert.strictEqual(c.entries[0].replace.end - c.entries[0].replace.start, 3);
  });

  it('finds diagnosis codes by words of the title, billable before headers', () => {
    const c = at(CLAIM.replace('  - I10\n', '  - I10\n  - type 2 diab|\n'));
    assert.ok(labels(c).includes('E11.9'), labels(c).join(' '));
    const first = c.entries.find((e) => e.detail.startsWith('(header)'));
    if (first) assert.ok(c.entries.indexOf(first) > 0);
    assert.strictEqual(c.entries[0].filterText, 'type 2 diab');
  });

  it('offers the first entry of a new diagnoses list from the key above it, even before the tree has the list', () => {
    const c = at('diagnoses:\n  - |', { tree: 'diagnoses:\n' });
    assert.ok(c.incomplete);
    assert.ok(labels(c).length > 0);
  });

  it('offers place of service codes, found by name, quoted and spaced after the colon', () => {
    const c = at(CLAIM.replace('    pointers: [A]\n', '    pointers: [A]\n    placeOfService:|\n'));
    const office = c.entries.find((e) => e.label === '11');
    assert.ok(office, labels(c).join(' '));
    assert.strictEqual(office.insertText, ' "11"');
    assert.match(office.filterText ?? '', /office/i);
  });

  it('offers pointer letters for the diagnoses written, as a one-item list outside [ ]', () => {
    const c = at(CLAIM.replace('    pointers: [A]\n', '    pointers: |\n'), { diagnoses: ['E11.9', 'I10'] });
    assert.deepStrictEqual(labels(c), ['A', 'B']);
    assert.strictEqual(c.entries[0].insertText, '[A]');
    const inside = at(CLAIM.replace('    pointers: [A]\n', '    pointers: [A, |\n'), { diagnoses: ['E11.9', 'I10'] });
    assert.strictEqual(inside.entries[1].insertText, undefined);
  });

  it('offers modifiers, the common ones first', () => {
    const c = at(CLAIM.replace('    pointers: [A]\n', '    pointers: [A]\n    modifiers: [|\n'));
    const sorted = [...c.entries].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.strictEqual(sorted[0].label, '25');
    assert.strictEqual(sorted[0].insertText, '"25"');
    // CPT modifiers by number only (AMA content): the detail names the claim edit, never a meaning
    assert.strictEqual(sorted[0].detail, 'CPT modifier (number only) · Only on E/M codes (99202–99499); NCCI-associated.');
    assert.doesNotMatch(c.entries.map((e) => e.detail).join(' '), /separately identifiable|professional component|bilateral/i);
    assert.match(c.entries.find((e) => e.label === 'RT')!.detail, /Right side/);
  });

  it('offers payer profiles for payer.id only', () => {
    const c = at(CLAIM.replace('  id: MEDICARE', '  id: |'));
    assert.ok(labels(c).includes('PRACTICE-MEDICARE'), labels(c).join(' '));
    assert.ok(c.entries.every((e) => e.kind === 'value'));
    const claimId = at(CLAIM.replace('  id: TRN-1', '  id: |'));
    assert.ok(!labels(claimId).includes('PRACTICE-MEDICARE'));
  });

  it('offers the allowed values of an enum field', () => {
    const c = at(CLAIM.replace('  relationship: self', '  relationship: |'));
    assert.deepStrictEqual(labels(c), ['self', 'spouse', 'child', 'other']);
  });

  it('offers the keys of the map the line is in, minus those already written, with their box', () => {
    const c = at(CLAIM.replace('  relationship: self\n', '  relationship: self\n  |\n'));
    assert.ok(!labels(c).includes('relationship'));
    const sex = c.entries.find((e) => e.label === 'sex');
    assert.ok(sex, labels(c).join(' '));
    assert.strictEqual(sex.kind, 'property');
    assert.match(sex.detail, /box/);
    const top = at(`${CLAIM}|`);
    assert.ok(labels(top).includes('signatures') && !labels(top).includes('services'), labels(top).join(' '));
  });

  it('writes flow-list keys as a snippet and asks for their values right away', () => {
    const c = at(CLAIM.replace('    pointers: [A]\n', '    pointers: [A]\n    |\n'));
    const mods = c.entries.find((e) => e.label === 'modifiers');
    assert.ok(mods, labels(c).join(' '));
    assert.strictEqual(mods.snippet, 'modifiers: [$1]');
    assert.ok(mods.suggestAgain);
  });
});
