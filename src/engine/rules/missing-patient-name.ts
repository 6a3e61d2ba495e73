import { defineRule } from '../rule';
import { listWords, missingParts } from '../util/fields';

export default defineRule({
  id: 'missing-patient-name',
  title: "Patient's last or first name (box 2) is missing",
  section: 'Patient, insured, coverage',
  box: '2',
  x12: '2010BA NM103/NM104 (or 2010CA when the patient is not the subscriber)',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning: "Box 2 needs the patient's last and first name exactly as on the insurance card (middle initial optional).",
    why: 'Payers match the patient by name, birth date and member ID. A claim without a name cannot be matched to a covered person and is rejected at the front end.',
    fix: 'Fill `patient.name.last` and `patient.name.first` as printed on the card, upper case, without titles or credentials.',
    bad: 'patient:\n  name: { last: DOE }',
    good: 'patient:\n  name: { last: DOE, first: JANE }',
  },
  check(ctx, report) {
    const missing = missingParts(ctx, ['patient', 'name'], ctx.claim.patient?.name, ['last', 'first']);
    if (!missing.length || ctx.isInvalid(['patient'])) return;
    report({
      path: missing.length === 1 ? ['patient', 'name', missing[0]] : ['patient', 'name'],
      message: `The patient's ${listWords(missing.map((m) => `${m} name`))} ${missing.length === 1 ? 'is' : 'are'} missing (box 2): copy ${missing.length === 1 ? 'it' : 'them'} from the insurance card.`,
    });
  },
});
