import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'missing-prior-authorization',
  title: "the payer profile requires authorization for a line's code and box 23 is empty",
  section: 'Authorizations and referrals',
  box: '23',
  defaultSeverity: 'error',
  payer: { action: 'deny', carc: '197' },
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
