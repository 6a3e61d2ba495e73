import { defineRule } from '../rule';
import { lastServiceDate } from '../util/fields';

export default defineRule({
  id: 'signature-date-before-service',
  title: 'Provider signed before the last date of service',
  section: 'Signatures',
  box: '31',
  x12: '2300 CLM06 vs 2400 DTP*472',
  defaultSeverity: 'warning',
  payer: { action: 'none' },
  docs: {
    meaning: 'The date in box 31 is earlier than the last date of service on the claim: the provider certified services that had not happened yet.',
    why: 'A certification that predates the service is a red flag for auditors (pre-billing), even when payers do not reject it outright.',
    fix: 'Sign and date the claim on or after the last date of service.',
    bad: 'services:\n  - from: 2026-10-05\nsignatures:\n  provider: { name: ANNA SMITH MD, date: 2026-10-01 }',
    good: 'services:\n  - from: 2026-10-05\nsignatures:\n  provider: { name: ANNA SMITH MD, date: 2026-10-06 }',
  },
  check(ctx, report) {
    const signed = ctx.claim.signatures?.provider?.date;
    const last = lastServiceDate(ctx);
    if (!signed || !last || signed >= last) return;
    report({ path: ['signatures', 'provider', 'date'], message: `The provider signed on ${signed} (box 31), before the last date of service ${last}: sign on or after the date of service.` });
  },
});
