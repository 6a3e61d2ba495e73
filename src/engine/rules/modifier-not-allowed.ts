import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'modifier-not-allowed',
  title: "25 on a code outside the E/M range 99202\u201399499; 59/X{EPSU} on an E/M code",
  section: 'Diagnoses and procedures',
  box: '24D',
  defaultSeverity: 'warning',
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
