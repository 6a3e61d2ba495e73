// The official ICD-10-CM code set from a CMS/CDC release file, as pure text-in/data-out functions:
// detect the file's layout, parse it into a compact index, serialize that index for a cache, and
// turn a serialized index back into an IcdCodeSet quickly. File reading and caching live in
// src/node/codesetCache.ts. Pure: no fs, no vscode.
//
// Layouts:
// - order file (icd10cm_order_YYYY.txt), fixed width, 1-based columns: 1–5 order number, 7–13 code
//   (no dot, left-justified), 15 "0" header / "1" billable, 17–76 short title, 78– long title;
// - codes file (icd10cm_codes_YYYY.txt / icd10cm-codes-YYYY.txt): billable codes only, the code in
//   columns 1–7, then the long title. Headers are derived from the billable codes' prefixes.
import { flagsFromRules, practiceSortedBook, type IcdCodeSet } from './index';
import { SortedCodeSet, type CodeFlags } from './codeSet';

export type IcdFileKind = 'order' | 'codes';

/** An official code set in memory: compact codes sorted by string comparison, index-aligned. */
export interface OfficialIndex {
  kind: IcdFileKind;
  /** The file name the index was built from (no folders). */
  source: string;
  /** The fiscal year, when the file name says it (icd10cm_order_2026.txt → 2026). */
  fiscalYear?: number;
  codes: string[];
  titles: string[];
  /** 1 = billable, 0 = header. */
  billable: Uint8Array;
}

export const INDEX_FORMAT = 'ccc-icd10cm-index';
export const INDEX_VERSION = 1;

/** Title given to headers derived from a codes file, which has no header rows. */
export const DERIVED_HEADER_TITLE = '(header: the codes file lists only billable codes; the order file has this title)';

const ORDER_LINE = /^\d{5} [A-Z][0-9A-Z]{2}[0-9A-Z ]{4} [01]( |$)/;
const CODES_LINE = /^[A-Z][0-9A-Z]{2}[0-9A-Z]{0,4}[ \t]+\S/;
const CODE = /^[A-Z][0-9A-Z]{2}[0-9A-Z]{0,4}$/;
/** Past this size a file cannot be an ICD-10-CM release file (FY2026 order file: ~20 MB). */
export const MAX_FILE_CHARS = 200 * 1024 * 1024;

function firstLine(text: string): string | undefined {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim()) return line;
    start = end + 1;
  }
  return undefined;
}

/** Which official layout the text is in, judged by its first non-empty line; undefined when neither. */
export function detectIcdFileFormat(text: string): IcdFileKind | undefined {
  const line = firstLine(text);
  if (line === undefined) return undefined;
  if (ORDER_LINE.test(line)) return 'order';
  if (CODES_LINE.test(line)) return 'codes';
  return undefined;
}

function baseName(name: string): string {
  const parts = name.split(/[\\/]/);
  return parts[parts.length - 1] || name;
}

function fiscalYearOf(name: string): number | undefined {
  const m = /(?:^|[^0-9])(20\d\d)(?:[^0-9]|$)/.exec(baseName(name));
  return m ? Number(m[1]) : undefined;
}

/** Why a text is in neither layout, with the first non-empty line and where it is. */
function notRecognized(text: string, source: string): string {
  const head = `${source} is not an ICD-10-CM order file or codes file`;
  if (text.startsWith('PK\u0003\u0004')) return `${head}: it is a zip archive. Extract it and point codeSets.icd10cm at icd10cm_order_YYYY.txt (or the codes file) inside.`;
  const line = firstLine(text);
  if (line === undefined) return `${head}: it is empty.`;
  const lineNo = lineNumberOf(text, line);
  // The line itself is not echoed: the path may point at any file (a message must not leak its content).
  return `${head}: line ${lineNo} is in neither layout. Expected lines like "00001 A00     0 Cholera…" (icd10cm_order_YYYY.txt) or "A000    Cholera due to…" (icd10cm_codes_YYYY.txt) from the CMS/CDC "Code Descriptions in Tabular Order" download.`;
}

/** 1-based line number of the first occurrence of a line's text. */
function lineNumberOf(text: string, line: string): number {
  const at = text.indexOf(line);
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function preview(line: string): string {
  const s = line.length > 60 ? `${line.slice(0, 57)}…` : line;
  return JSON.stringify(s);
}

/** Ancestors of a compact code that exist in the classification: shorter prefixes of 3+ characters, minus placeholder-X levels. */
export function headerPrefixes(code: string): string[] {
  const out: string[] = [];
  for (let n = 3; n < code.length; n++) {
    const p = code.slice(0, n);
    if (n >= 4 && p.endsWith('X')) continue;
    out.push(p);
  }
  return out;
}

function sortRows(rows: Map<string, { title: string; billable: 0 | 1 }>, kind: IcdFileKind, source: string): OfficialIndex {
  const codes = [...rows.keys()].sort();
  const titles = new Array<string>(codes.length);
  const billable = new Uint8Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const r = rows.get(codes[i])!;
    titles[i] = r.title;
    billable[i] = r.billable;
  }
  return { kind, source, fiscalYear: fiscalYearOf(source), codes, titles, billable };
}

/**
 * Parses an official ICD-10-CM order file or codes file. Throws an Error whose message can be shown
 * to the user as it is when the text is in neither layout or a line breaks the layout.
 */
export function parseIcdFile(text: string, sourceName = 'ICD-10-CM file'): OfficialIndex {
  const source = baseName(sourceName);
  if (text.length > MAX_FILE_CHARS) throw new Error(`${source} is too large to be an ICD-10-CM order or codes file.`);
  const kind = detectIcdFileFormat(text);
  if (!kind) throw new Error(notRecognized(text, source));
  const rows = new Map<string, { title: string; billable: 0 | 1 }>();
  const lines = text.split('\n');
  if (lines[0]?.charCodeAt(0) === 0xfeff) lines[0] = lines[0].slice(1);
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n];
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (!line.trim()) continue;
    if (kind === 'order') {
      if (!ORDER_LINE.test(line)) throw new Error(`${source}, line ${n + 1}: not in the ICD-10-CM order-file layout (order number, code, 0/1 flag, titles): ${preview(line)}`);
      const code = line.slice(6, 13).trim();
      if (!CODE.test(code)) throw new Error(`${source}, line ${n + 1}: "${code}" is not an ICD-10-CM code`);
      const short = line.slice(16, 76).trim();
      const long = line.slice(77).trim();
      if (!rows.has(code)) rows.set(code, { title: long || short || code, billable: line[14] === '1' ? 1 : 0 });
    } else {
      const m = /^(\S+)[ \t]+(.*)$/.exec(line);
      const code = m?.[1] ?? '';
      if (!m || !CODE.test(code)) throw new Error(`${source}, line ${n + 1}: not in the ICD-10-CM codes-file layout (code, then title): ${preview(line)}`);
      if (!rows.has(code)) rows.set(code, { title: m[2].trim() || code, billable: 1 });
    }
  }
  if (rows.size === 0) throw new Error(`${source} holds no ICD-10-CM codes.`);
  if (kind === 'codes') {
    // The codes file has billable codes only: add their category/subcategory headers by prefix.
    const practice = practiceSortedBook();
    for (const code of [...rows.keys()]) {
      for (const p of headerPrefixes(code)) {
        if (rows.has(p)) continue;
        const known = practice.get(p);
        rows.set(p, { title: known && !known.billable ? known.title : DERIVED_HEADER_TITLE, billable: 0 });
      }
    }
  }
  return sortRows(rows, kind, source);
}

interface SerializedIndex {
  format: typeof INDEX_FORMAT;
  version: number;
  kind: IcdFileKind;
  source: string;
  fiscalYear?: number;
  count: number;
  /** Compact codes joined by "\n". */
  codes: string;
  /** Titles joined by "\n". */
  titles: string;
  /** One "0"/"1" character per code. */
  billable: string;
}

/** A compact JSON string of the index (three big strings), fast to parse back. */
export function serializeIndex(index: OfficialIndex): string {
  let billable = '';
  const chunk: string[] = [];
  for (let i = 0; i < index.billable.length; i++) {
    chunk.push(index.billable[i] ? '1' : '0');
    if (chunk.length === 8192) {
      billable += chunk.join('');
      chunk.length = 0;
    }
  }
  billable += chunk.join('');
  const s: SerializedIndex = {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    kind: index.kind,
    source: index.source,
    fiscalYear: index.fiscalYear,
    count: index.codes.length,
    codes: index.codes.join('\n'),
    titles: index.titles.map((t) => t.replace(/\n/g, ' ')).join('\n'),
    billable,
  };
  return JSON.stringify(s);
}

/** Parses a serialized index back; throws when it is not one (a stale or damaged cache). */
export function deserializeIndex(serialized: string): OfficialIndex {
  const s = JSON.parse(serialized) as Partial<SerializedIndex>;
  if (!s || s.format !== INDEX_FORMAT || s.version !== INDEX_VERSION) throw new Error('not a code set index of this version');
  if (typeof s.codes !== 'string' || typeof s.titles !== 'string' || typeof s.billable !== 'string' || (s.kind !== 'order' && s.kind !== 'codes')) throw new Error('damaged code set index');
  const codes = s.codes.split('\n');
  const titles = s.titles.split('\n');
  if (codes.length !== s.count || titles.length !== s.count || s.billable.length !== s.count) throw new Error('damaged code set index (counts differ)');
  const billable = new Uint8Array(s.count);
  for (let i = 0; i < s.count; i++) billable[i] = s.billable.charCodeAt(i) === 49 ? 1 : 0;
  return { kind: s.kind, source: String(s.source ?? ''), fiscalYear: typeof s.fiscalYear === 'number' ? s.fiscalYear : undefined, codes, titles, billable };
}

function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * An IcdCodeSet over an official index. Age/sex limits come from the practice code book: its own
 * entry when the code is in the book, else the book's flag rules (e.g. every O code: female, 9–64).
 */
export function officialCodeSet(index: OfficialIndex): IcdCodeSet {
  const practice = practiceSortedBook();
  let billableCount = 0;
  for (let i = 0; i < index.billable.length; i++) billableCount += index.billable[i];
  const year = index.fiscalYear ? ` FY${index.fiscalYear}` : '';
  return new SortedCodeSet({
    id: `official:${index.source}`,
    label: `ICD-10-CM${year} (${groupThousands(billableCount)} ${billableCount === 1 ? 'code' : 'codes'})`,
    official: true,
    fiscalYear: index.fiscalYear,
    origin: `${index.source} (official file from codeSets.icd10cm)`,
    codes: index.codes,
    titles: index.titles,
    billable: index.billable,
    flags: (c): CodeFlags | undefined => {
      const own = practice.get(c);
      if (own) return own.sex || own.ageMin !== undefined || own.ageMax !== undefined ? { sex: own.sex, ageMin: own.ageMin, ageMax: own.ageMax } : undefined;
      return flagsFromRules(c);
    },
  });
}

/** The IcdCodeSet for a serialized index (from serializeIndex); throws when the text is not one. */
export function officialCodeSetFromIndex(serialized: string): IcdCodeSet {
  return officialCodeSet(deserializeIndex(serialized));
}

/** Parses an official file straight into a code set (no cache). */
export function officialCodeSetFromText(text: string, sourceName?: string): IcdCodeSet {
  return officialCodeSet(parseIcdFile(text, sourceName));
}

