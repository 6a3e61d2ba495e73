import { forEachLineWith } from '../util/serviceLines';
import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';

export default defineRule({
  id: 'duplicate-diagnosis-pointer',
  title: 'The same diagnosis pointer appears twice on a line',
  section: 'Diagnoses and procedures',
  box: '24E',
  x12: '2400 SV107-1..4',
  defaultSeverity: 'warning',
  payer: { action: 'none' },
  docs: {
    meaning: 'A service line lists the same pointer letter twice in box 24E (e.g. [A, B, A]). Each diagnosis needs to be pointed at only once per line.',
    why: 'A repeated pointer adds nothing and uses up one of the four pointer slots that another diagnosis might need. Some clearinghouses flag it as a formatting error.',
    fix: 'Remove the repeated letter, keeping the first one (its position says how important that diagnosis is for the line).',
    bad: 'services:\n  - code: "99214"\n    pointers: [A, B, A]',
    good: 'services:\n  - code: "99214"\n    pointers: [A, B]',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['services'])) return;
    forEachLineWith(ctx, 'pointers', (line, i, listPath) => {
      const seen = new Map<string, number>();
      line.pointers.forEach((raw, k) => {
        if (isBlank(raw) || ctx.isInvalid([...listPath, k])) return;
        const p = (raw as string).trim().toUpperCase();
        const first = seen.get(p);
        if (first === undefined) {
          seen.set(p, k);
          return;
        }
        const fixes: Fix[] = [];
        const edits = ctx.edits.removeItem([...listPath, k]);
        if (edits) fixes.push({ title: `Remove the repeated pointer ${p}`, edits, safe: true, isPreferred: true });
        report({
          path: [...listPath, k],
          serviceLine: i,
          message: `Service line ${i + 1} points at ${p} twice (box 24E): list each diagnosis once per line — remove the repeated ${p}.`,
          fixes,
        });
      });
    });
  },
});
