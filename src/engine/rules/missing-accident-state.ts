import { defineRule } from '../rule';

export default defineRule({
  id: 'missing-accident-state',
  title: 'Auto accident without the two-letter state (box 10b)',
  section: 'Patient, insured, coverage',
  box: '10b',
  x12: '2300 CLM11-4',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning: 'When the condition is related to an auto accident (10b = yes), the state where the accident happened must be given as a two-letter code.',
    why: 'Auto insurance rules differ by state (no-fault states pay first). The 837P requires the state with the auto-accident code, so the claim is rejected without it.',
    fix: 'Add `condition.autoAccidentState` with the postal code of the state, e.g. IL.',
    bad: 'condition:\n  autoAccident: true',
    good: 'condition:\n  autoAccident: true\n  autoAccidentState: IL',
  },
  check(ctx, report) {
    const c = ctx.claim.condition;
    if (c?.autoAccident !== true || ctx.isInvalid(['condition', 'autoAccidentState'])) return;
    const state = c.autoAccidentState?.trim() ?? '';
    if (/^[A-Z]{2}$/.test(state)) return;
    report({
      path: ['condition', 'autoAccidentState'],
      message: state ? `"${state}" is not a two-letter state code (box 10b): write the state where the auto accident happened, e.g. IL.` : 'The condition is related to an auto accident, but the state is missing (box 10b): add condition.autoAccidentState, e.g. IL.',
    });
  },
});
