import { defineRule, isBlank } from '../rule';

/** "PO BOX 12", "P.O. Box 12", "POBOX 12", "Post Office Box 12", "BOX 12", "POB 12", "Lock Box 12". */
export const PO_BOX = /(?:^|[^A-Z0-9])(?:P\s*\.?\s*O\s*\.?\s*BOX|POST\s+OFFICE\s+BOX|POST\s+BOX|LOCK\s*BOX|POB(?=\s*#?\s*\d))(?![A-Z])|^\s*BOX\s*#?\s*\d/i;

export default defineRule({
  id: 'billing-address-po-box',
  title: 'Billing provider address (box 33) is a PO box',
  section: 'Providers',
  box: '33',
  x12: '2010AA N301 (a PO box belongs in 2010AB pay-to address)',
  defaultSeverity: 'warning',
  payer: { action: 'reject' },
  docs: {
    meaning:
      'Since the 5010 version of the 837P, the billing provider address in box 33 must be a physical street address where the practice is located. This one is a post office box (or a lock box).',
    why: 'Payers use the billing address to check the provider\'s enrollment and location. The 5010 rules forbid a PO box there: a practice that wants payments mailed to a box sends it as a separate "pay-to" address (loop 2010AB). Claims with a PO box in the billing address are rejected.',
    fix: "Put the practice's physical street address in `billingProvider.address`. If payments go to a PO box, that box is the pay-to address, which is arranged with the payer (this practice format has no field for it).",
    bad: 'billingProvider:\n  address: { street: PO BOX 1234, city: SPRINGFIELD, state: IL, zip: "627050123" }',
    good: 'billingProvider:\n  address: { street: 400 OAK AVE, city: SPRINGFIELD, state: IL, zip: "627015555" }',
  },
  check(ctx, report) {
    const path = ['billingProvider', 'address', 'street'];
    const street = ctx.claim.billingProvider?.address?.street;
    if (isBlank(street) || ctx.isInvalid(path)) return;
    if (!PO_BOX.test(street!)) return;
    report({
      path,
      message: `The billing provider address (box 33) "${street!.trim()}" is a PO box: 5010 claims need the practice's physical street address there (a PO box can only be a pay-to address).`,
    });
  },
});
