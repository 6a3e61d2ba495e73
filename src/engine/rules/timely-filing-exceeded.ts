import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'timely-filing-exceeded',
  title: "a service date older than the profile's `timelyFilingDays` before today",
  section: 'Filing and resubmission',
  box: '24A',
  defaultSeverity: 'error',
  payer: { action: 'deny', carc: '29' },
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
