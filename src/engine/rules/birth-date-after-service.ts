import { defineRule } from '../rule';

export default defineRule({
  id: 'birth-date-after-service',
  title: 'Birth date is after a service date, or in the future',
  section: 'Patient, insured, coverage',
  box: '3',
  x12: 'DMG02 vs 2400 DTP*472',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning: 'The patient cannot have been treated before being born: the birth date (box 3) is later than a date of service (24A), or later than today.',
    why: 'Payers run this relational edit at the front end (a 277CA rejection because two fields contradict each other): one of the two dates is wrong, so the claim cannot be trusted and is rejected.',
    fix: 'Check both dates against the registration and the encounter. A common slip is the current year typed into the birth date.',
    bad: 'patient:\n  birthDate: 2026-12-01\nservices:\n  - from: 2026-10-01',
    good: 'patient:\n  birthDate: 1958-04-12\nservices:\n  - from: 2026-10-01',
  },
  check(ctx, report) {
    const birth = ctx.claim.patient?.birthDate;
    if (!birth) return;
    if (birth > ctx.today) {
      report({ path: ['patient', 'birthDate'], message: `The patient's birth date ${birth} (box 3) is in the future: check it against the registration.` });
      return;
    }
    const lines = ctx.services.map((l, i) => ({ l, i })).filter(({ l }) => l?.from && l.from < birth);
    if (!lines.length) return;
    report({
      path: ['patient', 'birthDate'],
      message: `The patient's birth date ${birth} (box 3) is after the date of service on line ${lines.map((x) => x.i + 1).join(', ')} (24A): one of the dates is wrong.`,
    });
  },
});
