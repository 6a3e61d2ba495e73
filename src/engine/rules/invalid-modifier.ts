import { forEachLineWith, lineDates } from '../util/serviceLines';
import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';
import { isModifierShaped } from '../util/codes';

function explain(mod: string): string {
  const bare = mod.replace(/[\s\-.]/g, '');
  if (bare.length === 4 && isModifierShaped(bare.slice(0, 2)) && isModifierShaped(bare.slice(2))) {
    return `it looks like two modifiers in one entry — write each as its own item, e.g. ["${bare.slice(0, 2)}", "${bare.slice(2)}"]`;
  }
  if (bare.length === 1) return 'a modifier has exactly two characters';
  if (bare.length > 2) return 'a modifier has exactly two characters (letters or digits); a longer value is probably a code or a description';
  return 'a modifier is exactly two letters or digits, with no dash or spaces, e.g. "25" or "LT"';
}

export default defineRule({
  id: 'invalid-modifier',
  title: 'Modifier is not two letters or digits, or not a HCPCS Level II modifier',
  section: 'Diagnoses and procedures',
  box: '24D',
  x12: '2400 SV101-3..6',
  defaultSeverity: 'error',
  payer: { action: 'deny', carc: '4' },
  docs: {
    meaning:
      'A modifier adds detail to a procedure code (which side, which component, a distinct service…). Every modifier is exactly two characters: CPT modifiers are two digits (25, 59), HCPCS Level II modifiers two letters or a letter and a digit (LT, TC, XS, F1). This one is not — or it has a letter but is not a Level II modifier of the CMS HCPCS January 2026 release (383 modifiers), or CMS terminated it before the date of service (e.g. the MA–MH imaging modifiers ended 2024-12-31). Two-digit CPT modifiers are only checked for their shape.',
    why: 'The 837P modifier element is fixed at two characters. A malformed modifier cannot be matched to the code, so the payer denies the line because the modifier does not fit the procedure (CARC 4); so does a modifier that does not exist or no longer exists on the date of service.',
    fix: 'Write each modifier as its own two-character item, quoted so leading zeros survive, without the dash used in some books ("-25" is written "25"). Remove empty items. For a Level II modifier the release does not know, look it up in the current HCPCS file (or the code lookup): usually it is a typo (LF for LT) or a retired modifier.',
    bad: 'services:\n  - code: "99214"\n    modifiers: ["-25"]',
    good: 'services:\n  - code: "99214"\n    modifiers: ["25"]',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['services'])) return;
    forEachLineWith(ctx, 'modifiers', (line, i, listPath) => {
      line.modifiers.forEach((raw, k) => {
        const path = [...listPath, k];
        if (ctx.isInvalid(path)) return;
        const fixes: Fix[] = [];
        if (isBlank(raw)) {
          const edits = ctx.edits.removeItem(path);
          if (edits) fixes.push({ title: 'Remove the empty modifier', edits, safe: true, isPreferred: true });
          report({ path, serviceLine: i, message: `Service line ${i + 1} has an empty modifier (box 24D): remove it or write the two-character modifier.`, fixes });
          return;
        }
        const mod = (raw as string).trim().toUpperCase();
        if (isModifierShaped(mod)) {
          const hcpcs = ctx.tables.hcpcs;
          if (!hcpcs || /^\d\d$/.test(mod)) return; // CPT modifiers: shape only
          const rec = hcpcs.modifier(mod);
          const to = lineDates(line)?.[1];
          if (!rec) {
            report({ path, serviceLine: i, message: `Service line ${i + 1} modifier ${mod} is not a HCPCS Level II modifier: it is not in the ${hcpcs.release} (box 24D). Check it for a typo.` });
          } else if (rec.terminated && to && !ctx.isInvalid(['services', i, 'from']) && to > rec.terminated) {
            report({ path, serviceLine: i, message: `Service line ${i + 1} modifier ${mod} (${rec.description}) was terminated: its last valid date of service was ${rec.terminated} (${hcpcs.release}), and this line's date is ${to} (box 24D).` });
          }
          return;
        }
        const bare = mod.replace(/[\s\-.]/g, '');
        if (isModifierShaped(bare)) {
          const edits = ctx.edits.replaceValue(path, bare);
          if (edits) fixes.push({ title: `Write it as "${bare}"`, edits, safe: false, isPreferred: true });
        }
        report({
          path,
          serviceLine: i,
          message: `Service line ${i + 1} modifier "${mod}" is not a valid modifier (box 24D): ${explain(mod)}.`,
          fixes,
        });
      });
    });
  },
});
