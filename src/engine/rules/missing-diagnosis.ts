import { defineRule, isBlank } from '../rule';

export default defineRule({
  id: 'missing-diagnosis',
  title: 'The claim has no diagnosis code (box 21)',
  section: 'Diagnoses and procedures',
  box: '21',
  x12: '2300 HI01 (ABK, principal diagnosis)',
  defaultSeverity: 'error',
  payer: { action: 'reject', rarc: ['M76'] },
  docs: {
    meaning:
      'Box 21 lists the ICD-10-CM diagnosis codes that explain why the patient was seen (up to 12, letters A–L, most important first). This claim lists none, or only empty entries.',
    why: 'Every professional claim needs at least one diagnosis: it is the medical reason for every service billed. An 837P without a principal diagnosis (HI01, qualifier ABK) is refused at the front end with remark M76 (missing diagnosis).',
    fix: 'Add `diagnoses` with the ICD-10-CM code(s) documented for the visit, the main reason first, then point each service line at the diagnoses that justify it with `pointers`.',
    bad: 'diagnoses: []\nservices:\n  - code: "99213"\n    pointers: [A]',
    good: 'diagnoses:\n  - J06.9\nservices:\n  - code: "99213"\n    pointers: [A]',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['diagnoses'])) return;
    const diagnoses = ctx.diagnoses;
    // Holes are entries the schema already reported; something was written there.
    if (diagnoses.some((d, i) => d === undefined && ctx.isInvalid(['diagnoses', i]))) return;
    if (diagnoses.some((d) => !isBlank(d))) return;
    report({
      path: ['diagnoses'],
      message:
        'The claim has no diagnosis (box 21): list at least one ICD-10-CM code that explains the services, main reason first, e.g. diagnoses: [J06.9].',
    });
  },
});
