import { defineRule } from '../rule';
import { isMissing } from '../util/fields';

export default defineRule({
  id: 'missing-patient-sex',
  title: "Patient's sex (box 3) is missing",
  section: 'Patient, insured, coverage',
  box: '3',
  x12: 'DMG03 in 2010BA or 2010CA',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning: "Box 3 also needs the patient's sex, M or F, as recorded by the payer.",
    why: 'It is a required demographic element of the claim and feeds sex-specific code edits; a claim without it is rejected.',
    fix: 'Add `patient.sex: M` or `patient.sex: F`, as on the payer\'s eligibility record.',
    bad: 'patient:\n  birthDate: 1958-04-12',
    good: 'patient:\n  birthDate: 1958-04-12\n  sex: F',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['patient']) || !isMissing(ctx, ['patient', 'sex'], ctx.claim.patient?.sex)) return;
    report({ path: ['patient', 'sex'], message: "The patient's sex (box 3) is missing: add patient.sex as M or F." });
  },
});
