import { defineRule, isBlank } from '../rule';
import { dottedIcd } from '../../codesets/icd';
import { codeLimits } from '../util/codeBook';
import { isIcdShaped } from '../util/codes';
import { letterOf } from '../util/pointers';

export default defineRule({
  id: 'sex-conflict',
  title: "Diagnosis is for one sex and the patient's sex in box 3 is the other (practice edit)",
  section: 'Diagnoses and procedures',
  box: '21/3',
  x12: '2300 HI / 2010BA-2010CA DMG03',
  defaultSeverity: 'warning',
  payer: { action: 'deny', carc: '10' },
  docs: {
    meaning:
      "A practice edit: the practice code book flags some ICD-10-CM codes as one sex only, because the code title names an organ or a patient of one sex (prostate, male breast, ovary, cervix, pregnancy codes). This diagnosis is flagged for one sex and the patient's sex in box 3 is the other. It is not an official CMS list: the Medicare Code Editor's own sex-conflict edit was turned off by CMS for ICD-10-CM codes from 2024-10-01 (the MCE lists bundled with the extension hold no sex lists).",
    why: "Payers may still run their own sex edits: a diagnosis inconsistent with the patient's sex is denied with CARC 10. Usually the sex in box 3 or the code was mistyped, or a family member's record was used. Because the official Medicare edit is off and payers differ, this is a warning, and the flags are limited to codes whose titles name one sex.",
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
