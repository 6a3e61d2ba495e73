import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'missing-referral',
  title: "the profile requires a referral, a line's place of service and code are not exempt, and there is neither a DN referring provider with an NPI nor a referral number",
  section: 'Authorizations and referrals',
  box: '17/23',
  defaultSeverity: 'error',
  payer: { action: 'deny', carc: '288' },
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
