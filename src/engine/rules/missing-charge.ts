import { forEachLine } from '../util/serviceLines';
import { defineRule } from '../rule';

export default defineRule({
  id: 'missing-charge',
  title: 'Service line has no charge',
  section: 'Service lines and totals',
  box: '24F',
  x12: '2400 SV102',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning:
      "Box 24F is the practice's full charge for the line (its fee schedule amount times the units), before any discount or payment. This line has none.",
    why: 'The charge is what the payer adjudicates against: allowed amount, patient share and payment are all computed from it, and box 28 must add the line charges up. A line without a charge cannot be priced, so the claim is rejected.',
    fix: "Add `charge` to the line: the practice's fee for the service times the units, as a number with at most two decimals and no dollar sign, e.g. `charge: 110.00`.",
    bad: 'services:\n  - code: "99213"\n    units: 1',
    good: 'services:\n  - code: "99213"\n    charge: 110.00\n    units: 1',
  },
  check(ctx, report) {
    forEachLine(ctx, 'charge', (line, i, path) => {
      if (line.charge !== undefined) return;
      report({
        path,
        serviceLine: i,
        message: `Service line ${i + 1} has no charge (box 24F): add the practice's fee for the line as a number, e.g. charge: 110.00.`,
      });
    });
  },
});
