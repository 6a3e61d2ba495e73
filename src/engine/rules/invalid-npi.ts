import { forEachLine } from '../util/serviceLines';
import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';
import type { Path } from '../../model/text';
import { isValidNpi, npiProblem } from '../util/npi';

export default defineRule({
  id: 'invalid-npi',
  title: 'NPI is not 10 digits or fails its check digit',
  section: 'Providers',
  box: '17b/24J/32a/33a',
  x12: 'NM109 with NM108 = XX (2310A, 2310B/2420A, 2310C, 2010AA)',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning:
      'A National Provider Identifier is exactly 10 digits, and the last digit is a check digit computed from the other nine (the Luhn formula, as if the prefix 80840 stood in front). This NPI is either not 10 digits or its check digit does not match, so it cannot be a real NPI. The rule checks every NPI on the claim: referring (17b), rendering (24J), service facility (32a) and billing (33a).',
    why: 'A mistyped NPI identifies nobody, or somebody else. Clearinghouses run the same check-digit test and reject the claim before the payer ever sees it.',
    fix: 'Copy the NPI again from the provider\'s record or the NPPES registry, as 10 digits in quotes with no spaces or dashes. A check-digit failure usually means two digits were swapped or one was mistyped.',
    bad: 'billingProvider:\n  npi: "1122334450"   # check digit should be 5',
    good: 'billingProvider:\n  npi: "1122334455"',
  },
  check(ctx, report) {
    const check = (path: Path, value: string | undefined, label: string, serviceLine?: number) => {
      if (isBlank(value) || ctx.isInvalid(path)) return;
      const npi = value!.trim();
      const problem = npiProblem(npi);
      if (!problem) return;
      const fixes: Fix[] = [];
      const digits = npi.replace(/[\s\-.]/g, '');
      if (problem === 'format' && digits !== npi && isValidNpi(digits)) {
        const edits = ctx.edits.replaceValue(path, digits);
        if (edits) fixes.push({ title: `Write the NPI as ${digits} (digits only)`, edits, safe: true, isPreferred: true });
      }
      const message =
        problem === 'check-digit'
          ? `${label} ${npi} fails the NPI check digit: it is probably mistyped — copy it again from the provider's record or NPPES.`
          : fixes.length
            ? `${label} "${npi}" must be written as 10 digits with no spaces or dashes: ${digits}.`
            : `${label} "${npi}" is not an NPI: an NPI is exactly 10 digits (found ${digits.replace(/\D/g, '').length} digit${digits.replace(/\D/g, '').length === 1 ? '' : 's'}) — copy it again from NPPES.`;
      report({ path, message, serviceLine, fixes });
    };
    const c = ctx.claim;
    check(['referringProvider', 'npi'], c.referringProvider?.npi, 'The referring provider NPI (box 17b)');
    forEachLine(ctx, 'renderingNpi', (line, i, path) => check(path, line.renderingNpi, `The rendering NPI on service line ${i + 1} (box 24J)`, i));
    check(['renderingProvider', 'npi'], c.renderingProvider?.npi, "The claim's rendering provider NPI (box 24J)");
    check(['serviceFacility', 'npi'], c.serviceFacility?.npi, 'The service facility NPI (box 32a)');
    check(['billingProvider', 'npi'], c.billingProvider?.npi, 'The billing provider NPI (box 33a)');
  },
});
