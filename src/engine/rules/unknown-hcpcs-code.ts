import { defineRule, isBlank } from '../rule';
import { isHcpcsShaped } from '../util/codes';
import { forEachLine, lineDates } from '../util/serviceLines';

/** The last date of service the bundled January release is current for (the next quarterly update: April 1). */
const RELEASE_QUARTER_END = '2026-03-31';

export default defineRule({
  id: 'unknown-hcpcs-code',
  title: 'HCPCS Level II code is not in the CMS release',
  section: 'Diagnoses and procedures',
  box: '24D',
  x12: '2400 SV101-2',
  defaultSeverity: 'error',
  severityNote: 'error for dates of service the bundled January 2026 release covers (to 2026-03-31); warning for later dates, since CMS may have added the code in a later quarterly update',
  payer: { action: 'reject', rarc: ['M51'] },
  docs: {
    meaning:
      'The code has the shape of a HCPCS Level II code (a letter and four digits) but is not in the complete CMS HCPCS Level II January 2026 release bundled with the extension (8,623 codes, including codes terminated since 2014). It is most likely a typo: a wrong letter, two digits swapped, or a CPT code with a letter typed for a digit.',
    why: 'Payers check every procedure code against the HCPCS file for the date of service; a code that does not exist makes the line unprocessable and the claim is rejected at the front end (remark M51). CMS adds codes every quarter (January, April, July, October), so for dates of service after March 2026 a missing code may be a newer one: then this is a warning.',
    fix: 'Check the code against the superbill or the chart and the current HCPCS Level II code book (or the code lookup). For a code added after January 2026, check the current CMS quarterly file and keep it.',
    bad: 'services:\n  - code: "G1234"   # no such code in the release',
    good: 'services:\n  - code: "G0439"   # annual wellness visit, subsequent',
  },
  check(ctx, report) {
    const hcpcs = ctx.tables.hcpcs;
    if (!hcpcs || ctx.isInvalid(['services'])) return;
    forEachLine(ctx, 'code', (line, i, path) => {
      if (isBlank(line.code)) return;
      const code = (line.code as string).trim().toUpperCase();
      if (!isHcpcsShaped(code) || hcpcs.code(code)) return;
      const from = ctx.isInvalid(['services', i, 'from']) ? undefined : lineDates(line)?.[0];
      const later = from !== undefined && from > RELEASE_QUARTER_END;
      report({
        path,
        serviceLine: i,
        severity: later ? 'warning' : 'error',
        message: later
          ? `Service line ${i + 1} code ${code} is not in the ${hcpcs.release}; CMS may have added it in a later quarterly update for this ${from} date of service: check it against the current HCPCS file (box 24D).`
          : `Service line ${i + 1} code ${code} is not a HCPCS Level II code: it is not in the ${hcpcs.release} (box 24D). Check it for a typo against the code book.`,
      });
    });
  },
});
