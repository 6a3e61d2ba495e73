import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';
import { alreadyListed, letterOf } from '../util/pointers';
import { dottedIcd } from '../../codesets/icd';
import { fitsPatient } from '../util/ages';
import { isIcdShaped } from '../util/codes';
import { describeYear, diagnosisYearChecks, inCodeSet, lineNote, nearestBillable, yearMismatch } from '../util/codeYears';

export default defineRule({
  id: 'diagnosis-not-valid-for-date',
  title: 'Diagnosis code is not valid on the date of service',
  section: 'Diagnoses and procedures',
  box: '21',
  x12: '2300 HI01–HI12 (ABK/ABF code); 2400 DTP*472',
  defaultSeverity: 'error',
  payer: { action: 'deny', carc: '16', rarc: ['M76'] },
  docs: {
    meaning:
      'ICD-10-CM changes every October 1: each fiscal year (FY2027 runs from 2026-10-01 to 2027-09-30) adds codes and deletes others. This code exists in one bundled year but not in the year of the date of service of the lines that point at it: either it is new and the service was before it took effect, or it was deleted before the service.',
    why: 'Payers check each diagnosis against the code set in force on the date of service, not on the day the claim is sent. A code that did not exist yet, or no longer existed, on that date is invalid and the lines it supports are denied (CARC 16, remark M76) until it is corrected.',
    fix: 'Code the service with the code book of its date of service. For a new code used on an earlier date, use the code the older book had for the condition (the quick fixes list the codes under the same heading then). For a deleted code, choose one of the codes that replaced it (the quick fixes list them). A claim whose lines fall on both sides of October 1 needs each diagnosis valid for the dates of the lines that point at it.',
    bad: 'services:\n  - from: 2026-09-15     # FY2026\n    pointers: [A]\ndiagnoses:\n  - C78.31             # new in FY2027',
    good: 'services:\n  - from: 2026-11-02     # FY2027\n    pointers: [A]\ndiagnoses:\n  - C78.31',
  },
  check(ctx, report) {
    if (!ctx.icd || ctx.isInvalid(['diagnoses'])) return;
    ctx.diagnoses.forEach((raw, i) => {
      const path = ['diagnoses', i];
      if (isBlank(raw) || ctx.isInvalid(path)) return;
      const code = (raw as string).trim().toUpperCase();
      if (!isIcdShaped(code)) return;
      for (const check of diagnosisYearChecks(ctx, i)) {
        const codes = check.codes;
        if (!codes || check.fiscalYear === undefined || inCodeSet(codes, code)) continue;
        const mismatch = yearMismatch(ctx, code, check);
        if (!mismatch) continue; // unknown-diagnosis
        const fy = check.fiscalYear;
        const letter = letterOf(i);
        const shown = dottedIcd(code);
        const when = lineNote(check);
        let message: string;
        let choices;
        if (mismatch.kind === 'new-later') {
          const title = mismatch.entry ? ` (${mismatch.entry.title})` : '';
          choices = nearestBillable(codes, code, 8);
          message = `Diagnosis ${letter} ${shown}${title} is new in ICD-10-CM ${describeYear(mismatch.fiscalYear)}: it is not valid before FY${mismatch.fiscalYear}, and ${when || 'the service'} falls in FY${fy} (box 21). Code this date of service with FY${fy} codes${choices.length ? `, e.g. ${choices.slice(0, 6).map((c) => dottedIcd(c.code)).join(', ')}` : ''}.`;
        } else {
          const change = codes.changeOf?.(code);
          choices = codes.replacementsOf?.(code, 8) ?? nearestBillable(codes, code, 8);
          message = `Diagnosis ${letter} ${shown}${change?.previousTitle ? ` (${change.previousTitle})` : ''} was deleted from ICD-10-CM in ${describeYear(mismatch.fiscalYear)}: it is not valid for ${when || 'this date of service'} (box 21)${choices.length ? `. Codes that replace it: ${choices.slice(0, 6).map((c) => dottedIcd(c.code)).join(', ')}${choices.length > 6 ? ' and others' : ''}` : ''}.`;
        }
        const fixes: Fix[] = [];
        for (const c of choices) {
          if (alreadyListed(ctx, c.code, i) || !fitsPatient(ctx, c.code)) continue;
          const edits = ctx.edits.replaceValue(path, dottedIcd(c.code));
          if (edits) fixes.push({ title: `Replace ${shown} with ${dottedIcd(c.code)} (FY${fy}) — ${c.title}`, edits, safe: false });
        }
        report({ path, diagnosis: i, message, fixes });
      }
    });
  },
});
