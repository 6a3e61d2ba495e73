// Code shapes: ICD-10-CM, CPT, HCPCS Level II and modifiers, as written on the claim. Pure.

/** ICD-10-CM shape, with the optional dot after the 3rd character. */
const ICD_SHAPE = /^[A-Z][0-9A-Z][0-9A-Z](\.?[0-9A-Z]{1,4})?$/;

/** CPT shape: 4 digits + a digit or A/F/M/T/U. */
const CPT_SHAPE = /^\d{4}[0-9AFMTU]$/;

/** HCPCS Level II shape: a letter A–V except D, F, I, N, O, then 4 digits. */
const HCPCS_SHAPE = /^[A-CEGHJ-MP-V]\d{4}$/;

/** Modifiers are exactly two letters or digits (X12 element 1339). */
const MODIFIER_SHAPE = /^[A-Z0-9]{2}$/;

export function isIcdShaped(code: string): boolean {
  return ICD_SHAPE.test(code);
}

export function isCptShaped(code: string): boolean {
  return CPT_SHAPE.test(code);
}

export function isHcpcsShaped(code: string): boolean {
  return HCPCS_SHAPE.test(code);
}

export function isProcedureShaped(code: string): boolean {
  return isCptShaped(code) || isHcpcsShaped(code);
}

export function isModifierShaped(mod: string): boolean {
  return MODIFIER_SHAPE.test(mod);
}
