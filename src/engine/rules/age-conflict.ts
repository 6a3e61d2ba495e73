import { defineRule, isBlank } from '../rule';
import { codeLimits, describeAgeRange, dottedIcd, indexOfLetter, isIcdShaped, letterOf, patientAges } from '../util/coding';

export default defineRule({
  id: 'age-conflict',
  title: "Diagnosis does not fit the patient's age on the date of service",
  section: 'Diagnoses and procedures',
  box: '21/3',
  x12: '2300 HI / 2010BA-2010CA DMG02',
  defaultSeverity: 'warning',
  payer: { action: 'deny', carc: '9' },
  docs: {
    meaning:
      "Payer code editors expect some ICD-10-CM codes only for certain ages. The Medicare Code Editor sorts them into four age categories: newborn (age 0, e.g. Z00.110 newborn health examination or Z38 liveborn infant), pediatric (0–17), maternity (9–64, pregnancy codes) and adult (15–124). The code book marks this diagnosis for an age range, and the patient's age on the date of service (from box 3) is outside it. Perinatal (P) codes are not newborn-only: the ICD-10-CM Official Guidelines (I.C.16.a) let them be used throughout the patient's life while the condition is still present.",
    why: 'Payers run age edits like the Medicare Code Editor: a diagnosis the edit does not expect at the patient\'s age is denied (CARC 9). Most often the birth date or the code was mistyped; sometimes a code meant for another family member was copied.',
    fix: "Check the birth date in box 3 against the patient's record, then the code: pick the code meant for the patient's age group (e.g. a routine child or adult examination code instead of a newborn examination code). Ages are counted in completed years on the service date.",
    bad: 'patient:\n  birthDate: 1958-04-12\ndiagnoses:\n  - Z00.110  # newborn health examination: MCE newborn category (age 0)',
    good: 'patient:\n  birthDate: 2026-09-28\ndiagnoses:\n  - Z00.110',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['diagnoses'])) return;
    if (!patientAges(ctx).length) return; // no usable birth date or service date
    ctx.diagnoses.forEach((raw, j) => {
      if (isBlank(raw) || ctx.isInvalid(['diagnoses', j])) return;
      const code = (raw as string).trim().toUpperCase();
      if (!isIcdShaped(code)) return;
      const limits = codeLimits(ctx.codes, code);
      if (!limits || (limits.ageMin === undefined && limits.ageMax === undefined)) return;
      // The lines that point at this diagnosis; when none does, every line's date.
      const pointing = ctx.services.flatMap((l, i) => (l?.pointers?.some((p) => indexOfLetter(p) === j) ? [i] : []));
      const ages = patientAges(ctx, pointing.length ? pointing : undefined);
      const bad = ages.find(({ age }) => (limits.ageMin !== undefined && age < limits.ageMin) || (limits.ageMax !== undefined && age > limits.ageMax));
      if (!bad) return;
      const title = limits.entry.title ? ` (${limits.entry.title})` : '';
      report({
        path: ['diagnoses', j],
        diagnosis: j,
        message: `Diagnosis ${letterOf(j)} ${dottedIcd(code)}${title} is for ${describeAgeRange(limits.ageMin, limits.ageMax)}, but the patient is ${bad.age} on ${bad.date} (box 3): check the birth date and the code.`,
      });
    });
  },
});
