import * as assert from 'assert';
import { loadGuidanceData } from '../../../src/guidance/data';
import { checkEligibility, type EligibilityStatus } from '../../../src/guidance/eligibility';
import { DEFAULT_PROFILE, type Profile } from '../../../src/model/guidance';

const data = loadGuidanceData();
const AS_OF = '2026-11-22';
const profile = (p: Partial<Profile>): Profile => ({ ...DEFAULT_PROFILE, ...p });

/** The profiles every credential is checked against. */
const PROFILES = {
  none: profile({ education: 'none' }),
  hsNew: profile({ education: 'high-school' }),
  cert12mCourse: profile({ education: 'certificate', programAccreditation: 'PCAP', monthsExperience: 12, training: ['coding-course-80h'] }),
  cahiimAssoc30m: profile({ education: 'associate', programAccreditation: 'CAHIIM', monthsExperience: 30 }),
  cahiimBachelor: profile({ education: 'bachelor', programAccreditation: 'CAHIIM' }),
  billingProgram: profile({ education: 'high-school', training: ['billing-coding-program-5y'] }),
  cahiimStudent: profile({ education: 'high-school', training: ['cahiim-final-term'] }),
  exp24: profile({ education: 'high-school', monthsExperience: 24 }),
  coursePracticode: profile({ education: 'high-school', training: ['coding-course-80h', 'practicode'] }),
} as const;
type ProfileName = keyof typeof PROFILES;

/** status[:monthsToGo] per profile, and the designation passing now would give (CPC/COC apprenticeship). */
type Expect = Record<ProfileName, string> & { awards?: Partial<Record<ProfileName, string>>; verified: boolean };
const NOW_ALL = {
  none: 'eligible-now', hsNew: 'eligible-now', cert12mCourse: 'eligible-now', cahiimAssoc30m: 'eligible-now', cahiimBachelor: 'eligible-now',
  billingProgram: 'eligible-now', cahiimStudent: 'eligible-now', exp24: 'eligible-now', coursePracticode: 'eligible-now',
};
/** CPC/COC: the exam is open to all; 2 years, 1 year + course/Practicode, or course + Practicode earn the full credential. */
const APPRENTICE_AWARDS = (full: string, a: string) => ({
  none: a, hsNew: a, cert12mCourse: full, cahiimAssoc30m: full, cahiimBachelor: a,
  billingProgram: a, cahiimStudent: a, exp24: full, coursePracticode: full,
});
const UNCONFIRMED: Expect = { ...NOW_ALL, verified: false };
const HS_ONLY = { ...NOW_ALL, none: 'not-eligible' };

const TABLE: Record<string, Expect> = {
  CPC: { ...NOW_ALL, awards: APPRENTICE_AWARDS('CPC', 'CPC-A'), verified: true },
  'CPC-A': { ...NOW_ALL, awards: APPRENTICE_AWARDS('CPC-A', 'CPC-A'), verified: true },
  COC: { ...NOW_ALL, awards: APPRENTICE_AWARDS('COC', 'COC-A'), verified: true },
  'COC-A': { ...NOW_ALL, awards: APPRENTICE_AWARDS('COC-A', 'COC-A'), verified: true },
  CIC: UNCONFIRMED,
  'CPC-P': UNCONFIRMED,
  CRC: UNCONFIRMED,
  CPB: UNCONFIRMED,
  CPMA: UNCONFIRMED,
  CPCO: UNCONFIRMED,
  CPPM: UNCONFIRMED,
  CDEO: UNCONFIRMED,
  CIRCC: UNCONFIRMED,
  CEMC: UNCONFIRMED,
  CCC: UNCONFIRMED,
  CGSC: UNCONFIRMED,
  CCA: { ...HS_ONLY, verified: false },
  CCS: { ...HS_ONLY, verified: true },
  'CCS-P': { ...HS_ONLY, verified: false },
  // CAHIIM associate program, or a student in a CAHIIM program testing early (brief 5.2, 5.4).
  RHIT: {
    none: 'not-eligible', hsNew: 'not-eligible', cert12mCourse: 'not-eligible', cahiimAssoc30m: 'eligible-now', cahiimBachelor: 'eligible-now',
    billingProgram: 'not-eligible', cahiimStudent: 'eligible-now', exp24: 'not-eligible', coursePracticode: 'not-eligible', verified: false,
  },
  // CAHIIM bachelor's/master's or post-baccalaureate certificate only; no experience route.
  RHIA: {
    none: 'not-eligible', hsNew: 'not-eligible', cert12mCourse: 'not-eligible', cahiimAssoc30m: 'not-eligible', cahiimBachelor: 'eligible-now',
    billingProgram: 'not-eligible', cahiimStudent: 'not-eligible', exp24: 'not-eligible', coursePracticode: 'not-eligible', verified: false,
  },
  // Diploma + a billing/coding program within 5 years, or + 1 year of supervised work (brief 5.3).
  CBCS: {
    none: 'not-eligible', hsNew: 'eligible-after:12', cert12mCourse: 'eligible-now', cahiimAssoc30m: 'eligible-now', cahiimBachelor: 'eligible-after:12',
    billingProgram: 'eligible-now', cahiimStudent: 'eligible-after:12', exp24: 'eligible-now', coursePracticode: 'eligible-after:12', verified: false,
  },
  // As the issue describes it (unconfirmed): 2 years of experience or post-secondary training.
  'PAHCS-MCS': {
    none: 'eligible-after:24', hsNew: 'eligible-after:24', cert12mCourse: 'eligible-now', cahiimAssoc30m: 'eligible-now', cahiimBachelor: 'eligible-now',
    billingProgram: 'eligible-after:24', cahiimStudent: 'eligible-after:24', exp24: 'eligible-now', coursePracticode: 'eligible-after:24', verified: false,
  },
};

/** Membership needed to keep the credential, by body (brief 5.1: AAPC membership required; 5.2: AHIMA holders need not be members). */
const MEMBERSHIP: Record<string, string | null> = { AAPC: 'AAPC', AHIMA: null, NHA: null, PAHCS: 'PAHCS' };
/** Credentials whose exam gives an apprentice designation (brief 5.1: CPC-A / COC-A). */
const APPRENTICE: Record<string, string> = { CPC: 'CPC-A', 'CPC-A': 'CPC-A', COC: 'COC-A', 'COC-A': 'COC-A' };

describe('checkEligibility (every credential × every profile)', () => {
  it('the table covers every credential in the data', () => {
    assert.deepStrictEqual(Object.keys(TABLE).sort(), data.credentials.map((c) => c.id).sort());
  });

  for (const cred of data.credentials) {
    const exp = TABLE[cred.id];
    for (const name of Object.keys(PROFILES) as ProfileName[]) {
      it(`${cred.id} for ${name} → ${exp?.[name]}`, () => {
        const r = checkEligibility(PROFILES[name], cred, AS_OF);
        const [status, months] = exp[name].split(':') as [EligibilityStatus, string | undefined];
        assert.strictEqual(r.status, status, r.reasons.join(' | '));
        assert.strictEqual(r.monthsToGo, months === undefined ? undefined : Number(months));
        if (r.status === 'eligible-after') assert.ok(r.eligibleOn && r.eligibleOn > AS_OF);
        assert.strictEqual(r.verified, exp.verified);
        assert.ok(r.reasons.length > 0, 'always explains');
        assert.ok(r.fastestRoute, 'always names a route');
        if (r.status === 'eligible-now') assert.ok(r.fastestRoute!.met);
        if (!exp.verified) assert.ok(r.reasons.some((x) => x.startsWith('Not verified')), 'unverified answers say so');
        if (exp.awards) assert.strictEqual(r.awards, exp.awards[name]);
      });
    }
  }
});

describe('checkEligibility per credential: apprenticeship, membership, already held', () => {
  for (const cred of data.credentials) {
    it(`${cred.id}: apprentice designation ${APPRENTICE[cred.id] ?? 'none'}; 6 months of experience → ${APPRENTICE[cred.id] ? '18 months to remove it' : 'no apprentice countdown'}`, () => {
      assert.strictEqual(cred.eligibility.apprentice?.designation ?? undefined, APPRENTICE[cred.id]);
      const r = checkEligibility(profile({ monthsExperience: 6 }), cred, AS_OF);
      assert.strictEqual(r.apprenticeMonthsToGo, APPRENTICE[cred.id] ? 18 : undefined);
      if (APPRENTICE[cred.id] && cred.kind !== 'apprentice') assert.strictEqual(r.awards, APPRENTICE[cred.id]);
      if (!APPRENTICE[cred.id]) assert.strictEqual(r.awards, cred.id);
    });

    it(`${cred.id}: membership ${MEMBERSHIP[cred.body] ?? 'not required'}; reminder only for non-members`, () => {
      assert.ok(cred.body in MEMBERSHIP, `unexpected body ${cred.body}`);
      const needed = MEMBERSHIP[cred.body];
      assert.strictEqual(cred.eligibility.membership, needed);
      const mentions = (r: { reasons: string[] }) => r.reasons.some((x) => /membership/i.test(x) && !x.startsWith('Not verified'));
      assert.strictEqual(mentions(checkEligibility(profile({}), cred, AS_OF)), needed !== null);
      if (needed) assert.strictEqual(mentions(checkEligibility(profile({ memberships: [needed as Profile['memberships'][number]] }), cred, AS_OF)), false);
    });

    it(`${cred.id}: holding it is reported`, () => {
      const r = checkEligibility(profile({ credentialsHeld: [cred.id] }), cred, AS_OF);
      assert.strictEqual(r.held, true);
      assert.ok(r.reasons.includes(`You already hold ${cred.id}.`));
    });
  }
});

describe('checkEligibility details', () => {
  const cred = (id: string) => data.credentialById.get(id)!;

  it('CPC without experience: sit now, earn CPC-A, months to remove the A', () => {
    const r = checkEligibility(profile({ monthsExperience: 6 }), cred('CPC'), AS_OF);
    assert.strictEqual(r.status, 'eligible-now');
    assert.strictEqual(r.awards, 'CPC-A');
    assert.strictEqual(r.apprenticeMonthsToGo, 18);
    assert.ok(r.reasons.some((x) => /AAPC membership/.test(x)));
  });

  it('CPC apprenticeship routes: 1 year + Practicode, or course + Practicode with no experience', () => {
    assert.strictEqual(checkEligibility(profile({ monthsExperience: 12, training: ['practicode'] }), cred('CPC'), AS_OF).awards, 'CPC');
    assert.strictEqual(checkEligibility(profile({ training: ['practicode', 'coding-course-80h'] }), cred('CPC'), AS_OF).awards, 'CPC');
    assert.strictEqual(checkEligibility(profile({ monthsExperience: 11, training: ['practicode'] }), cred('CPC'), AS_OF).awards, 'CPC-A');
  });

  it('holding CPC-A: tells how long until the A can be removed', () => {
    const r = checkEligibility(profile({ monthsExperience: 20, credentialsHeld: ['CPC-A'], memberships: ['AAPC'] }), cred('CPC'), AS_OF);
    assert.strictEqual(r.apprenticeMonthsToGo, 4);
    assert.ok(r.reasons.some((x) => x.startsWith('You hold CPC-A')));
    assert.ok(!r.reasons.some((x) => /AAPC membership/.test(x)), 'member: no membership reminder');
  });

  it('AHIMA CCS: eligible with a diploma, recommendations listed', () => {
    const r = checkEligibility(profile({}), cred('CCS'), AS_OF);
    assert.strictEqual(r.status, 'eligible-now');
    assert.ok(r.recommendations.some((x) => /2 years/.test(x)));
  });

  it('RHIT needs CAHIIM: an unaccredited associate degree is not enough, a CAHIIM student may test early', () => {
    const r = checkEligibility(profile({ education: 'associate', programAccreditation: 'PCAP' }), cred('RHIT'), AS_OF);
    assert.strictEqual(r.status, 'not-eligible');
    assert.ok(r.reasons.some((x) => /CAHIIM-accredited/.test(x)));
    assert.strictEqual(checkEligibility(profile({ training: ['cahiim-final-term'] }), cred('RHIT'), AS_OF).status, 'eligible-now');
  });

  it('AHIMA early testing is for the final term only, verified by the program director, and exists for the RHIA too', () => {
    const rhit = cred('RHIT').eligibility.routes.find((r) => r.training.includes('cahiim-final-term'));
    assert.ok(rhit && /final term/.test(rhit.label) && /program director/.test(rhit.label), rhit?.label);
    const rhia = checkEligibility(profile({ education: 'high-school', training: ['cahiim-final-term-bacc'] }), cred('RHIA'), AS_OF);
    assert.strictEqual(rhia.status, 'eligible-now', rhia.reasons.join(' | '));
    assert.match(rhia.fastestRoute!.label, /final term.*bachelor's or master's.*program director/);
    assert.notStrictEqual(checkEligibility(profile({ training: ['cahiim-final-term'] }), cred('RHIA'), AS_OF).status, 'eligible-now', 'an associate-level student cannot test early for the RHIA');
    const rhitGap = checkEligibility(profile({ education: 'high-school' }), cred('RHIT'), AS_OF);
    assert.ok(rhitGap.reasons.some((x) => /final term/.test(x)), rhitGap.reasons.join(' | '));
  });

  it("AHIMA's 120-day window is to schedule and take the exam, not only to schedule it", () => {
    for (const c of data.credentials.filter((x) => x.body === 'AHIMA')) {
      const notes = c.eligibility.notes.join(' ');
      assert.match(notes, /scheduled and taken within 120 days/, c.id);
      assert.doesNotMatch(notes, /window to schedule/, c.id);
    }
  });

  it('eligible-after gives a date', () => {
    const r = checkEligibility(profile({ monthsExperience: 3 }), cred('CBCS'), '2026-01-31');
    assert.strictEqual(r.monthsToGo, 9);
    assert.strictEqual(r.eligibleOn, '2026-10-31');
  });

  it('already held is reported', () => {
    assert.strictEqual(checkEligibility(profile({ credentialsHeld: ['CCA'] }), cred('CCA'), AS_OF).held, true);
  });
});
