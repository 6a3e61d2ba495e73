import * as assert from 'assert';
import { loadGuidanceData } from '../../../src/guidance/data';
import { ceuCycleStatus, ceuRequirement } from '../../../src/guidance/ceu';
import type { CeuEntry } from '../../../src/model/guidance';

const data = loadGuidanceData();

/** Single-credential requirement and credential-specific content, for every credential. */
const SINGLE: Record<string, { body: string; required: number | null; topic?: number }> = {
  CPC: { body: 'AAPC', required: 36 },
  'CPC-A': { body: 'AAPC', required: 36 },
  COC: { body: 'AAPC', required: 36 },
  'COC-A': { body: 'AAPC', required: 36 },
  CIC: { body: 'AAPC', required: 36 },
  'CPC-P': { body: 'AAPC', required: 36 },
  CRC: { body: 'AAPC', required: 36 },
  CPB: { body: 'AAPC', required: 36 },
  CPMA: { body: 'AAPC', required: 36, topic: 16 },
  CPCO: { body: 'AAPC', required: 36, topic: 16 },
  CPPM: { body: 'AAPC', required: 36, topic: 16 },
  CDEO: { body: 'AAPC', required: 36, topic: 16 },
  CIRCC: { body: 'AAPC', required: 36, topic: 16 },
  CEMC: { body: 'AAPC', required: 36, topic: 8 },
  CCC: { body: 'AAPC', required: 36, topic: 8 },
  CGSC: { body: 'AAPC', required: 36, topic: 8 },
  CCA: { body: 'AHIMA', required: 20 },
  CCS: { body: 'AHIMA', required: 20 },
  'CCS-P': { body: 'AHIMA', required: 20 },
  RHIT: { body: 'AHIMA', required: 20 },
  RHIA: { body: 'AHIMA', required: 30 },
  CBCS: { body: 'NHA', required: 10 },
  'PAHCS-MCS': { body: 'PAHCS', required: null },
};

describe('ceuRequirement', () => {
  it('the table covers every credential', () => {
    assert.deepStrictEqual(Object.keys(SINGLE).sort(), data.credentials.map((c) => c.id).sort());
  });
  for (const [id, exp] of Object.entries(SINGLE)) {
    it(`${id} alone → ${exp.required ?? 'unknown'} (${exp.body})`, () => {
      const reqs = ceuRequirement([id], data);
      assert.strictEqual(reqs.length, 1);
      assert.strictEqual(reqs[0].body, exp.body);
      assert.strictEqual(reqs[0].required, exp.required);
      assert.strictEqual(reqs[0].cycleYears, 2);
      assert.deepStrictEqual(reqs[0].topics.map((t) => t.ceus), exp.topic ? [exp.topic] : []);
    });
  }

  it('AAPC combined rule: 36/40/44/48/52 for 1/2/3/4/5+', () => {
    const ids = ['CPC', 'CPB', 'CRC', 'CIC', 'CPMA', 'CPCO'];
    const got = [1, 2, 3, 4, 5, 6].map((n) => ceuRequirement(ids.slice(0, n), data)[0].required);
    assert.deepStrictEqual(got, [36, 40, 44, 48, 52, 52]);
  });

  it('an apprentice counts as its full credential (CPC + CPC-A is one credential)', () => {
    const [r] = ceuRequirement(['CPC', 'CPC-A'], data);
    assert.deepStrictEqual(r.counted, ['CPC']);
    assert.strictEqual(r.required, 36);
  });

  it('AHIMA: highest base + 10 per additional, capped at 50; RHIA replaces RHIT', () => {
    assert.strictEqual(ceuRequirement(['CCA', 'CCS'], data)[0].required, 30);
    assert.strictEqual(ceuRequirement(['CCS', 'RHIA'], data)[0].required, 40);
    const both = ceuRequirement(['RHIT', 'RHIA'], data)[0];
    assert.strictEqual(both.required, 30);
    assert.ok(both.notes.some((n) => /RHIT is replaced by RHIA/.test(n)));
    const many = ceuRequirement(['CCA', 'CCS', 'CCS-P', 'RHIA'], data)[0];
    assert.strictEqual(many.required, 50);
    assert.match(many.explanation, /capped at 50/);
  });

  it('one entry per body, unknown ids ignored', () => {
    const r = ceuRequirement(['CPC', 'CCS', 'CBCS', 'NOPE'], data);
    assert.deepStrictEqual(r.map((x) => [x.body, x.required]), [['AAPC', 36], ['AHIMA', 20], ['NHA', 10]]);
  });
});

describe('ceuCycleStatus', () => {
  const e = (id: string, credentialId: string, date: string, hours: number): CeuEntry => ({ id, credentialId, date, hours, provider: 'P', title: 'T' });
  const log = [
    e('1', 'CPC', '2024-12-31', 10), // before the cycle
    e('2', 'CPC', '2025-01-01', 20),
    e('3', 'CPMA', '2025-06-01', 16),
    e('4', 'CPC-A', '2026-12-31', 4), // last day
    e('5', 'CPC', '2027-01-01', 9), // after
    e('6', 'CCS', '2025-03-01', 5),
  ];

  it('totals entries inside the cycle; cycle end is start + 2 years − 1 day', () => {
    const [aapc, ahima] = ceuCycleStatus(log, ['CPC', 'CPMA', 'CCS'], { AAPC: '2025-01-01' }, '2026-06-01', data);
    assert.strictEqual(aapc.cycleEnd, '2026-12-31');
    assert.strictEqual(aapc.required, 40);
    assert.strictEqual(aapc.earned, 40);
    assert.strictEqual(aapc.remaining, 0);
    assert.strictEqual(aapc.outsideCycle, 2);
    assert.deepStrictEqual(aapc.topicStatus.map((t) => [t.credentialId, t.earned, t.met]), [['CPMA', 16, true]]);
    assert.strictEqual(aapc.status, 'met');
    assert.strictEqual(aapc.daysLeft, 213);
    assert.strictEqual(ahima.status, 'no-start-date');
    assert.strictEqual(ahima.earned, 5);
  });

  it('topic content must be met too; an ended cycle short of the total says so', () => {
    const [aapc] = ceuCycleStatus([e('1', 'CPC', '2025-02-01', 45)], ['CPC', 'CPMA'], '2025-01-01', '2026-06-01', data);
    assert.strictEqual(aapc.remaining, 0);
    assert.strictEqual(aapc.topicStatus[0].met, false);
    assert.strictEqual(aapc.status, 'in-progress');
    const [late] = ceuCycleStatus([e('1', 'CPC', '2025-02-01', 5)], ['CPC'], '2025-01-01', '2027-02-01', data);
    assert.strictEqual(late.status, 'ended-short');
    assert.strictEqual(late.remaining, 31);
  });

  it('unknown requirement (PAHCS) is reported as such', () => {
    const [p] = ceuCycleStatus([], ['PAHCS-MCS'], {}, '2026-01-01', data);
    assert.strictEqual(p.status, 'unknown-requirement');
    assert.strictEqual(p.remaining, null);
  });
});
