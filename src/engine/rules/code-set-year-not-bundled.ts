import { defineRule } from '../rule';
import { datedLines } from '../util/codeYears';

export default defineRule({
  id: 'code-set-year-not-bundled',
  title: 'No ICD-10-CM code set for the date of service',
  section: 'Diagnoses and procedures',
  box: '24A',
  x12: '2400 DTP*472',
  defaultSeverity: 'information',
  payer: { action: 'none' },
  docs: {
    meaning:
      'The extension bundles the ICD-10-CM years FY2026 (dates of service 2025-10-01 to 2026-09-30) and FY2027 (2026-10-01 to 2027-09-30). A service line is dated outside them, so the diagnoses it points at are checked for their shape only: whether they exist that year is not known here.',
    why: 'Diagnosis codes are valid by date of service. Checking an older or newer claim against the wrong year would report real codes as errors, so the linter says it cannot check rather than guessing.',
    fix: 'Download the official ICD-10-CM order file for that fiscal year (CMS/CDC "Code Descriptions in Tabular Order") and point the `codeSets.icd10cm` setting (or the `codeSets` key of .claimlint.yaml) at it; the year is read from the file name or set with `codeSets.icd10cmFiscalYear`. Or check that the date of service is right.',
    bad: 'services:\n  - from: 2025-06-02   # FY2025: not bundled',
    good: 'codeSets:\n  icd10cm: ./codes/icd10cm-order-2025.txt   # in .claimlint.yaml',
  },
  check(ctx, report) {
    const provider = ctx.icd;
    if (!provider || provider.unavailable) return;
    const seen = new Set<number>();
    for (const d of datedLines(ctx)) {
      if (seen.has(d.fiscalYear) || provider.forYear(d.fiscalYear)) continue;
      seen.add(d.fiscalYear);
      report({
        path: ['services', d.line, 'from'],
        serviceLine: d.line,
        message: `ICD-10-CM FY${d.fiscalYear} is not bundled: point \`codeSets.icd10cm\` at the official FY${d.fiscalYear} file. Line ${d.line + 1} is dated ${d.date}, so its diagnoses are checked for their shape only.`,
      });
    }
  },
});
