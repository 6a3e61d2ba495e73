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

const VERIFIED_BODY: Record<string, boolean> = { AAPC: true, AHIMA: true, NHA: false, PAHCS: false };
const FULL: Record<string, string> = { 'CPC-A': 'CPC', 'COC-A': 'COC' };

/** Brief 5.1-5.3, body by body. */
function expectedCombined(held: string[]): Record<string, number | null> {
  let ids = [...new Set(held.map((id) => FULL[id] ?? id))];
  if (ids.includes('RHIA')) ids = ids.filter((id) => id !== 'RHIT');
  const out: Record<string, number | null> = {};
  for (const body of ['AAPC', 'AHIMA', 'NHA', 'PAHCS']) {
    const mine = ids.filter((id) => SINGLE[id].body === body);
    if (!mine.length) continue;
    const n = mine.length;
    if (body === 'AAPC') out[body] = [36, 40, 44, 48, 52][Math.min(n, 5) - 1];
    else if (body === 'AHIMA') out[body] = Math.min(50, Math.max(...mine.map((id) => (id === 'RHIA' ? 30 : 20))) + 10 * (n - 1));
    else if (body === 'NHA') out[body] = 10 * n;
    else out[body] = null;
  }
  return out;
}

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
      assert.strictEqual(reqs[0].verified, VERIFIED_BODY[exp.body], 'shown as verified only when the body rule and the credential renewal are primary-sourced');
    });
  }

  // Every pair of credentials against the combined rules as the credentialing bodies state them,
  // written out independently of the data: AAPC by count, AHIMA highest + 10 per additional capped at 50,
  // an apprentice counts as its full credential, a held RHIA replaces RHIT.
  for (const a of Object.keys(SINGLE)) {
    it(`${a} + each other credential → the combined rule of each body`, () => {
      for (const b of Object.keys(SINGLE)) {
        if (b === a) continue;
        const got = Object.fromEntries(ceuRequirement([a, b], data).map((r) => [r.body, r.required]));
        assert.deepStrictEqual(got, expectedCombined([a, b]), `${a} + ${b}`);
      }
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

  for (const [id, exp] of Object.entries(SINGLE)) {
    const full = FULL[id] ?? id;
    it(`${id}: a logged CEU counts toward ${exp.body}${exp.topic ? ` and toward ${full}'s topic content` : ''}`, () => {
      const entry = e('x', id, '2025-06-01', 5);
      const out = ceuCycleStatus([entry], [id], '2025-01-01', '2025-07-01', data);
      assert.deepStrictEqual(out.map((c) => c.body), [exp.body]);
      assert.strictEqual(out[0].earned, 5);
      assert.deepStrictEqual(out[0].entryIds, ['x']);
      assert.strictEqual(out[0].cycleEnd, '2026-12-31');
      assert.deepStrictEqual(out[0].topicStatus.map((t) => [t.credentialId, t.earned]), exp.topic ? [[full, 5]] : []);
      assert.strictEqual(out[0].remaining, exp.required === null ? null : exp.required - 5);
      assert.strictEqual(out[0].status, exp.required === null ? 'unknown-requirement' : 'in-progress');
    });
  }

  it('an entry for another body\'s credential is not counted', () => {
    const [aapc] = ceuCycleStatus([e('1', 'CCS', '2025-06-01', 5), e('2', 'COC-A', '2025-06-01', 3)], ['COC'], '2025-01-01', '2025-07-01', data);
    assert.strictEqual(aapc.earned, 3, 'COC-A hours count for COC; CCS hours do not');
  });

  it('unknown requirement (PAHCS) is reported as such', () => {
    const [p] = ceuCycleStatus([], ['PAHCS-MCS'], {}, '2026-01-01', data);
    assert.strictEqual(p.status, 'unknown-requirement');
    assert.strictEqual(p.remaining, null);
  });
});
