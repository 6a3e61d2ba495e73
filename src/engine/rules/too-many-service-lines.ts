import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'too-many-service-lines',
  title: "Too many service lines",
  section: 'Service lines and totals',
  box: '24',
  defaultSeverity: 'error',
  severityNote: "error above 50; information above 6",
  payer: { action: 'reject' },
  payerNote: "reject above 50",
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
