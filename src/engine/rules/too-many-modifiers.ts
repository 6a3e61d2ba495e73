import { defineRule } from '../rule';

const MAX = 4;

export default defineRule({
  id: 'too-many-modifiers',
  title: 'More than four modifiers on one service line',
  section: 'Diagnoses and procedures',
  box: '24D',
  x12: '2400 SV101-3..6 (at most 4)',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning: 'Box 24D has room for four modifiers after the procedure code, and the 837P carries at most four (SV101-3 to SV101-6). This line lists more.',
    why: 'A fifth modifier cannot be sent: there is no element for it, so the claim is rejected at the front end.',
    fix: 'Keep the four modifiers that affect payment, in the order the payer asks (pricing modifiers such as 26/TC first, then informational ones). Some payers accept modifier 99 in one of the four places, with the other modifiers listed in the claim notes; check the payer\'s instructions.',
    bad: 'services:\n  - code: "73630"\n    modifiers: ["26", "RT", "59", "76", "GA"]',
    good: 'services:\n  - code: "73630"\n    modifiers: ["26", "RT", "76", "GA"]',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['services'])) return;
    ctx.services.forEach((line, i) => {
      const listPath = ['services', i, 'modifiers'];
      if (!line?.modifiers || ctx.isInvalid(listPath)) return;
      const n = line.modifiers.length;
      if (n <= MAX) return;
      report({
        path: [...listPath, MAX],
        serviceLine: i,
        message: `Service line ${i + 1} has ${n} modifiers, but box 24D holds at most 4: keep the four that matter for payment.`,
      });
    });
  },
});
