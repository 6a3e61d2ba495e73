// Table-driven payer outcomes through the real linter (not synthetic findings):
//   - every rule with a payer outcome, over its fail-* fixtures: reject → front-end rejection;
//     deny → exactly the lines its findings concern are denied with its CARC/RARC;
//     and lowered to information/hint the same rule changes nothing;
//   - every bundled payer profile: the fee schedule in exact cents, box 13, prior authorization,
//     referral, timely filing and the authorization-number pattern, all read from the profile;
//   - regressions: findings the payer column excludes, the payer claim number's date, reason texts.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { actionable, adjudicate, type SubmissionResult } from '../../../src/adjudication';
import { lintText, type LintOptions, type LintResult } from '../../../src/engine/lint';
import { bundledCodeSets } from '../../../src/node/bundledCodeSets';
import { RULES, RULES_BY_ID } from '../../../src/engine/rules';
import type { Finding } from '../../../src/engine/types';
import type { PayerProfile } from '../../../src/model/payer';
import { formatFromFileName } from '../../../src/parser/parse';
import { bundledPayers } from '../../../src/reference';
import reasonJson from '../../../data/reason-codes.json';

const ROOT = path.join(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'rules');
const CLEAN = fs.readFileSync(path.join(FIXTURES, '_clean', 'clean-medicare.claim.yaml'), 'utf8');
const TODAY = '2026-11-22';
const AT = '2026-11-22T10:00:00Z';

function fixtureOptions(text: string): { today?: string; rules?: LintOptions['rules'] } {
  const m = /^#\s*fixture:\s*(\{.*\})\s*$/m.exec(text.split(/\r?\n/)[0] ?? '');
  return m ? JSON.parse(m[1]) : {};
}

function lintFixture(file: string, rules?: LintOptions['rules']): LintResult {
  const text = fs.readFileSync(file, 'utf8');
  const opts = fixtureOptions(text);
  // As the CLI and the editor lint: with the bundled ICD-10-CM code sets by date of service.
  return lintText(text, { format: formatFromFileName(file), today: opts.today ?? TODAY, rules: { ...opts.rules, ...rules }, codeSets: bundledCodeSets().provider });
}

const failFixtures = (ruleId: string) => {
  const dir = path.join(FIXTURES, ruleId);
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^fail.*\.claim\.(ya?ml|json)$/.test(f)).map((f) => path.join(dir, f)) : [];
};

const outcome = (ruleId: string) => RULES_BY_ID.get(ruleId)!.payer;

/** The lines a deny finding concerns, written out independently of the adjudicator (0-based). */
function concerned(f: Finding, services: readonly ({ pointers?: (string | undefined)[] } | undefined)[]): number[] {
  if (f.serviceLine !== undefined) return [f.serviceLine];
  if (f.diagnosis !== undefined) {
    const letter = 'ABCDEFGHIJKL'[f.diagnosis];
    return services.flatMap((l, i) => ((l?.pointers ?? []).some((p) => p?.toUpperCase() === letter) ? [i] : []));
  }
  return services.map((_, i) => i);
}

/** An independent model of the mock payer's line arithmetic, in BigInt cents (half-up). */
function expectedLine(chargeCents: number, p: PayerProfile['payment']) {
  const scale = 1_000_000n;
  const mul = (c: bigint, f: number) => (c * BigInt(Math.round(f * 1e6)) * 2n + scale) / (2n * scale);
  const allowed = mul(BigInt(chargeCents), p.allowedPercentOfCharge);
  const patient = mul(allowed, p.coinsurance);
  return { allowed: Number(allowed) / 100, patientResponsibility: Number(patient) / 100, paid: Number(allowed - patient) / 100 };
}

function assertTotalsAddUp(r: SubmissionResult) {
  const c = (n: number) => Math.round(n * 100);
  assert.strictEqual(c(r.totals.billed), r.lines.reduce((a, l) => a + c(l.billed), 0), 'billed total');
  assert.strictEqual(c(r.totals.paid), r.lines.reduce((a, l) => a + c(l.paid), 0), 'paid total');
  assert.strictEqual(c(r.totals.patientResponsibility), r.lines.reduce((a, l) => a + c(l.patientResponsibility), 0), 'patient total');
  for (const l of r.lines) {
    assert.strictEqual(c(l.paid) + c(l.patientResponsibility), c(l.allowed), `line ${l.line}: paid + patient = allowed`);
    for (const k of ['billed', 'allowed', 'paid', 'patientResponsibility'] as const) assert.strictEqual(l[k], c(l[k]) / 100, `line ${l.line} ${k} is whole cents`);
  }
}

/** The clean Medicare claim rewritten for a payer (coverage, and a referral number when needed). */
function claimFor(payer: PayerProfile, text = CLEAN): string {
  let t = text.replace('id: PRACTICE-MEDICARE', `id: ${payer.id}`).replace('name: Medicare Part B (practice)', `name: ${payer.name}`).replace('coverage: medicare', `coverage: ${payer.coverage}`);
  if (payer.referral.required) t = t.replace('diagnoses:', 'referralNumber: REF1234567\ndiagnoses:');
  return t;
}

function withLines(text: string, lines: { code: string; charge: string; from?: string; pos?: string }[]): string {
  const body = lines
    .map((l) => `  - from: ${l.from ?? '2026-10-01'}\n    placeOfService: "${l.pos ?? '11'}"\n    code: "${l.code}"\n    pointers: [A, B]\n    charge: ${l.charge}\n    units: 1\n    renderingNpi: "1234567893"\n`)
    .join('');
  return text.replace(/services:\n[\s\S]*?billingProvider:/, `services:\n${body}billingProvider:`).replace(/totalCharge: [\d.]+\n/, '');
}

const lint = (text: string, rules?: LintOptions['rules'], today = TODAY) => lintText(text, { format: 'yaml', today, rules });
const errorsAndWarnings = (r: LintResult) => actionable(r.findings).map((f) => `${f.ruleId}: ${f.message}`);

function checkOutcome(ruleId: string, result: LintResult) {
  const rule = RULES_BY_ID.get(ruleId)!;
  const mine = actionable(result.findings).filter((f) => f.ruleId === rule.id);
  const r = adjudicate(result, { submittedAt: AT });
  const rejects = actionable(result.findings).filter((f) => outcome(f.ruleId).action === 'reject');
  if (rejects.length) {
    assert.strictEqual(r.status, 'rejected');
    assert.strictEqual(r.stage, 'front-end');
    assert.ok(r.acknowledgment && /^A[678]$/.test(r.acknowledgment.statusCategory));
    assert.ok(r.lines.every((l) => l.status === 'rejected' && l.paid === 0 && l.allowed === 0));
    assert.deepStrictEqual(r.totals.paid, 0);
    assert.deepStrictEqual(r.reasons.map((x) => x.ruleId), rejects.map((f) => f.ruleId), 'reasons are exactly the reject findings');
    for (const x of r.reasons) {
      const p = outcome(x.ruleId);
      assert.strictEqual(x.carc, null, 'a 277CA rejection carries no CARC');
      assert.deepStrictEqual(x.rarc, p.action === 'reject' ? (p.rarc ?? []) : []);
      assert.ok(x.box && x.path !== undefined, 'the field at fault is named');
    }
    if (rule.payer.action === 'reject') assert.ok(mine.length === 0 || r.reasons.some((x) => x.ruleId === rule.id));
    return;
  }
  if (rule.payer.action === 'reject') {
    assert.deepStrictEqual(mine, [], `${rule.id} is reject but its findings did not reject the claim`);
    return;
  }
  assert.strictEqual(r.stage, 'adjudication');
  if (!mine.length) return; // lowered by the fixture's own config
  const p = rule.payer as { carc: string; rarc?: string[] };
  const services = result.normalized.claim.services ?? [];
  const deniedBy = new Set<number>();
  for (const f of actionable(result.findings)) if (outcome(f.ruleId).action === 'deny') for (const i of concerned(f, services)) deniedBy.add(i);
  for (const f of mine) {
    const reason = r.reasons.find((x) => x.ruleId === rule.id && x.message === f.message);
    assert.ok(reason, `reason for ${f.message}`);
    assert.strictEqual(reason.carc, p.carc);
    assert.deepStrictEqual(reason.rarc, p.rarc ?? []);
    // Authorization, referral and line rules name their line; diagnosis rules their diagnosis. Only a
    // malformed authorization number on a payer that lists no codes concerns the whole claim.
    if (f.serviceLine === undefined && f.diagnosis === undefined) assert.ok(rule.id === 'invalid-authorization-number' && !result.payer?.priorAuthorization.required.length, `${rule.id} finding names no line or diagnosis: ${f.message}`);
    for (const i of concerned(f, services)) {
      assert.strictEqual(r.lines[i].status, 'denied', `line ${i + 1} is denied`);
      assert.strictEqual(r.lines[i].paid, 0);
    }
  }
  r.lines.forEach((l, i) => assert.strictEqual(l.status, deniedBy.has(i) ? 'denied' : 'paid', `line ${i + 1}`));
  assert.strictEqual(r.status, deniedBy.size === 0 ? 'paid' : deniedBy.size === r.lines.length ? 'denied' : 'partially-paid');
  assertTotalsAddUp(r);
}

describe('payer outcomes of every rule, through the real linter (fail fixtures)', () => {
  const withOutcome = RULES.filter((r) => r.payer.action !== 'none');

  for (const rule of withOutcome) {
    const files = failFixtures(rule.id);
    it(`${rule.id} has fail fixtures`, () => assert.ok(files.length > 0, `test/fixtures/rules/${rule.id}/fail-*`));

    for (const file of files) {
      const rel = path.relative(FIXTURES, file);
      // As the fixture is written, and with the rule at its default severity (unknown-diagnosis is
      // only information with the practice code book; a full code set makes it an error).
      it(`${rel} → ${rule.payer.action}`, () => {
        for (const result of [lintFixture(file), lintFixture(file, { [rule.id]: rule.defaultSeverity })]) checkOutcome(rule.id, result);
      });

      if (rule.payer.action !== 'none') {
        it(`${rel}: ${rule.id} lowered to information or hint changes nothing`, () => {
          for (const sev of ['information', 'hint'] as const) {
            const lowered = lintFixture(file, { [rule.id]: sev });
            const off = lintFixture(file, { [rule.id]: 'off' });
            const a = adjudicate(lowered, { submittedAt: AT });
            const b = adjudicate(off, { submittedAt: AT });
            assert.ok(!a.reasons.some((x) => x.ruleId === rule.id), `${sev}: no reason from ${rule.id}`);
            // Same outcome as if the rule did not exist (the claim text, hence the claim number, is the same).
            assert.deepStrictEqual({ ...a, notes: [] }, { ...b, notes: [] });
          }
        });
      }
    }
  }

  it('every deny rule has a fixture that reaches adjudication and denies a line', () => {
    const missing = withOutcome
      .filter((r) => r.payer.action === 'deny')
      .filter((rule) => !failFixtures(rule.id).some((file) => adjudicate(lintFixture(file, { [rule.id]: rule.defaultSeverity }), { submittedAt: AT }).reasons.some((x) => x.ruleId === rule.id && x.carc)));
    assert.deepStrictEqual(missing.map((r) => r.id), []);
  });
});

describe('every bundled payer profile', () => {
  for (const payer of bundledPayers()) {
    describe(payer.id, () => {
      it('pays a clean claim from its fee schedule, in exact cents (incl. 33.33, 0.10 + 0.20, 104.93-style half-up)', () => {
        const charges = ['145.00', '33.33', '0.10', '0.20', '123.45', '0.01', '99999.99'];
        const text = claimFor(payer, withLines(CLEAN, charges.map((charge, i) => ({ code: ['99214', '99213', '99212', '99211', '99215', '36415', '99205'][i], charge }))));
        const result = lint(text);
        assert.deepStrictEqual(errorsAndWarnings(result), []);
        const r = adjudicate(result, { submittedAt: AT });
        assert.strictEqual(r.status, 'paid');
        assert.strictEqual(r.payTo, 'provider');
        charges.forEach((c, i) => {
          const cents = Math.round(Number(c) * 100);
          assert.deepStrictEqual(
            { billed: r.lines[i].billed, ...expectedLine(cents, payer.payment) },
            { billed: cents / 100, allowed: r.lines[i].allowed, paid: r.lines[i].paid, patientResponsibility: r.lines[i].patientResponsibility },
            `line ${i + 1} charge ${c}`,
          );
        });
        assertTotalsAddUp(r);
        assert.strictEqual(r.totals.billed, 100302.08);
      });

      it(`box 13 missing: pays the ${payer.insuredSignatureRequired ? 'patient, and says so' : 'provider (box 13 not required)'}`, () => {
        const result = lint(claimFor(payer).replace('  insured: { onFile: true }\n', ''));
        assert.ok(result.findings.some((f) => f.ruleId === 'missing-insured-signature'));
        const r = adjudicate(result, { submittedAt: AT });
        assert.strictEqual(r.status, 'paid', 'box 13 never denies');
        assert.strictEqual(r.payTo, payer.insuredSignatureRequired ? 'patient' : 'provider');
        assert.strictEqual(r.notes.some((n) => /goes to the patient/.test(n)), payer.insuredSignatureRequired);
      });

      it('prior authorization: each required code without box 23 is denied (CARC 197); a bad number (CARC 15) only where the profile has a pattern', () => {
        const required = payer.priorAuthorization.required;
        const codes = required.map((p) => p.split('-')[0]);
        const text = claimFor(payer, withLines(CLEAN, [{ code: '99214', charge: '145.00' }, ...codes.map((code) => ({ code, charge: '900.00' }))]));
        const r = adjudicate(lint(text), { submittedAt: AT });
        assert.strictEqual(r.lines[0].status, 'paid');
        r.lines.slice(1).forEach((l) => {
          assert.strictEqual(l.status, 'denied', l.code);
          assert.strictEqual(l.adjustments[0].carc, '197');
        });
        assert.strictEqual(r.status, codes.length ? 'partially-paid' : 'paid');

        const bad = adjudicate(lint(text.replace('diagnoses:', 'priorAuthorization: pa-77\ndiagnoses:')), { submittedAt: AT });
        const expectDenied = codes.length > 0 && !!payer.priorAuthorization.numberPattern && !new RegExp(payer.priorAuthorization.numberPattern).test('pa-77');
        assert.strictEqual(bad.lines[0].status, 'paid', 'a line that needs no authorization is never denied for its number');
        bad.lines.slice(1).forEach((l) => assert.deepStrictEqual([l.status, l.adjustments[0]?.carc], expectDenied ? ['denied', '15'] : ['paid', '45'], l.code));
      });

      it(`referral: ${payer.referral.required ? 'lines not exempt are denied (CARC 288)' : 'not required'}`, () => {
        const exemptCode = payer.referral.exemptCodes[0]?.split('-')[0];
        const exemptPos = payer.referral.exemptPlacesOfService[0];
        const lines = [{ code: '99214', charge: '145.00' }, ...(exemptPos ? [{ code: '99213', charge: '100.00', pos: exemptPos }] : []), ...(exemptCode ? [{ code: exemptCode, charge: '200.00' }] : [])];
        const text = claimFor({ ...payer, referral: { ...payer.referral, required: false } }, withLines(CLEAN, lines));
        const r = adjudicate(lint(text), { submittedAt: AT });
        assert.deepStrictEqual(
          r.lines.map((l) => [l.status, l.adjustments[0]?.carc]),
          r.lines.map((_, i) => (payer.referral.required && i === 0 ? ['denied', '288'] : ['paid', '45'])),
        );
      });

      it(`timely filing: ${payer.timelyFilingDays} days is in time, one more is denied (CARC 29)`, () => {
        const day = (n: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) - n * 86400000).toISOString().slice(0, 10);
        const text = claimFor(payer, withLines(CLEAN, [{ code: '99214', charge: '145.00', from: day(payer.timelyFilingDays) }, { code: '99213', charge: '100.00', from: day(payer.timelyFilingDays + 1) }]));
        const result = lint(text.replace(/date: 2026-10-02/, `date: ${TODAY}`));
        const r = adjudicate(result, { submittedAt: AT });
        assert.deepStrictEqual(r.lines.map((l) => [l.status, l.adjustments[0]?.carc]), [['paid', '45'], ['denied', '29']]);
        assert.strictEqual(r.status, 'partially-paid');
      });
    });
  }
});

describe('payer outcome regressions', () => {
  const hmo = bundledPayers().find((p) => p.id === 'PRACTICE-HMO')!;

  it('too-many-service-lines rejects only above 50 lines, even when config raises it (7–50 lines are fine electronically)', () => {
    const eight = claimFor(hmo, withLines(CLEAN, Array.from({ length: 8 }, (_, i) => ({ code: ['99211', '99212', '99213', '99214', '99215', '99202', '99203', '99204'][i], charge: '50.00' }))));
    for (const sev of ['error', 'warning'] as const) {
      const result = lint(eight, { 'too-many-service-lines': sev });
      assert.ok(result.findings.some((f) => f.ruleId === 'too-many-service-lines' && f.severity === sev));
      assert.strictEqual(adjudicate(result, { submittedAt: AT }).status, 'paid', sev);
    }
    const many = claimFor(hmo, withLines(CLEAN, Array.from({ length: 51 }, () => ({ code: '99213', charge: '50.00' }))));
    assert.strictEqual(adjudicate(lint(many), { submittedAt: AT }).status, 'rejected');
  });

  it('a malformed authorization number denies nothing when no line needs the authorization, even raised to warning', () => {
    const text = claimFor(hmo).replace('diagnoses:', 'priorAuthorization: PA-77\ndiagnoses:');
    for (const sev of [undefined, 'warning', 'error'] as const) {
      const result = lint(text, sev ? { 'invalid-authorization-number': sev } : undefined);
      assert.ok(result.findings.some((f) => f.ruleId === 'invalid-authorization-number'));
      const r = adjudicate(result, { submittedAt: AT });
      assert.strictEqual(r.status, 'paid', String(sev));
      assert.deepStrictEqual(r.reasons, []);
    }
  });

  it('same claim + config + date → same result whatever the clock says (only submittedAt differs)', () => {
    const result = lint(CLEAN);
    const a = adjudicate(result, { submittedAt: '2026-11-22T00:00:00Z' });
    const b = adjudicate(lint(CLEAN), { submittedAt: '2026-12-01T17:53:45Z' });
    assert.deepStrictEqual({ ...b, submittedAt: a.submittedAt }, a);
    assert.strictEqual(a.payerClaimNumber, `PCN20261122${a.contentHash.toUpperCase()}`);
  });

  it('an identical resubmission of a paid or partially-paid claim is a duplicate (OA-18 on every line); a replacement is not', () => {
    const partial = lint(withLines(CLEAN, [{ code: '99214', charge: '145.00' }, { code: '99213', charge: '100.00', from: '2025-01-02' }]));
    const first = adjudicate(partial, { submittedAt: AT });
    assert.strictEqual(first.status, 'partially-paid');
    const again = adjudicate(partial, { submittedAt: '2026-11-23T10:00:00Z', previous: [first] });
    assert.strictEqual(again.status, 'denied');
    assert.deepStrictEqual(again.reasons[0], { ...again.reasons[0], ruleId: 'duplicate-claim', carc: '18', group: 'OA' });
    assert.ok(again.lines.every((l) => l.adjustments.some((x) => x.group === 'OA' && x.carc === '18') && l.paid === 0));
    assert.strictEqual(again.payerClaimNumber, first.payerClaimNumber);
    assertTotalsAddUp(again);
    const rejected = adjudicate(lint(CLEAN.replace('  memberId: 1EG4TE5MK73\n', '')), { submittedAt: AT });
    assert.strictEqual(adjudicate(lint(CLEAN.replace('  memberId: 1EG4TE5MK73\n', '')), { submittedAt: AT, previous: [rejected] }).status, 'rejected', 'a rejected claim was never processed');
    const paid = adjudicate(lint(CLEAN), { submittedAt: AT });
    const repl = lint(CLEAN.replace('  frequency: original', `  frequency: replacement\n  originalReference: "${paid.payerClaimNumber}"`));
    assert.strictEqual(adjudicate(repl, { submittedAt: AT, previous: [paid, adjudicate(repl, { submittedAt: AT })] }).status, 'paid');
  });

  it('reason-code meanings are the project\'s own words, not the official X12 texts', () => {
    const official = [
      /missing\/incomplete\/invalid/i,
      /^missing, incomplete or invalid/i,
      /^the time limit for filing has expired\.?$/i,
      /^exact duplicate claim\/service/i,
      /^precertification\/authorization\/notification/i,
      /^referral absent\.?$/i,
      /^claim\/service lacks information/i,
    ];
    for (const e of [...reasonJson.carc, ...reasonJson.rarc]) for (const re of official) assert.doesNotMatch(e.meaning, re, `${e.code}: ${e.meaning}`);
  });
});
