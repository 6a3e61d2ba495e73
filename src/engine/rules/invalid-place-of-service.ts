import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'invalid-place-of-service',
  title: "not an assigned CMS POS code (brief \u00a73.5)",
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
