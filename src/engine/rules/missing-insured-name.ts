import { defineRule } from '../rule';
import { listWords, missingParts } from '../util/fields';

export default defineRule({
  id: 'missing-insured-name',
  title: "Insured's name (box 4) is missing on a non-Medicare claim",
  section: 'Patient, insured, coverage',
  box: '4',
  x12: '2010BA NM1*IL',
  defaultSeverity: 'warning',
  payer: { action: 'none' },
  docs: {
    meaning: "Box 4 names the policyholder (the insured). Commercial payers expect it on every claim; Medicare needs it only when another payer is primary, so this rule skips Medicare claims.",
    why: 'The insured\'s name is how the payer finds the policy when the patient is a dependant (spouse or child). Many payers reject or pend claims without it.',
    fix: 'Fill `insured.name` with the policyholder\'s last and first name — the patient\'s own name when the relationship is `self`.',
    bad: 'payer: { id: PRACTICE-PPO, coverage: group }\ninsured:\n  memberId: PPO77120034',
    good: 'payer: { id: PRACTICE-PPO, coverage: group }\ninsured:\n  memberId: PPO77120034\n  name: { last: DOE, first: JANE }',
  },
  check(ctx, report) {
    const coverage = ctx.claim.payer?.coverage;
    if (!coverage || coverage === 'medicare' || ctx.isInvalid(['insured'])) return;
    const missing = missingParts(ctx, ['insured', 'name'], ctx.claim.insured?.name, ['last', 'first']);
    if (!missing.length) return;
    report({
      path: missing.length === 1 ? ['insured', 'name', missing[0]] : ['insured', 'name'],
      message: `The insured's ${listWords(missing.map((m) => `${m} name`))} (box 4) ${missing.length === 1 ? 'is' : 'are'} missing: ${coverage} payers expect the policyholder's name on every claim.`,
    });
  },
});
