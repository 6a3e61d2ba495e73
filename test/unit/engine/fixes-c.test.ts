// Fixes and finding details of the service-line, totals, authorization/referral and provider rules
// (group C). Every fix is applied to its claim and the claim re-linted: the finding it fixes must be
// gone and no other finding may appear.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, applyFixes, safeFixesOf } from '../../../src/engine/applyFixes';
import { lintText } from '../../../src/engine/lint';
import type { Finding } from '../../../src/engine/types';
import { isValidNpi, npiCheckDigit } from '../../../src/engine/util/npi';
import { parseAmount } from '../../../src/engine/util/money';
import type { ClaimFormat } from '../../../src/parser/document';

const ROOT = path.join(__dirname, '..', '..', 'fixtures', 'rules');
const DEFAULT_TODAY = '2026-11-22';

function fixture(rel: string): string {
  return fs.readFileSync(path.join(ROOT, rel), 'utf8');
}

function todayOf(text: string): string {
  const m = /^#\s*fixture:\s*(\{.*\})\s*$/m.exec(text.split(/\r?\n/)[0] ?? '');
  return (m && (JSON.parse(m[1]) as { today?: string }).today) || DEFAULT_TODAY;
}

function lint(text: string, format: ClaimFormat): Finding[] {
  return lintText(text, { format, today: todayOf(text) }).findings;
}

/** Findings as a multiset of "rule-id path" keys (positions move when text is edited; paths do not). */
function keys(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.path}`).sort();
}

interface Case {
  name: string;
  text: string;
  format?: ClaimFormat;
  ruleId: string;
  /** Which of the finding's fixes (substring of its title). */
  fix: string;
  safe: boolean;
  /** Which finding of the rule, when there are several (substring of its path). */
  at?: string;
  /** Extra check on the fixed text. */
  expect?: RegExp;
}

const BASE = fixture('_clean/clean-medicare.claim.yaml');
const HMO = fixture('_clean/clean-hmo.claim.json');
const SECOND_LINE_NO_POS = BASE.replace(
  '    renderingNpi: "1234567893"\n',
  '    renderingNpi: "1234567893"\n  - from: 2026-09-30\n    code: "99214"\n    pointers: [A]\n    charge: 145.00\n    units: 1\n    renderingNpi: "1234567893"\n',
).replace('totalCharge: 145.00', 'totalCharge: 290.00');

const CASES: Case[] = [
  { name: 'missing-service-date: copy the "to" date', text: fixture('missing-service-date/fail-empty-with-to.claim.yaml'), ruleId: 'missing-service-date', fix: 'Use the "to" date', safe: false, expect: /from: 2026-10-01 #/ },
  { name: 'missing-service-date: insert "from" next to "to"', text: BASE.replace('  - from: 2026-10-01\n', '  - to: 2026-10-01\n'), ruleId: 'missing-service-date', fix: 'Use the "to" date', safe: false, expect: /renderingNpi: "1234567893"\n    from: 2026-10-01\n/ },
  { name: 'invalid-service-date-range: swap the dates', text: fixture('invalid-service-date-range/fail-swapped.claim.yaml'), ruleId: 'invalid-service-date-range', fix: 'Swap', safe: false, expect: /from: 2026-09-30\n    to: 2026-10-01/ },
  { name: 'invalid-service-date-range: single day', text: fixture('invalid-service-date-range/fail-swapped.claim.yaml'), ruleId: 'invalid-service-date-range', fix: 'single-day', safe: false, expect: /to: 2026-10-01/ },
  { name: 'missing-place-of-service: same POS as the other line', text: SECOND_LINE_NO_POS, ruleId: 'missing-place-of-service', fix: 'Use place of service 11', safe: false, expect: /code: "99214"\n    pointers: \[A\]\n    charge: 145.00\n    units: 1\n    renderingNpi: "1234567893"\n    placeOfService: "11"/ },
  { name: 'invalid-place-of-service: pad a single digit', text: fixture('invalid-place-of-service/fail-one-digit.claim.yaml'), ruleId: 'invalid-place-of-service', fix: 'Use 02', safe: false, expect: /placeOfService: "02"/ },
  { name: 'invalid-charge: drop trailing zeros (safe)', text: fixture('invalid-charge/fail-three-written-decimals.claim.yaml'), ruleId: 'invalid-charge', fix: 'Write the charge as 145.45', safe: true, expect: /charge: 145\.45 #/ },
  { name: 'invalid-charge: round a fraction of a cent', text: fixture('invalid-charge/fail-fraction-of-cent.claim.yaml'), ruleId: 'invalid-charge', fix: 'Round the charge to 145.01', safe: false, expect: /charge: 145\.01 #/ },
  { name: 'invalid-units: zero → 1', text: fixture('invalid-units/fail-zero.claim.yaml'), ruleId: 'invalid-units', fix: 'Set units to 1', safe: false, expect: /units: 1 #/ },
  { name: 'invalid-units: missing → 1', text: fixture('invalid-units/fail-missing.claim.yaml'), ruleId: 'invalid-units', fix: 'Set units to 1', safe: false, expect: /renderingNpi: "1234567893"\n    units: 1\n/ },
  { name: 'missing-rendering-npi: same NPI as the other line', text: fixture('missing-rendering-npi/fail-one-of-two-lines.claim.yaml'), ruleId: 'missing-rendering-npi', fix: 'Use rendering NPI 1234567893', safe: false },
  { name: 'total-charge-mismatch: set the total (YAML)', text: fixture('total-charge-mismatch/fail-line-added.claim.yaml'), ruleId: 'total-charge-mismatch', fix: 'Set the total charge to 290.00', safe: false, expect: /totalCharge: 290\.00 #/ },
  { name: 'total-charge-mismatch: one cent (YAML)', text: fixture('total-charge-mismatch/fail-one-cent.claim.yaml'), ruleId: 'total-charge-mismatch', fix: 'Set the total charge to 145.00', safe: false },
  { name: 'total-charge-mismatch: set the total (JSON)', text: HMO.replace('"totalCharge": 110.0', '"totalCharge": 100.0'), format: 'json', ruleId: 'total-charge-mismatch', fix: 'Set the total charge to 110.00', safe: false, expect: /"totalCharge": 110\.00/ },
  { name: 'missing-accept-assignment: insert (YAML)', text: fixture('missing-accept-assignment/fail-missing.claim.yaml'), ruleId: 'missing-accept-assignment', fix: 'Accept assignment', safe: false, expect: /\nacceptAssignment: true\n?$/ },
  { name: 'missing-accept-assignment: fill in the empty key (YAML)', text: fixture('missing-accept-assignment/fail-empty.claim.yaml'), ruleId: 'missing-accept-assignment', fix: 'Accept assignment', safe: false, expect: /acceptAssignment: true #/ },
  { name: 'missing-accept-assignment: insert (JSON)', text: HMO.replace('  "acceptAssignment": true,\n', ''), format: 'json', ruleId: 'missing-accept-assignment', fix: 'Accept assignment', safe: false, expect: /"acceptAssignment": true\n}/ },
  { name: 'invalid-npi: remove the dashes (safe)', text: fixture('invalid-npi/fail-format.claim.yaml'), ruleId: 'invalid-npi', at: 'billingProvider', fix: 'Write the NPI as 1122334455', safe: true, expect: /npi: "1122334455"/ },
  { name: 'invalid-npi: remove the spaces (JSON)', text: HMO.replace('"npi": "1234567893"', '"npi": "123 456 7893"'), format: 'json', ruleId: 'invalid-npi', fix: 'Write the NPI as 1234567893', safe: true },
  { name: 'invalid-tax-id: digits only (safe)', text: fixture('invalid-tax-id/fail-separators.claim.yaml'), ruleId: 'invalid-tax-id', fix: 'Write the tax ID as 371234567', safe: true, expect: /taxId: "371234567"/ },
  { name: 'invalid-tax-id: an organization has an EIN', text: fixture('invalid-tax-id/fail-no-type.claim.yaml'), ruleId: 'invalid-tax-id', fix: 'taxIdType: ein', safe: false, expect: /taxIdType: ein/ },
  { name: 'missing-referral: box 17 without a qualifier', text: HMO.replace('"qualifier": "DN", ', ''), format: 'json', ruleId: 'missing-referral', fix: 'qualifier DN', safe: false, expect: /"npi": "1558598797", "qualifier": "DN" }/ },
  { name: 'invalid-zip: remove the space (safe)', text: fixture('invalid-zip/fail-insured-space.claim.yaml'), ruleId: 'invalid-zip', fix: 'Write the ZIP as 627011234', safe: true, expect: /zip: "627011234" } #/ },
  { name: 'invalid-authorization-number: capitals (safe)', text: fixture('invalid-authorization-number/fail-lower-case.claim.yaml'), ruleId: 'invalid-authorization-number', fix: 'capitals', safe: true, expect: /number: PA778812 #/ },
];

describe('fixes-c: every fix removes its finding and adds none', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const format = c.format ?? 'yaml';
      const before = lint(c.text, format);
      const target = before.find((f) => f.ruleId === c.ruleId && (!c.at || f.path.includes(c.at)));
      assert.ok(target, `no ${c.ruleId} finding; found:\n${keys(before).join('\n')}`);
      const fix = target.fixes.find((x) => x.title.includes(c.fix));
      assert.ok(fix, `no fix "${c.fix}" on ${c.ruleId}; fixes: ${target.fixes.map((x) => x.title).join(' | ')}`);
      assert.strictEqual(fix.safe, c.safe, `safe flag of "${fix.title}"`);
      const fixed = applyEdits(c.text, fix.edits);
      if (c.expect) assert.match(fixed, c.expect);
      const after = lint(fixed, format);
      // The fixed finding is gone…
      assert.ok(!after.some((f) => f.ruleId === target.ruleId && f.path === target.path), `${c.ruleId} at ${target.path} still reported:\n${fixed}`);
      // …and nothing new appeared (the others are the findings that were there before).
      const expected = keys(before.filter((f) => f !== target));
      const remaining = [...expected];
      for (const k of keys(after)) {
        const i = remaining.indexOf(k);
        assert.ok(i >= 0, `new finding after "${fix.title}": ${k}\n${fixed}`);
        remaining.splice(i, 1);
      }
    });
  }

  it('applying all safe fixes of a claim converges to no safe fix left', () => {
    let text = fixture('invalid-npi/fail-format.claim.yaml').replace('taxId: "371234567"', 'taxId: "37 1234567"').replace('totalCharge: 145.00', 'totalCharge: 150.00');
    for (let round = 0; round < 3; round++) text = applyFixes(text, safeFixesOf(lint(text, 'yaml')));
    const left = lint(text, 'yaml');
    assert.deepStrictEqual(safeFixesOf(left), []);
    // The total is money: never a safe fix, so the mismatch stays for the trainee to check.
    assert.deepStrictEqual(keys(left), ['invalid-npi services.0.renderingNpi', 'total-charge-mismatch totalCharge']);
  });
});

describe('fixes-c: finding details', () => {
  const lintFixture = (rel: string) => lint(fixture(rel), rel.endsWith('.json') ? 'json' : 'yaml');

  it('too-many-service-lines: error above 50, information above 6', () => {
    const [e] = lintFixture('too-many-service-lines/fail-51-lines.claim.yaml').filter((f) => f.ruleId === 'too-many-service-lines');
    assert.strictEqual(e.severity, 'error');
    assert.strictEqual(e.path, 'services.50');
    for (const rel of ['too-many-service-lines/fail-50-lines-paper.claim.yaml', 'too-many-service-lines/fail-7-lines-paper.claim.yaml']) {
      const found = lintFixture(rel).filter((f) => f.ruleId === 'too-many-service-lines');
      assert.deepStrictEqual(
        found.map((f) => [f.severity, f.path]),
        [['information', 'services.6']],
        rel,
      );
    }
  });

  it('line-level findings carry their 0-based service line', () => {
    const cases: [string, string, number[]][] = [
      ['missing-rendering-npi/fail-one-of-two-lines.claim.yaml', 'missing-rendering-npi', [1]],
      ['missing-prior-authorization/fail-second-line.claim.yaml', 'missing-prior-authorization', [1]],
      ['missing-referral/fail-one-line-exempt.claim.yaml', 'missing-referral', [1]],
      ['authorization-not-valid-for-date/fail-span-ends-after.claim.yaml', 'authorization-not-valid-for-date', [0]],
      ['invalid-authorization-number/fail-format.claim.yaml', 'invalid-authorization-number', [0]],
      ['invalid-charge/fail-zero.claim.yaml', 'invalid-charge', [0]],
      ['future-service-date/fail-to-date.claim.yaml', 'future-service-date', [0]],
    ];
    for (const [rel, ruleId, lines] of cases) {
      const found = lintFixture(rel).filter((f) => f.ruleId === ruleId);
      assert.deepStrictEqual(found.map((f) => f.serviceLine), lines, rel);
    }
  });

  it('invalid-authorization-number is only information when no line needs the authorization', () => {
    const [f] = lintFixture('invalid-authorization-number/fail-not-needed.claim.yaml').filter((x) => x.ruleId === 'invalid-authorization-number');
    assert.strictEqual(f.severity, 'information');
    assert.strictEqual(f.serviceLine, undefined);
  });

  it('invalid-npi reports each bad NPI once, at its own field', () => {
    const found = lintFixture('invalid-npi/fail-every-field.claim.yaml').filter((f) => f.ruleId === 'invalid-npi');
    assert.deepStrictEqual(found.map((f) => f.path).sort(), ['referringProvider.npi', 'renderingProvider.npi', 'serviceFacility.npi', 'services.0.renderingNpi']);
    assert.strictEqual(found.find((f) => f.path === 'services.0.renderingNpi')?.serviceLine, 0);
  });

  it('messages name the box and a 1-based line number', () => {
    const [f] = lintFixture('missing-rendering-npi/fail-one-of-two-lines.claim.yaml').filter((x) => x.ruleId === 'missing-rendering-npi');
    assert.match(f.message, /^Service line 2 .*box 24J/);
  });
});

describe('fixes-c: helpers', () => {
  it('NPI check digit', () => {
    assert.strictEqual(npiCheckDigit('123456789'), 3);
    for (const n of ['1234567893', '1558598797', '1122334455', '1112223338', '1982736450', '7778889999']) assert.ok(isValidNpi(n), n);
    for (const n of ['1234567890', '9876543210', '9999999999', '1234567891', '1111155555', '123456789', '12345678930', '123456789A', ' 1234567893']) assert.ok(!isValidNpi(n), n);
  });

  it('money is read exactly from its source text', () => {
    assert.deepStrictEqual(parseAmount(145.45, '145.45'), { cents: 14545, decimals: 2, writtenDecimals: 2, text: '145.45' });
    assert.deepStrictEqual(parseAmount(145.45, '145.450'), { cents: 14545, decimals: 2, writtenDecimals: 3, text: '145.450' });
    assert.strictEqual(parseAmount(1.005, '1.005').cents, 101); // 1.005 * 100 = 100.49999… in floating point
    assert.strictEqual(parseAmount(-2.5, '-2.50').cents, -250);
    assert.strictEqual(parseAmount(145, '1.45e2').cents, 14500);
    assert.strictEqual(parseAmount(0.1, undefined).cents + parseAmount(0.2, undefined).cents, parseAmount(0.3, '0.30').cents);
  });
});

describe('fixes-c: robust on odd input', () => {
  const MINE = new Set([
    'missing-service-date', 'invalid-service-date-range', 'future-service-date', 'missing-place-of-service', 'invalid-place-of-service',
    'missing-charge', 'invalid-charge', 'invalid-units', 'missing-rendering-npi', 'too-many-service-lines', 'total-charge-mismatch',
    'amount-paid-exceeds-total', 'missing-accept-assignment', 'missing-prior-authorization', 'authorization-not-valid-for-date',
    'invalid-authorization-number', 'missing-referral', 'missing-referring-npi', 'missing-billing-npi', 'invalid-npi', 'missing-tax-id',
    'invalid-tax-id', 'missing-billing-address', 'billing-address-po-box', 'invalid-zip',
  ]);
  const ODD: [string, string][] = [
    ['holes and wrong types in services', 'payer: { id: PRACTICE-HMO }\nservices:\n  - \n  - 5\n  - "x"\n  - {}\n  - { charge: abc, units: two, from: 2026-02-30, to: yesterday, placeOfService: [1], code: {}, renderingNpi: [] }\n'],
    ['wrong shapes everywhere', 'services: 7\npriorAuthorization: [1, 2]\nreferringProvider: "DR SMITH"\nbillingProvider: []\npatient: { address: "12 MAIN" }\ntotalCharge: "lots"\namountPaid: true\nacceptAssignment: "yes"\n'],
    ['odd white space and case', 'payer: { id: " practice-hmo " }\npriorAuthorization: { number: "  ", from: " 2026-01-01 ", to: 2026-01-31 }\nreferralNumber: "   "\nservices:\n  - { from: " 2026-10-01 ", placeOfService: " 11 ", code: " 70551 ", charge: 1e3, units: 1 }\nbillingProvider: { type: ORGANIZATION, npi: " 1122334455 ", taxId: " 37-1234567 ", address: { street: "  ", zip: " 62701 " } }\n'],
    ['empty lists and maps', 'services: []\ndiagnoses: []\nbillingProvider: {}\nreferringProvider: {}\npriorAuthorization: {}\nsignatures: {}\n'],
    ['JSON with nulls', '{ "services": [null, { "charge": null, "units": null, "from": null }], "billingProvider": { "npi": null, "address": null }, "totalCharge": null, "amountPaid": -1 }'],
    ['huge numbers', 'services:\n  - { from: 2026-10-01, charge: 1e308, units: 1e308 }\ntotalCharge: 1e308\namountPaid: 1e308\n'],
  ];
  for (const [name, text] of ODD) {
    it(name, () => {
      const format: ClaimFormat = text.trimStart().startsWith('{') ? 'json' : 'yaml';
      const findings = lint(text, format);
      const internal = findings.filter((f) => /Internal error/.test(f.message) && MINE.has(f.ruleId));
      assert.deepStrictEqual(internal.map((f) => f.message), []);
    });
  }
});
