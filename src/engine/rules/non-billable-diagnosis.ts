import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';
import { alreadyListed, billableChildren, dottedIcd, fitsPatient, isIcdShaped, letterOf, lookupIcd } from '../util/coding';

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
    fix: 'Open the code book at this heading and choose the code below it that matches the documentation — the quick fix lists the billable codes the code book knows under it. If the chart does not support a more specific code, ask the provider rather than guessing.',
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
      const entry = lookupIcd(ctx.codes, code);
      if (entry?.billable) return;
      // A code with billable codes below it is a heading, whether or not the code set lists headings.
      const children = billableChildren(ctx.codes, code, 200);
      if (entry === undefined && children.length === 0) return; // unknown-diagnosis
      const letter = letterOf(i);
      const shown = dottedIcd(code);
      const title = entry?.title ? ` (${entry.title})` : '';
      // Offer the children that fit this patient and are not listed already; name the others only if none fit.
      const fitting = children.filter((c) => !alreadyListed(ctx, c.code, i) && fitsPatient(ctx, c.code));
      const choices = (fitting.length ? fitting : children).slice(0, MAX_CHOICES);
      const offered = fitting.slice(0, MAX_CHOICES);
      const list = choices.map((c) => dottedIcd(c.code)).join(', ');
      const more = (fitting.length ? fitting : children).length > MAX_CHOICES ? ' and others' : '';
      const message = choices.length
        ? `Diagnosis ${letter} ${shown}${title} is a header code, not billable (box 21): choose the complete code that matches the documentation, e.g. ${list}${more}.`
        : `Diagnosis ${letter} ${shown}${title} is a header code, not billable (box 21): it needs more characters — look up the complete code under ${shown} in the code book.`;
      const fixes: Fix[] = [];
      for (const c of offered) {
        const edits = ctx.edits.replaceValue(path, dottedIcd(c.code));
        if (edits) fixes.push({ title: `Replace ${shown} with ${dottedIcd(c.code)}${c.title ? ` — ${c.title}` : ''}`, edits, safe: false });
      }
      report({ path, diagnosis: i, message, fixes });
    });
  },
});
