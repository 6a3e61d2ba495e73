// ICD-10-CM code spelling, in one place: the compact form used for comparisons and look-ups, and the
// dotted form written on the claim. Pure, no imports.

/** Upper case, trimmed, without dots or inner spaces: 'e11.9 ' → 'E119'. */
export function compactIcd(code: string): string {
  return code.trim().toUpperCase().replace(/[.\s]/g, '');
}

/** The code as written on the form: a dot after the 3rd character when there are more ('e119' → 'E11.9'). */
export function dottedIcd(code: string): string {
  const c = compactIcd(code);
  return c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c;
}
