import { defineRule, isBlank } from '../rule';
import type { FixInput } from '../types';

/** Asked by the editor instead of writing the placeholder (also the palette command of box 22). */
export const ORIGINAL_REFERENCE_INPUT: FixInput = {
  action: 'Enter the original reference number…',
  title: 'Original reference number (box 22)',
  prompt: "The payer's claim number of the claim you replace or void — it is on that claim's remittance.",
  placeHolder: 'e.g. PCN20261122BF173F9E',
  pattern: '^[A-Za-z0-9-]{1,50}$',
  invalidMessage: 'Letters, digits and dashes, as printed on the remittance',
  path: ['claim', 'originalReference'],
};

export default defineRule({
  id: 'missing-original-reference',
  title: 'Replacement or void without the original reference number (box 22)',
  section: 'Filing and resubmission',
  box: '22',
  x12: '2300 CLM05-3 (7 or 8) with REF*F8',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning: "A replacement (frequency 7) or void (8) claim corrects or cancels a claim the payer already processed, so box 22 must carry the payer's claim number of that original claim.",
    why: 'Without the original reference the payer cannot find the claim to replace, so the resubmission is rejected (or worse, treated as a duplicate).',
    fix: "Copy the payer claim number from the remittance of the original claim into `claim.originalReference`. For a brand-new claim, set `frequency: original` instead.",
    bad: 'claim:\n  id: TRN-0001\n  frequency: replacement',
    good: 'claim:\n  id: TRN-0001\n  frequency: replacement\n  originalReference: "PCN2026110400017"',
  },
  check(ctx, report) {
    const c = ctx.claim.claim;
    if (!c || (c.frequency !== 'replacement' && c.frequency !== 'void') || ctx.isInvalid(['claim', 'originalReference'])) return;
    if (!isBlank(c.originalReference)) return;
    const edits = ctx.isPresent(['claim', 'originalReference']) ? ctx.edits.replaceValue(['claim', 'originalReference'], 'PAYER-CLAIM-NUMBER') : ctx.edits.insertProperty(['claim'], 'originalReference', 'PAYER-CLAIM-NUMBER');
    report({
      path: ['claim', 'originalReference'],
      message: `A ${c.frequency} claim needs the payer's claim number of the original claim (box 22): copy it from the remittance into claim.originalReference.`,
      fixes: edits ? [{ title: 'Add originalReference (then type the payer claim number)', edits, safe: false, input: ORIGINAL_REFERENCE_INPUT }] : [],
    });
  },
});
