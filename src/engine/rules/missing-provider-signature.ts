import { defineRule, isBlank } from '../rule';
import { signatureInvalid } from '../util/signatures';

export default defineRule({
  id: 'missing-provider-signature',
  title: 'Physician or supplier signature (box 31) has no name and is not on file',
  section: 'Signatures',
  box: '31',
  x12: '2300 CLM06 (provider signature on file)',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning: 'Box 31 is the signature of the physician or supplier (with credentials), or "Signature on File", certifying that the claim is true and the services were provided.',
    why: 'The provider signature indicator is required in the 837P; payers reject a claim whose provider did not certify it.',
    fix: 'Add `signatures.provider.name` (e.g. ANNA SMITH MD) or `onFile: true`, together with the date signed.',
    bad: 'signatures:\n  provider: { date: 2026-10-02 }',
    good: 'signatures:\n  provider: { name: ANNA SMITH MD, date: 2026-10-02 }',
  },
  check(ctx, report) {
    if (signatureInvalid(ctx, 'provider') || ctx.isInvalid(['signatures']) || ctx.isInvalid(['signatures', 'provider', 'name'])) return;
    const p = ctx.claim.signatures?.provider;
    if (p?.onFile === true || !isBlank(p?.name)) return;
    report({
      path: ctx.isPresent(['signatures', 'provider']) ? ['signatures', 'provider', 'name'] : ['signatures', 'provider'],
      message: 'The physician or supplier signature (box 31) is missing: add signatures.provider.name (with credentials) or onFile: true.',
    });
  },
});
