import { forEachLineWith } from '../util/serviceLines';
import { defineRule } from '../rule';
import type { Fix } from '../types';
import { modifierConflicts, type ModifierConflict } from '../util/modifiers';

function explain(c: ModifierConflict): string {
  const names = c.groups.flat();
  const list = names.join(' and ');
  switch (c.kind) {
    case 'component':
      return `${list} together mean "professional and technical component", which is the whole (global) service: bill the code with neither modifier, or keep only the component your provider performed`;
    case 'laterality':
      return `${list} together contradict each other: for the same procedure on both sides use the bilateral modifier 50 or two lines (one LT, one RT), as the payer asks`;
    case 'liability':
      return `${list} make contradicting statements about the ABN and who pays if the line is denied: keep only the one that applies`;
    case 'distinct':
      return `${list} on one line say the same thing twice — the X modifiers are the more specific versions of 59: keep the X modifier and remove 59`;
    default:
      return `${list} cannot be used together: ${c.why.replace(/\.$/, '')}`;
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
    forEachLineWith(ctx, 'modifiers', (line, i, listPath) => {
      const mods = line.modifiers;
      const norm = mods.map((m) => m?.trim().toUpperCase());
      for (const c of modifierConflicts(mods)) {
        const fixes: Fix[] = [];
        if (!mods.some((m) => m === undefined)) {
          const without = (drop: string[]) => norm.filter((m): m is string => m !== undefined && !drop.includes(m));
          const label = (g: string[]) => g.join(', ');
          let options: { title: string; drop: string[]; preferred?: boolean }[];
          if (c.kind === 'distinct') {
            // CMS: use the fitting X modifier instead of 59, never both.
            const fiftyNine = c.groups.find((g) => g.includes('59')) ?? [];
            options = [{ title: 'Remove 59 (keep the X modifier)', drop: fiftyNine, preferred: true }];
          } else if (c.groups.length > 2) {
            options = c.groups.map((keep) => ({ title: `Keep only ${label(keep)}`, drop: c.groups.filter((g) => g !== keep).flat() }));
          } else {
            options = c.groups.map((g) => ({ title: `Remove ${label(g)} (keep ${label(c.groups.filter((o) => o !== g).flat())})`, drop: g }));
          }
          if (c.kind === 'component') options.push({ title: 'Remove both 26 and TC (bill the global service)', drop: c.groups.flat() });
          for (const o of options) {
            const edits = ctx.edits.replaceList(listPath, without(o.drop));
            if (edits) fixes.push({ title: o.title, edits, safe: false, isPreferred: o.preferred });
          }
        }
        report({
          path: [...listPath, c.at],
          serviceLine: i,
          message: `Service line ${i + 1} has conflicting modifiers (box 24D): ${explain(c)}.`,
          fixes,
        });
      }
    });
  },
});
