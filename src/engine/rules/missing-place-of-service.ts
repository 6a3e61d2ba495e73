import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'missing-place-of-service',
  title: "Missing place of service",
  section: 'Service lines and totals',
  box: '24B',
  defaultSeverity: 'error',
  payer: { action: 'reject', rarc: ['M77'] },
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
