import { defineRule } from '../rule';
import { lastServiceDate } from '../util/fields';
import { signatureInvalid } from '../util/signatures';

export default defineRule({
  id: 'missing-provider-signature-date',
  title: 'Physician or supplier signature (box 31) has no date',
  section: 'Signatures',
  box: '31',
  x12: '2300 CLM06',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning: 'Box 31 needs the date the physician or supplier signed, next to the signature (or "Signature on File").',
    why: 'An undated certification is incomplete, and payers reject claims with an incomplete box 31.',
    fix: 'Add `signatures.provider.date` (YYYY-MM-DD) — the date the claim was signed, on or after the last date of service.',
    bad: 'signatures:\n  provider: { name: ANNA SMITH MD }',
    good: 'signatures:\n  provider: { name: ANNA SMITH MD, date: 2026-10-02 }',
  },
  check(ctx, report) {
    if (signatureInvalid(ctx, 'provider') || ctx.isInvalid(['signatures'])) return;
    if (ctx.claim.signatures?.provider?.date) return;
    const signed = lastServiceDate(ctx) ?? ctx.today;
    const edits = ctx.isPresent(['signatures', 'provider']) ? ctx.edits.insertProperty(['signatures', 'provider'], 'date', signed) : undefined;
    report({
      path: ctx.isPresent(['signatures', 'provider']) ? ['signatures', 'provider', 'date'] : ['signatures', 'provider'],
      message: 'The physician or supplier signature (box 31) has no date: add signatures.provider.date.',
      fixes: edits ? [{ title: `Date the signature ${signed} (the last date of service)`, edits: edits.map((e) => ({ ...e, newText: e.newText.replace(`"${signed}"`, signed) })), safe: false }] : [],
    });
  },
});
