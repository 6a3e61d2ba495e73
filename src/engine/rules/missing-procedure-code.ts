import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'missing-procedure-code',
  title: "a line without a code",
  section: 'Diagnoses and procedures',
  box: '24D',
  defaultSeverity: 'error',
  payer: { action: 'reject', rarc: ['M51'] },
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
