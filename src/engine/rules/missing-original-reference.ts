import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'missing-original-reference',
  title: "replacement or void without `originalReference`",
  section: 'Filing and resubmission',
  box: '22',
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
