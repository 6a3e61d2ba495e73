import { defineRule } from '../rule';

// TODO(rule): implement check, docs and fixtures. Metadata generated from shared/spec/rules.md.
export default defineRule({
  id: 'non-billable-diagnosis',
  title: "a header (category/subcategory) code that needs more characters; say which deeper codes exist when the code book knows them",
  section: 'Diagnoses and procedures',
  box: '21',
  defaultSeverity: 'error',
  payer: { action: 'deny', carc: '16', rarc: ['M76'] },
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
