import { defineRule } from '../rule';
import type { Fix } from '../types';
import { modifierConflicts, replaceListEdits, type ModifierConflict } from '../util/coding';

function explain(kind: ModifierConflict['kind'], names: string[]): string {
  const list = names.join(' and ');
  switch (kind) {
    case 'component':
      return `${list} together mean "professional and technical component", which is the whole (global) service: bill the code with neither modifier, or keep only the component your provider performed`;
    case 'laterality':
      return `${list} together contradict each other: for the same procedure on both sides use the bilateral modifier 50 or two lines (one LT, one RT), as the payer asks`;
    case 'liability':
      return `${list} make contradicting statements about the ABN and who pays if the line is denied: keep only the one that applies`;
    case 'distinct':
      return `${list} on one line say the same thing twice — the X modifiers are the more specific versions of 59: keep the X modifier and remove 59`;
  }
}

export default defineRule({
  id: 'conflicting-modifiers',
  title: 'Two modifiers on one line contradict each other',
  section: 'Diagnoses and procedures',
  box: '24D',
  x12: '2400 SV101-3..6',
  defaultSeverity: 'error',
  payer: { action: 'deny', carc: '4' },
  docs: {
    meaning:
      'Some modifiers cannot sit on the same line because they say opposite things: 26 (professional component) with TC (technical component), LT (left) with RT (right), more than one of GA/GY/GZ (ABN and liability statements), or 59 together with one of its more specific subsets XE/XS/XP/XU.',
    why: 'The payer cannot tell which statement is true, so it cannot price the line (26/TC change the fee) or decide who is liable (GA/GY/GZ). The line is denied because the modifiers do not fit the procedure (CARC 4).',
    fix: '26 + TC: bill the global service (neither modifier) or only the component performed. LT + RT: use 50 or two lines, following the payer. GA/GY/GZ: keep the one that matches the ABN situation. 59 + X{EPSU}: keep the X modifier, drop 59.',
    bad: 'services:\n  - code: "71046"\n    modifiers: ["26", "TC"]',
    good: 'services:\n  - code: "71046"\n    modifiers: ["26"]',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['services'])) return;
    ctx.services.forEach((line, i) => {
      const listPath = ['services', i, 'modifiers'];
      if (!line?.modifiers || ctx.isInvalid(listPath)) return;
      const mods = line.modifiers;
      const norm = mods.map((m) => m?.trim().toUpperCase());
      for (const c of modifierConflicts(mods)) {
        const names = [...new Set(c.positions.map((k) => norm[k]!))];
        const fixes: Fix[] = [];
        if (!mods.some((m) => m === undefined)) {
          const without = (drop: string[]) => norm.filter((m): m is string => m !== undefined && !drop.includes(m));
          const options: { title: string; drop: string[]; preferred?: boolean }[] =
            c.kind === 'distinct'
              ? [{ title: 'Remove 59 (keep the X modifier)', drop: ['59'], preferred: true }]
              : names.map((n) => ({ title: `Remove ${n} (keep ${names.filter((o) => o !== n).join(', ')})`, drop: [n] }));
          if (c.kind === 'component') options.push({ title: 'Remove both 26 and TC (bill the global service)', drop: ['26', 'TC'] });
          if (c.kind === 'liability' && names.length > 2) {
            for (const keep of names) options.push({ title: `Keep only ${keep}`, drop: names.filter((n) => n !== keep) });
            options.splice(0, names.length);
          }
          for (const o of options) {
            const edits = replaceListEdits(ctx, listPath, without(o.drop));
            if (edits) fixes.push({ title: o.title, edits, safe: false, isPreferred: o.preferred });
          }
        }
        const second = c.positions[1];
        report({
          path: [...listPath, second],
          serviceLine: i,
          message: `Service line ${i + 1} has conflicting modifiers (box 24D): ${explain(c.kind, names)}.`,
          fixes,
        });
      }
    });
  },
});
