import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'missing-referring-npi',
  title: "box 17 filled without an NPI",
  section: 'Authorizations and referrals',
  box: '17b',
  defaultSeverity: 'error',
  payer: { action: 'reject', rarc: ['N286'] },
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
