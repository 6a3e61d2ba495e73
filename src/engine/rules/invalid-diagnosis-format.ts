import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';
import { dottedIcd } from '../../codesets/icd';
import { lookupIcd } from '../util/codeBook';
import { isCptShaped, isIcdShaped } from '../util/codes';
import { alreadyListed, indexOfLetter, letterOf, removeDiagnosisEdits } from '../util/pointers';

/** Why a written diagnosis is not ICD-10-CM shaped, in a trainee's words. */
function explain(code: string): string {
  const compact = code.replace(/[\s.]/g, '');
  const parts = code.split(/[\s,;/]+/).filter(Boolean);
  if (parts.length > 1 && parts.every(isIcdShaped)) return 'it holds more than one code; write each code as its own entry of the list';
  if (/^\d{3}(\.\d{1,2})?$/.test(code) || /^V\d{2}\.\d{1,2}$/.test(code) || /^E\d{3}(\.\d)?$/.test(code)) {
    return 'it looks like an ICD-9-CM code; claims for services since October 1, 2015 use ICD-10-CM (a letter, then 2–6 more characters)';
  }
  if (isCptShaped(code)) return 'it looks like a CPT procedure code; procedures go on the service line (box 24D, `code`), diagnoses here';
  if (/^\d/.test(code)) return 'an ICD-10-CM code starts with a letter';
  if (/\.$/.test(code)) return 'it ends with a dot: write the characters after the dot, or leave the dot out';
  if (/\./.test(code) && !/^[A-Z0-9]{3}\./.test(code)) return 'the dot belongs after the third character (e.g. E11.9)';
  if (/\..*\./.test(code)) return 'a code has at most one dot, after the third character';
  if (compact.length > 7) return 'ICD-10-CM codes have at most 7 characters (not counting the dot)';
  if (compact.length < 3) return 'ICD-10-CM codes have at least 3 characters';
  if (/[^A-Z0-9.]/.test(code)) return 'codes contain only letters and digits (and one dot after the third character)';
  return 'ICD-10-CM codes are 3–7 letters or digits, a letter first, with an optional dot after the third character';
}

export default defineRule({
  id: 'invalid-diagnosis-format',
  title: 'Diagnosis is not shaped like an ICD-10-CM code',
  section: 'Diagnoses and procedures',
  box: '21',
  x12: '2300 HI01–HI12 (ABK/ABF code)',
  defaultSeverity: 'error',
  payer: { action: 'reject', rarc: ['M76'] },
  docs: {
    meaning:
      'Each entry of box 21 must look like an ICD-10-CM code: 3 to 7 characters, the first a letter, the rest letters or digits, with an optional dot after the third character (E11.9, S02.2XXB, I10). This entry does not — it may be an ICD-9 code, a procedure code, a typo, or an empty entry.',
    why: 'The 837P carries each diagnosis in the HI segment and front-end edits check its shape before anything else. A code that cannot be an ICD-10-CM code makes the claim unprocessable: it is rejected (remark M76) and must be corrected and sent again.',
    fix: 'Look the diagnosis up in the current ICD-10-CM code book and copy the full code. Write the dot only after the third character (or leave it out), no spaces or dashes. Procedure codes (CPT/HCPCS) belong on the service line, not in box 21. Remove empty entries.',
    bad: 'diagnoses:\n  - 250.00     # ICD-9\n  - E1.19      # dot in the wrong place',
    good: 'diagnoses:\n  - E11.9\n  - I10',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['diagnoses'])) return;
    const anyWritten = ctx.diagnoses.some((d) => !isBlank(d));
    ctx.diagnoses.forEach((raw, i) => {
      const path = ['diagnoses', i];
      if (ctx.isInvalid(path)) return;
      const letter = letterOf(i);
      if (isBlank(raw)) {
        // With no diagnosis at all, missing-diagnosis says it once.
        if (!anyWritten) return;
        const pointedAt = ctx.services.some((l) => l?.pointers?.some((p) => indexOfLetter(p) === i));
        const fixes: Fix[] = [];
        if (!pointedAt) {
          const edits = removeDiagnosisEdits(ctx, i);
          if (edits) fixes.push({ title: `Remove the empty diagnosis ${letter}`, edits, safe: true, isPreferred: true });
        }
        report({
          path,
          diagnosis: i,
          message: `Diagnosis ${letter} in box 21 is empty: write an ICD-10-CM code there or remove the entry.`,
          fixes,
        });
        return;
      }
      const code = (raw as string).trim().toUpperCase();
      if (isIcdShaped(code)) return;
      const fixes: Fix[] = [];
      // Stray punctuation or a misplaced dot: offer the cleaned-up code (never when the entry holds two codes).
      const several = code.split(/[\s,;/]+/).filter(Boolean).length > 1;
      const cleaned = code.replace(/[\s.\-_]/g, '');
      // Only a code the code book knows as billable: anything else would trade this finding for another.
      if (!several && isIcdShaped(cleaned) && lookupIcd(ctx.codes, cleaned)?.billable && !alreadyListed(ctx, cleaned, i)) {
        const edits = ctx.edits.replaceValue(path, dottedIcd(cleaned));
        if (edits) fixes.push({ title: `Write it as ${dottedIcd(cleaned)}`, edits, safe: false, isPreferred: true });
      }
      report({
        path,
        diagnosis: i,
        message: `Diagnosis ${letter} "${code}" in box 21 is not an ICD-10-CM code: ${explain(code)}.`,
        fixes,
      });
    });
  },
});
