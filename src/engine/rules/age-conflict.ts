import { defineRule, isBlank } from '../rule';
import { dottedIcd } from '../../codesets/icd';
import { describeAgeRange, patientAges } from '../util/ages';
import { codeLimits, lookupIcd } from '../util/codeBook';
import { isIcdShaped } from '../util/codes';
import { indexOfLetter, letterOf } from '../util/pointers';

const CATEGORY_WORDS = { newborn: 'newborn', pediatric: 'pediatric', maternity: 'maternity', adult: 'adult' } as const;

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
      "The Medicare Code Editor (MCE) puts some ICD-10-CM codes in an age category: newborn (age 0: e.g. Z38.- liveborn infant, Z00.11- newborn health examination, Z05.- observation of a newborn, tetanus neonatorum A33), pediatric (0–17: e.g. Z00.12- routine child health examination, Reye's syndrome G93.7), maternity (9–64: pregnancy codes O00–O9A and some Z3- codes) and adult (15–124: e.g. mature cataract H25.-). The patient's age on the date of service (from the birth date in box 3) is outside the category of this diagnosis. Perinatal codes (chapter 16, P00–P96) are not in the newborn category: ICD-10-CM guideline I.C.16.a allows them throughout the patient's life when the condition began in the perinatal period.",
    why: "Payers run age edits like the MCE's: a diagnosis that does not fit the patient's age group is denied (CARC 9). Most often the birth date or the code was mistyped, or a code meant for another family member (a mother's pregnancy code on the baby's claim) was copied. The categories come from the MCE lists for FY2026 as parsed by a third party from the CMS \"Definitions of Medicare Code Edits\" (derived, not an official CMS file; spot-checked against the CMS definitions). Without those lists (a bare engine) the rule falls back to the practice code book's age flags.",
    fix: "Check the birth date in box 3 against the patient's record, then the code: pick the code meant for the patient's age group (e.g. the routine adult examination Z00.0- instead of the child examination Z00.12-). Ages are counted in completed years on the service date.",
    bad: 'patient:\n  birthDate: 1958-04-12\ndiagnoses:\n  - Z38.00   # single liveborn infant: newborns only',
    good: 'patient:\n  birthDate: 2026-09-28\ndiagnoses:\n  - Z38.00',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['diagnoses'])) return;
    if (!patientAges(ctx).length) return; // no usable birth date or service date
    const mce = ctx.tables.mce;
    ctx.diagnoses.forEach((raw, j) => {
      if (isBlank(raw) || ctx.isInvalid(['diagnoses', j])) return;
      const code = (raw as string).trim().toUpperCase();
      if (!isIcdShaped(code)) return;
      let min: number | undefined;
      let max: number | undefined;
      let what: string;
      let title: string | undefined;
      if (mce) {
        const limit = mce.ageLimit(code);
        if (!limit) return;
        ({ min, max } = limit);
        what = `in the Medicare Code Editor ${CATEGORY_WORDS[limit.category]} age category (${limit.min === limit.max ? `age ${limit.min}` : `ages ${limit.min}–${limit.max}`})`;
        title = lookupIcd(ctx.codes, code)?.title;
      } else {
        const limits = codeLimits(ctx.codes, code);
        if (!limits || (limits.ageMin === undefined && limits.ageMax === undefined)) return;
        min = limits.ageMin;
        max = limits.ageMax;
        what = `for ${describeAgeRange(min, max)}`;
        title = limits.entry.title;
      }
      // The lines that point at this diagnosis; when none does, every line's date.
      const pointing = ctx.services.flatMap((l, i) => (l?.pointers?.some((p) => indexOfLetter(p) === j) ? [i] : []));
      const ages = patientAges(ctx, pointing.length ? pointing : undefined);
      const bad = ages.find(({ age }) => (min !== undefined && age < min) || (max !== undefined && age > max));
      if (!bad) return;
      report({
        path: ['diagnoses', j],
        diagnosis: j,
        message: `Diagnosis ${letterOf(j)} ${dottedIcd(code)}${title ? ` (${title})` : ''} is ${what}, but the patient is ${bad.age} on ${bad.date} (box 3): check the birth date and the code.`,
      });
    });
  },
});
