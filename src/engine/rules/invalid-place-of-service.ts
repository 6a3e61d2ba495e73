import { forEachLine } from '../util/serviceLines';
import { posCodes } from '../../reference';
import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';

export default defineRule({
  id: 'invalid-place-of-service',
  title: 'Place of service is not an assigned CMS POS code',
  section: 'Service lines and totals',
  box: '24B',
  x12: '2300 CLM05-1 / 2400 SV105',
  defaultSeverity: 'error',
  payer: { action: 'reject', rarc: ['M77'] },
  docs: {
    meaning:
      'Box 24B takes a two-digit code from the CMS Place of Service list, e.g. 02 telehealth (not at home), 10 telehealth at home, 11 office, 12 home, 19/22 outpatient hospital, 21 inpatient hospital, 23 emergency room, 31 skilled nursing facility, 81 independent lab. This value is not one of the assigned codes: it may be unassigned (such as 28–30 or 35–40), not two digits, or text.',
    why: 'The place of service decides the fee (facility or non-facility rate) and whether the service fits the setting. A code CMS never assigned cannot be priced, so the claim is rejected with remark M77 (the place of service is blank, not valid or does not fit).',
    fix: 'Use the two-digit CMS code for where the patient actually received the service, in quotes so a leading zero survives (e.g. "02"). When in doubt, look the setting up on the CMS Place of Service code set page.',
    bad: 'services:\n  - { from: 2026-10-01, placeOfService: "28", code: "99213" }',
    good: 'services:\n  - { from: 2026-10-01, placeOfService: "11", code: "99213" }',
  },
  check(ctx, report) {
    const codes = posCodes();
    forEachLine(ctx, 'placeOfService', (line, i, path) => {
      if (isBlank(line.placeOfService)) return;
      const pos = line.placeOfService!.trim();
      if (codes.has(pos)) return;
      const fixes: Fix[] = [];
      const padded = /^\d$/.test(pos) ? `0${pos}` : undefined;
      if (padded && codes.has(padded)) {
        const edits = ctx.edits.replaceValue(path, padded);
        if (edits) fixes.push({ title: `Use ${padded} (${codes.get(padded)?.name})`, edits, safe: false });
      }
      const what = /^\d{2}$/.test(pos) ? `${pos} is not an assigned CMS place of service code` : `"${pos}" is not a place of service code (two digits)`;
      report({
        path,
        serviceLine: i,
        message: `Service line ${i + 1}: ${what} (box 24B): use the two-digit code for where the service was performed${padded && codes.has(padded) ? `, e.g. "${padded}" (${codes.get(padded)?.name})` : ', e.g. "11" for an office'}.`,
        fixes,
      });
    });
  },
});
