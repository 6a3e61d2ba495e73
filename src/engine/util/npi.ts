// NPI check digit (CMS "Requirements for NPI check digit"): Luhn mod-10 computed as if
// the card-issuer prefix 80840 (80 = health, 840 = USA) stood in front of the 10 digits. Without the
// prefix, the prefix's Luhn contribution is the constant 24.
//
// Example (CMS): base 123456789 → check digit 3 → NPI 1234567893.

/** Luhn contribution of the prefix 80840 when it precedes a 10-digit NPI. */
const PREFIX_CONSTANT = 24;

/** The check digit (0–9) for a 9-digit NPI base, or undefined when `base` is not 9 digits. */
export function npiCheckDigit(base: string): number | undefined {
  if (!/^\d{9}$/.test(base)) return undefined;
  let sum = PREFIX_CONSTANT;
  // From the rightmost base digit, double every other digit (the check digit will sit to its right).
  for (let i = 0; i < 9; i++) {
    let d = base.charCodeAt(8 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when `npi` is exactly 10 digits and its last digit is the NPI check digit. */
export function isValidNpi(npi: string): boolean {
  if (typeof npi !== 'string' || !/^\d{10}$/.test(npi)) return false;
  return npiCheckDigit(npi.slice(0, 9)) === npi.charCodeAt(9) - 48;
}

/** Why an NPI is not valid: 'format' (not 10 digits), 'check-digit', or undefined when it is valid. */
export function npiProblem(npi: string): 'format' | 'check-digit' | undefined {
  if (!/^\d{10}$/.test(npi)) return 'format';
  return isValidNpi(npi) ? undefined : 'check-digit';
}
