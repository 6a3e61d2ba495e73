// unknown-field says where a key belongs when it is valid elsewhere in the claim.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../../src/engine/lint';

const FIXTURE = path.join(__dirname, '../../fixtures/rules/unknown-field/fail-wrong-level.claim.yaml');

describe('unknown-field messages', () => {
  it('a key at the wrong level names where it goes', () => {
    const r = lintText(fs.readFileSync(FIXTURE, 'utf8'), { format: 'yaml', today: '2026-11-22' });
    const f = r.findings.find((x) => x.ruleId === 'unknown-field');
    assert.ok(f);
    assert.equal(f.message, '"referralNumber" does not belong here, so its value is ignored: it goes at the top level of the claim (box 23).');
  });

  it('a service-line key written at the top level points into the service lines', () => {
    const text = fs.readFileSync(FIXTURE, 'utf8').replace('    referralNumber: R12345 # expect: unknown-field\n', '').replace(/^acceptAssignment:/m, 'renderingNpi: "1234567893"\nacceptAssignment:');
    const f = lintText(text, { format: 'yaml', today: '2026-11-22' }).findings.find((x) => x.ruleId === 'unknown-field');
    assert.ok(f, 'no unknown-field');
    assert.match(f.message, /it goes under services \(each entry\) \(box 24J\)/);
  });
});
