import { forEachLine } from '../util/serviceLines';
import { defineRule } from '../rule';
import type { Fix } from '../types';

export default defineRule({
  id: 'invalid-units',
  title: 'Service line units are missing, zero or negative',
  section: 'Service lines and totals',
  box: '24G',
  x12: '2400 SV103/SV104',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning:
      'Box 24G says how many times the service was given on the line (units, days, or anesthesia minutes). It must be written and be more than zero; a single visit is 1.',
    why: 'Payment is computed per unit and checked against unit limits (MUEs). A line with no units, or zero or negative units, cannot be priced, so the front end rejects the claim.',
    fix: 'Write the number of units actually provided as a positive number, e.g. `units: 1` for one visit, or the count the code descriptor measures (e.g. each 15 minutes). Do not use 0 to mean "no charge".',
    bad: 'services:\n  - code: "99213"\n    charge: 110.00\n    units: 0',
    good: 'services:\n  - code: "99213"\n    charge: 110.00\n    units: 1',
  },
  check(ctx, report) {
    forEachLine(ctx, 'units', (line, i, path) => {
      const units = line.units;
      if (units !== undefined && units > 0) return;
      const fixes: Fix[] = [];
      if (units === undefined || units === 0) {
        const edits = ctx.edits.setProperty(['services', i], 'units', 1);
        if (edits) fixes.push({ title: 'Set units to 1', edits, safe: false });
      }
      const message =
        units === undefined
          ? `Service line ${i + 1} has no units (box 24G): write how many units were provided, e.g. units: 1 for one visit.`
          : units === 0
            ? `Service line ${i + 1} has 0 units (box 24G): a billed service has at least 1 unit — write the number actually provided.`
            : `Service line ${i + 1} has negative units (${units}) in box 24G: write the number of units provided as a positive number.`;
      report({ path, serviceLine: i, message, fixes });
    });
  },
});
