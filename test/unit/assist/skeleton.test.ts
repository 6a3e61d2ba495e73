// The New Practice Claim skeleton: every box a placeholder that parses, and, once a trainee fills
// the placeholders with a visit's facts, a claim with no error or warning for any bundled payer.
import { strict as assert } from 'node:assert';
import { claimSkeleton } from '../../../src/assist/skeleton';
import { lintText } from '../../../src/engine/lint';
import { bundledPayers } from '../../../src/reference';

const TODAY = '2026-11-22';
const ADDRESS = '{ street: 12 MAIN ST, city: SPRINGFIELD, state: IL, zip: "627011234" }';

/** What a trainee types into the placeholders (fictional facts). */
function fill(skeleton: string): string {
  let inSection = '';
  return skeleton
    .split('\n')
    .map((line) => {
      const top = /^(\w+):/.exec(line);
      if (top) inSection = top[1];
      const set = (key: string, value: string) => line.replace(new RegExp(`^(\\s*(?:- )?${key}:).*$`), `$1 ${value}`);
      if (/^\s+memberId:/.test(line)) return set('memberId', '1EG4TE5MK73');
      if (/^\s+name: \{ last: "", first: "" \}/.test(line)) return set('name', '{ last: DOE, first: JANE }');
      if (/^\s+address: \{ street: ""/.test(line)) return set('address', ADDRESS);
      if (/^\s+groupNumber:/.test(line)) return set('groupNumber', 'NONE');
      if (/^\s+birthDate:/.test(line)) return set('birthDate', '1958-04-12');
      if (/^\s+sex:/.test(line)) return set('sex', 'F');
      if (/^\s+- ""/.test(line)) return '  - E11.9';
      if (/^\s+code: ""/.test(line)) return set('code', '"99213"');
      if (/^\s+charge:/.test(line)) return set('charge', '120.00');
      if (/^\s+renderingNpi:/.test(line)) return set('renderingNpi', '"1234567893"');
      if (inSection === 'billingProvider' && /^\s+name: ""/.test(line)) return set('name', 'SPRINGFIELD FAMILY CLINIC');
      if (/^\s+npi: ""/.test(line)) return set('npi', '"1122334455"');
      if (/^\s+taxId: ""/.test(line)) return set('taxId', '"371234567"');
      if (/^\s+provider: \{ name: ""/.test(line)) return line.replace('name: ""', 'name: ANNA SMITH MD');
      return line;
    })
    .join('\n');
}

describe('New Practice Claim skeleton', () => {
  for (const payer of bundledPayers()) {
    it(`${payer.id}: parses, names every box the trainee fills, and lints clean once filled`, () => {
      const text = claimSkeleton(payer, 'TRN-0001', TODAY);
      const empty = lintText(text, { format: 'yaml', today: TODAY });
      const structural = empty.findings.filter((f) => ['syntax-error', 'schema-violation', 'unknown-field'].includes(f.ruleId));
      assert.deepEqual(structural.map((f) => f.message), [], 'the skeleton itself is well-formed');
      assert.ok(empty.findings.some((f) => f.severity === 'error'), 'an empty skeleton says what is missing');
      for (const key of ['memberId', 'birthDate', 'sex', 'relationship', 'employment', 'diagnoses', 'placeOfService', 'code', 'pointers', 'charge', 'units', 'renderingNpi', 'taxId', 'acceptAssignment', 'signatures']) assert.match(text, new RegExp(`\\b${key}:`), key);
      const filled = lintText(fill(text), { format: 'yaml', today: TODAY });
      const left = filled.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
      // An HMO also needs a referral for the visit (box 17 or 23): the skeleton names the key in a comment.
      const expected = payer.referral.required ? ['missing-referral'] : [];
      assert.deepEqual(left.map((f) => f.ruleId), expected, left.map((f) => f.message).join('\n'));
    });
  }
});
