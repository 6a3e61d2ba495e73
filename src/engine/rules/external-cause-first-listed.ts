import { defineRule } from '../rule';
import { dottedIcd } from '../../codesets/icd';
import { lookupIcd } from '../util/codeBook';
import { shapedDiagnoses } from '../util/codeEditor';

export default defineRule({
  id: 'external-cause-first-listed',
  title: 'First-listed diagnosis is an external-cause code (V00–Y99)',
  section: 'Diagnoses and procedures',
  box: '21',
  x12: '2300 HI01-1 (ABK principal diagnosis)',
  defaultSeverity: 'error',
  payer: { action: 'reject', rarc: ['M76'] },
  docs: {
    meaning:
      'External-cause codes (chapter 20, V00–Y99) say how an injury or health condition happened — the cause (a fall from a ladder, a dog bite), the place, the activity, the status. They never describe the condition itself, so they may never be the first-listed diagnosis: diagnosis A in box 21 must be the injury or condition that was treated.',
    why: 'The ICD-10-CM Official Guidelines for Coding and Reporting (section I.C.20) say an external-cause code can never be a principal or first-listed diagnosis, and the Medicare Code Editor has an edit for exactly this ("external causes of morbidity codes as principal diagnosis"). Claim scrubbers and payer front ends reject a claim whose first diagnosis is a V, W, X or Y code as an invalid diagnosis (remark M76).',
    fix: 'Put the code for the injury or condition first (for an injury, usually a chapter 19 S or T code) and move the external-cause code after it. Keep the pointers right: the service line should point at the injury, and the external-cause code may stay on the claim as an additional diagnosis.',
    bad: 'diagnoses:\n  - W10.8XXA   # fall from stairs: an external cause\n  - S52.501A   # fracture of the radius',
    good: 'diagnoses:\n  - S52.501A   # the injury first\n  - W10.8XXA   # then how it happened',
  },
  check(ctx, report) {
    const first = shapedDiagnoses(ctx).find((d) => d.index === 0);
    if (!first || !/^[V-Y]/.test(first.compact)) return;
    const title = lookupIcd(ctx.codes, first.code)?.title;
    report({
      path: ['diagnoses', 0],
      diagnosis: 0,
      message: `Diagnosis A ${dottedIcd(first.code)}${title ? ` (${title})` : ''} is an external-cause code (V00–Y99), which may never be the first-listed diagnosis (ICD-10-CM guideline I.C.20): list the injury or condition first and this code after it.`,
    });
  },
});
