import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'invalid-npi',
  title: "not 10 digits or fails the check digit (brief \u00a73.6) \u2014 one finding per bad NPI",
  section: 'Providers',
  box: '17b/24J/32a/33a',
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
