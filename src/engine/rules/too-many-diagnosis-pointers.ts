import { forEachLineWith } from '../util/serviceLines';
import { defineRule } from '../rule';
import type { Fix } from '../types';

const MAX = 4;

export default defineRule({
  id: 'too-many-diagnosis-pointers',
  title: 'More than four diagnosis pointers on one service line',
  section: 'Diagnoses and procedures',
  box: '24E',
  x12: '2400 SV107-1..4 (at most 4)',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning:
      'A service line can point at up to four diagnoses in box 24E, the primary reason first. This line points at more. (The claim itself may list up to 12 diagnoses; each line picks at most four of them.)',
    why: 'The 837P has four slots for pointers per line (SV107-1 to SV107-4). A fifth cannot be sent, so the claim is rejected at the front end.',
    fix: 'Keep the four diagnoses that best justify this service, most important first. Other diagnoses can still be listed in box 21 for other lines.',
    bad: 'services:\n  - code: "99215"\n    pointers: [A, B, C, D, E]',
    good: 'services:\n  - code: "99215"\n    pointers: [A, B, C, D]',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['services'])) return;
    forEachLineWith(ctx, 'pointers', (line, i, listPath) => {
      const n = line.pointers.length;
      if (n <= MAX) return;
      const fixes: Fix[] = [];
      const kept = line.pointers.slice(0, MAX);
      // Dropping the extra pointers must not leave a diagnosis that no line points at any more.
      const norm = (p: string | undefined) => p?.trim().toUpperCase();
      const stillPointed = (p: string | undefined) =>
        kept.some((q) => norm(q) === norm(p)) || ctx.services.some((other, o) => o !== i && other?.pointers?.some((q) => norm(q) === norm(p)));
      if (kept.every((p) => p !== undefined) && line.pointers.slice(MAX).every(stillPointed)) {
        const edits = ctx.edits.replaceList(listPath, kept);
        if (edits) fixes.push({ title: `Keep the first four pointers (${kept.join(', ')})`, edits, safe: false });
      }
      report({
        path: [...listPath, MAX],
        serviceLine: i,
        message: `Service line ${i + 1} has ${n} diagnosis pointers, but box 24E holds at most 4: keep the four diagnoses that best justify the service, primary first.`,
        fixes,
      });
    });
  },
});
