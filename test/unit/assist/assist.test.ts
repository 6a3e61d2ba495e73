import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { enumValues, keysAt, metaAt, pathAt } from '../../../src/assist/context';
import { cptCategory, hoverMarkdown } from '../../../src/assist/hover';
import { buildOutline } from '../../../src/assist/outline';
import { practiceCodeBook } from '../../../src/codesets';
import { lintText } from '../../../src/engine/lint';
import { parseClaimText } from '../../../src/parser/parse';
import { SCHEMA_FILE, schemaText } from '../../../scripts/gen-schema';

const CLEAN = fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'rules', '_clean', 'clean-medicare.claim.yaml'), 'utf8');

describe('assist (pure)', () => {
  const doc = parseClaimText(CLEAN, 'yaml');
  it('finds the path at an offset, on keys and values', () => {
    assert.deepStrictEqual(pathAt(doc, CLEAN.indexOf('99214') + 1)?.path, 'services.0.code');
    const k = pathAt(doc, CLEAN.indexOf('placeOfService') + 2);
    assert.deepStrictEqual([k?.path, k?.onKey], ['services.0.placeOfService', true]);
  });
  it('knows the box, keys and enum values of a path', () => {
    assert.strictEqual(metaAt('services.0.pointers')?.box, '24E');
    assert.ok(keysAt('services.0').some((k) => k.key === 'renderingNpi'));
    assert.deepStrictEqual(enumValues('patient.relationship'), ['self', 'spouse', 'child', 'other']);
  });
  it('hovers: CPT only by category, never a descriptor', () => {
    assert.match(cptCategory('99214')!, /Evaluation and Management/);
    const md = hoverMarkdown(doc, CLEAN.indexOf('99214') + 1, practiceCodeBook())!;
    assert.match(md, /not shown \(AMA copyright\)/);
    assert.match(hoverMarkdown(doc, CLEAN.indexOf('E11.9') + 1, practiceCodeBook())!, /Billable/);
  });
  it('hovers: a CPT modifier by number and its claim edits, never a descriptor', () => {
    const text = CLEAN.replace(/(\n    pointers: \[A, B\]\n)/, '$1    modifiers: ["25", RT]\n');
    assert.notStrictEqual(text, CLEAN);
    const d = parseClaimText(text, 'yaml');
    const md = hoverMarkdown(d, text.indexOf('"25"') + 1, practiceCodeBook())!;
    assert.match(md, /\*\*Modifier 25\*\* — CPT modifier\. Claim edits: Only on E\/M codes/);
    assert.match(md, /descriptors are not shown/);
    assert.doesNotMatch(md, /separately identifiable/i);
    assert.match(hoverMarkdown(d, text.indexOf('RT]') + 1, practiceCodeBook())!, /Right side of the body/);
  });
  it('outlines by CMS-1500 sections', () => {
    const r = lintText(CLEAN, { format: 'yaml', today: '2026-11-22' });
    const o = buildOutline(r.doc, r.normalized.claim, practiceCodeBook());
    assert.deepStrictEqual(o.map((n) => n.name), ['Claim', 'Payer & coverage', 'Patient & insured', 'Condition', 'Diagnoses', 'Service lines', 'Providers', 'Totals', 'Signatures']);
    assert.match(o.find((n) => n.name === 'Diagnoses')!.children[0].name, /^A E11\.9/);
  });
  it('schemas/claim.schema.json is up to date (run: npx tsx scripts/gen-schema.ts)', () => {
    assert.strictEqual(fs.readFileSync(SCHEMA_FILE, 'utf8'), schemaText());
    const s = JSON.parse(schemaText());
    assert.strictEqual(s.properties.services.items.properties.placeOfService.title, 'Place of service');
    assert.match(s.properties.diagnoses.description, /box 21/);
  });
});
