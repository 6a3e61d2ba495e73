import { defineRule, isBlank } from '../rule';

export default defineRule({
  id: 'future-service-date',
  title: 'Date of service is in the future',
  section: 'Service lines and totals',
  box: '24A',
  x12: '2400 DTP*472',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning:
      'A date of service in box 24A ("from" or "to") is after today. A claim may only bill services that have already been performed; today itself is fine.',
    why: 'Payers reject claims for services that have not happened yet: billing ahead of time is a compliance problem, and the line cannot be checked against eligibility or authorization until the date has passed.',
    fix: 'Correct a mistyped date (a wrong year or month is the usual cause). If the service really is scheduled for later, wait and bill it after it has been performed. Practice files can fix "today" with `today:` in `.claimlint.yaml`.',
    bad: '# today: 2026-11-22\nservices:\n  - from: 2026-12-01',
    good: '# today: 2026-11-22\nservices:\n  - from: 2026-11-21',
  },
  check(ctx, report) {
    ctx.services.forEach((line, i) => {
      if (!line) return;
      // One finding per line: the "from" date when it is already in the future, else the "to" date.
      for (const key of ['from', 'to'] as const) {
        const v = line[key];
        if (isBlank(v) || ctx.isInvalid(['services', i, key])) continue;
        const date = v!.trim();
        if (date <= ctx.today) continue;
        report({
          path: ['services', i, key],
          serviceLine: i,
          message: `Service line ${i + 1} is dated ${date} (box 24A${key === 'to' ? ', "to" date' : ''}), after today (${ctx.today}): only services already performed can be billed — correct the date or bill the line after the service.`,
        });
        return;
      }
    });
  },
});
