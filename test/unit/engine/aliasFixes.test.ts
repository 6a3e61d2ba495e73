// Fixes on claims with YAML anchors and aliases (issue 11, data loss 1). A value reached through an
// alias is written at its anchor: a fix must never edit the alias as if it were the value (that
// deleted a service line, nulled modifiers and pointers, replaced an aliased address by a string).
// Fixes are either not offered there, or edit the anchored value for review only and say so.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { applyEdits } from '../../../src/engine/applyFixes';
import { fixAll } from '../../../src/engine/fixAll';
import { lintText, type LintOptions } from '../../../src/engine/lint';

const CLEAN = fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'rules', '_clean', 'clean-medicare.claim.yaml'), 'utf8');
const OPTIONS: LintOptions = { format: 'yaml', today: '2026-11-22' };
const lint = (text: string) => lintText(text, OPTIONS);

const LINE = `    from: 2026-10-01
    placeOfService: "11"
    code: "99214"
    pointers: [A, B]
    charge: 145.00
    units: 1
    renderingNpi: "1234567893"
`;

/** The clean claim with its services replaced (and the total set). */
function withServices(services: string, total = '290.00'): string {
  const start = CLEAN.indexOf('services:\n');
  const end = CLEAN.indexOf('billingProvider:');
  return `${CLEAN.slice(0, start)}services:\n${services}${CLEAN.slice(end)}`.replace('totalCharge: 145.00', `totalCharge: ${total}`);
}

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

describe('fixes on aliased claims', function () {
  this.timeout(180_000);
  it('a duplicate-pointer fix never deletes the `- *visit` service line (and the total stays 290.00)', () => {
    const text = withServices(`  - &visit\n${LINE.replace('[A, B]', '[A, A]')}  - *visit\n`);
    const before = lint(text);
    const dups = before.findings.filter((f) => f.ruleId === 'duplicate-diagnosis-pointer');
    assert.ok(dups.length >= 1, 'the duplicate pointer is reported');
    for (const f of dups) for (const fix of f.fixes) {
      assert.ok(!fix.safe, `"${fix.title}" must not be safe on a shared anchor`);
      assert.match(fix.title, /also changes every place that uses \*visit/);
    }
    const fixed = fixAll(text, OPTIONS);
    assert.match(fixed.text, /\n  - \*visit\n/, 'the aliased service line is still there');
    assert.match(fixed.text, /totalCharge: 290\.00/, 'the total was not "corrected" to one line');
    assert.strictEqual((parseYaml(fixed.text) as { services: unknown[] }).services.length, 2);
  });

  it('`modifiers: *mods` and `pointers: *ptr` never become null', () => {
    const text = withServices(`  -\n${LINE.replace('pointers: [A, B]', 'pointers: &ptr [A, A]\n    modifiers: &mods ["", "25"]')}  -\n${LINE.replace('pointers: [A, B]', 'pointers: *ptr\n    modifiers: *mods').replace('"99214"', '"99213"')}`);
    const before = lint(text);
    assert.ok(before.findings.some((f) => f.ruleId === 'duplicate-diagnosis-pointer' && f.serviceLine === 1));
    assert.ok(before.findings.some((f) => f.ruleId === 'invalid-modifier' && f.serviceLine === 1));
    for (const f of before.findings.filter((x) => x.serviceLine === 1)) assert.deepStrictEqual(f.fixes, [], `${f.ruleId} on the aliased line offers a fix`);
    const fixed = fixAll(text, OPTIONS);
    assert.match(fixed.text, /pointers: \*ptr\n/);
    assert.match(fixed.text, /modifiers: \*mods\n/);
    const value = parseYaml(fixed.text) as { services: { pointers: unknown; modifiers: unknown }[] };
    assert.deepStrictEqual(value.services[1].pointers, value.services[0].pointers);
    assert.deepStrictEqual(value.services[1].modifiers, value.services[0].modifiers);
  });

  it('a ZIP fix on an aliased address never replaces `address: *home` with a string', () => {
    const text = CLEAN.replace('  address: { street: 12 MAIN ST, city: SPRINGFIELD, state: IL, zip: "627011234" }\n  groupNumber', '  address: &home { street: 12 MAIN ST, city: SPRINGFIELD, state: IL, zip: "62701 1234" }\n  groupNumber').replace(
      '  address: { street: 12 MAIN ST, city: SPRINGFIELD, state: IL, zip: "627011234" }\n  relationship',
      '  address: *home\n  relationship',
    );
    assert.notStrictEqual(text, CLEAN);
    const zips = lint(text).findings.filter((f) => f.ruleId === 'invalid-zip');
    assert.strictEqual(zips.length, 2, 'insured and patient ZIP');
    const patient = zips.find((f) => f.path.startsWith('patient'))!;
    assert.deepStrictEqual(patient.fixes, [], 'no fix at the alias');
    const insured = zips.find((f) => f.path.startsWith('insured'))!;
    assert.ok(insured.fixes.length && insured.fixes.every((f) => !f.safe && /every place that uses \*home/.test(f.title)));
    const fixed = fixAll(text, OPTIONS);
    assert.match(fixed.text, /address: \*home\n/);
    // Applied by hand, the anchored fix changes both addresses, as its title says.
    const byHand = applyEdits(text, insured.fixes[0].edits);
    const value = parseYaml(byHand) as { patient: { address: { zip: string } }; insured: { address: { zip: string } } };
    assert.strictEqual(value.patient.address.zip, '627011234');
    assert.strictEqual(value.insured.address.zip, '627011234');
  });

  it('an unknown key inside an aliased map offers no rename at the alias', () => {
    const text = CLEAN.replace('  address: { street: 12 MAIN ST, city: SPRINGFIELD, state: IL, zip: "627011234" }\n  groupNumber', '  address: &home { street: 12 MAIN ST, city: SPRINGFIELD, state: IL, zipp: "627011234" }\n  groupNumber').replace(
      '  address: { street: 12 MAIN ST, city: SPRINGFIELD, state: IL, zip: "627011234" }\n  relationship',
      '  address: *home\n  relationship',
    );
    const unknown = lint(text).findings.filter((f) => f.ruleId === 'unknown-field');
    assert.strictEqual(unknown.length, 2);
    for (const f of unknown.filter((x) => x.path.startsWith('patient'))) assert.deepStrictEqual(f.fixes, []);
  });

  describe('property: any fix on a randomly aliased claim keeps every alias and anchor, and the claim readable', () => {
    // Pieces of a claim that can be anchored in one place and aliased in another, each with a flaw
    // that some rule offers a fix for.
    const flawedLine = (pointers: string, mods: string) => LINE.replace('pointers: [A, B]', `pointers: ${pointers}\n    modifiers: ${mods}`);
    const arb = fc.record({
      pointers: fc.constantFrom('[A, A]', '[A, B]', '[A, "", B]', '[a, b]'),
      mods: fc.constantFrom('["", "25"]', '["25", "25"]', '[lt]', '["25"]'),
      aliasLine: fc.boolean(),
      aliasPointers: fc.boolean(),
      aliasMods: fc.boolean(),
      aliasAddress: fc.boolean(),
      zip: fc.constantFrom('"62701 1234"', '"627011234"', '"62701-1234"', '"6270"'),
      npi: fc.constantFrom('"1234567893"', '"1234-567893"', '" 1234567893"'),
    });
    const build = (p: typeof arb extends fc.Arbitrary<infer T> ? T : never) => {
      const first = flawedLine(p.aliasPointers ? `&ptr ${p.pointers}` : p.pointers, p.aliasMods ? `&mods ${p.mods}` : p.mods).replace('"1234567893"', p.npi);
      const second = p.aliasLine
        ? '  - *visit\n'
        : `  -\n${flawedLine(p.aliasPointers ? '*ptr' : p.pointers, p.aliasMods ? '*mods' : p.mods).replace('"99214"', '"99213"')}`;
      let text = withServices(`  - ${p.aliasLine ? '&visit' : ''}\n${first}${second}`);
      text = text.replace('  address: { street: 12 MAIN ST, city: SPRINGFIELD, state: IL, zip: "627011234" }\n  groupNumber', `  address: ${p.aliasAddress ? '&home ' : ''}{ street: 12 MAIN ST, city: SPRINGFIELD, state: IL, zip: ${p.zip} }\n  groupNumber`);
      if (p.aliasAddress) text = text.replace('  address: { street: 12 MAIN ST, city: SPRINGFIELD, state: IL, zip: "627011234" }\n  relationship', '  address: *home\n  relationship');
      return text;
    };
    const tokens = (text: string) => ['*visit', '&visit', '*ptr', '&ptr', '*mods', '&mods', '*home', '&home'].map((t) => `${t}=${count(text, new RegExp(`\\${t[0]}${t.slice(1)}\\b`, 'g'))}`).join(' ');

    it('every offered fix, and Fix All', () => {
      fc.assert(
        fc.property(arb, (p) => {
          const text = build(p);
          const before = lint(text);
          assert.deepStrictEqual(before.doc.syntaxErrors, [], text);
          const lines = (parseYaml(text) as { services: unknown[] }).services.length;
          const check = (after: string, what: string) => {
            assert.strictEqual(tokens(after), tokens(text), `${what} changed an alias or anchor:\n${after}`);
            const r = lint(after);
            assert.deepStrictEqual(r.doc.syntaxErrors.map((e) => e.message), [], `${what} made the claim unreadable:\n${after}`);
            assert.strictEqual((parseYaml(after) as { services: unknown[] }).services.length, lines, `${what} changed the number of service lines`);
          };
          for (const f of before.findings) for (const fix of f.fixes) check(applyEdits(text, fix.edits), `"${fix.title}" (${f.ruleId})`);
          const fixed = fixAll(text, OPTIONS, before);
          check(fixed.text, 'Fix All');
          // Safe fixes never edit an anchored value that aliases share.
          for (const f of before.findings) for (const fix of f.fixes.filter((x) => x.safe)) {
            for (const a of before.doc.anchors ?? []) for (const e of fix.edits) assert.ok(!(e.start < a.range.end && a.range.start < e.end), `safe "${fix.title}" edits &${a.name}`);
          }
        }),
        { numRuns: 60, seed: 11 },
      );
    });
  });
});
