import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'unknown-diagnosis',
  title: "well-formed but not in the code book",
  section: 'Diagnoses and procedures',
  box: '21',
  defaultSeverity: 'error',
  severityNote: "error with a full code set; information with the practice code book",
  payer: { action: 'deny', carc: '16', rarc: ['M76'] },
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
