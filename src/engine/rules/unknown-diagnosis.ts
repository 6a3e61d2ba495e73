import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';
import { dottedIcd } from '../../codesets/icd';
import { fitsPatient } from '../util/ages';
import { placeholderForms } from '../util/codeBook';
import { isIcdShaped } from '../util/codes';
import { alreadyListed, letterOf } from '../util/pointers';
import { diagnosisYearChecks, inCodeSet, yearMismatch } from '../util/codeYears';

export default defineRule({
  id: 'unknown-diagnosis',
  title: 'Diagnosis code is not in the code book',
  section: 'Diagnoses and procedures',
  box: '21',
  x12: '2300 HI01–HI12 (ABK/ABF code)',
  defaultSeverity: 'error',
  severityNote: 'error with the bundled or an official code set; information with the practice code book',
  payer: { action: 'deny', carc: '16', rarc: ['M76'] },
  docs: {
    meaning:
      'The code is shaped like an ICD-10-CM code but no bundled ICD-10-CM year contains it (the complete FY2026 code set, and FY2027 derived from its official change list), nor the official file set in `codeSets.icd10cm`. It is often a typo, a code deleted in an earlier year, or a code missing its placeholder X (S02.2B instead of S02.2XXB). When the official addenda show the code was deleted, the message names the codes that replaced it. A code that exists in another bundled year but not in the year of its date of service is reported by diagnosis-not-valid-for-date instead.',
    why: 'Payers validate every diagnosis against the ICD-10-CM release in effect on the date of service. A code that does not exist is a billing error: the lines it justifies are denied (CARC 16 with remark M76) until a valid code is sent.',
    fix: 'Check the code character by character in the current code book. Injury, poisoning and other codes with a 7th character need placeholder X characters to put that character in position 7 — the quick fix offers the X-form when the code book knows it. Codes change every October 1: a code valid last year may have been expanded or deleted.',
    bad: 'diagnoses:\n  - S02.2B     # 7th character not in position 7',
    good: 'diagnoses:\n  - S02.2XXB   # placeholder X fills positions 5 and 6',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['diagnoses'])) return;
    ctx.diagnoses.forEach((raw, i) => {
      const path = ['diagnoses', i];
      if (isBlank(raw) || ctx.isInvalid(path)) return;
      const code = (raw as string).trim().toUpperCase();
      if (!isIcdShaped(code)) return; // invalid-diagnosis-format
      for (const check of diagnosisYearChecks(ctx, i)) {
        const codes = check.codes;
        if (!codes) continue; // year not bundled (code-set-year-not-bundled) or no code sets: shape only
        if (inCodeSet(codes, code)) continue; // known (billable, or a header: non-billable-diagnosis)
        if (yearMismatch(ctx, code, check)) continue; // diagnosis-not-valid-for-date
        const severity = codes.official ? 'error' : 'information';
        const shown = dottedIcd(code);
        const letter = letterOf(i);
        const forms = placeholderForms(codes, code);
        const change = codes.changeOf?.(code);
        const replaced = change?.kind === 'deleted' ? (codes.replacementsOf?.(code, 8) ?? []) : [];
        const fixes: Fix[] = [];
        for (const f of forms.slice(0, 4)) {
          if (alreadyListed(ctx, f.code, i) || !fitsPatient(ctx, f.code)) continue;
          const edits = ctx.edits.replaceValue(path, dottedIcd(f.code));
          if (edits) fixes.push({ title: `Insert the placeholder X: ${dottedIcd(f.code)}${f.title ? ` — ${f.title}` : ''}`, edits, safe: false, isPreferred: forms.length === 1 });
        }
        for (const r of replaced) {
          if (alreadyListed(ctx, r.code, i) || !fitsPatient(ctx, r.code)) continue;
          const edits = ctx.edits.replaceValue(path, dottedIcd(r.code));
          if (edits) fixes.push({ title: `Replace ${shown} with ${dottedIcd(r.code)} — ${r.title}`, edits, safe: false });
        }
        const year = codes.fiscalYear ? `ICD-10-CM FY${codes.fiscalYear}` : 'the ICD-10-CM code set';
        const book = codes.official ? year : 'the practice code book';
        const message = forms.length
          ? `Diagnosis ${letter} ${shown} is not in ${book} (box 21): it is missing its placeholder X — did you mean ${forms.slice(0, 3).map((f) => dottedIcd(f.code)).join(' or ')}?`
          : change?.kind === 'deleted'
            ? `Diagnosis ${letter} ${shown}${change.previousTitle ? ` (${change.previousTitle})` : ''} was deleted from ICD-10-CM in FY${change.fiscalYear} (box 21)${replaced.length ? `: it was replaced by ${replaced.slice(0, 6).map((r) => dottedIcd(r.code)).join(', ')}${replaced.length > 6 ? ' and others' : ''} — choose the one the documentation supports` : ': look up its replacement in the current code book'}.`
            : codes.official
              ? `Diagnosis ${letter} ${shown} is not in ${year} (box 21): no such code exists — check it character by character against the code book for the date of service.`
              : `Diagnosis ${letter} ${shown} is not in the practice code book (box 21): check it against a current ICD-10-CM code book — it may be a typo, or a real code the practice book does not carry.`;
        report({ path, diagnosis: i, severity, message, fixes });
      }
    });
  },
});
