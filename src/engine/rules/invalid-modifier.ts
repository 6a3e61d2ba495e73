import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'invalid-modifier',
  title: "not exactly two letters/digits",
  section: 'Diagnoses and procedures',
  box: '24D',
  defaultSeverity: 'error',
  payer: { action: 'deny', carc: '4' },
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
