import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'bundled-procedures',
  title: "a practice NCCI-style pair billed on one date without an allowed modifier (modifier indicator 1) or at all (indicator 0)",
  section: 'Diagnoses and procedures',
  box: '24D',
  defaultSeverity: 'warning',
  payer: { action: 'deny', carc: '97' },
  payerNote: "deny CARC 97 on the column-2 line",
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
