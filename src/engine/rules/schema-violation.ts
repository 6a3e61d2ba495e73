import { defineRule } from '../rule';
import { toPath } from '../util/fields';

export default defineRule({
  id: 'schema-violation',
  title: 'A field has the wrong type or shape',
  section: 'Structure',
  box: '—',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning: 'A known field holds the wrong kind of value: text where a number belongs (`units: "two"`), a single value where a list belongs, an impossible date, a code written as a number that lost its leading zero, or a file that is empty or not a map of fields.',
    why: 'Claim systems read each box as a fixed data type (a date, an amount, a list of codes). A value of the wrong type cannot be mapped into the 837P transaction, so the claim is rejected before adjudication.',
    fix: 'Write the value in the form the message asks for: numbers without quotes (`units: 2`), dates as YYYY-MM-DD, lists in brackets (`pointers: [A, B]`), and codes with leading zeros in quotes (`code: "00812"`).',
    bad: 'services:\n  - code: 00812\n    units: two',
    good: 'services:\n  - code: "00812"\n    units: 2',
  },
  check(ctx, report) {
    for (const issue of ctx.normalized.schemaIssues) report({ path: toPath(issue.path), at: issue.at, message: issue.message });
  },
});
