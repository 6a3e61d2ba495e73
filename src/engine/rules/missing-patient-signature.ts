import { defineRule } from '../rule';
import { hasSignature, onFileFix, signatureInvalid } from '../util/signatures';

export default defineRule({
  id: 'missing-patient-signature',
  title: "Patient's signature (box 12) is neither on file nor dated",
  section: 'Signatures',
  box: '12',
  x12: '2300 CLM09 (release of information)',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning: "Box 12 is the patient's authorization to release the medical information needed to process the claim: \"Signature on File\" (SOF) when a signed authorization is kept in the record, or a signature with its date.",
    why: 'Without the release-of-information authorization the payer has no consent to review the records behind the claim; the 837P requires the release code, and claims without it are rejected.',
    fix: 'When the practice has a signed release on file, set `signatures.patient.onFile: true`; otherwise get the patient to sign and record `signatures.patient.date`.',
    bad: 'signatures:\n  patient: { onFile: false }',
    good: 'signatures:\n  patient: { onFile: true }',
  },
  check(ctx, report) {
    if (signatureInvalid(ctx, 'patient') || ctx.isInvalid(['signatures']) || hasSignature(ctx, 'patient')) return;
    report({
      path: ctx.isPresent(['signatures', 'patient', 'onFile']) ? ['signatures', 'patient', 'onFile'] : ['signatures', 'patient'],
      message: "The patient's signature (box 12) is neither on file nor dated: the payer has no authorization to release the information behind the claim.",
      fixes: onFileFix(ctx, 'patient', '12'),
    });
  },
});
