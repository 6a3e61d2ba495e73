import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';
import type { Path } from '../../model/text';

const ZIP_5_OR_9 = /^(\d{5}|\d{9}|\d{5}-\d{4})$/;
const ZIP_9 = /^(\d{9}|\d{5}-\d{4})$/;

export default defineRule({
  id: 'invalid-zip',
  title: 'ZIP code is not 5 or 9 digits (billing address: 9 digits)',
  section: 'Providers',
  box: '5/7/32/33',
  x12: 'N403 in 2010CA/2010BA (patient, insured), 2310C (facility), 2010AA (billing)',
  defaultSeverity: 'warning',
  payer: { action: 'none' },
  docs: {
    meaning:
      'A US ZIP code is 5 digits, or 9 digits for ZIP+4 (written 627011234 or 62701-1234). The billing provider address (box 33) needs the full 9 digits. This ZIP has the wrong number of digits, or is only 5 digits in the billing address. The rule checks the patient (5), insured (7), service facility (32) and billing provider (33) addresses.',
    why: 'Payers use ZIP codes to price services by locality and to check addresses against enrollment. The 5010 837P requires the ZIP+4 for the billing provider address (and many payers for the service facility); a malformed ZIP may send mail and payments astray.',
    fix: "Write the ZIP in quotes (a YAML number would lose a leading zero) as 5 or 9 digits, with an optional hyphen after the fifth. Look up the +4 extension of the practice's address with the USPS if you only have 5 digits.",
    bad: 'billingProvider:\n  address: { street: 400 OAK AVE, city: SPRINGFIELD, state: IL, zip: "62701" }',
    good: 'billingProvider:\n  address: { street: 400 OAK AVE, city: SPRINGFIELD, state: IL, zip: "62701-5555" }',
  },
  check(ctx, report) {
    const c = ctx.claim;
    const check = (path: Path, zipValue: string | undefined, label: string, nineDigits: boolean) => {
      if (isBlank(zipValue) || ctx.isInvalid(path)) return;
      const zip = zipValue!.trim();
      if ((nineDigits ? ZIP_9 : ZIP_5_OR_9).test(zip)) return;
      const digits = zip.replace(/[\s\-.]/g, '');
      const fixes: Fix[] = [];
      if (digits !== zip && (nineDigits ? /^\d{9}$/ : /^(\d{5}|\d{9})$/).test(digits)) {
        const edits = ctx.edits.replaceValue(path, digits);
        if (edits) fixes.push({ title: `Write the ZIP as ${digits}`, edits, safe: true, isPreferred: true });
      }
      let message: string;
      if (fixes.length) message = `The ${label} ZIP "${zip}" should be digits only, with at most a hyphen after the fifth digit: write it as ${digits}.`;
      else if (nineDigits && /^\d{5}$/.test(digits))
        message = `The ${label} ZIP ${zip} has only 5 digits: the billing address needs the full ZIP+4 (9 digits: ${zip} plus the 4-digit extension, e.g. written ${zip}-NNNN) — look up the +4 with the USPS.`;
      else message = `The ${label} ZIP "${zip}" is not a ZIP code: write ${nineDigits ? 'the 9-digit ZIP+4' : '5 digits, or 9 for ZIP+4'}, in quotes.`;
      report({ path, message, fixes });
    };
    check(['patient', 'address', 'zip'], c.patient?.address?.zip, "patient's address (box 5)", false);
    check(['insured', 'address', 'zip'], c.insured?.address?.zip, "insured's address (box 7)", false);
    check(['serviceFacility', 'address', 'zip'], c.serviceFacility?.address?.zip, 'service facility address (box 32)', false);
    check(['billingProvider', 'address', 'zip'], c.billingProvider?.address?.zip, 'billing provider address (box 33)', true);
  },
});
