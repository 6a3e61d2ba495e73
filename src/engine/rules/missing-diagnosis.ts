import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'missing-diagnosis',
  title: "no diagnosis at all",
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
