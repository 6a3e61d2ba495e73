import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';
import { compactIcd, dottedIcd } from '../../codesets/icd';
import { letterOf, removeDiagnosisEdits } from '../util/pointers';

export default defineRule({
  id: 'duplicate-diagnosis',
  title: 'The same diagnosis code is listed twice',
  section: 'Diagnoses and procedures',
  box: '21',
  x12: '2300 HI01–HI12',
  defaultSeverity: 'warning',
  payer: { action: 'none' },
  docs: {
    meaning:
      'Box 21 lists the same ICD-10-CM code more than once (the dot and letter case do not matter: e11.9, E119 and E11.9 are one code). Each code should appear once; service lines point at it by its letter.',
    why: 'A repeated code adds nothing and wastes one of the 12 slots. Some payers and clearinghouses reject or question duplicate diagnosis codes, and it makes the pointers in box 24E harder to check.',
    fix: 'Remove the later copy and point the service lines that used its letter at the first copy instead. The quick fix does both, and re-letters the pointers of the codes below it.',
    bad: 'diagnoses:\n  - E11.9\n  - I10\n  - E11.9\nservices:\n  - code: "99214"\n    pointers: [A, C]',
    good: 'diagnoses:\n  - E11.9\n  - I10\nservices:\n  - code: "99214"\n    pointers: [A]',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['diagnoses'])) return;
    const first = new Map<string, number>();
    ctx.diagnoses.forEach((raw, j) => {
      if (isBlank(raw) || ctx.isInvalid(['diagnoses', j])) return;
      const key = compactIcd(raw as string);
      const i = first.get(key);
      if (i === undefined) {
        first.set(key, j);
        return;
      }
      const fixes: Fix[] = [];
      const edits = removeDiagnosisEdits(ctx, j, i);
      if (edits) fixes.push({ title: `Remove the repeated ${dottedIcd(key)} (${letterOf(j)}) and point its lines at ${letterOf(i)}`, edits, safe: true, isPreferred: true });
      report({
        path: ['diagnoses', j],
        diagnosis: j,
        message: `Diagnosis ${letterOf(j)} ${dottedIcd(key)} repeats diagnosis ${letterOf(i)} (box 21): list each code once and point the service lines at ${letterOf(i)}.`,
        fixes,
      });
    });
  },
});
