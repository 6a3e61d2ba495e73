import { defineRule, isBlank } from '../rule';

export default defineRule({
  id: 'missing-member-id',
  title: "Insured's ID number (member ID) is missing",
  section: 'Patient, insured, coverage',
  box: '1a',
  x12: '2010BA NM109 (NM108 = MI)',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning: "Box 1a carries the insured's member ID exactly as it appears on the insurance card (for Medicare, the MBI). This claim has none.",
    why: 'The member ID is how the payer finds the patient\'s coverage. Without it the claim cannot be matched to a policy and is rejected before adjudication (a 277CA rejection for information that is not there).',
    fix: 'Copy the ID from the front of the insurance card into `insured.memberId`, exactly as printed, without spaces or dashes the card does not show.',
    bad: 'insured:\n  name: { last: DOE, first: JANE }',
    good: 'insured:\n  memberId: 1EG4TE5MK73\n  name: { last: DOE, first: JANE }',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['insured', 'memberId'])) return;
    if (!isBlank(ctx.claim.insured?.memberId)) return;
    report({ path: ['insured', 'memberId'], message: "The insured's member ID (box 1a) is missing: copy it exactly from the insurance card." });
  },
});
