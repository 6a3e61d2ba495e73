import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';
import { dottedIcd } from '../../codesets/icd';
import { fitsPatient } from '../util/ages';
import { billableChildren, lookupIcd } from '../util/codeBook';
import { isIcdShaped } from '../util/codes';
import { alreadyListed, letterOf } from '../util/pointers';
import { describeYear, diagnosisYearChecks, lineNote, otherYearsWith } from '../util/codeYears';

const MAX_CHOICES = 8;

export default defineRule({
  id: 'non-billable-diagnosis',
  title: 'Diagnosis is a header code that needs more characters',
  section: 'Diagnoses and procedures',
  box: '21',
  x12: '2300 HI01–HI12 (ABK/ABF code)',
  defaultSeverity: 'error',
  payer: { action: 'deny', carc: '16', rarc: ['M76'] },
  docs: {
    meaning:
      'ICD-10-CM is a tree: categories (3 characters, e.g. E11) and subcategories (4–6 characters, e.g. E11.6) are headings that group more specific codes. Only the codes at the end of a branch are valid on a claim ("billable"). This diagnosis is a heading: it needs more characters.',
    why: 'The ICD-10-CM Official Guidelines (section I.B.2) treat a code as invalid when it is not carried to the full number of characters required for it, and claims must use valid codes. Payers deny lines justified by a header code as a billing error (CARC 16 with remark M76, which flags a diagnosis that is blank, incomplete or invalid) until a complete code is sent.',
    fix: 'Open the code book at this heading and choose the code below it that matches the documentation — the quick fix lists the billable codes of the ICD-10-CM year of the date of service under it. Codes are expanded every October 1: a code that was billable last year (E78.01 before FY2026, I42.0 before FY2027) may be a heading now. If the chart does not support a more specific code, ask the provider rather than guessing.',
    bad: 'diagnoses:\n  - E11      # Type 2 diabetes mellitus (category heading)',
    good: 'diagnoses:\n  - E11.9    # Type 2 diabetes mellitus without complications',
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
        if (!codes) continue;
        const entry = lookupIcd(codes, code);
        if (entry?.billable) continue;
        // A code with billable codes below it is a heading, whether or not the code set lists headings.
        const children = billableChildren(codes, code, 200);
        if (entry === undefined && children.length === 0) continue; // unknown-diagnosis / diagnosis-not-valid-for-date
        const letter = letterOf(i);
        const shown = dottedIcd(code);
        const title = entry?.title ? ` (${entry.title})` : '';
        // Offer the children that fit this patient and are not listed already; name the others only if none fit.
        // (Only as many as are shown plus one, to know whether there are others: a category such as E11
        // has hundreds of codes, and checking each one against the patient is the rule's main cost.)
        const fitting: typeof children = [];
        for (const c of children) {
          if (fitting.length > MAX_CHOICES) break;
          if (!alreadyListed(ctx, c.code, i) && fitsPatient(ctx, c.code)) fitting.push(c);
        }
        const choices = (fitting.length ? fitting : children).slice(0, MAX_CHOICES);
        const offered = fitting.slice(0, MAX_CHOICES);
        const list = choices.map((c) => dottedIcd(c.code)).join(', ');
        const more = (fitting.length ? fitting : children).length > MAX_CHOICES ? ' and others' : '';
        // Teach the change when the code was billable before this year, or is billable in another year on the claim.
        const change = codes.changeOf?.(code);
        const billableElsewhere = otherYearsWith(ctx, code, check.fiscalYear).filter((o) => o.entry?.billable);
        const when = lineNote(check);
        const history =
          change?.kind === 'to-header'
            ? ` — it was billable until FY${change.fiscalYear - 1} and became a header in ICD-10-CM ${describeYear(change.fiscalYear)}${when ? `, the year of ${when}` : ''}`
            : billableElsewhere.length && check.fiscalYear
              ? ` in ICD-10-CM FY${check.fiscalYear}${when ? `, the year of ${when}` : ''} (it is billable in FY${billableElsewhere.map((o) => o.fiscalYear).join('/FY')})`
              : '';
        const message = choices.length
          ? `Diagnosis ${letter} ${shown}${title} is a header code, not billable${history} (box 21): choose the complete code that matches the documentation, e.g. ${list}${more}.`
          : `Diagnosis ${letter} ${shown}${title} is a header code, not billable${history} (box 21): it needs more characters — look up the complete code under ${shown} in the code book.`;
        const fixes: Fix[] = [];
        for (const c of offered) {
          const edits = ctx.edits.replaceValue(path, dottedIcd(c.code));
          if (edits) fixes.push({ title: `Replace ${shown} with ${dottedIcd(c.code)}${c.title ? ` — ${c.title}` : ''}`, edits, safe: false });
        }
        report({ path, diagnosis: i, message, fixes });
      }
    });
  },
});
