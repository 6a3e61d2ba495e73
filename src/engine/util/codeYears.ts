// Which ICD-10-CM code set(s) a diagnosis is checked against: the fiscal years of the dates of
// service of the lines that point at it (FY N: (N-1)-10-01 … N-09-30). A diagnosis no dated line
// points at is checked against every year on the claim, and a claim without dates against today's.
import type { IcdCodeSet, IcdEntry } from '../../codesets';
import { fiscalYearOf } from '../../codesets/fiscalYear';
import { fiscalYearRange } from '../../codesets/provider';
import type { RuleContext } from '../rule';
import { billableChildren, lookupIcd } from './codeBook';
import { indexOfLetter } from './pointers';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface YearCheck {
  /** undefined without code sets by year (then `codes` serves every date). */
  fiscalYear?: number;
  /** The code set of that year; undefined when the year is not available (shape checks only). */
  codes?: IcdCodeSet;
  /** 0-based service lines of this year that point at the diagnosis (or all lines of the year). */
  lines: number[];
  /** The first of those lines' dates of service, when there is one. */
  date?: string;
}

interface DatedLine {
  line: number;
  date: string;
  fiscalYear: number;
}

const datedCache = new WeakMap<RuleContext, DatedLine[]>();

/** Service lines with a valid from-date, with their fiscal year. */
export function datedLines(ctx: RuleContext): DatedLine[] {
  let hit = datedCache.get(ctx);
  if (hit) return hit;
  hit = [];
  ctx.services.forEach((l, i) => {
    const d = l?.from;
    if (typeof d !== 'string' || !ISO_DATE.test(d) || ctx.isInvalid(['services', i, 'from'])) return;
    hit!.push({ line: i, date: d, fiscalYear: fiscalYearOf(d) });
  });
  datedCache.set(ctx, hit);
  return hit;
}

/** The years (and code sets) diagnosis `index` is checked against. */
export function diagnosisYearChecks(ctx: RuleContext, index: number): YearCheck[] {
  if (!ctx.icd) return [{ codes: ctx.codes, lines: [] }];
  if (ctx.icd.unavailable) return [];
  const dated = datedLines(ctx);
  const pointing = dated.filter(({ line }) => ctx.services[line]?.pointers?.some((p) => indexOfLetter(p) === index));
  const use = pointing.length ? pointing : dated;
  if (!use.length) {
    const fy = fiscalYearOf(ctx.today);
    return [{ fiscalYear: fy, codes: ctx.icd.forYear(fy), lines: [] }];
  }
  const byYear = new Map<number, YearCheck>();
  for (const d of use) {
    const c = byYear.get(d.fiscalYear);
    if (c) c.lines.push(d.line);
    else byYear.set(d.fiscalYear, { fiscalYear: d.fiscalYear, codes: ctx.icd.forYear(d.fiscalYear), lines: [d.line], date: d.date });
  }
  return [...byYear.values()].sort((a, b) => a.fiscalYear! - b.fiscalYear!);
}

/** The code is in the set: as an entry, or as a header the set lists only through its codes. */
export function inCodeSet(codes: IcdCodeSet, code: string): boolean {
  return lookupIcd(codes, code) !== undefined || billableChildren(codes, code, 1).length > 0;
}

/** The other available years in which the code exists (as a billable code or a header), ascending. */
export function otherYearsWith(ctx: RuleContext, code: string, except: number | undefined): { fiscalYear: number; codes: IcdCodeSet; entry?: IcdEntry }[] {
  if (!ctx.icd || except === undefined) return [];
  const out: { fiscalYear: number; codes: IcdCodeSet; entry?: IcdEntry }[] = [];
  for (const y of ctx.icd.years) {
    if (y === except) continue;
    const codes = ctx.icd.forYear(y);
    if (codes && inCodeSet(codes, code)) out.push({ fiscalYear: y, codes, entry: lookupIcd(codes, code) });
  }
  return out;
}

/** "FY2027 (dates of service 2026-10-01 to 2027-09-30)". */
export function describeYear(fiscalYear: number): string {
  const r = fiscalYearRange(fiscalYear);
  return `FY${fiscalYear} (dates of service ${r.from} to ${r.to})`;
}

/** "line 2 (2026-11-02)" — the first line of a check, for messages. */
export function lineNote(check: YearCheck): string {
  if (check.lines.length === 0 || !check.date) return '';
  const more = check.lines.length > 1 ? ` and ${check.lines.length - 1} more` : '';
  return `line ${check.lines[0] + 1}${more} (${check.date})`;
}

/** Billable codes of `codes` under the nearest header above `code` that the set lists (for codes the year does not have). */
export function nearestBillable(codes: IcdCodeSet, code: string, limit: number): IcdEntry[] {
  const c = code.replace(/\./g, '').toUpperCase();
  for (let n = c.length - 1; n >= 3; n--) {
    const p = c.slice(0, n);
    const e = lookupIcd(codes, p);
    if (e?.billable) return [e];
    const kids = billableChildren(codes, p, limit);
    if (kids.length) return kids;
  }
  return [];
}

/**
 * Why a code missing from its date's year is valid in another bundled year, by the change lists:
 * new in a later year (its list says "added"), or deleted going into this year (this year's list
 * says "deleted" and an earlier year has it). Undefined otherwise (then it is simply unknown).
 */
export function yearMismatch(ctx: RuleContext, code: string, check: YearCheck): { kind: 'new-later'; fiscalYear: number; entry?: IcdEntry } | { kind: 'deleted'; fiscalYear: number } | undefined {
  if (!check.codes || check.fiscalYear === undefined) return undefined;
  const fy = check.fiscalYear;
  const others = otherYearsWith(ctx, code, fy);
  const later = others.find((o) => o.fiscalYear > fy && o.codes.changeOf?.(code)?.kind === 'added');
  if (later) return { kind: 'new-later', fiscalYear: later.fiscalYear, entry: later.entry };
  const ch = check.codes.changeOf?.(code);
  if (ch?.kind === 'deleted' && others.some((o) => o.fiscalYear < fy)) return { kind: 'deleted', fiscalYear: ch.fiscalYear };
  return undefined;
}
