// The one IcdCodeSet implementation behind both the practice code book and an official ICD-10-CM
// file: codes kept as sorted compact strings (no dot) so that look-ups are a binary search and a
// code's descendants are one contiguous run. Pure: no fs, no vscode.
import { compactIcd as compact, dottedIcd as dotted } from './icd';
import type { IcdCodeSet, IcdEntry } from './types';

export interface CodeFlags {
  sex?: 'M' | 'F';
  ageMin?: number;
  ageMax?: number;
}

export interface CodeSetParts {
  id: string;
  label: string;
  official: boolean;
  /** Compact codes (upper case, no dot), sorted by plain string comparison, no duplicates. */
  codes: readonly string[];
  /** Titles, index-aligned with `codes`. */
  titles: readonly string[];
  /** 1 = billable, 0 = header, index-aligned with `codes`. */
  billable: Uint8Array;
  /** Age/sex limits of a compact code, if any. */
  flags: (compact: string, index: number) => CodeFlags | undefined;
  fiscalYear?: number;
  origin?: string;
}


/** First index whose code is >= key. */
function lowerBound(codes: readonly string[], key: string): number {
  let lo = 0;
  let hi = codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (codes[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const CODE_QUERY = /^[A-Z][0-9A-Z]{0,2}(\.?[0-9A-Z]{0,4})?$/;

/** Words of a query or title for matching: lower case letters/digits runs. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
}

/** True when `word` occurs in `text` (both lower case) at the start of a word. */
function startsAWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !isWordChar(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

export class SortedCodeSet implements IcdCodeSet {
  readonly id: string;
  readonly label: string;
  readonly official: boolean;
  readonly billableCount: number;
  readonly fiscalYear?: number;
  readonly origin?: string;
  private readonly parts: CodeSetParts;
  private lowerTitles: string[] | undefined;
  /** parts.flags by index, asked once (null = no limits): the same entries are built claim after claim. */
  private readonly flagsByIndex = new Map<number, CodeFlags | null>();

  constructor(parts: CodeSetParts) {
    this.parts = parts;
    this.id = parts.id;
    this.label = parts.label;
    this.official = parts.official;
    this.fiscalYear = parts.fiscalYear;
    this.origin = parts.origin;
    let n = 0;
    for (let i = 0; i < parts.billable.length; i++) n += parts.billable[i];
    this.billableCount = n;
  }

  /** Number of entries, headers included. */
  get size(): number {
    return this.parts.codes.length;
  }

  private indexOf(code: string): number {
    const c = compact(code);
    const i = lowerBound(this.parts.codes, c);
    return i < this.parts.codes.length && this.parts.codes[i] === c ? i : -1;
  }

  private entryAt(i: number): IcdEntry {
    const c = this.parts.codes[i];
    const e: IcdEntry = { code: dotted(c), title: this.parts.titles[i], billable: this.parts.billable[i] === 1 };
    let f = this.flagsByIndex.get(i);
    if (f === undefined) this.flagsByIndex.set(i, (f = this.parts.flags(c, i) ?? null));
    if (f?.sex) e.sex = f.sex;
    if (f?.ageMin !== undefined) e.ageMin = f.ageMin;
    if (f?.ageMax !== undefined) e.ageMax = f.ageMax;
    return e;
  }

  get(code: string): IcdEntry | undefined {
    if (typeof code !== 'string') return undefined;
    const i = this.indexOf(code);
    return i < 0 ? undefined : this.entryAt(i);
  }

  /**
   * Billable codes under `code`, nearest first: fewer characters before more (E11 → E11.8, E11.9 before
   * E11.21 …), then in code order. The code itself is never included.
   */
  billableDescendants(code: string, limit = 20): IcdEntry[] {
    const p = compact(code);
    if (!p || limit <= 0) return [];
    const codes = this.parts.codes;
    const found: number[] = [];
    for (let i = lowerBound(codes, p); i < codes.length && codes[i].startsWith(p); i++) {
      if (codes[i] !== p && this.parts.billable[i] === 1) found.push(i);
    }
    found.sort((a, b) => codes[a].length - codes[b].length || a - b);
    return found.slice(0, limit).map((i) => this.entryAt(i));
  }

  /** Every entry in code order (tests, the practice book's own checks). */
  entries(): IcdEntry[] {
    return this.parts.codes.map((_, i) => this.entryAt(i));
  }

  search(query: string, limit: number): IcdEntry[] {
    const q = typeof query === 'string' ? query.trim() : '';
    if (!q || limit <= 0) return [];
    const upper = q.toUpperCase();
    if (CODE_QUERY.test(upper)) {
      const byCode = this.searchByCode(compact(upper), limit);
      if (byCode.length) return byCode;
    }
    return this.searchByWords(q, limit);
  }

  /** Codes starting with the prefix: the exact code first, then billable codes, then headers, each in code order. */
  private searchByCode(prefix: string, limit: number): IcdEntry[] {
    const codes = this.parts.codes;
    const exact: number[] = [];
    const billable: number[] = [];
    const headers: number[] = [];
    for (let i = lowerBound(codes, prefix); i < codes.length && codes[i].startsWith(prefix); i++) {
      if (codes[i] === prefix) exact.push(i);
      else if (this.parts.billable[i] === 1) {
        if (billable.length < limit) billable.push(i);
      } else if (headers.length < limit) headers.push(i);
      if (billable.length >= limit) break;
    }
    return [...exact, ...billable, ...headers].slice(0, limit).map((i) => this.entryAt(i));
  }

  /** Titles containing every query word (as the start of a title word); billable first, then the best matches. */
  private searchByWords(query: string, limit: number): IcdEntry[] {
    const qWords = words(query);
    if (!qWords.length) return [];
    const phrase = qWords.join(' ');
    const titles = (this.lowerTitles ??= this.parts.titles.map((t) => t.toLowerCase()));
    const hits: { i: number; score: number }[] = [];
    for (let i = 0; i < titles.length; i++) {
      const t = titles[i];
      let all = true;
      for (const w of qWords) {
        if (!startsAWord(t, w)) {
          all = false;
          break;
        }
      }
      if (!all) continue;
      const at = t.indexOf(phrase);
      // Lower is better: billable first, then the whole phrase (earliest), then shorter titles.
      const score = (this.parts.billable[i] === 1 ? 0 : 1_000_000) + (at < 0 ? 100_000 : at * 1_000) + t.length;
      hits.push({ i, score });
    }
    hits.sort((a, b) => a.score - b.score || (this.parts.codes[a.i] < this.parts.codes[b.i] ? -1 : 1));
    return hits.slice(0, limit).map((h) => this.entryAt(h.i));
  }
}
