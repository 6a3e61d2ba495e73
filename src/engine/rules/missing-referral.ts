import { forEachLine } from '../util/serviceLines';
import { codeMatches } from '../../model/payer';
import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';
import { lineCode, lineLabel } from '../util/authorization';

export default defineRule({
  id: 'missing-referral',
  title: 'Payer requires a referral and box 17/23 carries none',
  section: 'Authorizations and referrals',
  box: '17/23',
  x12: '2310A NM1*DN (referring provider) / 2300 REF*9F (referral number)',
  defaultSeverity: 'error',
  payer: { action: 'deny', carc: '288' },
  docs: {
    meaning:
      "Some plans (typically HMOs) only pay for a specialist or other service when the patient's primary care provider referred the patient. The payer profile says this payer requires a referral, and the claim shows none: box 17 has no referring provider (qualifier DN) with an NPI, and box 23 has no referral number. Lines at an exempt place of service (e.g. urgent care or the emergency room) or with an exempt code (e.g. preventive visits) do not need one.",
    why: 'Without a referral the payer treats the visit as self-referred and denies the lines that need one with CARC 288 (no referral on the claim). Whether the practice or the patient then bears the cost depends on the plan and the provider\'s contract.',
    fix: "Add the referring primary care provider in box 17 as `referringProvider: { qualifier: DN, name: { … }, npi: \"…\" }`, or the payer's referral number as `referralNumber`. If the patient was not referred, get a referral before billing or tell the patient about their liability.",
    bad: 'payer: { id: PRACTICE-HMO }\nservices:\n  - { from: 2026-11-02, placeOfService: "11", code: "99213", charge: 110.00, units: 1 }',
    good: 'payer: { id: PRACTICE-HMO }\nreferringProvider:\n  qualifier: DN\n  name: { last: SMITH, first: ANNA }\n  npi: "1558598797"\nservices:\n  - { from: 2026-11-02, placeOfService: "11", code: "99213", charge: 110.00, units: 1 }',
  },
  check(ctx, report) {
    const rules = ctx.payer?.referral;
    if (!rules?.required) return;
    // A box 17 or 23 value of the wrong type was already reported; do not guess what it meant.
    for (const p of [['referringProvider'], ['referringProvider', 'qualifier'], ['referringProvider', 'npi'], ['referralNumber']]) if (ctx.isInvalid(p)) return;
    const ref = ctx.claim.referringProvider;
    if (ref?.qualifier === 'DN' && !isBlank(ref.npi)) return;
    if (!isBlank(ctx.claim.referralNumber)) return;
    const exemptPos = new Set((rules.exemptPlacesOfService ?? []).map((p) => String(p).trim()));
    const exemptCodes = (rules.exemptCodes ?? []).filter((p) => typeof p === 'string');
    const reason =
      ref && ref.qualifier && ref.qualifier !== 'DN'
        ? `box 17 names ${ref.qualifier === 'DK' ? 'an ordering (DK)' : 'a supervising (DQ)'} provider, not a referring one (DN), and there is no referral number`
        : ref?.qualifier === 'DN'
          ? 'the referring provider in box 17 has no NPI, and there is no referral number'
          : ref && (!isBlank(ref.npi) || (ref.name && Object.values(ref.name).some((p) => !isBlank(p))))
            ? 'box 17 has no qualifier saying the provider referred the patient (DN), and there is no referral number'
            : 'there is no referring provider (box 17, qualifier DN) and no referral number (box 23)';
    const payerName = ctx.payer?.name ?? 'This payer';
    // Box 17 with an NPI but no qualifier: saying it is the referring provider (DN) is the likely fix.
    const fixes: Fix[] = [];
    if (ref && !ref.qualifier && !isBlank(ref.npi)) {
      const edits = ctx.edits.setProperty(['referringProvider'], 'qualifier', 'DN');
      if (edits) fixes.push({ title: 'Mark box 17 as the referring provider (qualifier DN)', edits, safe: false });
    }
    forEachLine(ctx, 'code', (line, i) => {
      if (ctx.isInvalid(['services', i, 'placeOfService'])) return;
      const pos = line.placeOfService?.trim();
      if (pos && exemptPos.has(pos)) return;
      const code = lineCode(ctx, i);
      if (code && exemptCodes.length && codeMatches(code, exemptCodes)) return;
      report({
        path: ['services', i, 'code'],
        serviceLine: i,
        message: `${lineLabel(ctx, i)} needs a referral for ${payerName}, but ${reason}: add the referring provider (qualifier DN with their NPI) or the referral number (referralNumber).`,
        fixes,
      });
    });
  },
});
