import { defineRule } from '../rule';
import { isMissing } from '../util/fields';

export default defineRule({
  id: 'missing-relationship',
  title: 'Patient relationship to insured (box 6) is missing',
  section: 'Patient, insured, coverage',
  box: '6',
  x12: '2000B SBR02 (18 = self) or 2000C PAT01',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning: "Box 6 says how the patient is related to the insured: self, spouse, child or other.",
    why: 'It decides the structure of the 837P (subscriber loop only, or a separate patient loop). Without it the claim cannot be built and is rejected.',
    fix: 'Add `patient.relationship` — `self` when the patient holds the policy.',
    bad: 'patient:\n  name: { last: DOE, first: JANE }',
    good: 'patient:\n  name: { last: DOE, first: JANE }\n  relationship: self',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['patient']) || !isMissing(ctx, ['patient', 'relationship'], ctx.claim.patient?.relationship)) return;
    report({ path: ['patient', 'relationship'], message: 'The patient\'s relationship to the insured (box 6) is missing: add patient.relationship (self, spouse, child or other).' });
  },
});
