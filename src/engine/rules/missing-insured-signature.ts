import { defineRule } from '../rule';
import { hasSignature, onFileFix, signatureInvalid } from '../util/signatures';

export default defineRule({
  id: 'missing-insured-signature',
  title: "Insured's signature (box 13) is neither on file nor dated",
  section: 'Signatures',
  box: '13',
  x12: '2300 CLM08 (benefits assignment certification)',
  defaultSeverity: 'warning',
  payer: { action: 'none' },
  payerNote: 'the mock payer pays the patient instead of the provider when the profile requires box 13',
  docs: {
    meaning: "Box 13 is the insured's authorization to pay benefits directly to the provider (assignment of benefits): \"Signature on File\" or a dated signature.",
    why: 'Without it many payers send the payment to the patient, and the practice has to collect from the patient instead. The practice payer profiles that require box 13 do exactly that in the mock submission.',
    fix: 'When a signed assignment of benefits is on file, set `signatures.insured.onFile: true`; otherwise get the insured to sign and record the date.',
    bad: 'signatures:\n  insured: { onFile: false }',
    good: 'signatures:\n  insured: { onFile: true }',
  },
  check(ctx, report) {
    if (signatureInvalid(ctx, 'insured') || ctx.isInvalid(['signatures']) || hasSignature(ctx, 'insured')) return;
    const paysPatient = ctx.payer?.insuredSignatureRequired === true;
    report({
      path: ctx.isPresent(['signatures', 'insured', 'onFile']) ? ['signatures', 'insured', 'onFile'] : ['signatures', 'insured'],
      message: `The insured's signature (box 13) is neither on file nor dated: benefits are not assigned to the provider${paysPatient ? `, so ${ctx.payer!.name} will pay the patient instead` : ''}.`,
      fixes: onFileFix(ctx, 'insured', '13'),
    });
  },
});
