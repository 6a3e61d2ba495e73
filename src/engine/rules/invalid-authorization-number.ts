import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'invalid-authorization-number',
  title: "the number does not match the profile's pattern",
  section: 'Authorizations and referrals',
  box: '23',
  defaultSeverity: 'warning',
  payer: { action: 'deny', carc: '15' },
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
