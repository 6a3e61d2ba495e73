// The code lookup ("find a code, like an encoder"): one interface every code system plugs into
// (ICD-10-CM here; HCPCS Level II adds a source of its own), results with the header path.
// Pure: no fs, no vscode.
import { chapterOf } from './chapters';
import type { IcdCodeSet } from './index';

export interface CodeSearchResult {
  /** 'ICD-10-CM', 'HCPCS' … */
  system: string;
  /** As written on the claim (ICD-10-CM with its dot). */
  code: string;
  title: string;
  billable: boolean;
  /** Chapter → category → subcategories above the code, outermost first ("Chapter 19: Injury…", "S52 Fracture of forearm", …). */
  path: string[];
  /** Where the code goes on a CMS-1500: box 21 (diagnoses) or 24D (procedures). */
  box: '21' | '24D';
  /** A teaching note for the year, e.g. "new in FY2027", "changed title in FY2027". */
  note?: string;
}

export interface CodeSearchSource {
  readonly system: string;
  /** Shown with the results, e.g. "ICD-10-CM FY2027 — FY2026 official file + FY2027 change list (derived)". */
  readonly label: string;
  search(query: string, limit: number): CodeSearchResult[];
}

/** A teaching note for a code in its year's set. */
export function yearNote(codes: IcdCodeSet, code: string): string | undefined {
  const ch = codes.changeOf?.(code);
  if (!ch) return undefined;
  if (ch.kind === 'added') return `new in FY${ch.fiscalYear}`;
  if (ch.kind === 'retitled') return `changed title in FY${ch.fiscalYear}${ch.previousTitle ? ` (was: ${ch.previousTitle})` : ''}`;
  if (ch.kind === 'to-header') return `header from FY${ch.fiscalYear} (billable before)`;
  return undefined;
}

/** The header path of an ICD-10-CM code: chapter, then the headers above it that the set lists. */
export function icdPath(codes: IcdCodeSet, code: string): string[] {
  const ch = chapterOf(code);
  const out = ch ? [`Chapter ${ch.number}: ${ch.title}`] : [];
  for (const h of codes.headerPath?.(code) ?? []) out.push(`${h.code} ${h.title}`);
  return out;
}

/** An ICD-10-CM code set as a search source. */
export function icdSearchSource(codes: IcdCodeSet): CodeSearchSource {
  const year = codes.fiscalYear ? ` FY${codes.fiscalYear}` : '';
  return {
    system: 'ICD-10-CM',
    label: `ICD-10-CM${year}${codes.origin ? ` — ${codes.origin}` : ''}`,
    search(query, limit) {
      return codes.search(query, limit).map((e) => ({ system: 'ICD-10-CM', code: e.code, title: e.title, billable: e.billable, path: icdPath(codes, e.code), box: '21' as const, note: yearNote(codes, e.code) }));
    },
  };
}

/** Several sources, results interleaved by rank (each source's best first), at most `limit`. */
export function searchAll(sources: readonly CodeSearchSource[], query: string, limit: number): CodeSearchResult[] {
  const lists = sources.map((s) => s.search(query, limit));
  const out: CodeSearchResult[] = [];
  for (let k = 0; out.length < limit && lists.some((l) => k < l.length); k++) for (const l of lists) if (k < l.length && out.length < limit) out.push(l[k]);
  return out;
}
