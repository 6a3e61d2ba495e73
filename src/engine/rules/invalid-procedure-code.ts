import { forEachLine } from '../util/serviceLines';
import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';
import { isIcdShaped, isModifierShaped, isProcedureShaped } from '../util/codes';
import { addModifierEdits, canAddModifier, modifierNotAllowedReason } from '../util/modifiers';

function explain(code: string): string {
  if (/^D\d{4}$/.test(code)) return 'D codes are dental (CDT) codes, billed on the ADA dental claim form, not on the CMS-1500';
  if (/^[FINOW-Z]\d{4}$/.test(code)) return `no HCPCS Level II code starts with ${code[0]} (Level II uses A–V, except D)`;
  if (/^[A-Z0-9]{5}[\s\-:]+[A-Z0-9]{2}$/.test(code)) return 'the modifier is glued to the code — write the code alone and the modifier in `modifiers`';
  if (/^\d+$/.test(code)) return `CPT codes have five characters; "${code}" has ${code.length} — copy the full code from the code book`;
  if (/^\d{4}[A-Z]$/.test(code)) return 'a CPT code with a letter ends in F (Category II), T (Category III), A, M or U';
  if (isIcdShaped(code) && /\./.test(code)) return 'it looks like an ICD-10-CM diagnosis code; diagnoses go in box 21 (`diagnoses`) and the line points at them';
  if (/^[A-Z]\d{4}[A-Z0-9]+$/.test(code) || /^\d{5}[A-Z0-9]+$/.test(code)) return 'the code is too long — modifiers go in `modifiers`, not in the code';
  return 'write a CPT code (five characters, e.g. 99213) or a HCPCS Level II code (a letter A–V and four digits, e.g. G0438)';
}

export default defineRule({
  id: 'invalid-procedure-code',
  title: 'Procedure code is neither CPT- nor HCPCS-shaped',
  section: 'Diagnoses and procedures',
  box: '24D',
  x12: '2400 SV101-2',
  defaultSeverity: 'error',
  payer: { action: 'reject', rarc: ['M51'] },
  docs: {
    meaning:
      'Box 24D takes a CPT code — five digits (99213), or four digits and a letter for Category II (3074F), Category III (0042T) and a few other families (A, M, U) — or a HCPCS Level II code: one letter from A to V (not D) and four digits (G0438, J1100). This code has neither shape.',
    why: 'The procedure code is checked for shape before anything else; a code that cannot exist makes the claim unprocessable, so it is rejected at the front end (remark M51) and must be corrected and sent as a new claim.',
    fix: 'Copy the code exactly from the code book: no spaces, dashes or descriptions. Modifiers go in `modifiers`, not glued to the code. Quote codes with leading zeros ("00100"). Dental D codes and ICD-10-CM diagnosis codes do not belong here.',
    bad: 'services:\n  - code: "99213-25"',
    good: 'services:\n  - code: "99213"\n    modifiers: ["25"]',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['services'])) return;
    forEachLine(ctx, 'code', (line, i, path) => {
      if (isBlank(line.code)) return;
      const code = (line.code as string).trim().toUpperCase();
      if (isProcedureShaped(code)) return;
      const fixes: Fix[] = [];
      // A modifier glued to the code ("99213-25", "99213 25"): split it out.
      const glued = /^([A-Z0-9]{5})[\s\-:]+([A-Z0-9]{2})$/.exec(code);
      const cleaned = code.replace(/[\s\-.]/g, '');
      const mods = line.modifiers;
      if (glued && isProcedureShaped(glued[1]) && isModifierShaped(glued[2]) && !ctx.isInvalid(['services', i, 'modifiers'])) {
        const [, base, mod] = glued;
        const codeEdit = ctx.edits.replaceValue(path, base);
        const has = (mods ?? []).includes(mod);
        const modEdit = has ? [] : canAddModifier(base, mods ?? [], mod) ? addModifierEdits(ctx, i, mod) : undefined;
        if (codeEdit && modEdit) fixes.push({ title: `Write code "${base}" with modifier ${mod}`, edits: [...codeEdit, ...modEdit], safe: false, isPreferred: true });
      } else if (cleaned !== code && isProcedureShaped(cleaned) && !(mods ?? []).some((m) => m !== undefined && modifierNotAllowedReason(cleaned, m))) {
        const edits = ctx.edits.replaceValue(path, cleaned);
        if (edits) fixes.push({ title: `Write it as "${cleaned}"`, edits, safe: false, isPreferred: true });
      }
      report({
        path,
        serviceLine: i,
        message: `Service line ${i + 1} code "${code}" is not a CPT or HCPCS code (box 24D): ${explain(code)}.`,
        fixes,
      });
    });
  },
});
