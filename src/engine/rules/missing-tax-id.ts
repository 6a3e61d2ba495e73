import { defineRule, isBlank } from '../rule';

export default defineRule({
  id: 'missing-tax-id',
  title: 'Federal tax ID (box 25) is missing',
  section: 'Providers',
  box: '25',
  x12: '2010AA REF*EI (EIN) / REF*SY (SSN)',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning:
      "Box 25 is the billing provider's federal tax identification number: the practice's employer identification number (EIN), or a solo clinician's social security number (SSN), with the matching box checked. The claim has none.",
    why: 'Payers report what they pay to the IRS under this number and match it with the billing NPI. A claim without a tax ID is rejected at the front end.',
    fix: "Add the 9-digit number as `billingProvider.taxId` (in quotes; a hyphen is allowed) and say which kind it is with `taxIdType: ein` or `ssn`. In practice files, use a fictional number, never a real SSN.",
    bad: 'billingProvider:\n  name: SPRINGFIELD FAMILY CLINIC\n  npi: "1122334455"',
    good: 'billingProvider:\n  name: SPRINGFIELD FAMILY CLINIC\n  npi: "1122334455"\n  taxId: "371234567"\n  taxIdType: ein',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['billingProvider', 'taxId'])) return;
    if (!isBlank(ctx.claim.billingProvider?.taxId)) return;
    report({
      path: ['billingProvider', 'taxId'],
      message: "The billing provider has no federal tax ID (box 25): add the practice's 9-digit EIN (or SSN) as billingProvider.taxId, with taxIdType: ein or ssn.",
    });
  },
});
