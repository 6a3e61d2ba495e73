import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'authorization-not-valid-for-date',
  title: "the authorization has a window and a service date lies outside it",
  section: 'Authorizations and referrals',
  box: '23',
  defaultSeverity: 'error',
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
