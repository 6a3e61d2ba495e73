import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'missing-insured-signature',
  title: "box 13 neither on file nor dated (fires whatever the profile says)",
  section: 'Signatures',
  box: '13',
  defaultSeverity: 'warning',
  payer: { action: 'none' },
  payerNote: "none; the mock payer pays the patient instead of the provider when the profile requires box 13",
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
