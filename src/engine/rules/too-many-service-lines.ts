import { defineRule } from '../rule';

/** 837P limit: at most 50 service lines (2400 loops) per claim. */
export const MAX_ELECTRONIC_LINES = 50;
/** A paper CMS-1500 has room for 6 service lines. */
export const MAX_PAPER_LINES = 6;

export default defineRule({
  id: 'too-many-service-lines',
  title: 'More service lines than one claim can carry (50; 6 on a paper form)',
  section: 'Service lines and totals',
  box: '24',
  x12: '2400 LX (at most 50 per claim)',
  defaultSeverity: 'error',
  severityNote: 'error above 50; information above 6',
  payer: { action: 'reject' },
  payerNote: 'reject above 50',
  docs: {
    meaning:
      'An electronic claim (837P) can carry at most 50 service lines; a paper CMS-1500 has room for 6 (the shaded half of each row is supplemental data, not a 7th–12th line). Above 50 lines this is an error; above 6 it is only a note that the paper form would need continuation pages.',
    why: 'The 837P allows 50 2400 loops per claim: a claim with more lines is rejected by the front end. On paper, each form holds 6 lines and its own box 28 total, so a longer claim must be split into several forms.',
    fix: 'Split the services into several claims of at most 50 lines each (each with its own total charge), for example one claim per date of service. For paper, put lines 7 onwards on additional forms, each totalled separately.',
    bad: 'services:          # 51 lines\n  - { from: 2026-10-01, code: "97110", charge: 40.00, units: 1 }\n  # … 50 more lines',
    good: 'services:          # 50 lines or fewer\n  - { from: 2026-10-01, code: "97110", charge: 40.00, units: 1 }\n  # … at most 49 more lines',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['services'])) return;
    const count = ctx.services.length;
    if (count > MAX_ELECTRONIC_LINES) {
      report({
        path: ['services', MAX_ELECTRONIC_LINES],
        message: `This claim has ${count} service lines (box 24), more than the 50 an electronic claim can carry: split it into several claims of at most 50 lines, each with its own total charge. Line ${MAX_ELECTRONIC_LINES + 1} is the first one over the limit.`,
      });
    } else if (count > MAX_PAPER_LINES) {
      report({
        path: ['services', MAX_PAPER_LINES],
        severity: 'information',
        // The payer rejects above 50 only (docs/rules/too-many-service-lines.md), even when config raises this rule's severity.
        noPayerOutcome: true,
        message: `This claim has ${count} service lines (box 24): fine electronically (up to 50), but a paper CMS-1500 holds 6, so on paper lines 7 onwards go on another form with its own total.`,
      });
    }
  },
});
