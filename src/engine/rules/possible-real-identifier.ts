import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'possible-real-identifier',
  title: "a string value that looks like a real SSN (NNN-NN-NNNN or 9 digits in an SSN field, area not 000, 666 or 9xx, group not 00, serial not 0000): practice files must hold fictional data",
  section: 'Practice data hygiene',
  box: 'any',
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
