import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { adjudicate, cents, contentHash, explainCode, historyToCsv, linesConcerned, makeEntry, parseHistory, serializeEntry } from '../../../src/adjudication';
import { main, type Io } from '../../../src/cli/main';
import { lintText, type LintResult } from '../../../src/engine/lint';
import { RULES } from '../../../src/engine/rules';
import type { Finding } from '../../../src/engine/types';
import type { Severity } from '../../../src/model/severity';
import { bundledPayers } from '../../../src/reference';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLEAN = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'rules', '_clean', 'clean-medicare.claim.yaml'), 'utf8');
const TWO_LINES = CLEAN.replace('    renderingNpi: "1234567893"\n', '    renderingNpi: "1234567893"\n  - from: 2026-10-01\n    placeOfService: "11"\n    code: "93000"\n    pointers: [B]\n    charge: 40.00\n    units: 1\n    renderingNpi: "1234567893"\n').replace('totalCharge: 145.00', 'totalCharge: 185.00');
const AT = '2026-11-22T10:00:00Z';

function cleanLint(text = TWO_LINES, payerId = 'PRACTICE-MEDICARE'): LintResult {
  const r = lintText(text.replace('id: PRACTICE-MEDICARE', `id: ${payerId}`), { format: 'yaml', today: '2026-11-22' });
  assert.deepStrictEqual(r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.ruleId), [], 'base claim must be clean');
  return r;
}

function withFinding(base: LintResult, ruleId: string, extra: Partial<Finding> = {}, severity: Severity = 'error'): LintResult {
  return { ...base, findings: [{ ruleId, severity, message: `synthetic ${ruleId}`, range: { start: 0, end: 1 }, path: '', fixes: [], ...extra }] };
}

describe('adjudication', () => {
  it('pays a clean claim with cents-exact amounts (145.00 × 0.8 = 116.00; coinsurance 23.20; paid 92.80)', () => {
    const r = adjudicate(cleanLint(CLEAN), { submittedAt: AT });
    assert.strictEqual(r.status, 'paid');
    assert.strictEqual(r.stage, 'adjudication');
    assert.deepStrictEqual(
      r.lines.map((l) => [l.billed, l.allowed, l.paid, l.patientResponsibility]),
      [[145, 116, 92.8, 23.2]],
    );
    assert.deepStrictEqual(r.totals, { billed: 145, paid: 92.8, patientResponsibility: 23.2 });
    assert.deepStrictEqual(r.lines[0].adjustments, [
      { group: 'CO', carc: '45', rarc: [], amount: 29 },
      { group: 'PR', carc: '2', rarc: [], amount: 23.2 },
    ]);
  });

  it('rounds half-up per line and sums totals from cents', () => {
    assert.strictEqual(cents(12345, 0.85), 10493); // 104.9325 → 104.93
    assert.strictEqual(cents(10, 0.25), 3); // 2.5 → 3
    assert.strictEqual(cents(0, 0.8), 0);
  });

  describe('every rule with a payer outcome, on every bundled payer', () => {
    for (const payer of bundledPayers()) {
      for (const rule of RULES.filter((r) => r.payer.action !== 'none')) {
        it(`${payer.id}: ${rule.id} → ${rule.payer.action}`, () => {
          const base = cleanLint(TWO_LINES.replace('diagnoses:', 'referralNumber: REF1234567\ndiagnoses:'), payer.id);
          const r = adjudicate(withFinding(base, rule.id, { serviceLine: 1 }), { submittedAt: AT });
          if (rule.payer.action === 'reject') {
            assert.strictEqual(r.status, 'rejected');
            assert.strictEqual(r.stage, 'front-end');
            assert.ok(r.acknowledgment && /^A[678]$/.test(r.acknowledgment.statusCategory));
            assert.strictEqual(r.totals.paid, 0);
          } else if (rule.payer.action === 'deny') {
            assert.strictEqual(r.status, 'partially-paid', 'the finding is on line 2 only');
            assert.strictEqual(r.lines[1].status, 'denied');
            assert.strictEqual(r.lines[1].adjustments[0].carc, rule.payer.carc);
            assert.strictEqual(r.lines[0].status, 'paid');
            assert.strictEqual(r.reasons[0].carc, rule.payer.carc);
            assert.ok(explainCode('CARC', rule.payer.carc), `CARC ${rule.payer.carc} has a plain-language text`);
            for (const rarc of rule.payer.rarc ?? []) assert.ok(explainCode('RARC', rarc), `RARC ${rarc} has a text`);
          }
        });
      }
    }
  });

  it('information and hint findings never change the result', () => {
    const base = cleanLint();
    for (const sev of ['information', 'hint'] as const) assert.strictEqual(adjudicate(withFinding(base, 'missing-member-id', {}, sev), { submittedAt: AT }).status, 'paid');
  });

  it('a diagnosis finding denies exactly the lines that point at it; a claim-level one denies all', () => {
    const base = cleanLint();
    const byDx = adjudicate(withFinding(base, 'non-billable-diagnosis', { diagnosis: 1 }), { submittedAt: AT });
    assert.deepStrictEqual(byDx.lines.map((l) => l.status), ['denied', 'denied']); // line 1 points at A and B, line 2 at B
    const onlyA = adjudicate(withFinding(base, 'non-billable-diagnosis', { diagnosis: 0 }), { submittedAt: AT });
    assert.deepStrictEqual(onlyA.lines.map((l) => l.status), ['denied', 'paid']);
    const claimLevel = adjudicate(withFinding(base, 'timely-filing-exceeded'), { submittedAt: AT });
    assert.strictEqual(claimLevel.status, 'denied');
    assert.deepStrictEqual(linesConcerned({ ruleId: 'x', severity: 'error', message: '', range: { start: 0, end: 0 }, path: '', fixes: [] }, 3, []), [0, 1, 2]);
  });

  it('pays the patient when box 13 is missing and the profile requires it', () => {
    const hmoLike = bundledPayers().find((p) => p.insuredSignatureRequired)!;
    const text = CLEAN.replace('  insured: { onFile: true }\n', '').replace('id: PRACTICE-MEDICARE', `id: ${hmoLike.id}`);
    const lint = lintText(text, { format: 'yaml', today: '2026-11-22' });
    const r = adjudicate({ ...lint, findings: lint.findings.filter((f) => f.ruleId === 'missing-insured-signature') }, { submittedAt: AT });
    assert.strictEqual(r.payTo, 'patient');
    assert.ok(r.notes.some((n) => /pays? .*patient|goes to the patient/.test(n)));
  });

  it('an identical resubmission of a paid claim is a duplicate (CARC 18); a replacement is not', () => {
    const lint = cleanLint(CLEAN);
    const first = adjudicate(lint, { submittedAt: AT });
    const again = adjudicate(lint, { submittedAt: '2026-11-23T10:00:00Z', previous: [first] });
    assert.strictEqual(again.status, 'denied');
    assert.deepStrictEqual(again.lines[0].adjustments, [{ group: 'OA', carc: '18', rarc: [], amount: 145 }]);
    const repl = cleanLint(CLEAN.replace('  frequency: original', `  frequency: replacement\n  originalReference: "${first.payerClaimNumber}"`));
    assert.strictEqual(adjudicate(repl, { submittedAt: AT, previous: [first] }).status, 'paid');
  });

  it('a duplicate is the same claim however it is written (comments, layout, key order, JSON); a changed charge is a new claim', () => {
    const first = adjudicate(cleanLint(CLEAN), { submittedAt: AT });
    const previous = [first];
    const status = (text: string, format: 'yaml' | 'json' = 'yaml') => adjudicate(lintText(text, { format, today: '2026-11-22' }), { submittedAt: AT, previous }).status;
    assert.strictEqual(status(`# resubmitted after a phone call\n${CLEAN.replace(/\n/g, '\n\n')}`), 'denied', 'comments and blank lines');
    const lines = CLEAN.split('\n');
    const payerAt = lines.findIndex((l) => l === 'payer:');
    const payerEnd = lines.findIndex((l, i) => i > payerAt && /^\S/.test(l));
    const moved = [...lines.slice(0, payerAt), ...lines.slice(payerEnd), ...lines.slice(payerAt, payerEnd)].join('\n');
    assert.strictEqual(status(moved), 'denied', 'the payer section moved to the end');
    const asJson = JSON.stringify(lintText(CLEAN, { format: 'yaml', today: '2026-11-22' }).doc.value, null, 2);
    assert.strictEqual(status(asJson, 'json'), 'denied', 'the same claim as JSON');
    assert.strictEqual(status(CLEAN.replace('charge: 145.00', 'charge: 150.00').replace('totalCharge: 145.00', 'totalCharge: 150.00')), 'paid', 'a different charge is not a duplicate');
  });

  it('is deterministic', () => {
    const lint = cleanLint();
    assert.deepStrictEqual(adjudicate(lint, { submittedAt: AT }), adjudicate(lint, { submittedAt: AT }));
    assert.strictEqual(contentHash('a: 1  \r\nb: 2\n'), contentHash('a: 1\nb: 2'));
  });
});

describe('submission history (pure)', () => {
  it('round-trips entries as JSON Lines, numbers attempts per file, and reports unreadable lines', () => {
    const r = adjudicate(cleanLint(CLEAN), { submittedAt: AT });
    const e1 = makeEntry(r, 'a.claim.yaml', CLEAN, []);
    const e2 = makeEntry(r, 'a.claim.yaml', CLEAN, [e1]);
    assert.deepStrictEqual([e1.attempt, e2.attempt], [1, 2]);
    const text = serializeEntry(e1) + '{not json\n' + serializeEntry(e2);
    const parsed = parseHistory(text);
    assert.strictEqual(parsed.entries.length, 2);
    assert.deepStrictEqual(parsed.badLines, [2]);
  });

  it('exports CSV with a header, quoted cells and neutralised formulas', () => {
    const r = adjudicate(cleanLint(CLEAN), { submittedAt: AT });
    const csv = historyToCsv([makeEntry({ ...r, claimId: '=HYPERLINK("x")' }, 'a.claim.yaml', CLEAN, [])]);
    const [header, row] = csv.trim().split('\r\n');
    assert.match(header, /^"submittedAt","file","claimId","attempt","status"/);
    assert.match(row, /"'=HYPERLINK\(""x""\)"/);
    assert.match(row, /"paid","145\.00","92\.80","23\.20"/);
  });
});

describe('claimlint submit', () => {
  async function run(argv: string[], cwd: string) {
    let out = '';
    let err = '';
    const io: Io = { out: (s) => (out += s), err: (s) => (err += s), cwd, now: () => new Date(AT) };
    return { code: await main(argv, io), out, err };
  }
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'submit-'));
    fs.writeFileSync(path.join(dir, 'c.claim.yaml'), CLEAN);
    fs.writeFileSync(path.join(dir, 'bad.claim.yaml'), CLEAN.replace('  memberId: 1EG4TE5MK73\n', ''));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('json: the result object with the contract field names; exit 0 whatever the outcome', async () => {
    const ok = await run(['submit', '--format', 'json', '--today', '2026-11-22', 'c.claim.yaml'], dir);
    assert.strictEqual(ok.code, 0);
    const r = JSON.parse(ok.out);
    for (const k of ['claimId', 'payerId', 'status', 'stage', 'submittedAt', 'reasons', 'lines', 'totals']) assert.ok(k in r, k);
    assert.deepStrictEqual(Object.keys(r.totals).sort(), ['billed', 'paid', 'patientResponsibility']);
    for (const k of ['line', 'code', 'status', 'billed', 'allowed', 'paid', 'patientResponsibility']) assert.ok(k in r.lines[0], k);
    assert.strictEqual(r.submittedAt, '2026-11-22T00:00:00Z');
    assert.strictEqual(r.status, 'paid');
    const bad = await run(['submit', '--format', 'json', '--today', '2026-11-22', 'bad.claim.yaml'], dir);
    assert.strictEqual(bad.code, 0);
    const rejected = JSON.parse(bad.out);
    assert.strictEqual(rejected.status, 'rejected');
    for (const k of ['ruleId', 'line', 'carc', 'rarc', 'message']) assert.ok(k in rejected.reasons[0], k);
  });

  it('text: a readable notice; exit 2 when it cannot run', async () => {
    const t = await run(['submit', '--today', '2026-11-22', 'bad.claim.yaml'], dir);
    assert.match(t.out, /REJECTED/);
    for (const argv of [['submit'], ['submit', 'nope.claim.yaml'], ['submit', '--format', 'sarif', 'c.claim.yaml'], ['submit', 'c.claim.yaml', 'bad.claim.yaml']]) {
      const r = await run(argv, dir);
      assert.strictEqual(r.code, 2, argv.join(' '));
      assert.match(r.err, /^claimlint: /);
    }
  });
});
