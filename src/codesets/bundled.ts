// The bundled ICD-10-CM code sets: a compact binary index of one official order file (built at build
// time by scripts/codesets/build.ts into dist/codesets/) and the change lists that lead from the
// year before into a year. A later year (FY2027) is the FY2026 index with its change list overlaid:
// both years share the one index in memory.
// Pure: bytes in, code sets out (no fs, no vscode). Reading and sha256 checks live in src/node/.
//
// Index layout (little endian):
//   0   8 bytes  magic "CCCICD10"
//   8   uint32   H, the length of the header JSON
//   12  H bytes  header JSON {version, count, fiscalYear, source}
//   …   pad to a multiple of 4
//   …   count × 7 bytes   compact codes (ASCII, space padded), sorted by string comparison
//   …   count bytes       1 billable / 0 header
//   …   pad to a multiple of 4
//   …   (count + 1) × uint32  title start offsets (characters) into the titles string
//   …   the titles (UTF-8; ASCII in every release so far), one after another
import { flagsFromRules, practiceSortedBook, type IcdChange, type IcdCodeSet, type IcdEntry } from './index';
import type { CodeFlags } from './codeSet';
import { compactIcd, dottedIcd } from './icd';
import { WordIndex } from './wordIndex';

/** One word index per decoded index, shared by the years over it. */
const wordIndexes = new WeakMap<IcdIndex, WordIndex>();

export const INDEX_MAGIC = 'CCCICD10';
export const BUNDLED_INDEX_VERSION = 1;
const SLOT = 7;

export interface IndexHeader {
  version: number;
  count: number;
  fiscalYear: number;
  /** The file the index was built from, e.g. "icd10cm-order-2026.txt". */
  source: string;
}

/** One year's changes against the year before (FY2027's list: FY2026 → FY2027). */
export interface YearChanges {
  fiscalYear: number;
  /** New codes, with their billable flag and long title. */
  added: { code: string; billable: boolean; title: string }[];
  /** Codes removed, with their billable flag and title the year before. */
  deleted: { code: string; billable: boolean; title: string }[];
  /** Codes that were billable the year before and are headers now (expanded). */
  toHeader: string[];
  /** Codes whose long title changed. */
  revised: { code: string; previousTitle: string; title: string }[];
}

/** Rows the builder encodes: compact codes sorted by string comparison, index-aligned. */
export interface IndexRows {
  codes: readonly string[];
  titles: readonly string[];
  billable: Uint8Array;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** Encodes sorted rows into the binary index (build time; the inverse of decodeIcdIndex). */
export function encodeIcdIndex(rows: IndexRows, header: Omit<IndexHeader, 'version' | 'count'>): Uint8Array {
  const count = rows.codes.length;
  const enc = new TextEncoder();
  const head = enc.encode(JSON.stringify({ version: BUNDLED_INDEX_VERSION, count, fiscalYear: header.fiscalYear, source: header.source } satisfies IndexHeader));
  const titles = rows.titles.map((t) => t.replace(/[\r\n]+/g, ' '));
  const titleText = titles.join('');
  if (/[^\x20-\x7e]/.test(titleText)) throw new Error('a title holds a character outside printable ASCII: the index format stores ASCII titles only');
  const titleBytes = enc.encode(titleText);
  const codesAt = pad4(12 + head.length);
  const billableAt = codesAt + count * SLOT;
  const offsetsAt = pad4(billableAt + count);
  const titlesAt = offsetsAt + (count + 1) * 4;
  const out = new Uint8Array(titlesAt + titleBytes.length);
  out.set(enc.encode(INDEX_MAGIC), 0);
  const view = new DataView(out.buffer);
  view.setUint32(8, head.length, true);
  out.set(head, 12);
  for (let i = 0; i < count; i++) {
    const c = rows.codes[i];
    if (c.length > SLOT || !/^[A-Z0-9]+$/.test(c)) throw new Error(`not a compact ICD-10-CM code: ${c}`);
    if (i > 0 && !(rows.codes[i - 1] < c)) throw new Error(`codes are not sorted and unique at ${c}`);
    for (let k = 0; k < SLOT; k++) out[codesAt + i * SLOT + k] = k < c.length ? c.charCodeAt(k) : 32;
    out[billableAt + i] = rows.billable[i] ? 1 : 0;
  }
  let at = 0;
  for (let i = 0; i < count; i++) {
    view.setUint32(offsetsAt + i * 4, at, true);
    at += titles[i].length;
  }
  view.setUint32(offsetsAt + count * 4, at, true);
  out.set(titleBytes, titlesAt);
  return out;
}

/** The decoded index: three flat stores, no per-code objects. */
export interface IcdIndex {
  header: IndexHeader;
  count: number;
  /** count × 7 characters, space padded. */
  codeBlob: string;
  billable: Uint8Array;
  /** count + 1 offsets into `titleText`. */
  titleStarts: Uint32Array;
  titleText: string;
}

/** Decodes an index; throws an Error saying what is wrong when the bytes are not a whole index.
 * `text` turns the code and title bytes into a string (Node passes a faster Latin-1 decoder). */
export function decodeIcdIndex(bytes: Uint8Array, text: (bytes: Uint8Array) => string = (b) => new TextDecoder('utf-8').decode(b)): IcdIndex {
  const fail = (why: string): never => {
    throw new Error(`the ICD-10-CM index is damaged (${why})`);
  };
  if (bytes.length < 16) fail('too short');
  const dec = new TextDecoder('utf-8');
  if (dec.decode(bytes.subarray(0, 8)) !== INDEX_MAGIC) fail('not an index file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const h = view.getUint32(8, true);
  if (12 + h > bytes.length) fail('truncated header');
  let header: IndexHeader;
  try {
    header = JSON.parse(dec.decode(bytes.subarray(12, 12 + h))) as IndexHeader;
  } catch {
    return fail('unreadable header');
  }
  if (header.version !== BUNDLED_INDEX_VERSION) fail(`version ${String(header.version)}, expected ${BUNDLED_INDEX_VERSION}`);
  const count = header.count;
  if (!Number.isInteger(count) || count <= 0) fail('no codes');
  const codesAt = pad4(12 + h);
  const billableAt = codesAt + count * SLOT;
  const offsetsAt = pad4(billableAt + count);
  const titlesAt = offsetsAt + (count + 1) * 4;
  if (titlesAt > bytes.length) fail('truncated');
  const codeBlob = text(bytes.subarray(codesAt, billableAt));
  const billable = bytes.slice(billableAt, billableAt + count);
  let titleStarts: Uint32Array;
  if ((bytes.byteOffset + offsetsAt) % 4 === 0) titleStarts = new Uint32Array(bytes.buffer.slice(bytes.byteOffset + offsetsAt, bytes.byteOffset + titlesAt));
  else {
    titleStarts = new Uint32Array(count + 1);
    for (let i = 0; i <= count; i++) titleStarts[i] = view.getUint32(offsetsAt + i * 4, true);
  }
  const titleText = text(bytes.subarray(titlesAt));
  if (titleStarts[count] !== titleText.length) fail('truncated titles');
  return { header, count, codeBlob, billable, titleStarts, titleText };
}

const CODE_QUERY = /^[A-Z][0-9A-Z]{0,2}(\.?[0-9A-Z]{0,4})?$/;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
}

function queryWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** True when `word` starts a word of text[start, end) (text lower case). */
function startsWordIn(text: string, word: string, start: number, end: number): boolean {
  for (let at = text.indexOf(word, start); at >= 0 && at + word.length <= end; at = text.indexOf(word, at + 1)) {
    if (at === start || !isWordChar(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

interface Extra {
  code: string;
  billable: boolean;
  title: string;
}

/** Options of one year's code set over a shared index. */
export interface BundledYearOptions {
  fiscalYear: number;
  /** Shown wherever the set's source is shown. */
  origin: string;
  /** The changes from the year before into this year. */
  changes?: YearChanges;
  /** true when `changes` still has to be applied to the index (a derived year); false when the index already is this year. */
  overlay: boolean;
}

function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * One fiscal year of ICD-10-CM over a shared index, optionally with that year's change list overlaid.
 * Age/sex limits come from the practice code book (its own entry, else its flag rules).
 */
export class BundledIcdCodeSet implements IcdCodeSet {
  readonly id: string;
  readonly label: string;
  readonly official = true;
  readonly billableCount: number;
  readonly size: number;
  readonly fiscalYear: number;
  readonly origin: string;
  private readonly idx: IcdIndex;
  private readonly added = new Map<string, Extra>();
  private readonly addedSorted: Extra[] = [];
  private readonly removed = new Set<string>();
  private readonly headerNow = new Set<string>();
  private readonly newTitle = new Map<string, string>();
  private readonly changes = new Map<string, IcdChange>();
  private readonly deletedInfo = new Map<string, { billable: boolean; title: string }>();
  /**
   * billableDescendants' answers by prefix and limit: a linted batch asks for the same headers claim
   * after claim (E11 under each claim listing it). Entries are never changed by callers; each call
   * gets its own array. Cleared when it grows large (an editor session asks for many prefixes).
   */
  private readonly descendantsMemo = new Map<string, IcdEntry[]>();
  private lower: string | undefined;
  private skips: { skip: Set<number>; extras: Extra[] } | undefined;
  private common: Set<number> | undefined;

  constructor(index: IcdIndex, opts: BundledYearOptions) {
    this.idx = index;
    this.fiscalYear = opts.fiscalYear;
    this.origin = opts.origin;
    this.id = `bundled:icd10cm:${opts.fiscalYear}`;
    const ch = opts.changes;
    if (ch) {
      for (const a of ch.added) this.changes.set(a.code, { kind: 'added', fiscalYear: ch.fiscalYear });
      for (const d of ch.deleted) {
        this.changes.set(d.code, { kind: 'deleted', fiscalYear: ch.fiscalYear, previousTitle: d.title, previousBillable: d.billable });
        this.deletedInfo.set(d.code, { billable: d.billable, title: d.title });
      }
      for (const r of ch.revised) this.changes.set(r.code, { kind: 'retitled', fiscalYear: ch.fiscalYear, previousTitle: r.previousTitle });
      // After the rest: a code both retitled and expanded is taught as expanded.
      for (const c of ch.toHeader) this.changes.set(c, { kind: 'to-header', fiscalYear: ch.fiscalYear, previousBillable: true, previousTitle: this.changes.get(c)?.previousTitle });
      if (opts.overlay) {
        for (const a of ch.added) this.added.set(a.code, { code: a.code, billable: a.billable, title: a.title });
        this.addedSorted.push(...[...this.added.values()].sort((x, y) => (x.code < y.code ? -1 : 1)));
        for (const d of ch.deleted) this.removed.add(d.code);
        for (const c of ch.toHeader) this.headerNow.add(c);
        for (const r of ch.revised) this.newTitle.set(r.code, r.title);
      }
      // A code both deleted and re-added (a billable code turned header the official way) is not deleted.
      for (const a of ch.added) {
        if (this.deletedInfo.has(a.code)) {
          const was = this.deletedInfo.get(a.code)!;
          this.deletedInfo.delete(a.code);
          this.removed.delete(a.code);
          this.changes.set(a.code, was.billable && !a.billable ? { kind: 'to-header', fiscalYear: ch.fiscalYear, previousBillable: true, previousTitle: was.title } : { kind: 'retitled', fiscalYear: ch.fiscalYear, previousTitle: was.title });
        }
      }
    }
    let size = index.count;
    let billable = 0;
    for (let i = 0; i < index.count; i++) billable += index.billable[i];
    if (opts.overlay && ch) {
      for (const c of this.removed) {
        const i = this.indexOf(c);
        if (i < 0) continue;
        size--;
        billable -= index.billable[i];
      }
      for (const c of this.headerNow) {
        const i = this.indexOf(c);
        if (i >= 0 && index.billable[i] === 1 && !this.removed.has(c)) billable--;
      }
      for (const a of this.added.values()) {
        if (this.indexOf(a.code) >= 0 && !this.removed.has(a.code)) continue; // already there: not a new row
        size++;
        if (a.billable) billable++;
      }
    }
    this.size = size;
    this.billableCount = billable;
    this.label = `ICD-10-CM FY${opts.fiscalYear} (${groupThousands(billable)} codes)`;
  }

  /** The shared index (for a derived year built over it). */
  get index(): IcdIndex {
    return this.idx;
  }

  // ---- the base index -------------------------------------------------------------------------

  private cmpSlot(i: number, key: string): number {
    const b = this.idx.codeBlob;
    const base = i * SLOT;
    for (let k = 0; k < SLOT; k++) {
      const a = b.charCodeAt(base + k);
      const c = k < key.length ? key.charCodeAt(k) : 32;
      if (a !== c) return a - c;
    }
    return 0;
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.idx.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cmpSlot(mid, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private indexOf(c: string): number {
    if (c.length === 0 || c.length > SLOT) return -1;
    const i = this.lowerBound(c);
    return i < this.idx.count && this.cmpSlot(i, c) === 0 ? i : -1;
  }

  private slotStartsWith(i: number, prefix: string): boolean {
    const b = this.idx.codeBlob;
    const base = i * SLOT;
    for (let k = 0; k < prefix.length; k++) if (b.charCodeAt(base + k) !== prefix.charCodeAt(k)) return false;
    return true;
  }

  private codeAt(i: number): string {
    return this.idx.codeBlob.slice(i * SLOT, i * SLOT + SLOT).trimEnd();
  }

  private titleAt(i: number): string {
    return this.idx.titleText.slice(this.idx.titleStarts[i], this.idx.titleStarts[i + 1]);
  }

  // ---- this year's view -------------------------------------------------------------------------

  private baseEntry(i: number): Extra | undefined {
    const c = this.codeAt(i);
    if (this.removed.has(c)) return undefined;
    const override = this.added.get(c);
    if (override) return override;
    return { code: c, billable: this.idx.billable[i] === 1 && !this.headerNow.has(c), title: this.newTitle.get(c) ?? this.titleAt(i) };
  }

  private raw(c: string): Extra | undefined {
    const a = this.added.get(c);
    if (a) return a;
    const i = this.indexOf(c);
    return i < 0 ? undefined : this.baseEntry(i);
  }

  private toEntry(x: Extra): IcdEntry {
    const e: IcdEntry = { code: dottedIcd(x.code), title: x.title, billable: x.billable };
    const f = flagsOf(x.code);
    if (f?.sex) e.sex = f.sex;
    if (f?.ageMin !== undefined) e.ageMin = f.ageMin;
    if (f?.ageMax !== undefined) e.ageMax = f.ageMax;
    return e;
  }

  get(code: string): IcdEntry | undefined {
    if (typeof code !== 'string') return undefined;
    const x = this.raw(compactIcd(code));
    return x ? this.toEntry(x) : undefined;
  }

  /** Every row of this year under a prefix (the prefix itself included), in code order. */
  private rowsUnder(prefix: string): Extra[] {
    const out: Extra[] = [];
    for (let i = this.lowerBound(prefix); i < this.idx.count && this.slotStartsWith(i, prefix); i++) {
      const x = this.baseEntry(i);
      if (x) out.push(x);
    }
    if (this.addedSorted.length) {
      const seen = new Set(out.map((x) => x.code));
      for (const a of this.addedSorted) if (a.code.startsWith(prefix) && !seen.has(a.code)) out.push(a);
      out.sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
    }
    return out;
  }

  billableDescendants(code: string, limit = 20): IcdEntry[] {
    const p = compactIcd(code);
    if (!p || limit <= 0) return [];
    const key = `${p} ${limit}`;
    let found = this.descendantsMemo.get(key);
    if (!found) {
      if (this.descendantsMemo.size >= 1000) this.descendantsMemo.clear();
      found = this.findBillableDescendants(p, limit);
      this.descendantsMemo.set(key, found);
    }
    return found.slice();
  }

  private findBillableDescendants(p: string, limit: number): IcdEntry[] {
    const found = this.rowsUnder(p).filter((x) => x.code !== p && x.billable);
    const order = new Map(found.map((x, k) => [x.code, k]));
    found.sort((a, b) => a.code.length - b.code.length || order.get(a.code)! - order.get(b.code)!);
    return found.slice(0, limit).map((x) => this.toEntry(x));
  }

  changeOf(code: string): IcdChange | undefined {
    return this.changes.get(compactIcd(code));
  }

  /**
   * Billable codes replacing `code` in this year: for a header, the billable codes below it; for a
   * deleted code, the billable codes added this year that share the longest prefix with it (the
   * same 7th character first), else the billable codes under its nearest remaining header.
   */
  replacementsOf(code: string, limit = 8): IcdEntry[] {
    const c = compactIcd(code);
    const now = this.raw(c);
    if (now && !now.billable) return this.billableDescendants(c, limit);
    if (now) return [];
    const addedThisYear = [...this.changes.entries()].filter(([, ch]) => ch.kind === 'added').map(([k]) => k);
    for (let n = c.length - 1; n >= 3; n--) {
      const p = c.slice(0, n);
      const hits = addedThisYear.filter((a) => a.startsWith(p) && a !== c && this.raw(a)?.billable);
      if (!hits.length) continue;
      const seventh = c.length === 7 ? c[6] : undefined;
      const same = seventh ? hits.filter((a) => a.length === 7 && a[6] === seventh) : hits;
      return (same.length ? same : hits)
        .sort()
        .slice(0, limit)
        .map((a) => this.toEntry(this.raw(a)!));
    }
    for (let n = c.length - 1; n >= 3; n--) {
      const p = c.slice(0, n);
      const parent = this.raw(p);
      if (parent && !parent.billable) {
        // A 7-character code's replacements keep its 7th character (the encounter: A, D, S…) when they can.
        const all = this.billableDescendants(p, 400).filter((e) => compactIcd(e.code) !== c);
        const seventh = c.length === 7 ? c[6] : undefined;
        const same = seventh ? all.filter((e) => compactIcd(e.code).length === 7 && compactIcd(e.code)[6] === seventh) : [];
        return (same.length ? same : all).slice(0, limit);
      }
      if (parent) return [this.toEntry(parent)];
    }
    return [];
  }

  headerPath(code: string): IcdEntry[] {
    const c = compactIcd(code);
    const out: IcdEntry[] = [];
    for (let n = 3; n < c.length; n++) {
      const x = this.raw(c.slice(0, n));
      if (x && !x.billable) out.push(this.toEntry(x));
    }
    return out;
  }

  /** Every entry of this year in code order (tests, checks). */
  *allEntries(): Generator<IcdEntry> {
    const added = this.addedSorted;
    let k = 0;
    for (let i = 0; i < this.idx.count; i++) {
      const c = this.codeAt(i);
      while (k < added.length && added[k].code < c) yield this.toEntry(added[k++]);
      if (k < added.length && added[k].code === c) k++;
      const x = this.baseEntry(i);
      if (x) yield this.toEntry(x);
    }
    while (k < added.length) yield this.toEntry(added[k++]);
  }

  search(query: string, limit: number): IcdEntry[] {
    const q = typeof query === 'string' ? query.trim() : '';
    if (!q || limit <= 0) return [];
    const upper = q.toUpperCase();
    if (CODE_QUERY.test(upper)) {
      const byCode = this.searchByCode(compactIcd(upper), limit);
      if (byCode.length) return byCode;
    }
    return this.searchByWords(q, limit);
  }

  private searchByCode(prefix: string, limit: number): IcdEntry[] {
    const exact: Extra[] = [];
    const billable: Extra[] = [];
    const headers: Extra[] = [];
    const take = (x: Extra) => {
      if (x.code === prefix) exact.push(x);
      else if (x.billable) {
        if (billable.length < limit) billable.push(x);
      } else if (headers.length < limit) headers.push(x);
    };
    for (let i = this.lowerBound(prefix); i < this.idx.count && this.slotStartsWith(i, prefix); i++) {
      if (billable.length >= limit && !this.addedSorted.length) break;
      const x = this.baseEntry(i);
      if (x && !(this.added.get(x.code) === x)) take(x);
    }
    for (const a of this.addedSorted) if (a.code.startsWith(prefix)) take(a);
    const byCode = (a: Extra, b: Extra) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
    return [...exact, ...billable.sort(byCode).slice(0, limit), ...headers.sort(byCode)].slice(0, limit).map((x) => this.toEntry(x));
  }

  private lowerTitles(): string {
    if (this.lower === undefined) {
      const l = this.idx.titleText.toLowerCase();
      this.lower = l.length === this.idx.titleText.length ? l : this.idx.titleText.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
    }
    return this.lower;
  }

  /** Which title a character offset falls in. */
  private titleIndexAt(offset: number): number {
    const s = this.idx.titleStarts;
    let lo = 0;
    let hi = this.idx.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid + 1] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Base rows the word search must not take from the index: removed, replaced or retitled this year (extras cover the last two). */
  private searchSkips(): { skip: Set<number>; extras: Extra[] } {
    if (this.skips) return this.skips;
    const skip = new Set<number>();
    const extras: Extra[] = [...this.addedSorted];
    for (const c of [...this.removed, ...this.added.keys()]) {
      const i = this.indexOf(c);
      if (i >= 0) skip.add(i);
    }
    for (const [c, title] of this.newTitle) {
      const i = this.indexOf(c);
      if (i < 0 || skip.has(i)) continue;
      skip.add(i);
      const x = this.baseEntry(i);
      if (x) extras.push({ ...x, title });
    }
    this.skips = { skip, extras };
    return this.skips;
  }

  /** Base rows of the codes the practice code book carries. */
  private practiceRows(): Set<number> {
    if (!this.common) {
      this.common = new Set<number>();
      for (const e of practiceSortedBook().entries()) {
        const i = this.indexOf(compactIcd(e.code));
        if (i >= 0) this.common.add(i);
      }
    }
    return this.common;
  }

  /** The word index of the base titles, built on the first word search and shared by every year over the same index. */
  private words(): WordIndex {
    const shared = wordIndexes.get(this.idx);
    if (shared) return shared;
    const wi = new WordIndex(this.lowerTitles(), this.idx.titleStarts, this.idx.count);
    wordIndexes.set(this.idx, wi);
    return wi;
  }

  /**
   * Titles holding every query word at the start of a word ("fract" matches fracture). Ranked:
   * billable codes of the practice code book first, then other billable codes, then headers; within
   * each, the whole phrase earliest in the title, then shorter titles, then code order. The rows of the rarest query word come from the word index; the other words are checked
   * in those titles only; entries are made for the results only.
   */
  private searchByWords(query: string, limit: number): IcdEntry[] {
    const all = queryWords(query);
    const words = [...new Set(all)];
    if (!words.length) return [];
    const phrase = all.join(' ');
    const text = this.lowerTitles();
    const starts = this.idx.titleStarts;
    const count = this.idx.count;
    const { skip, extras } = this.searchSkips();
    const wi = this.words();
    const ranges = words.map((w) => wi.range(w));
    let anchor = 0;
    for (let k = 1; k < ranges.length; k++) if (wi.weight(ranges[k]) < wi.weight(ranges[anchor])) anchor = k;
    const others = words.filter((_, k) => k !== anchor);
    const SHIFT = 1_048_576; // 2^20 rows at most
    // Billable codes the practice code book carries (the common ones trainees meet) first, then other billable codes, then headers.
    const common = this.practiceRows();
    const score = (billable: boolean, length: number, phraseAt: number, row = -1) =>
      (billable ? (common.has(row) ? 0 : 1_000_000) : 2_000_000) + (phraseAt < 0 ? 100_000 : Math.min(phraseAt, 99) * 1_000) + Math.min(length, 999);
    const ranked: number[] = [];
    const rows = others.some((_, k) => wi.weight(ranges[k >= anchor ? k + 1 : k]) === 0) ? new Uint32Array(0) : wi.rowsOf(ranges[anchor]);
    for (let r = 0; r < rows.length; r++) {
      const i = rows[r];
      if (skip.size && skip.has(i)) continue;
      const s = starts[i];
      const e = starts[i + 1];
      let at: number;
      if (others.length) {
        const title = text.slice(s, e);
        if (!others.every((w) => startsWordIn(title, w, 0, title.length))) continue;
        at = title.indexOf(phrase);
      } else {
        at = text.indexOf(phrase, s);
        at = at >= 0 && at + phrase.length <= e ? at - s : -1;
      }
      const billable = this.idx.billable[i] === 1 && !(this.headerNow.size && this.headerNow.has(this.codeAt(i)));
      ranked.push(score(billable, e - s, at, i) * SHIFT + i);
    }
    extras.forEach((x, k) => {
      const t = x.title.toLowerCase();
      if (words.every((w) => startsWordIn(t, w, 0, t.length))) ranked.push(score(x.billable, t.length, t.indexOf(phrase)) * SHIFT + count + k);
    });
    const sorted = smallest(ranked, limit);
    const out: IcdEntry[] = [];
    for (let k = 0; k < sorted.length && out.length < limit; k++) {
      const ref = sorted[k] % SHIFT;
      const x = ref < count ? this.baseEntry(ref) : extras[ref - count];
      if (x) out.push(this.toEntry(x));
    }
    return out;
  }
}

/** The `k` smallest numbers, ascending, without sorting them all (a bounded max-heap). */
export function smallest(xs: readonly number[], k: number): number[] {
  if (xs.length <= k * 4) return Float64Array.from(xs).sort().slice(0, k).reduce<number[]>((a, x) => (a.push(x), a), []);
  const heap: number[] = [];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && heap[l] > heap[m]) m = l;
      if (r < heap.length && heap[r] > heap[m]) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  for (const x of xs) {
    if (heap.length < k) {
      heap.push(x);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (heap[p] >= heap[i]) break;
        [heap[p], heap[i]] = [heap[i], heap[p]];
        i = p;
      }
    } else if (x < heap[0]) {
      heap[0] = x;
      down(0);
    }
  }
  return heap.sort((a, b) => a - b);
}

let practiceFlags: ((c: string) => CodeFlags | undefined) | undefined;
/** flagsOf's answers by compact code (null = no limits): the same codes are asked for claim after claim. */
const flagsMemo = new Map<string, CodeFlags | null>();

/** Age/sex limits of a compact code: the practice book's own entry, else its flag rules. */
function flagsOf(c: string): CodeFlags | undefined {
  practiceFlags ??= (() => {
    const practice = practiceSortedBook();
    return (code: string) => {
      const own = practice.get(code);
      if (own) return own.sex || own.ageMin !== undefined || own.ageMax !== undefined ? { sex: own.sex, ageMin: own.ageMin, ageMax: own.ageMax } : undefined;
      return flagsFromRules(code);
    };
  })();
  const known = flagsMemo.get(c);
  if (known !== undefined) return known ?? undefined;
  const f = practiceFlags(c);
  flagsMemo.set(c, f ?? null);
  return f;
}
