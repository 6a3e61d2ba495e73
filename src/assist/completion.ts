// Completion in claim files (pure): what to offer at a cursor, from the located parse tree (which
// map or list the cursor is in) and the token on the cursor's line (the key being written, the word
// being typed). The editor glue (src/extension/providers/completion.ts) only maps the result to
// vscode.CompletionItems.
import type { IcdCodeSet } from '../codesets';
import type { PayerProfile } from '../model/payer';
import type { Range } from '../model/text';
import type { ParsedDocument } from '../parser/document';
import { bundledPayers, modifiers, posCodes } from '../reference';
import { enumValues, keysAt, pathAt } from './context';

export type CompletionKind = 'value' | 'enum' | 'property';

export interface CompletionEntry {
  label: string;
  detail: string;
  kind: CompletionKind;
  /** The text replaced by the entry (the word, or the whole query of a diagnosis). */
  replace: Range;
  sortText?: string;
  /** Plain text inserted instead of the label. */
  insertText?: string;
  /** A snippet (`$1` tab stops) inserted instead of the label. */
  snippet?: string;
  filterText?: string;
  /** Markdown. */
  documentation?: string;
  /** Ask for completion again right after inserting (the values of a key just written). */
  suggestAgain?: boolean;
}

export interface Completions {
  entries: CompletionEntry[];
  /** The list depends on more than the typed prefix: ask again as the trainee types. */
  incomplete: boolean;
}

export interface CompletionInput {
  /** The document text as it is now. */
  text: string;
  /** The cursor (UTF-16 offset into text). */
  offset: number;
  /** The located parse tree: the linter's latest (possibly one keystroke old), else a fresh parse. */
  doc: ParsedDocument;
  codes: IcdCodeSet;
  /** Payer profiles to offer for payer.id (bundled plus config); bundled ones when omitted. */
  payers?: readonly PayerProfile[];
  /** The claim's diagnoses (box 21), for pointer letters. */
  diagnoses?: readonly (string | undefined)[];
}

/** List keys written as flow lists on one line. */
const FLOW_LIST_KEYS = new Set(['modifiers', 'pointers']);

/** Offered first when completing box 24D modifiers. */
const COMMON_MODIFIERS = ['25', '59', 'XE', 'XS', 'XP', 'XU', '26', 'TC', 'LT', 'RT', '50', '76', '77', 'GA', 'GY', 'GZ'];

/** Line starts of a text (\n, \r\n and \r breaks). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

class Lines {
  readonly starts: number[];
  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
  }
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  column(offset: number): number {
    return offset - this.starts[this.lineOf(offset)];
  }
  /** The line's text without its line break. */
  text_(line: number): string {
    const start = this.starts[line] ?? this.text.length;
    const next = this.starts[line + 1];
    return this.text.slice(start, next === undefined ? this.text.length : next).replace(/\r?\n$|\r$/, '');
  }
}

/**
 * The block map (not the root) that holds entries at `column` of line `lineNo`: the latest
 * one starting at that column on or before the line and reaching it (or ending on the line before:
 * the tree may be one keystroke old). '' when there is none (the root map).
 */
function mapAt(doc: ParsedDocument, lines: Lines, lineNo: number, column: number): string {
  const offset = (lines.starts[lineNo] ?? 0) + column;
  let best = '';
  let bestStart = -1;
  for (const [p, loc] of doc.locations) {
    if (loc.kind !== 'map' || p === '' || loc.flow) continue;
    if (loc.value.start > offset || lines.column(loc.value.start) !== column) continue;
    if (lines.lineOf(loc.value.end) + 1 < lineNo) continue;
    if (loc.value.start > bestStart) {
      best = p;
      bestStart = loc.value.start;
    }
  }
  return best;
}

/**
 * The key line `lineNo` hangs under: of the keys in the tree written on an earlier line at a smaller
 * column than `column`, the last one (`diagnoses` for a `  - E11` line, `payer` for `  id:`).
 */
function enclosingKey(doc: ParsedDocument, lines: Lines, lineNo: number, column: number): string | undefined {
  const lineStart = lines.starts[lineNo] ?? 0;
  let best: { start: number; path: string } | undefined;
  for (const [p, loc] of doc.locations) {
    if (!loc.key || loc.key.start >= lineStart || lines.column(loc.key.start) >= column) continue;
    if (!best || loc.key.start > best.start) best = { start: loc.key.start, path: p };
  }
  return best?.path.split('.').pop();
}

/** The path of the entry whose key is written on line `lineNo`, if any. */
function pathOfLine(doc: ParsedDocument, lines: Lines, lineNo: number): string | undefined {
  const start = lines.starts[lineNo] ?? 0;
  const end = start + lines.text_(lineNo).length;
  for (const [p, loc] of doc.locations) if (loc.key && loc.key.start >= start && loc.key.end <= end) return p;
  return undefined;
}

export function completeAt(input: CompletionInput): Completions {
  const { text, offset, doc, codes } = input;
  const lines = new Lines(text);
  const lineNo = lines.lineOf(offset);
  const lineText = lines.text_(lineNo);
  const line = lineText.slice(0, offset - lines.starts[lineNo]);
  const word = /[\w.-]*$/.exec(line)?.[0] ?? '';
  const replace: Range = { start: offset - word.length, end: offset };
  // A value right after `key:` needs a space before it (`key:"11"` is not YAML).
  const afterColon = /:$/.test(line.slice(0, line.length - word.length));
  const item = (label: string, detail: string, kind: CompletionKind, sortText?: string, insertText?: string): CompletionEntry => ({ label, detail, kind, replace, ...(sortText ? { sortText } : {}), ...(insertText ? { insertText } : {}) });
  const inserted = (c: CompletionEntry) => c.insertText ?? c.label;
  const value = (c: CompletionEntry): CompletionEntry => (afterColon && c.kind !== 'property' ? { ...c, insertText: ` ${inserted(c)}` } : c);
  // Modifiers and pointers are lists: outside `[...]` a value goes in as a one-item list.
  const inList = /\[[^\]]*$/.test(line);
  const listed = (c: CompletionEntry): CompletionEntry => value(inList ? c : { ...c, insertText: `[${inserted(c)}]` });
  const done = (entries: CompletionEntry[], incomplete = false): Completions => ({ entries, incomplete });

  const keyMatch = /^\s*(?:-\s+)?([A-Za-z]+):\s*(?:\[[^\]]*)?[\w.-]*$/.exec(line);
  // A list entry, possibly several words ("- type 2 diab") and an opening quote.
  const entry = /^\s*-\s+(["']?)([^"'#[\]{}:]*)$/.exec(line);
  const indent = /^\s*/.exec(lineText)?.[0].length ?? 0;
  // A list entry completes the list's values: the key it hangs under, from the tree.
  const parentKey = entry ? enclosingKey(doc, lines, lineNo, indent) : keyMatch?.[1];

  if (parentKey === 'diagnoses' || /^diagnoses\.\d+$/.test(pathAt(doc, offset)?.path ?? '')) {
    // By code prefix or by words of the title: the whole query is replaced by the code. The editor
    // would filter the codes by the typed words and drop them all, so each item's filterText is
    // the query itself, and the list is asked for again as the trainee types (incomplete).
    const query = entry ? entry[2] : word;
    const range: Range = { start: offset - query.length, end: offset };
    const q = query.trim();
    const entries = codes.search(q.length ? q : 'A', 60).map((e, i) => ({
      ...item(e.code, `${e.billable ? '' : '(header) '}${e.title}`, 'value', `${e.billable ? 0 : 1}${String(i).padStart(3, '0')}`),
      replace: range,
      filterText: query,
    }));
    return done(entries, true);
  }
  if (keyMatch || parentKey) {
    const key = parentKey ?? '';
    if (key === 'placeOfService') return done([...posCodes().values()].map((p) => value({ ...item(p.code, p.name, 'enum', p.code, `"${p.code}"`), filterText: `${p.code} ${p.name}` }))); // "office" finds 11
    if (key === 'pointers') {
      const diagnoses = input.diagnoses ?? [];
      const n = Math.min(12, diagnoses.length);
      return done(Array.from({ length: n }, (_, i) => listed(item('ABCDEFGHIJKL'[i], diagnoses[i] ?? '', 'enum', String(i).padStart(2, '0')))));
    }
    if (key === 'modifiers')
      return done(
        [...modifiers().values()].map((m, i) => {
          const common = COMMON_MODIFIERS.indexOf(m.code);
          const detail = m.meaning ?? `CPT modifier (number only)${m.hint ? ` · ${m.hint}` : ''}`;
          return listed({ ...item(m.code, detail, 'enum', common >= 0 ? `0${String(common).padStart(3, '0')}` : `1${String(i).padStart(3, '0')}`, `"${m.code}"`), filterText: `${m.code} ${m.meaning ?? ''}`.trim() });
        }),
      );
    if (key === 'id' && /^payer/.test(enclosingKey(doc, lines, lineNo, indent) ?? '')) {
      // Bundled profiles plus those of .claimlint.yaml / settings (the linter's merged list).
      const payers = input.payers ?? bundledPayers();
      return done(payers.map((p) => value(item(p.id, p.name, 'value'))));
    }
    const path = pathOfLine(doc, lines, lineNo);
    const values = path ? enumValues(path) : undefined;
    if (values) return done(values.map((v) => value(item(v, 'allowed value', 'enum'))));
    if (keyMatch) return done([]);
  }
  // A new key: the keys valid in the map this line is indented under, minus those already there.
  const parent = mapAt(doc, lines, lineNo, indent);
  const prefix = parent ? `${parent}.` : '';
  const present = new Set([...doc.locations.keys()].filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('.')).map((k) => k.split('.').pop()!));
  return done(
    keysAt(parent)
      .filter((k) => !present.has(k.key))
      .map((k) => {
        const c = item(k.key, k.meta ? `${k.meta.title}${k.meta.box ? ` (box ${k.meta.box})` : ''}` : '', 'property', undefined, k.isContainer ? `${k.key}:` : `${k.key}: `);
        // `modifiers: [|]`, and the values are offered right away.
        if (FLOW_LIST_KEYS.has(k.key)) {
          delete c.insertText;
          Object.assign(c, { snippet: `${k.key}: [$1]`, suggestAgain: true });
        }
        if (k.meta?.description || k.meta?.x12) c.documentation = `${k.meta.description ?? ''}${k.meta.x12 ? `\n\n837P: \`${k.meta.x12}\`` : ''}`;
        return c;
      }),
  );
}
