import { forEachLineWith } from '../util/serviceLines';
import { POINTER_LETTERS } from '../../model/claim';
import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';
import { dottedIcd } from '../../codesets/icd';
import { indexOfLetter, letterOf } from '../util/pointers';

export default defineRule({
  id: 'invalid-diagnosis-pointer',
  title: 'Diagnosis pointer is not a letter naming an entry of box 21',
  section: 'Diagnoses and procedures',
  box: '24E',
  x12: '2400 SV107-1..4',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning:
      'Box 24E points at the diagnoses in box 21 by letter: A is the first code, B the second, up to L for the twelfth. Each pointer must be one of those letters and must name a code that is actually listed. This pointer is not a letter A–L, or names an empty slot (C when only A and B are filled).',
    why: 'The pointer is how the payer links a service to its medical reason. In the 837P the letters become the numbers 1–12 (SV107); a pointer to a diagnosis that does not exist breaks that link and the claim is rejected at the front end.',
    fix: 'Use one letter per pointer (A–L), no numbers, ranges or commas ("A-C" is written [A, B, C]). Check the letter against box 21: count the codes from the top, A first. Point only at codes that justify the line.',
    bad: 'diagnoses: [E11.9, I10]\nservices:\n  - code: "99214"\n    pointers: [A, C]',
    good: 'diagnoses: [E11.9, I10]\nservices:\n  - code: "99214"\n    pointers: [A, B]',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['services'])) return;
    // With no diagnosis at all, missing-diagnosis is the cause; an unreadable list is a schema finding.
    const diagnosesKnown = !ctx.isInvalid(['diagnoses']) && ctx.diagnoses.some((d) => !isBlank(d));
    const count = ctx.diagnoses.length;
    forEachLineWith(ctx, 'pointers', (line, i, listPath) => {
      const pointers = line.pointers;
      // All blank: missing-diagnosis-pointer says so once.
      if (!pointers.some((p) => !isBlank(p))) return;
      const validElsewhere = (k: number) => pointers.some((p, o) => o !== k && indexOfLetter(p) >= 0 && indexOfLetter(p) < count);
      pointers.forEach((raw, k) => {
        const path = [...listPath, k];
        if (ctx.isInvalid(path)) return;
        const fixes: Fix[] = [];
        const removeFix = (title: string, safe: boolean) => {
          const edits = ctx.edits.removeItem(path);
          if (edits) fixes.push({ title, edits, safe });
        };
        if (isBlank(raw)) {
          removeFix('Remove the empty pointer', true);
          report({ path, serviceLine: i, message: `Service line ${i + 1} has an empty diagnosis pointer (box 24E): remove it or write the letter of a diagnosis (A–L).`, fixes });
          return;
        }
        const p = (raw as string).trim().toUpperCase();
        const idx = indexOfLetter(p);
        const taken = new Set(pointers.map((q) => q?.trim().toUpperCase()));
        /** Offers to point at each listed diagnosis the line does not use yet. */
        const pointAtFixes = (preferred?: number) => {
          for (let d = 0; d < Math.min(count, POINTER_LETTERS.length) && fixes.length < 6; d++) {
            const letter = letterOf(d);
            if (taken.has(letter) || isBlank(ctx.diagnoses[d])) continue;
            const edits = ctx.edits.replaceValue(path, letter);
            if (edits) fixes.push({ title: `Point at ${letter} (${dottedIcd(String(ctx.diagnoses[d] ?? ''))}) instead`, edits, safe: false, isPreferred: d === preferred });
          }
        };
        let message: string;
        if (idx < 0) {
          const n = /^\d{1,2}$/.test(p) ? Number(p) : NaN;
          const letters = /^[A-L]{2,4}$/.test(p) ? p.split('') : undefined;
          if (n >= 1 && n <= 12) {
            const letter = letterOf(n - 1);
            message = `Service line ${i + 1} diagnosis pointer "${p}" is a number (box 24E): pointers are letters — diagnosis ${n} is ${letter}.`;
            if (n - 1 < count && !taken.has(letter)) {
              const edits = ctx.edits.replaceValue(path, letter);
              if (edits) fixes.push({ title: `Write ${letter} instead of ${p}`, edits, safe: false, isPreferred: true });
            }
          } else if (letters) {
            message = `Service line ${i + 1} diagnosis pointer "${p}" holds several letters (box 24E): write one letter per pointer, e.g. [${letters.join(', ')}].`;
          } else {
            message = `Service line ${i + 1} diagnosis pointer "${p}" is not a letter A–L (box 24E): point at box 21 entries by letter, A for the first code.`;
            pointAtFixes();
          }
        } else if (diagnosesKnown && idx >= count) {
          message = `Service line ${i + 1} points at diagnosis ${p}, but box 21 only lists ${count} code${count === 1 ? '' : 's'} (${letterOf(0)}${count > 1 ? `–${letterOf(count - 1)}` : ''}): point at a listed diagnosis or add the missing code.`;
          pointAtFixes();
        } else {
          return;
        }
        if (validElsewhere(k)) removeFix(`Remove pointer ${p}`, false);
        report({ path, serviceLine: i, message, fixes });
      });
    });
  },
});
