// Money changes are never safe fixes: the total-charge fix is offered, but only applied by hand.
import { defineRule } from '../rule';
import type { Fix } from '../types';
import { amountAt, formatCents, lineChargeSum } from '../util/money';

export default defineRule({
  id: 'total-charge-mismatch',
  title: 'Total charge (box 28) is not the sum of the line charges',
  section: 'Service lines and totals',
  box: '28',
  x12: '2300 CLM02 (must equal the sum of SV102)',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning:
      'Box 28 (`totalCharge`) is the sum of every line charge in box 24F, to the cent. Here the two disagree. The field is optional in practice files, but when it is written it has to add up.',
    why: 'In the 837P, CLM02 must equal the sum of the SV102 line charges. A payer cannot tell which figure is right, so the front end rejects a claim whose total does not balance.',
    fix: 'Recompute the total from the line charges, or check the line charges if a line was added, removed or repriced after the total was written. The quick fix sets `totalCharge` to the sum of the lines; it is never applied by Fix All or `claimlint --fix`, because a mistyped line charge would then be hidden behind a total that agrees with it.',
    bad: 'services:\n  - { code: "99214", charge: 145.00, units: 1 }\n  - { code: "36415", charge: 12.00, units: 1 }\ntotalCharge: 145.00',
    good: 'services:\n  - { code: "99214", charge: 145.00, units: 1 }\n  - { code: "36415", charge: 12.00, units: 1 }\ntotalCharge: 157.00',
  },
  check(ctx, report) {
    const total = amountAt(ctx, ['totalCharge'], ctx.claim.totalCharge);
    if (!total) return;
    // Unknown sum (a missing or unreadable line charge): that line's own finding explains it.
    const sum = lineChargeSum(ctx);
    if (sum === undefined || sum === total.cents) return;
    const expected = formatCents(sum);
    const fixes: Fix[] = [];
    const edits = ctx.edits.replaceText(['totalCharge'], expected);
    if (edits) fixes.push({ title: `Set the total charge to ${expected} (the sum of the lines)`, edits, safe: false, isPreferred: true });
    report({
      path: ['totalCharge'],
      message: `The total charge (box 28) is ${formatCents(total.cents)}, but the line charges (box 24F) add up to ${expected}: set totalCharge to ${expected}, or check the line charges.`,
      fixes,
    });
  },
});
