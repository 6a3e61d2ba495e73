import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'units-exceed-limit',
  title: "units above the practice MUE for the code",
  section: 'Diagnoses and procedures',
  box: '24G',
  defaultSeverity: 'warning',
  payer: { action: 'deny', carc: '151' },
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
