import { defineRule } from '../rule';
import { toPath } from '../util/fields';

const DASHED_SSN = /(?<!\d)(\d{3})-(\d{2})-(\d{4})(?!\d)/;

/** SSA rules for a number that could be issued: area not 000, 666 or 9xx; group not 00; serial not 0000. */
function couldBeSsn(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}

export default defineRule({
  id: 'possible-real-identifier',
  title: 'A value looks like a real Social Security number',
  section: 'Practice data hygiene',
  box: 'any',
  defaultSeverity: 'warning',
  payer: { action: 'none' },
  docs: {
    meaning: 'A text value has the shape of a Social Security number that could really be issued (NNN-NN-NNNN, or 9 digits in an SSN field). Practice claims must hold fictional data only.',
    why: 'Real identifiers do not belong in training files: taken from a patient\'s record they are protected health information under HIPAA, and sharing them breaks the trust of the people they belong to. Payers do not care — your compliance officer does.',
    fix: 'Replace it with an obviously fictional value: the Social Security Administration never issues SSNs starting with 000, 666 or 9 (e.g. 900-00-0001), and practice claims should bill under an EIN instead.',
    bad: 'billingProvider:\n  taxId: "123-45-6789"\n  taxIdType: ssn',
    good: 'billingProvider:\n  taxId: "371234567"\n  taxIdType: ein',
  },
  check(ctx, report) {
    const ssnField = ctx.claim.billingProvider?.taxIdType === 'ssn' ? 'billingProvider.taxId' : undefined;
    // The keys/indices down to the current value; joined into a dotted path only when it is needed
    // (a finding, or the SSN field check), since almost no value is an SSN.
    const keys: (string | number)[] = [];
    const here = () => keys.reduce<string>((path, k) => (path ? `${path}.${k}` : String(k)), '');
    const visit = (value: unknown) => {
      if (typeof value === 'string') {
        // (A dashed SSN has 11 characters with a dash: most values are not tried against the pattern.)
        const m = value.length >= 11 && value.includes('-') ? DASHED_SSN.exec(value) : null;
        let plain: string[] | undefined;
        if (!m && ssnField) {
          const digits = value.replace(/[\s-]/g, '');
          plain = /^\d{9}$/.test(digits) && here() === ssnField ? [digits.slice(0, 3), digits.slice(3, 5), digits.slice(5)] : undefined;
        }
        const parts = m ? [m[1], m[2], m[3]] : plain;
        if (parts && couldBeSsn(parts[0], parts[1], parts[2])) report({ path: toPath(here()), message: `"${value}" looks like a real Social Security number: practice claims must hold fictional data only.` });
        return;
      }
      if (Array.isArray(value))
        value.forEach((v, i) => {
          keys.push(i);
          visit(v);
          keys.pop();
        });
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) {
          keys.push(k);
          visit(v);
          keys.pop();
        }
    };
    visit(ctx.doc.value);
  },
});
