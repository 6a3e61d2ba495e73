import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'missing-provider-signature',
  title: "no name and not on file",
  section: 'Signatures',
  box: '31',
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
