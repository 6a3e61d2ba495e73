import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'sex-conflict',
  title: "the code book marks the code for one sex and the patient is the other",
  section: 'Diagnoses and procedures',
  box: '21/3',
  defaultSeverity: 'warning',
  payer: { action: 'deny', carc: '10' },
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
