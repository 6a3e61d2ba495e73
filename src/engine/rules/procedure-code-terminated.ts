import { defineRule, isBlank } from '../rule';
import { isHcpcsShaped } from '../util/codes';
import { forEachLine, lineDates } from '../util/serviceLines';

export default defineRule({
  id: 'procedure-code-terminated',
  title: 'HCPCS code was not valid on the date of service (terminated, or not yet added)',
  section: 'Diagnoses and procedures',
  box: '24A/24D',
  x12: '2400 SV101-2 / DTP*472',
  defaultSeverity: 'error',
  payer: { action: 'reject', rarc: ['M51'] },
  docs: {
    meaning:
      'HCPCS Level II codes come and go: CMS adds, changes and discontinues them every quarter. The CMS release records for each code the date it was added and, for a discontinued code, its termination date — the last date of service it may be used on. This line\'s date of service is after the code\'s termination date, or before the date the code was added. The check uses the complete CMS HCPCS Level II January 2026 release (8,623 codes, 1,300 of them terminated).',
    why: 'A code that was not valid on the date of service is an invalid code for that claim: the payer\'s front end rejects it (remark M51, missing or invalid procedure code) and the claim must be sent again with a valid code. Trainees meet this with old code books, copied claims and temporary codes (G, K, Q) that CMS replaces quickly.',
    fix: 'Look the service up in the current HCPCS Level II file (or the code lookup) and use the code that replaced the terminated one; CMS usually adds the replacement in the same quarter. If the date of service is wrong, fix the date in box 24A instead.',
    bad: 'services:\n  - from: 2026-11-02\n    code: "G0071"     # terminated: last valid date 2025-12-31',
    good: 'services:\n  - from: 2025-12-15\n    code: "G0071"     # still valid on that date',
  },
  check(ctx, report) {
    const hcpcs = ctx.tables.hcpcs;
    if (!hcpcs || ctx.isInvalid(['services'])) return;
    forEachLine(ctx, 'code', (line, i, path) => {
      if (isBlank(line.code) || ctx.isInvalid(['services', i, 'from']) || ctx.isInvalid(['services', i, 'to'])) return;
      const code = (line.code as string).trim().toUpperCase();
      if (!isHcpcsShaped(code)) return;
      const rec = hcpcs.code(code);
      const dates = lineDates(line);
      if (!rec || !dates) return;
      const [from, to] = dates;
      const desc = rec.description ? ` (${rec.description})` : '';
      if (rec.terminated && to > rec.terminated) {
        report({
          path,
          serviceLine: i,
          message: `Service line ${i + 1} code ${code}${desc} was terminated: its last valid date of service was ${rec.terminated} (${hcpcs.release}), and this line's date is ${to > from ? `${from} to ${to}` : from}. Use the code that replaced it.`,
        });
      } else if (rec.added && from < rec.added) {
        report({
          path,
          serviceLine: i,
          message: `Service line ${i + 1} code ${code}${desc} was added to HCPCS on ${rec.added}, after this line's date of service ${from} (${hcpcs.release}): use the code that was valid on that date, or check the date.`,
        });
      }
    });
  },
});
