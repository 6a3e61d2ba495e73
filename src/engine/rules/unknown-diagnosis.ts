import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';
import { dottedIcd } from '../../codesets/icd';
import { fitsPatient } from '../util/ages';
import { billableChildren, lookupIcd, placeholderForms } from '../util/codeBook';
import { isIcdShaped } from '../util/codes';
import { alreadyListed, letterOf } from '../util/pointers';

export default defineRule({
  id: 'unknown-diagnosis',
  title: 'Diagnosis code is not in the code book',
  section: 'Diagnoses and procedures',
  box: '21',
  x12: '2300 HI01–HI12 (ABK/ABF code)',
  defaultSeverity: 'error',
  severityNote: 'error with a full code set; information with the practice code book',
  payer: { action: 'deny', carc: '16', rarc: ['M76'] },
  docs: {
    meaning:
      'The code is shaped like an ICD-10-CM code but the active code book does not contain it. With the full official ICD-10-CM list (setting `codeSets.icd10cm`) that means the code does not exist for this year — often a typo, a deleted code, or a code missing its placeholder X (S02.2B instead of S02.2XXB). With the bundled practice code book, a curated subset, it may simply be a real code the practice book does not carry, so the finding is only information.',
    why: 'Payers validate every diagnosis against the ICD-10-CM release in effect on the date of service. A code that does not exist is a billing error: the lines it justifies are denied (CARC 16 with remark M76) until a valid code is sent.',
    fix: 'Check the code character by character in the current code book. Injury, poisoning and other codes with a 7th character need placeholder X characters to put that character in position 7 — the quick fix offers the X-form when the code book knows it. Codes change every October 1: a code valid last year may have been expanded or deleted.',
    bad: 'diagnoses:\n  - S02.2B     # 7th character not in position 7',
    good: 'diagnoses:\n  - S02.2XXB   # placeholder X fills positions 5 and 6',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['diagnoses'])) return;
    const severity = ctx.codes.official ? 'error' : 'information';
    ctx.diagnoses.forEach((raw, i) => {
      const path = ['diagnoses', i];
      if (isBlank(raw) || ctx.isInvalid(path)) return;
      const code = (raw as string).trim().toUpperCase();
      if (!isIcdShaped(code)) return; // invalid-diagnosis-format
      if (lookupIcd(ctx.codes, code)) return; // known (billable, or a header: non-billable-diagnosis)
      if (billableChildren(ctx.codes, code, 1).length) return; // a header the code set does not list
      const shown = dottedIcd(code);
      const letter = letterOf(i);
      const forms = placeholderForms(ctx.codes, code);
      const fixes: Fix[] = [];
      for (const f of forms.slice(0, 4)) {
        if (alreadyListed(ctx, f.code, i) || !fitsPatient(ctx, f.code)) continue;
        const edits = ctx.edits.replaceValue(path, dottedIcd(f.code));
        if (edits) fixes.push({ title: `Insert the placeholder X: ${dottedIcd(f.code)}${f.title ? ` — ${f.title}` : ''}`, edits, safe: false, isPreferred: forms.length === 1 });
      }
      const book = ctx.codes.official ? 'the ICD-10-CM code set' : 'the practice code book';
      const message = forms.length
        ? `Diagnosis ${letter} ${shown} is not in ${book} (box 21): it is missing its placeholder X — did you mean ${forms.slice(0, 3).map((f) => dottedIcd(f.code)).join(' or ')}?`
        : ctx.codes.official
          ? `Diagnosis ${letter} ${shown} is not in the ICD-10-CM code set (box 21): check it character by character against the code book for the date of service.`
          : `Diagnosis ${letter} ${shown} is not in the practice code book (box 21): check it against a current ICD-10-CM code book — it may be a typo, or a real code the practice book does not carry.`;
      report({ path, diagnosis: i, severity, message, fixes });
    });
  },
});
