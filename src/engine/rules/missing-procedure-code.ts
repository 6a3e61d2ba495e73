import { forEachLine } from '../util/serviceLines';
import { defineRule, isBlank } from '../rule';

export default defineRule({
  id: 'missing-procedure-code',
  title: 'Service line has no procedure code',
  section: 'Diagnoses and procedures',
  box: '24D',
  x12: '2400 SV101-2',
  defaultSeverity: 'error',
  payer: { action: 'reject', rarc: ['M51'] },
  docs: {
    meaning:
      'Box 24D names what was done on the line: a CPT code (five characters, e.g. 99213) or a HCPCS Level II code (a letter and four digits, e.g. G0438), with up to four modifiers. This line has no code.',
    why: 'The procedure code is what the payer prices and checks against coverage, bundling and unit limits. A line without one cannot be adjudicated, so the claim is rejected at the front end (remark M51, missing procedure code).',
    fix: 'Write the CPT or HCPCS code for the service in `code` (quote it so leading zeros survive, e.g. "00100"). If the line was added by mistake, remove the whole line instead.',
    bad: 'services:\n  - from: 2026-10-01\n    pointers: [A]\n    charge: 110.00\n    units: 1',
    good: 'services:\n  - from: 2026-10-01\n    code: "99213"\n    pointers: [A]\n    charge: 110.00\n    units: 1',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['services'])) return;
    forEachLine(ctx, 'code', (line, i, path) => {
      if (!isBlank(line.code)) return;
      report({
        path,
        serviceLine: i,
        message: `Service line ${i + 1} has no procedure code (box 24D): write the CPT or HCPCS code for the service, e.g. code: "99213".`,
      });
    });
  },
});
