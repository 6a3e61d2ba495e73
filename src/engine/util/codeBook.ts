// Look-ups in the active ICD-10-CM code book that never throw: entries, inherited age/sex limits,
// billable children of a header, placeholder-X spellings. Pure.
import type { IcdCodeSet, IcdEntry } from '../../codesets';
import { compactIcd, dottedIcd } from '../../codesets/icd';

/** A code-book entry, with age/sex limits inherited from its nearest header when the entry has none. */
export interface CodeLimits {
  entry: IcdEntry;
  sex?: 'M' | 'F';
  ageMin?: number;
  ageMax?: number;
}

export function lookupIcd(codes: IcdCodeSet, code: string): IcdEntry | undefined {
  try {
    return codes.get(compactIcd(code)) ?? codes.get(dottedIcd(code));
  } catch {
    return undefined;
  }
}

/** The entry for `code` plus the sex/age limits that apply to it (its own, else its nearest header's). */
export function codeLimits(codes: IcdCodeSet, code: string): CodeLimits | undefined {
  const entry = lookupIcd(codes, code);
  if (!entry) return undefined;
  const out: CodeLimits = { entry, sex: entry.sex, ageMin: entry.ageMin, ageMax: entry.ageMax };
  const compact = compactIcd(code);
  for (let n = compact.length - 1; n >= 3 && (out.sex === undefined || (out.ageMin === undefined && out.ageMax === undefined)); n--) {
    const parent = lookupIcd(codes, compact.slice(0, n));
    if (!parent) continue;
    if (out.sex === undefined && parent.sex) out.sex = parent.sex;
    if (out.ageMin === undefined && out.ageMax === undefined && (parent.ageMin !== undefined || parent.ageMax !== undefined)) {
      out.ageMin = parent.ageMin;
      out.ageMax = parent.ageMax;
    }
  }
  return out;
}

/** Billable codes under a header, never throwing. */
export function billableChildren(codes: IcdCodeSet, code: string, limit: number): IcdEntry[] {
  try {
    const compact = compactIcd(code);
    const out = codes.billableDescendants(dottedIcd(code), limit).filter((e) => e.billable && compactIcd(e.code) !== compact);
    return out.length ? out : codes.billableDescendants(compact, limit).filter((e) => e.billable && compactIcd(e.code) !== compact);
  } catch {
    return [];
  }
}

/**
 * Codes the code book knows that differ from `code` only by placeholder X characters:
 * e.g. S02.2B → S02.2XXB, T45.03A → T45.0X3A. Only billable ones are returned.
 */
export function placeholderForms(codes: IcdCodeSet, code: string): IcdEntry[] {
  const compact = compactIcd(code);
  if (compact.length < 4 || compact.length >= 7) return [];
  const found = new Map<string, IcdEntry>();
  const grow = (c: string) => {
    if (c.length > 7) return;
    if (c !== compact) {
      const e = lookupIcd(codes, c);
      if (e?.billable) found.set(compactIcd(e.code), e);
    }
    if (c.length === 7) return;
    // An X may go anywhere from the 4th character on (never after the last character: that is the 7th).
    for (let pos = 3; pos < c.length; pos++) grow(c.slice(0, pos) + 'X' + c.slice(pos));
  };
  grow(compact);
  return [...found.values()];
}
