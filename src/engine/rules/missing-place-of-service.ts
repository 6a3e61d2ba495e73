import { forEachLine } from '../util/serviceLines';
import { posCodes } from '../../reference';
import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';

export default defineRule({
  id: 'missing-place-of-service',
  title: 'Service line has no place of service',
  section: 'Service lines and totals',
  box: '24B',
  x12: '2300 CLM05-1 / 2400 SV105',
  defaultSeverity: 'error',
  payer: { action: 'reject', rarc: ['M77'] },
  docs: {
    meaning:
      'Box 24B holds a two-digit CMS Place of Service (POS) code saying where the service was performed, e.g. 11 office, 12 home, 21 inpatient hospital, 23 emergency room. This line has none.',
    why: 'The place of service decides which fee applies (facility or non-facility rate) and whether the service makes sense where it was given. Without it the claim is rejected with remark M77 (no usable place of service).',
    fix: 'Add `placeOfService` to the line with the two-digit code for where the patient was seen, in quotes so a leading zero survives (e.g. "02" telehealth).',
    bad: 'services:\n  - from: 2026-10-01\n    code: "99213"',
    good: 'services:\n  - from: 2026-10-01\n    placeOfService: "11"\n    code: "99213"',
  },
  check(ctx, report) {
    // The place of service the other lines agree on, if they all agree: a likely (unsafe) fill-in.
    const others = new Set<string>();
    forEachLine(ctx, 'placeOfService', (line) => {
      const pos = line.placeOfService?.trim();
      if (pos) others.add(pos);
    });
    if (others.size === 1 && !posCodes().has([...others][0])) others.clear();
    const common = others.size === 1 ? [...others][0] : undefined;
    forEachLine(ctx, 'placeOfService', (line, i) => {
      if (!isBlank(line.placeOfService)) return;
      const fixes: Fix[] = [];
      if (common) {
        const edits = ctx.edits.setProperty(['services', i], 'placeOfService', common);
        if (edits) fixes.push({ title: `Use place of service ${common}, like the other lines`, edits, safe: false });
      }
      report({
        path: ['services', i, 'placeOfService'],
        serviceLine: i,
        message: `Service line ${i + 1} has no place of service (box 24B): add the two-digit CMS code for where the service was performed, e.g. placeOfService: "11" for an office visit.`,
        fixes,
      });
    });
  },
});
