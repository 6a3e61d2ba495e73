import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';

/** 9 digits, or the usual written forms NN-NNNNNNN (EIN) and NNN-NN-NNNN (SSN). */
const TAX_ID = /^(\d{9}|\d{2}-\d{7}|\d{3}-\d{2}-\d{4})$/;

export default defineRule({
  id: 'invalid-tax-id',
  title: 'Federal tax ID (box 25) is not 9 digits, or its type (EIN/SSN) is missing',
  section: 'Providers',
  box: '25',
  x12: '2010AA REF02 (REF01 = EI or SY)',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning:
      'Box 25 needs two things: the 9-digit federal tax ID (an EIN, written NN-NNNNNNN, or an SSN) and which of the two it is (exactly one of the EIN/SSN boxes checked). Either the number is not 9 digits, or `taxIdType` does not say whether it is an EIN or an SSN.',
    why: 'The tax ID goes into the 837P as REF*EI (EIN) or REF*SY (SSN) with 9 digits; the qualifier cannot be sent without knowing the type, and a number of the wrong length cannot belong to anybody. Either way the front end rejects the claim.',
    fix: "Write the 9 digits in quotes (a hyphen in the usual place is fine) and add `taxIdType: ein` for a practice's employer identification number or `ssn` for a solo clinician billing under a social security number.",
    bad: 'billingProvider:\n  taxId: "37-123456"',
    good: 'billingProvider:\n  taxId: "37-1234567"\n  taxIdType: ein',
  },
  check(ctx, report) {
    const bp = ctx.claim.billingProvider;
    if (!bp || isBlank(bp.taxId) || ctx.isInvalid(['billingProvider', 'taxId'])) return;
    const taxId = bp.taxId!.trim();
    if (!TAX_ID.test(taxId)) {
      const fixes: Fix[] = [];
      const digits = taxId.replace(/[\s\-.]/g, '');
      if (/^\d{9}$/.test(digits)) {
        const edits = ctx.edits.replaceValue(['billingProvider', 'taxId'], digits);
        if (edits) fixes.push({ title: `Write the tax ID as ${digits} (digits only)`, edits, safe: true, isPreferred: true });
      }
      const count = taxId.replace(/\D/g, '').length;
      report({
        path: ['billingProvider', 'taxId'],
        message: fixes.length
          ? `The federal tax ID "${taxId}" (box 25) must be 9 digits with at most a hyphen in the usual place: write it as ${digits}.`
          : `The federal tax ID "${taxId}" (box 25) is not 9 digits (found ${count}): copy the practice's EIN (NN-NNNNNNN) or the SSN again.`,
        fixes,
      });
    }
    if (ctx.isInvalid(['billingProvider', 'taxIdType']) || bp.taxIdType) return;
    // The written form usually tells; an organization always bills under an EIN.
    const guess = /^\d{2}-\d{7}$/.test(taxId) || bp.type === 'organization' ? 'ein' : /^\d{3}-\d{2}-\d{4}$/.test(taxId) ? 'ssn' : undefined;
    const fixes: Fix[] = [];
    for (const type of guess ? [guess] : ['ein', 'ssn']) {
      const edits = ctx.edits.setProperty(['billingProvider'], 'taxIdType', type);
      if (edits) fixes.push({ title: `Mark the tax ID as ${type === 'ein' ? 'an EIN' : 'an SSN'} (taxIdType: ${type})`, edits, safe: false, isPreferred: type === guess });
    }
    report({
      path: ['billingProvider', 'taxIdType'],
      message: 'Box 25 does not say what kind of tax ID this is: add taxIdType: ein for an employer identification number or taxIdType: ssn for a social security number.',
      fixes,
    });
  },
});
