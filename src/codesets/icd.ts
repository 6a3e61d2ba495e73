// ICD-10-CM code spelling, in one place: the compact form used for comparisons and look-ups, and the
// dotted form written on the claim. Pure, no imports.

/** Upper case, trimmed, without dots or inner spaces: 'e11.9 ' → 'E119'. */
export function compactIcd(code: string): string {
  // Most calls pass a code that is already compact (from the code book or an earlier call): only
  // ASCII digits and capitals, for which trimming, upper-casing and removing dots change nothing.
  if (isCompactAscii(code)) return code;
  return code.trim().toUpperCase().replace(/[.\s]/g, '');
}

/** True when every character is 0-9 or A-Z. */
function isCompactAscii(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const ch = code.charCodeAt(i);
    if (!((ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90))) return false;
  }
  return true;
}

/** The code as written on the form: a dot after the 3rd character when there are more ('e119' → 'E11.9'). */
export function dottedIcd(code: string): string {
  const c = compactIcd(code);
  return c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c;
}
