import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'invalid-diagnosis-format',
  title: "not ICD-10-CM shaped (see brief \u00a73.1; allow the dot)",
  section: 'Diagnoses and procedures',
  box: '21',
  defaultSeverity: 'error',
  payer: { action: 'reject', rarc: ['M76'] },
  docs: {
    meaning: 'TODO',
    why: 'TODO',
    fix: 'TODO',
    bad: 'TODO',
    good: 'TODO',
  },
  check() {
    // TODO
  },
});
