import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'invalid-diagnosis-pointer',
  title: "a letter outside A\u2013L or naming no entry of `diagnoses`",
  section: 'Diagnoses and procedures',
  box: '24E',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
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
