import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'missing-rendering-npi',
  title: "billing provider is an organization and neither the line nor the claim names a rendering NPI",
  section: 'Service lines and totals',
  box: '24J',
  defaultSeverity: 'warning',
  payer: { action: 'deny', carc: '16', rarc: ['N290'] },
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
