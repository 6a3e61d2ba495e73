import { defineRule, isBlank } from '../rule';
import { dottedIcd } from '../../codesets/icd';
import { codeLimits } from '../util/codeBook';
import { isIcdShaped } from '../util/codes';
import { letterOf } from '../util/pointers';

export default defineRule({
  id: 'sex-conflict',
  title: "Diagnosis is for one sex and the patient's sex in box 3 is the other",
  section: 'Diagnoses and procedures',
  box: '21/3',
  x12: '2300 HI / 2010BA-2010CA DMG03',
  defaultSeverity: 'warning',
  payer: { action: 'deny', carc: '10' },
  docs: {
    meaning:
      "Some ICD-10-CM codes describe conditions of one sex only (e.g. prostate or pregnancy codes). The code book marks this diagnosis as male-only or female-only, and the patient's sex in box 3 is the other.",
    why: "Payers run sex edits: a diagnosis inconsistent with the patient's sex is denied (CARC 10). Usually the sex in box 3 or the code was mistyped, or a family member's record was used. (Real payers differ in how strictly they apply these edits, so this is a warning.)",
    fix: "Check the patient's sex in box 3 against the registration record, then check the code. If both are correct (e.g. a transgender patient), follow the payer's instructions — many accept a condition code or a note explaining it.",
    bad: 'patient:\n  sex: F\ndiagnoses:\n  - N40.0    # prostate: male only',
    good: 'patient:\n  sex: M\ndiagnoses:\n  - N40.0',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['diagnoses']) || ctx.isInvalid(['patient', 'sex'])) return;
    const sex = ctx.claim.patient?.sex;
    if (sex !== 'M' && sex !== 'F') return; // missing-patient-sex
    ctx.diagnoses.forEach((raw, j) => {
      if (isBlank(raw) || ctx.isInvalid(['diagnoses', j])) return;
      const code = (raw as string).trim().toUpperCase();
      if (!isIcdShaped(code)) return;
      const limits = codeLimits(ctx.codes, code);
      if (!limits?.sex || limits.sex === sex) return;
      const title = limits.entry.title ? ` (${limits.entry.title})` : '';
      const codeSex = limits.sex === 'M' ? 'male' : 'female';
      report({
        path: ['diagnoses', j],
        diagnosis: j,
        message: `Diagnosis ${letterOf(j)} ${dottedIcd(code)}${title} is for ${codeSex} patients, but box 3 says the patient is ${sex}: check the patient's sex and the code.`,
      });
    });
  },
});
