import { COVERAGES } from '../../model/claim';
import { defineRule } from '../rule';

export default defineRule({
  id: 'missing-coverage-type',
  title: 'Type of coverage (box 1) is missing or not a listed value',
  section: 'Patient, insured, coverage',
  box: '1',
  x12: '2000B SBR09 (claim filing indicator)',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning: 'Box 1 says which kind of coverage pays this claim: Medicare, Medicaid, TRICARE, CHAMPVA, a group health plan, FECA/Black Lung or other. Exactly one must be marked; here none is, or the value is not one of them.',
    why: 'The coverage type becomes the claim filing indicator in the 837P. Without it the clearinghouse cannot route or edit the claim, so it is rejected.',
    fix: 'Set `payer.coverage` to one of medicare, medicaid, tricare, champva, group, feca or other — for commercial insurance through an employer, `group`.',
    bad: 'payer:\n  id: PRACTICE-PPO\n  coverage: commercial',
    good: 'payer:\n  id: PRACTICE-PPO\n  coverage: group',
  },
  check(ctx, report) {
    const raw = ctx.raw(['payer', 'coverage']);
    if (ctx.claim.payer?.coverage) return;
    if (ctx.isInvalid(['payer'])) return;
    const allowed = COVERAGES.join(', ');
    report({
      path: ['payer', 'coverage'],
      message:
        raw === undefined
          ? `The type of coverage (box 1) is missing: set payer.coverage to one of ${allowed}.`
          : `"${String(raw)}" is not a type of coverage (box 1): use one of ${allowed}.`,
    });
  },
});
