import { defineRule, isBlank } from '../rule';

export default defineRule({
  id: 'missing-billing-npi',
  title: 'Billing provider NPI (box 33a) is missing',
  section: 'Providers',
  box: '33a',
  x12: '2010AA NM109 (NM108 = XX)',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning:
      'Box 33a carries the National Provider Identifier (NPI) of the billing provider, the practice or clinician the payer pays. It is a 10-digit number from NPPES. The claim has none.',
    why: 'The billing NPI is how the payer identifies who sent the claim and checks that provider is enrolled. Every HIPAA electronic claim must carry it, so a claim without one is rejected at the front end.',
    fix: "Add the billing provider's 10-digit NPI as `billingProvider.npi`, in quotes. For a group practice this is the group's own (type 2) NPI, not a clinician's.",
    bad: 'billingProvider:\n  name: SPRINGFIELD FAMILY CLINIC\n  type: organization',
    good: 'billingProvider:\n  name: SPRINGFIELD FAMILY CLINIC\n  type: organization\n  npi: "1122334455"',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['billingProvider', 'npi'])) return;
    if (!isBlank(ctx.claim.billingProvider?.npi)) return;
    report({
      path: ['billingProvider', 'npi'],
      message: "The billing provider has no NPI (box 33a): add the practice's 10-digit NPI as billingProvider.npi, in quotes.",
    });
  },
});
