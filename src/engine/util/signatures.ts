// Shared logic of the signature rules (boxes 12, 13 and 31).
import type { RuleContext } from '../rule';
import type { Fix } from '../types';

export type Signer = 'patient' | 'insured';

/** True when box 12/13 is satisfied: on file, or dated. */
export function hasSignature(ctx: RuleContext, who: Signer): boolean {
  const s = ctx.claim.signatures?.[who];
  return s?.onFile === true || !!s?.date;
}

/** True when the signature block (or its parents) held a wrong-typed value, already reported. */
export function signatureInvalid(ctx: RuleContext, who: 'patient' | 'insured' | 'provider'): boolean {
  return ctx.isInvalid(['signatures', who]) || ctx.isInvalid(['signatures', who, 'onFile']) || ctx.isInvalid(['signatures', who, 'date']);
}

/** A not-safe fix that marks the signature "on file": the trainee must know a signed form exists. */
export function onFileFix(ctx: RuleContext, who: Signer, box: string): Fix[] {
  const edits = ctx.isPresent(['signatures', who])
    ? ctx.isPresent(['signatures', who, 'onFile'])
      ? ctx.edits.replaceValue(['signatures', who, 'onFile'], true)
      : ctx.edits.insertProperty(['signatures', who], 'onFile', true)
    : ctx.edits.insertProperty(['signatures'], who, { onFile: true });
  return edits ? [{ title: `Mark box ${box} "signature on file" (only when a signed form is on file)`, edits, safe: false }] : [];
}
