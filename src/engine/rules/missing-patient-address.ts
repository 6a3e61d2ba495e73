import { defineRule } from '../rule';
import { listWords, missingParts } from '../util/fields';

export default defineRule({
  id: 'missing-patient-address',
  title: "Patient's address (box 5) is incomplete",
  section: 'Patient, insured, coverage',
  box: '5',
  x12: 'N3/N4 in 2010BA or 2010CA',
  defaultSeverity: 'warning',
  payer: { action: 'none' },
  docs: {
    meaning: "Box 5 needs the patient's street, city, state and ZIP code.",
    why: 'Payers use the address to confirm identity and to mail the patient\'s explanation of benefits; an incomplete one often sends the claim to manual review.',
    fix: 'Fill every part of `patient.address`: street, city, state (two letters) and ZIP (5 or 9 digits).',
    bad: 'patient:\n  address: { street: 12 MAIN ST, city: SPRINGFIELD }',
    good: 'patient:\n  address: { street: 12 MAIN ST, city: SPRINGFIELD, state: IL, zip: "627011234" }',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['patient'])) return;
    const missing = missingParts(ctx, ['patient', 'address'], ctx.claim.patient?.address, ['street', 'city', 'state', 'zip']);
    if (!missing.length) return;
    report({
      path: missing.length === 1 && ctx.isPresent(['patient', 'address']) ? ['patient', 'address', missing[0]] : ['patient', 'address'],
      message: `The patient's address (box 5) is missing the ${listWords(missing.map((m) => (m === 'zip' ? 'ZIP code' : m)))}.`,
    });
  },
});
