import { defineRule } from '../rule';
import { daysBetween } from '../../util/dates';
import { forEachLineWith } from '../util/serviceLines';

export default defineRule({
  id: 'timely-filing-exceeded',
  title: "A service date is older than the payer's filing limit",
  section: 'Filing and resubmission',
  box: '24A',
  x12: '2400 DTP*472',
  defaultSeverity: 'error',
  payer: { action: 'deny', carc: '29' },
  docs: {
    meaning: "Every payer sets a time limit for filing, counted from the date of service. Medicare fee-for-service: 12 months (42 CFR 424.44; 365 days in the practice profile). Medicaid: federal rules (42 CFR 447.45(d)) make the state require claims within 12 months of the date of service; each state sets its own limit inside that, and many are shorter. Commercial plans: whatever the provider's contract says. A line here is older than the payer profile's limit before today.",
    why: 'Late claims are denied with CARC 29 (filed after the deadline); for Medicare that denial is not an appealable decision. Rejected claims do not count as filed, so they do not stop the clock.',
    fix: 'Submit claims promptly and fix rejections fast. If the claim was filed in time and rejected, or an exception applies, follow the payer\'s reconsideration process with proof of timely filing — editing the date of service is never the fix.',
    bad: '# today: 2026-11-22, payer PRACTICE-HMO (90 days)\nservices:\n  - from: 2026-06-01',
    good: '# today: 2026-11-22, payer PRACTICE-HMO (90 days)\nservices:\n  - from: 2026-11-02',
  },
  check(ctx, report) {
    const limit = ctx.payer?.timelyFilingDays;
    if (!limit) return;
    forEachLineWith(ctx, 'from', (line, i, path) => {
      if (line.from > ctx.today) return; // future-service-date
      const age = daysBetween(line.from, ctx.today);
      if (age <= limit) return;
      report({
        path,
        serviceLine: i,
        message: `Service line ${i + 1} (${line.from}) is ${age} days old: past ${ctx.payer!.name}'s ${limit}-day filing limit, so the payer will deny it (CARC 29).`,
      });
    });
  },
});
