// Applies fix edits to text. Pure. Fix All (claimlint --fix and the editor) is fixAll() in ./fixAll.ts.
import type { Finding, Fix, TextEdit } from './types';

/** The first safe fix of each finding. */
export function safeFixesOf(findings: readonly Finding[]): Fix[] {
  const out: Fix[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safe);
    if (fix) out.push(fix);
  }
  return out;
}

/**
 * Applies fixes whose edits do not overlap an earlier-chosen fix (a fix is all-or-nothing).
 * Overlapping fixes are skipped; running lint again and re-applying picks them up.
 */
export function applyFixes(text: string, fixes: readonly Fix[], used?: Fix[]): string {
  const chosen: TextEdit[] = [];
  const overlaps = (e: TextEdit) => chosen.some((c) => (e.start < c.end && c.start < e.end) || (e.start === c.start && e.end === c.end));
  for (const fix of fixes) {
    if (fix.edits.some(overlaps)) continue;
    chosen.push(...fix.edits);
    used?.push(fix);
  }
  return applyEdits(text, chosen);
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
