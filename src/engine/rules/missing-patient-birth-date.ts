import { defineRule } from '../rule';
import { isMissing } from '../util/fields';

export default defineRule({
  id: 'missing-patient-birth-date',
  title: "Patient's birth date (box 3) is missing",
  section: 'Patient, insured, coverage',
  box: '3',
  x12: 'DMG02 in 2010BA or 2010CA',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning: "Box 3 needs the patient's date of birth.",
    why: 'The birth date is part of how the payer identifies the patient, and it drives age edits (newborn, pediatric, maternity codes). Without it the claim is rejected.',
    fix: 'Add `patient.birthDate` as YYYY-MM-DD.',
    bad: 'patient:\n  sex: F',
    good: 'patient:\n  birthDate: 1958-04-12\n  sex: F',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['patient']) || !isMissing(ctx, ['patient', 'birthDate'], ctx.claim.patient?.birthDate)) return;
    report({ path: ['patient', 'birthDate'], message: "The patient's birth date (box 3) is missing: add patient.birthDate as YYYY-MM-DD." });
  },
});
