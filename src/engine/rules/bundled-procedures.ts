import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';
import { addModifierEdits, canAddModifier, isEvaluationAndManagement, isNcciAssociatedModifier, isProcedureShaped, lineDates } from '../util/coding';
import { ptpPair } from '../util/ncci';

export default defineRule({
  id: 'bundled-procedures',
  title: 'Two codes billed on one date that the practice NCCI edits bundle together',
  section: 'Diagnoses and procedures',
  box: '24D',
  x12: '2400 SV101-2 / SV101-3..6',
  defaultSeverity: 'warning',
  payer: { action: 'deny', carc: '97' },
  payerNote: "deny CARC 97 on the column-2 line",
  docs: {
    meaning:
      'NCCI procedure-to-procedure (PTP) edits list pairs of codes that are not paid together for one patient on one date: the column-1 code already includes the column-2 code. Each pair has a modifier indicator: 0 means the pair is never paid together; 1 means it may be, when the services really were separate (another session, site or lesion) and an NCCI-associated modifier (59, XE/XS/XP/XU, anatomic modifiers such as LT/RT or F1–F9, or 25/57/58/78/79/91 where they apply) is on the column-2 line. This claim bills such a pair on one date without that modifier, or bills a pair whose indicator is 0. The pairs come from the practice NCCI table bundled with the extension.',
    why: 'The payer pays the column-1 code and denies the column-2 line as included in it (CARC 97: the payer counts it as already paid within the other service). Adding a modifier only to get paid, when the services were not distinct, is unbundling — a compliance problem, not a fix.',
    fix: 'Check the documentation. If the column-2 service was part of the column-1 service, remove the column-2 line. If it was truly separate and the indicator is 1, add the modifier that describes why (XS separate structure, XE separate encounter, XP different practitioner, XU unusual non-overlapping service, 59 when none fits; 25 on an E/M) to the column-2 line. Indicator 0 pairs cannot be billed together at all.',
    bad: 'services:\n  - from: 2026-10-01\n    code: "97530"\n  - from: 2026-10-01\n    code: "97140"',
    good: 'services:\n  - from: 2026-10-01\n    code: "97530"\n  - from: 2026-10-01\n    code: "97140"\n    modifiers: ["XU"]   # documented as a separate, non-overlapping service',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['services'])) return;
    const lines = ctx.services.map((l, i) => {
      if (!l || isBlank(l.code) || ctx.isInvalid(['services', i, 'code'])) return undefined;
      const code = (l.code as string).trim().toUpperCase();
      const dates = lineDates(l);
      if (!isProcedureShaped(code) || !dates || ctx.isInvalid(['services', i, 'from'])) return undefined;
      return { i, code, dates, mods: (l.modifiers ?? []).map((m) => m?.trim().toUpperCase()) };
    });
    // Lines grouped by code, so the work grows with (lines × distinct codes), not lines².
    type Line = NonNullable<(typeof lines)[number]>;
    const byCode = new Map<string, Line[]>();
    for (const l of lines) {
      if (!l) continue;
      const g = byCode.get(l.code);
      if (g) g.push(l);
      else byCode.set(l.code, [l]);
    }
    for (const col2 of lines) {
      if (!col2) continue;
      for (const [code1, group] of byCode) {
        if (code1 === col2.code) continue;
        const pair = ptpPair(code1, col2.code);
        if (!pair || pair.modifierIndicator === 9) continue;
        // Same date of service: the two lines' date spans overlap.
        const col1 = group.find((c) => c.i !== col2.i && !(c.dates[0] > col2.dates[1] || col2.dates[0] > c.dates[1]));
        if (!col1) continue;
        const bypass = col2.mods.find((m) => isNcciAssociatedModifier(m));
        if (pair.modifierIndicator === 1 && bypass) continue;
        const fixes: Fix[] = [];
        if (pair.modifierIndicator === 1) {
          const line = ctx.services[col2.i]!;
          const mods = line.modifiers ?? [];
          const options = isEvaluationAndManagement(col2.code) ? ['25'] : ['XS', 'XE', 'XU', '59'];
          for (const mod of options) {
            if (!canAddModifier(col2.code, mods, mod) || ctx.isInvalid(['services', col2.i, 'modifiers'])) continue;
            const edits = addModifierEdits(ctx, col2.i, mod);
            if (edits) fixes.push({ title: `Add modifier ${mod} to line ${col2.i + 1} (only if the documentation shows a separate service)`, edits, safe: false });
          }
        }
        const where = col1.dates[0] === col2.dates[0] ? `on ${col2.dates[0]}` : 'on the same date';
        const message =
          pair.modifierIndicator === 0
            ? `Service line ${col2.i + 1} (${col2.code}) is included in line ${col1.i + 1} (${col1.code}) ${where} and no modifier can separate this pair (box 24D, NCCI indicator 0): the payer will deny line ${col2.i + 1} — remove it unless a code is wrong.`
            : `Service line ${col2.i + 1} (${col2.code}) is bundled into line ${col1.i + 1} (${col1.code}) ${where} (box 24D, NCCI indicator 1): if the documentation shows a separate service, add the fitting modifier (${isEvaluationAndManagement(col2.code) ? '25' : 'XS, XE, XP, XU or 59'}) to line ${col2.i + 1}; otherwise remove that line.`;
        report({ path: ['services', col2.i, 'code'], serviceLine: col2.i, message, fixes });
      }
    }
  },
});
