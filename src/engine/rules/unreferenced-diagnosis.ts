import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'unreferenced-diagnosis',
  title: "a diagnosis no service line points at",
  section: 'Diagnoses and procedures',
  box: '21',
  defaultSeverity: 'warning',
  payer: { action: 'none' },
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
