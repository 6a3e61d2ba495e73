import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'conflicting-modifiers',
  title: "e.g. 26 with TC, LT with RT, two of GA/GY/GZ, 59 with an X{EPSU} on one line",
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
