// Helpers for the code-editor rules (HCPCS release, MCE lists, Excludes notes): the diagnosis
// entries as compact codes, and the service dates a claim's lines carry. Pure.
import { fiscalYearOf } from '../../codesets/fiscalYear';
import type { RuleContext } from '../rule';
import { compactIcd } from '../../codesets/icd';
import { isIcdShaped } from './codes';

/** The ICD-shaped diagnoses of box 21: index, compact code and code as written (upper case). */
export function shapedDiagnoses(ctx: RuleContext): { index: number; compact: string; code: string }[] {
  if (ctx.isInvalid(['diagnoses'])) return [];
  const out: { index: number; compact: string; code: string }[] = [];
  ctx.diagnoses.forEach((raw, index) => {
    if (typeof raw !== 'string' || !raw.trim() || ctx.isInvalid(['diagnoses', index])) return;
    const code = raw.trim().toUpperCase();
    if (isIcdShaped(code)) out.push({ index, compact: compactIcd(code), code });
  });
  return out;
}

/** The valid service dates (from and to) of the claim's lines, sorted, without duplicates. */
export function serviceDates(ctx: RuleContext): string[] {
  const dates = new Set<string>();
  ctx.services.forEach((line, i) => {
    if (!line) return;
    for (const key of ['from', 'to'] as const) {
      const d = line[key];
      if (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && !ctx.isInvalid(['services', i, key])) dates.add(d);
    }
  });
  return [...dates].sort();
}

/** The ICD-10-CM fiscal years the claim's service dates fall in (e.g. [2027]). */
export function claimFiscalYears(ctx: RuleContext): number[] {
  return [...new Set(serviceDates(ctx).map(fiscalYearOf))].sort();
}
