import { defineRule } from '../rule';
import type { Fix } from '../types';

export default defineRule({
  id: 'missing-accept-assignment',
  title: 'Accept assignment (box 27) is not answered',
  section: 'Service lines and totals',
  box: '27',
  x12: '2300 CLM07 (A assigned / C not assigned)',
  defaultSeverity: 'warning',
  payer: { action: 'none' },
  docs: {
    meaning:
      "Box 27 asks whether the provider accepts assignment: `true` means the provider takes the payer's allowed amount as payment in full (the patient owes only the deductible, coinsurance and copay) and the payer pays the provider; `false` means it does not. The claim leaves the question unanswered.",
    why: 'The answer decides who the payer sends the money to and how much the patient can be billed. Medicare participating providers must accept assignment. In the 837P the answer (CLM07) is required, so a blank box 27 has to be guessed by whoever converts the claim, and a claim that ends up "not assigned" can send the payment to the patient instead of the practice.',
    fix: 'Answer `acceptAssignment: true` or `false`, according to the practice\'s agreement with the payer (participating providers normally accept assignment).',
    bad: 'billingProvider:\n  name: SPRINGFIELD FAMILY CLINIC\ntotalCharge: 145.00',
    good: 'billingProvider:\n  name: SPRINGFIELD FAMILY CLINIC\nacceptAssignment: true\ntotalCharge: 145.00',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['acceptAssignment'])) return;
    if (typeof ctx.claim.acceptAssignment === 'boolean') return;
    const fixes: Fix[] = [];
    const edits = ctx.edits.setProperty([], 'acceptAssignment', true);
    if (edits) fixes.push({ title: 'Accept assignment (acceptAssignment: true)', edits, safe: false });
    report({
      path: ['acceptAssignment'],
      message: 'Box 27 (accept assignment) is not answered: write acceptAssignment: true if the provider accepts the payer\'s allowed amount as payment in full (participating providers do), or false if not.',
      fixes,
    });
  },
});
