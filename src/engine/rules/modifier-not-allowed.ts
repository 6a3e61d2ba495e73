import { forEachLineWith } from '../util/serviceLines';
import { defineRule } from '../rule';
import type { Fix } from '../types';
import { modifierNotAllowedReason } from '../util/modifiers';

export default defineRule({
  id: 'modifier-not-allowed',
  title: 'Modifier used on a kind of code it does not belong to',
  section: 'Diagnoses and procedures',
  box: '24D',
  x12: '2400 SV101-3..6',
  defaultSeverity: 'warning',
  payer: { action: 'deny', carc: '4' },
  docs: {
    meaning:
      'Some modifiers only make sense on certain codes. Modifier 25 goes only on an evaluation and management (E/M) code (99202–99499), to show an E/M service that stands apart from a procedure billed the same day. Modifiers 59, XE, XS, XP and XU mark a procedure as distinct from another one and never go on E/M codes.',
    why: 'Payers edit modifier-to-code combinations: 25 on a surgery or 59 on an office visit tells them the claim was coded wrongly, and the line is denied because the modifier does not fit the procedure (CARC 4). Misplaced 25/59 modifiers are also a classic audit target.',
    fix: 'Put 25 on the E/M line (the office visit), not on the procedure done the same day. To unbundle a procedure, put 59 or the fitting X modifier on the procedure (column-2) line; for an E/M billed with a procedure use 25 on the E/M line instead of 59.',
    bad: 'services:\n  - code: "99214"\n    modifiers: ["59"]\n  - code: "20610"\n    modifiers: ["25"]',
    good: 'services:\n  - code: "99214"\n    modifiers: ["25"]\n  - code: "20610"',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['services'])) return;
    forEachLineWith(ctx, 'modifiers', (line, i, listPath) => {
      if (!line.code || ctx.isInvalid(['services', i, 'code'])) return;
      const code = line.code.trim().toUpperCase();
      line.modifiers.forEach((raw, k) => {
        if (raw === undefined) return;
        const mod = raw.trim().toUpperCase();
        const reason = modifierNotAllowedReason(code, mod);
        if (!reason) return;
        const fixes: Fix[] = [];
        const edits = ctx.edits.removeItem([...listPath, k]);
        if (edits) fixes.push({ title: `Remove modifier ${mod} from line ${i + 1}`, edits, safe: false });
        report({
          path: [...listPath, k],
          serviceLine: i,
          message: `Service line ${i + 1} (${code}) has modifier ${mod} (box 24D): ${reason}.`,
          fixes,
        });
      });
    });
  },
});
