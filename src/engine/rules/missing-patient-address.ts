import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'missing-patient-address',
  title: "street, city, state or ZIP missing",
  section: 'Patient, insured, coverage',
  box: '5',
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
