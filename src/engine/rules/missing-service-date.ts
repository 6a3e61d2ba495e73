import { forEachLine } from '../util/serviceLines';
import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';

export default defineRule({
  id: 'missing-service-date',
  title: 'Service line has no date of service',
  section: 'Service lines and totals',
  box: '24A',
  x12: '2400 DTP*472',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning:
      'Every service line needs the date the service was performed (box 24A, `from`). A `to` date is optional and only needed for a span of days; the `from` date is not optional.',
    why: 'The date of service decides whether the patient was covered that day, which code set and fee schedule apply, and when the timely-filing clock started. A line without one cannot be processed, so the claim is rejected at the front end.',
    fix: 'Write the date the service was performed on the line as `from: YYYY-MM-DD`. For a single-day service you may leave `to` out (it defaults to `from`).',
    bad: 'services:\n  - placeOfService: "11"\n    code: "99213"\n    charge: 110.00',
    good: 'services:\n  - from: 2026-10-01\n    placeOfService: "11"\n    code: "99213"\n    charge: 110.00',
  },
  check(ctx, report) {
    forEachLine(ctx, 'from', (line, i) => {
      if (!isBlank(line.from)) return;
      const fixes: Fix[] = [];
      const to = line.to?.trim();
      if (to && !ctx.isInvalid(['services', i, 'to'])) {
        const edits = ctx.edits.setProperty(['services', i], 'from', to);
        if (edits) fixes.push({ title: `Use the "to" date ${to} as the date of service`, edits, safe: false });
      }
      report({
        path: ['services', i, 'from'],
        serviceLine: i,
        message: `Service line ${i + 1} has no date of service (box 24A): add the date it was performed as from: YYYY-MM-DD.`,
        fixes,
      });
    });
  },
});
