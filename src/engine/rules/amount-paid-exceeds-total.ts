import { defineRule } from '../rule';
import { amountAt, formatCents, lineChargeSum } from '../util/money';

export default defineRule({
  id: 'amount-paid-exceeds-total',
  title: 'Amount paid (box 29) is more than the total charge',
  section: 'Service lines and totals',
  box: '29',
  x12: '2300 AMT*F5 (patient paid)',
  defaultSeverity: 'warning',
  payer: { action: 'none' },
  docs: {
    meaning:
      'Box 29 (`amountPaid`) is what the patient (or another payer) has already paid toward the services on this claim. It cannot be more than the total charge of the claim (box 28, or the sum of the line charges when box 28 is left out).',
    why: "Paying more than was charged means either the payment or the charges are wrong. The payer subtracts box 29 from what it owes, so a wrong amount distorts the patient's balance and can trigger an audit or a refund request.",
    fix: 'Enter only what was actually paid toward these services (for example the copay collected at the visit), in dollars and cents. Payments for other visits or a prepayment belong on the account, not on this claim. If nothing was paid, write 0 or leave the field out.',
    bad: 'services:\n  - { code: "99213", charge: 110.00, units: 1 }\ntotalCharge: 110.00\namountPaid: 1100.00',
    good: 'services:\n  - { code: "99213", charge: 110.00, units: 1 }\ntotalCharge: 110.00\namountPaid: 20.00',
  },
  check(ctx, report) {
    const paid = amountAt(ctx, ['amountPaid'], ctx.claim.amountPaid);
    if (!paid) return;
    const total = amountAt(ctx, ['totalCharge'], ctx.claim.totalCharge);
    const totalCents = total ? total.cents : ctx.isInvalid(['totalCharge']) ? undefined : lineChargeSum(ctx);
    // A zero or negative total is invalid-charge's business: there is no meaningful total to exceed.
    if (totalCents === undefined || totalCents <= 0 || paid.cents <= totalCents) return;
    report({
      path: ['amountPaid'],
      message: `The amount paid (box 29) is ${formatCents(paid.cents)}, more than the claim's total charge of ${formatCents(totalCents)}${total ? ' (box 28)' : ' (the sum of the line charges)'}: enter only what the patient or another payer has already paid toward these services.`,
    });
  },
});
