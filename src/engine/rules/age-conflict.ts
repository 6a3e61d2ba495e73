import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'age-conflict',
  title: "the code book marks the code for an age range the patient is outside on the service date (e.g. newborn-only P codes, maternity 9\u201364)",
  section: 'Diagnoses and procedures',
  box: '21/3',
  defaultSeverity: 'warning',
  payer: { action: 'deny', carc: '9' },
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
