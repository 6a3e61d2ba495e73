import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'invalid-tax-id',
  title: "not 9 digits, or `taxIdType` missing",
  section: 'Providers',
  box: '25',
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
