import { forEachLine } from '../util/serviceLines';
import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';

export default defineRule({
  id: 'invalid-service-date-range',
  title: 'Service line ends before it starts (24A "to" before "from")',
  section: 'Service lines and totals',
  box: '24A',
  x12: '2400 DTP*472 (RD8 range)',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning:
      'Box 24A holds a "from" and an optional "to" date of service. The "to" date is the last day of the service span, so it can be the same day as "from" or later, never earlier. On this line it is earlier.',
    why: 'A span that ends before it starts is impossible: in the 837P it becomes an RD8 date range the payer\'s front end cannot read, and the claim is rejected.',
    fix: 'Check the dates against the record. Usually the two dates were swapped, or a typo put "to" in the wrong month or year. For a single-day service, make `to` equal to `from` or remove it.',
    bad: 'services:\n  - from: 2026-10-05\n    to: 2026-10-01',
    good: 'services:\n  - from: 2026-10-01\n    to: 2026-10-05',
  },
  check(ctx, report) {
    forEachLine(ctx, 'from', (line, i) => {
      if (isBlank(line.from) || isBlank(line.to) || ctx.isInvalid(['services', i, 'to'])) return;
      const from = line.from!.trim();
      const to = line.to!.trim();
      if (to >= from) return;
      const fixes: Fix[] = [];
      const a = ctx.edits.setProperty(['services', i], 'from', to);
      const b = ctx.edits.setProperty(['services', i], 'to', from);
      if (a && b) fixes.push({ title: `Swap the dates (from ${to} to ${from})`, edits: [...a, ...b], safe: false });
      const same = ctx.edits.setProperty(['services', i], 'to', from);
      if (same) fixes.push({ title: `Make it a single-day service (to = ${from})`, edits: same, safe: false });
      report({
        path: ['services', i, 'to'],
        serviceLine: i,
        message: `Service line ${i + 1} ends on ${to}, before it starts on ${from} (box 24A): the "to" date must be the same day as "from" or later — were the dates swapped?`,
        fixes,
      });
    });
  },
});
