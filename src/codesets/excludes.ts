// ICD-10-CM Tabular List Excludes1 and Excludes2 notes (FY2027) as data: the CSV rows turned into a
// compact table by the build step, and the look-ups the excludes1-conflict rule and the hovers use.
// Pure: no fs, no vscode.
//
// Inheritance, both ways (ICD-10-CM conventions): a note written on a chapter, a block, a category
// or a subcategory applies to every code below it; a note that names a category or subcategory
// ("A05.-", "A04.7-", "A05") or a range ("P35-P39", "Q76.0-Q76.4") covers every code below what it
// names. So a code's notes are those of its chapter, its block and each of its prefixes, and a
// reference covers a code when the code starts with it (or falls between the ends of a range).
import { compactIcd, dottedIcd } from './icd';

export const EXCLUDES_TABLE_FORMAT = 'ccc-icd10cm-excludes';
export const EXCLUDES_TABLE_VERSION = 1;

export type ExcludesType = 1 | 2;

/** A reference as compact prefixes: one code ('A05') or a range ('P35'..'P39'), each covering its descendants. */
export type ExcludesRef = [string] | [string, string];

export interface ExcludesTableData {
  format: typeof EXCLUDES_TABLE_FORMAT;
  version: number;
  fiscalYear: number;
  label: string;
  sources: { file: string; sha256: string }[];
  /** Owner key → title: compact codes ('J45'), 'Block T80-T88', 'Chapter 19'. */
  owners: Record<string, string>;
  /** [owner key, 1|2, official note text, references]. */
  notes: [string, ExcludesType, string, ExcludesRef[]][];
}

/** ICD-10-CM chapters by number: first and last category (Tabular List chapter headings). */
export const ICD10CM_CHAPTERS: Record<number, [string, string]> = {
  1: ['A00', 'B99'],
  2: ['C00', 'D49'],
  3: ['D50', 'D89'],
  4: ['E00', 'E89'],
  5: ['F01', 'F99'],
  6: ['G00', 'G99'],
  7: ['H00', 'H59'],
  8: ['H60', 'H95'],
  9: ['I00', 'I99'],
  10: ['J00', 'J99'],
  11: ['K00', 'K95'],
  12: ['L00', 'L99'],
  13: ['M00', 'M99'],
  14: ['N00', 'N99'],
  15: ['O00', 'O9A'],
  16: ['P00', 'P96'],
  17: ['Q00', 'Q99'],
  18: ['R00', 'R99'],
  19: ['S00', 'T88'],
  20: ['V00', 'Y99'],
  21: ['Z00', 'Z99'],
  22: ['U00', 'U85'],
};

/** A minimal RFC 4180 CSV reader (quoted fields, doubled quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const field = /(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r?\n|$)/y;
  let row: string[] = [];
  field.lastIndex = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (field.lastIndex < text.length) {
    const at = field.lastIndex;
    const m = field.exec(text);
    if (!m || (m[0] === '' && at >= text.length)) break;
    if (m[0] === '') throw new Error(`CSV: unexpected character at offset ${at}`);
    row.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
    if (m[3] !== ',') {
      rows.push(row);
      row = [];
    }
  }
  if (row.length) {
    row.push(''); // the text ended right after a comma
    rows.push(row);
  }
  return rows;
}

const CODE_TOKEN = /[A-Z][0-9A-Z]{2}(?:\.[0-9A-Z]{1,4})?/g;

/** 'A05.-' → [['A05']]; 'P35-P39; Q76.0-Q76.4' → [['P35','P39'], ['Q760','Q764']]; 'I69.81- I69.91-' → [['I6981','I6991']]. */
export function parseReferences(field: string): ExcludesRef[] {
  const out: ExcludesRef[] = [];
  for (const piece of field.split(/[;|]/)) {
    const codes = (piece.toUpperCase().match(CODE_TOKEN) ?? []).map(compactIcd);
    if (codes.length === 1) out.push([codes[0]]);
    else if (codes.length === 2) out.push(codes[0] <= codes[1] ? [codes[0], codes[1]] : [codes[1], codes[0]]);
    else if (codes.length > 2) for (const c of codes) out.push([c]);
  }
  return out;
}

/** The owner key of a CSV `code` cell: 'J45.0' → 'J450'; 'Block T80-T88' and 'Chapter 19' stay. */
export function ownerKey(cell: string): string {
  const s = cell.trim();
  if (/^(Block|Chapter) /i.test(s)) return s.replace(/\s+/g, ' ');
  return compactIcd(s);
}

const HEADER = ['chapter', 'code', 'codeTitle', 'noteType', 'noteText', 'referencedCodes', 'referencedCategories'];

/** The rows of one Excludes CSV as table notes (the header row checked). */
export function excludesNotesFromCsv(text: string, type: ExcludesType, owners: Record<string, string>): ExcludesTableData['notes'] {
  const rows = parseCsv(text).filter((r) => r.length > 1 || r[0] !== '');
  const head = rows.shift();
  if (!head || head.join(',') !== HEADER.join(',')) throw new Error(`Excludes CSV: header is "${head?.join(',')}", expected "${HEADER.join(',')}"`);
  return rows.map((r, n) => {
    if (r.length !== HEADER.length) throw new Error(`Excludes CSV, row ${n + 2}: ${r.length} fields, expected ${HEADER.length}`);
    const [, code, title, noteType, text2, refs] = r;
    if (noteType !== `excludes${type}`) throw new Error(`Excludes CSV, row ${n + 2}: note type "${noteType}", expected excludes${type}`);
    const key = ownerKey(code);
    owners[key] ??= title;
    return [key, type, text2, parseReferences(refs)];
  });
}

/** True when compact code `c` is covered by a reference (itself, below it, or within a range). */
export function refCovers(ref: ExcludesRef, c: string): boolean {
  if (ref.length === 1) return c.startsWith(ref[0]);
  const [lo, hi] = ref;
  return (c >= lo || c.startsWith(lo)) && (c <= hi || c.startsWith(hi));
}

/** A note as the look-ups return it. */
export interface ExcludesNote {
  type: ExcludesType;
  /** The official note text, e.g. "wheezing NOS (R06.2)". */
  text: string;
  /** Where the note is written: 'J45', 'J45.2', 'Block T80-T88', 'Chapter 19' (dotted codes). */
  owner: string;
  ownerTitle: string;
  refs: ExcludesRef[];
}

/** The rule's question: where one diagnosis's Excludes1 note covers another. */
export interface ExcludesConflict {
  /** The note, written on (an ancestor of) `from`, that covers `to`. */
  note: ExcludesNote;
}

const CHAPTER_LIST = Object.entries(ICD10CM_CHAPTERS).map(([n, [lo, hi]]) => ({ n: Number(n), lo, hi }));

function chapterOf(c: string): number | undefined {
  const cat = c.slice(0, 3);
  for (const ch of CHAPTER_LIST) if (cat >= ch.lo && cat <= ch.hi) return ch.n;
  return undefined;
}

/** Look-ups over the FY2027 notes: a code's own and inherited notes, and the Excludes1 notes linking two codes. */
export class ExcludesTable {
  readonly fiscalYear: number;
  private readonly byOwner = new Map<string, number[]>();
  private readonly blocks: { lo: string; hi: string; notes: number[] }[] = [];
  /** Note indexes by compact code, memoized (a claim asks for the same few codes on every keystroke). */
  private readonly applying = new Map<string, readonly number[]>();

  constructor(readonly data: ExcludesTableData) {
    if (data.format !== EXCLUDES_TABLE_FORMAT || data.version !== EXCLUDES_TABLE_VERSION) throw new Error('not an Excludes table of this version');
    this.fiscalYear = data.fiscalYear;
    const blockIndex = new Map<string, number>();
    data.notes.forEach(([owner], i) => {
      const block = /^Block ([A-Z][0-9A-Z]{2})(?:-([A-Z][0-9A-Z]{2}))?$/.exec(owner);
      if (block) {
        let b = blockIndex.get(owner);
        if (b === undefined) {
          b = this.blocks.push({ lo: block[1], hi: block[2] ?? block[1], notes: [] }) - 1;
          blockIndex.set(owner, b);
        }
        this.blocks[b].notes.push(i);
        return;
      }
      const list = this.byOwner.get(owner);
      if (list) list.push(i);
      else this.byOwner.set(owner, [i]);
    });
  }

  private note(i: number): ExcludesNote {
    const [owner, type, text, refs] = this.data.notes[i];
    const shown = /^(Block|Chapter) /.test(owner) ? owner : dottedIcd(owner);
    return { type, text, owner: shown, ownerTitle: this.data.owners[owner] ?? '', refs };
  }

  /** Indexes of the notes that apply to compact code `c`: its chapter's, its block's, then each prefix's (broadest first). */
  private noteIndexes(c: string): readonly number[] {
    const hit = this.applying.get(c);
    if (hit) return hit;
    const out: number[] = [];
    const chapter = chapterOf(c);
    if (chapter !== undefined) out.push(...(this.byOwner.get(`Chapter ${chapter}`) ?? []));
    const cat = c.slice(0, 3);
    for (const b of this.blocks) if (cat >= b.lo && cat <= b.hi) out.push(...b.notes);
    for (let n = 3; n <= c.length; n++) out.push(...(this.byOwner.get(c.slice(0, n)) ?? []));
    if (this.applying.size >= 20_000) this.applying.clear();
    this.applying.set(c, out);
    return out;
  }

  /** Every Excludes1 and Excludes2 note that applies to a code, its own and inherited, broadest first. */
  notesFor(code: string, type?: ExcludesType): ExcludesNote[] {
    if (typeof code !== 'string') return [];
    const c = compactIcd(code);
    if (!/^[A-Z][0-9A-Z]{2}/.test(c)) return [];
    return this.noteIndexes(c)
      .filter((i) => type === undefined || this.data.notes[i][1] === type)
      .map((i) => this.note(i));
  }

  /** The first note of `type` that applies to `from` and covers `to` (undefined when none does). */
  linking(from: string, to: string, type: ExcludesType = 1): ExcludesNote | undefined {
    const a = compactIcd(from);
    const b = compactIcd(to);
    if (!a || !b || a === b) return undefined;
    for (const i of this.noteIndexes(a)) {
      const [, t, , refs] = this.data.notes[i];
      if (t === type && refs.some((r) => refCovers(r, b))) return this.note(i);
    }
    return undefined;
  }

  count(type: ExcludesType): number {
    let n = 0;
    for (const note of this.data.notes) if (note[1] === type) n++;
    return n;
  }
}
