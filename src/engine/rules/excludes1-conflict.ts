import type { ExcludesNote } from '../../codesets/excludes';
import { defineRule } from '../rule';
import { dottedIcd } from '../../codesets/icd';
import { letterOf } from '../util/pointers';
import { claimFiscalYears, shapedDiagnoses } from '../util/codeEditor';

/** "J45 (Asthma), which J45.909 falls under," / "block J40-J4B (…), which …" / "J45.909" when the note is its own. */
function whereWritten(note: ExcludesNote, code: string): string {
  const where = /^(Block|Chapter) /.test(note.owner) ? note.owner.toLowerCase() : note.owner;
  const title = note.ownerTitle ? ` (${note.ownerTitle})` : '';
  return note.owner === code ? `${where}${title}` : `${where}${title}, which ${code} falls under,`;
}

export default defineRule({
  id: 'excludes1-conflict',
  title: 'Two diagnoses are joined by an Excludes1 note (not coded here)',
  section: 'Diagnoses and procedures',
  box: '21',
  x12: '2300 HI',
  defaultSeverity: 'warning',
  severityNote: 'warning for a pair joined by an FY2027 Excludes1 note; one information finding for a claim with FY2026 dates of service, whose notes are not bundled',
  payer: { action: 'none' },
  payerNote: 'Excludes1 pairs are a coding-convention check made by coders, auditors and claim scrubbers',
  docs: {
    meaning:
      'An Excludes1 note in the ICD-10-CM Tabular List means "NOT CODED HERE": the excluded condition can never be reported with the code the note is written under, because the two cannot occur together or one already includes the other (e.g. asthma J45.- lists "wheezing NOS (R06.2)": the wheezing is part of the asthma). A note written on a category or subcategory applies to every code below it, and a note that names a category or range covers every code below that. Two diagnoses of this claim are joined by such a note. (An Excludes2 note, "NOT INCLUDED HERE", is different: both codes may be reported when the patient has both conditions, so Excludes2 pairs are never a finding.) The notes are the FY2027 Tabular List notes (CC0 data derived from the CMS FY2027 tabular release), so the check runs for dates of service from 2026-10-01; for FY2026 dates the notes are not bundled and the rule says so once instead of guessing.',
    why: 'Reporting both codes of an Excludes1 pair usually means one of them is wrong, or that a symptom was coded along with the diagnosis that explains it. Coding auditors and claim scrubbers flag such pairs, and the pair is a classic exam question. There is one exception (ICD-10-CM Official Guidelines I.A.12.a): when the two conditions are unrelated to each other, both may be reported; when it is not clear whether they are related, the coder asks the provider.',
    fix: 'Read the note the finding names and the documentation. Usually keep the more specific code and remove the other (the symptom, the "NOS" code, or the condition the other code already includes), and fix the pointers. If the documentation shows two unrelated conditions, keep both and say so where the next reader will see it: a comment with the reason (e.g. `# unrelated per the provider\'s note of 2026-11-02`) and the suppression comment `# claimlint-disable-next-line excludes1-conflict` on the line above each of the two diagnoses, or once for the whole file with `# claimlint-disable-file excludes1-conflict`.',
    bad: 'diagnoses:\n  - J45.909   # asthma, uncomplicated\n  - R06.2     # wheezing: J45 Excludes1 "wheezing NOS (R06.2)"',
    good: 'diagnoses:\n  - J45.909   # the wheezing is part of the asthma\n  - J44.89    # COPD: J45 Excludes2 — both may be reported',
  },
  check(ctx, report) {
    const table = ctx.tables.excludes;
    if (!table) return;
    const dx = shapedDiagnoses(ctx);
    if (dx.length < 2) return;
    const years = claimFiscalYears(ctx);
    if (!years.length) return;
    if (!years.includes(table.fiscalYear)) {
      const when = years.map((y) => `FY${y}`).join(' and ');
      report({
        path: ['diagnoses'],
        at: 'key',
        severity: 'information',
        noPayerOutcome: true,
        message: `Excludes1 notes are not checked for this claim: its dates of service are in ${when}, and only the FY${table.fiscalYear} Tabular List notes (dates of service from ${table.fiscalYear - 1}-10-01) are bundled. Check the ${when} Tabular List for Excludes1 notes between these diagnoses.`,
      });
      return;
    }
    for (let x = 0; x < dx.length; x++) {
      for (let y = x + 1; y < dx.length; y++) {
        const a = dx[x];
        const b = dx[y];
        if (a.compact === b.compact) continue; // duplicate-diagnosis
        const ab = table.linking(a.compact, b.compact, 1);
        const note = ab ?? table.linking(b.compact, a.compact, 1);
        if (!note) continue;
        const [owner, other] = ab ? [a, b] : [b, a];
        const pair = `Diagnoses ${letterOf(a.index)} ${dottedIcd(a.code)} and ${letterOf(b.index)} ${dottedIcd(b.code)}`;
        const message = `${pair} are joined by an Excludes1 note (ICD-10-CM FY${table.fiscalYear} Tabular List): ${whereWritten(note, dottedIcd(owner.code))} excludes "${note.text}", which covers ${dottedIcd(other.code)}. They are not reported together unless the conditions are unrelated: keep the code the documentation supports, or record why both apply.`;
        for (const d of [a, b]) report({ path: ['diagnoses', d.index], diagnosis: d.index, message });
      }
    }
  },
});
