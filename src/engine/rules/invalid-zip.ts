import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'invalid-zip',
  title: "not 5 or 9 digits (billing ZIP: 9 digits expected)",
  section: 'Providers',
  box: '5/7/32/33',
  defaultSeverity: 'warning',
  payer: { action: 'none' },
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
