import { defineRule } from '../rule';
import { box23, lineLabel, linesNeedingAuthorization } from '../util/authorization';

export default defineRule({
  id: 'missing-prior-authorization',
  title: "Service needs the payer's prior authorization and box 23 is empty",
  section: 'Authorizations and referrals',
  box: '23',
  x12: '2300 REF*G1 (or 2400 REF*G1 per line)',
  defaultSeverity: 'error',
  payer: { action: 'deny', carc: '197' },
  docs: {
    meaning:
      "Some payers only pay for certain services (for example MRI scans, spine imaging or sleep-apnea equipment) when they approved them in advance. The payer's profile lists those codes; this claim bills one of them, and box 23 (`priorAuthorization`) is empty.",
    why: 'Without the authorization number the payer cannot match the service to its approval, so it denies the line with CARC 197 (no advance approval on the claim). Whether the practice or the patient then bears the cost depends on the payer contract and the patient\'s plan.',
    fix: 'Get the authorization from the payer before the service, then write the number it issued in `priorAuthorization` (a string, or `{ number, from, to }` with its validity window). If the service was never authorized, talk to the payer about a retro-authorization before you submit.',
    bad: 'payer: { id: PRACTICE-HMO }\nservices:\n  - { from: 2026-10-01, code: "70551", charge: 900.00, units: 1 }',
    good: 'payer: { id: PRACTICE-HMO }\npriorAuthorization: { number: PA778812, from: 2026-09-01, to: 2026-12-31 }\nservices:\n  - { from: 2026-10-01, code: "70551", charge: 900.00, units: 1 }',
  },
  check(ctx, report) {
    const auth = box23(ctx);
    if (auth.invalid || auth.number !== '') return;
    const payerName = ctx.payer?.name ?? 'the payer';
    // One finding per line that needs it, on that line's code, so the payer denies exactly those lines.
    for (const i of linesNeedingAuthorization(ctx)) {
      report({
        path: ['services', i, 'code'],
        serviceLine: i,
        message: `${lineLabel(ctx, i)} needs prior authorization from ${payerName}, but box 23 is empty: enter the number the payer issued as priorAuthorization (or { number, from, to }).`,
      });
    }
  },
});
