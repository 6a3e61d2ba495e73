import { forEachLine } from '../util/serviceLines';
import { defineRule } from '../rule';
import type { Fix } from '../types';
import { amountAt, formatCents } from '../util/money';

export default defineRule({
  id: 'invalid-charge',
  title: 'Line charge is zero, negative or has more than 2 decimals',
  section: 'Service lines and totals',
  box: '24F',
  x12: '2400 SV102',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning:
      'A line charge (box 24F) must be a positive amount of dollars and cents: more than zero, with at most two decimals. This one is zero, negative, or has fractions of a cent.',
    why: 'Payers price each line from its charge. A zero or negative charge is not a bill, and amounts in fractions of a cent cannot be sent in the 837P (SV102 carries two decimals); the front end rejects the claim.',
    fix: "Enter the practice's full fee for the line, times the units, in dollars and cents. A no-charge service is left off the claim (or billed with the payer's own no-charge convention), not billed at 0.00. Write credits and refunds on the payment side, not as negative charges.",
    bad: 'services:\n  - code: "99213"\n    charge: 0',
    good: 'services:\n  - code: "99213"\n    charge: 110.00',
  },
  check(ctx, report) {
    forEachLine(ctx, 'charge', (line, i, path) => {
      const amount = amountAt(ctx, path, line.charge);
      if (!amount) return;
      if (amount.cents <= 0 && !(amount.decimals > 2 && line.charge! > 0)) {
        report({
          path,
          serviceLine: i,
          message:
            line.charge! < 0
              ? `Service line ${i + 1} has a negative charge (${amount.text}) in box 24F: a charge must be the practice's positive fee for the service; record credits as payments, not charges.`
              : `Service line ${i + 1} has a charge of zero (box 24F): enter the practice's fee for the service, or leave a no-charge service off the claim.`,
        });
        return;
      }
      if (amount.writtenDecimals > 2) {
        const fixes: Fix[] = [];
        const exact = amount.decimals <= 2;
        if (amount.cents > 0) {
          const rounded = formatCents(amount.cents);
          const edits = ctx.edits.replaceText(path, rounded);
          // Dropping trailing zeros cannot change the amount; rounding a fraction of a cent can.
          if (edits) fixes.push({ title: exact ? `Write the charge as ${rounded}` : `Round the charge to ${rounded}`, edits, safe: exact, isPreferred: exact });
        }
        report({
          path,
          serviceLine: i,
          message: exact
            ? `Service line ${i + 1} has a charge written with more than two decimals (${amount.text}, box 24F): write dollars and cents only, e.g. ${formatCents(amount.cents)}.`
            : `Service line ${i + 1} has a charge of ${amount.text} (box 24F) with fractions of a cent: write the amount in dollars and cents, at most two decimals${amount.cents > 0 ? `, e.g. ${formatCents(amount.cents)}` : ''}.`,
          fixes,
        });
      }
    });
  },
});
