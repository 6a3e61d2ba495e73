// The code lookup ("find a code, like an encoder"): one interface every code system plugs into
// (ICD-10-CM of a fiscal year, HCPCS Level II of a release), results with the header path, and the
// merge of several systems' results into one list. CPT is never a source: CPT descriptors are AMA
// text and are not shipped (CPT stays code numbers only).
// Pure: no fs, no vscode.
import { chapterOf } from './chapters';
import { compactIcd as compact } from './icd';
import type { HcpcsRecord } from './hcpcsRelease';
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

/** What a HCPCS Level II source needs of the release table (src/codesets/hcpcsRelease.ts HcpcsTable). */
export interface HcpcsLookupTable {
  readonly release: string;
  search(query: string, limit: number): { code: string; title: string; note?: string }[];
  code(code: string): HcpcsRecord | undefined;
}

/**
 * The HCPCS Level II release as a search source: CMS long descriptions (public domain), box 24D. A
 * code terminated in the release is listed last, not billable, with the last date of service it was
 * valid for; HCPCS has no header path.
 */
export function hcpcsSearchSource(table: HcpcsLookupTable): CodeSearchSource {
  return {
    system: 'HCPCS',
    label: `HCPCS Level II — ${table.release}`,
    search(query, limit) {
      return table.search(query, limit).map((e) => {
        const terminated = table.code(e.code)?.terminated ?? '';
        return {
          system: 'HCPCS',
          code: e.code,
          title: e.title,
          billable: !terminated,
          path: [],
          box: '24D' as const,
          ...(terminated ? { note: `terminated: last valid date of service ${terminated}` } : {}),
        };
      });
    },
  };
}

/** How well a result's code answers a query typed as a code: 0 as typed, 1 without the dot, 2 a prefix, 3 not a code match. */
function codeTier(code: string, query: string): number {
  const typed = query.trim().toUpperCase();
  if (!typed || /\s/.test(typed)) return 3;
  if (code.toUpperCase() === typed) return 0;
  const c = compact(code);
  const q = compact(typed);
  if (!q) return 3;
  if (c === q) return 1;
  return c.startsWith(q) ? 2 : 3;
}

/**
 * Several sources merged into one list of at most `limit`: results whose code answers a query typed
 * as a code come first (the code as typed, then the same code without its dot, then codes that
 * start with it: "J1100" puts HCPCS J1100 before ICD-10-CM J11.00), then the others interleaved by
 * rank, each source's best first, so a word search shows the best of every code system at the top.
 * A code listed by two sources of the same system appears once.
 */
export function searchAll(sources: readonly CodeSearchSource[], query: string, limit: number): CodeSearchResult[] {
  if (limit <= 0) return [];
  const lists = sources.map((s) => s.search(query, limit));
  const interleaved: CodeSearchResult[] = [];
  for (let k = 0; lists.some((l) => k < l.length); k++) for (const l of lists) if (k < l.length) interleaved.push(l[k]);
  const seen = new Set<string>();
  const tiers: CodeSearchResult[][] = [[], [], [], []];
  for (const r of interleaved) {
    const key = `${r.system}\u0000${r.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    tiers[codeTier(r.code, query)].push(r);
  }
  return tiers.flat().slice(0, limit);
}
