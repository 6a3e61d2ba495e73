import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'unknown-payer',
  title: "`payer.id` names no payer profile",
  section: 'Structure',
  box: '—',
  defaultSeverity: 'information',
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
