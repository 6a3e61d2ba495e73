// Format-aware text edits for fixes: the one place that makes edits. Rules describe *what* to change
// by path (ctx.edits); this module knows how to write it in YAML (block or flow) or JSON without
// disturbing the rest of the file.
import { stringify } from 'yaml';
import { pathKey, type ParsedDocument } from '../parser/document';
import type { TextEdit } from './types';
import type { Path } from '../model/text';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class EditBuilder {
  constructor(private readonly doc: ParsedDocument) {}

  /**
   * The location of `path`, or undefined when it is missing OR reached through a YAML alias: a value
   * behind `*name` is written at its anchor, and an edit at the alias would rewrite the alias itself
   * (lintParsed also drops any fix whose edits touch an alias; see guardFixes).
   */
  private loc(path: Path) {
    const loc = this.doc.locations.get(pathKey(path));
    return loc?.alias ? undefined : loc;
  }

  /** True when the path, or the nearest written ancestor, is reached through an alias. */
  private viaAlias(path: Path): boolean {
    for (let n = path.length; n >= 0; n--) {
      const loc = this.doc.locations.get(pathKey(path.slice(0, n)));
      if (loc) return loc.alias === true;
    }
    return false;
  }

  /** Formats a scalar for the document's format (YAML strings are quoted when they could be misread). */
  scalar(value: unknown): string {
    if (this.doc.format === 'json' || typeof value !== 'string') return JSON.stringify(value);
    return /^[A-Za-z][A-Za-z0-9 .\-_/]*$/.test(value) && !/^(true|false|yes|no|on|off|null|y|n)$/i.test(value) ? value : JSON.stringify(value);
  }

  /** Replaces the value at `path` (which must exist). */
  replaceValue(path: Path, value: unknown): TextEdit[] | undefined {
    const loc = this.loc(path);
    if (!loc) return undefined;
    if (loc.kind !== 'scalar') {
      // A block collection's range runs on to the next key's line: stop at its last character.
      let end = loc.value.end;
      while (!loc.flow && end > loc.value.start && /\s/.test(this.doc.text[end - 1])) end--;
      return [{ start: loc.value.start, end, newText: typeof value === 'object' && value !== null ? this.inlineValue(value) : this.scalar(value) }];
    }
    return [{ ...loc.value, newText: typeof value === 'object' && value !== null ? this.inlineValue(value) : this.scalar(value) }];
  }

  /** A value written on one line: YAML flow style or compact JSON. */
  inlineValue(value: unknown): string {
    if (this.doc.format === 'json') return JSON.stringify(value);
    if (Array.isArray(value)) return `[${value.map((v) => this.inlineValue(v)).join(', ')}]`;
    if (value && typeof value === 'object') {
      return `{ ${Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => `${k}: ${this.inlineValue(v)}`)
        .join(', ')} }`;
    }
    return this.scalar(value);
  }

  /** Deletes the key/value pair at `path` (a map entry), including its whole line in block YAML. */
  removeProperty(path: Path): TextEdit[] | undefined {
    const loc = this.loc(path);
    if (!loc?.key) return undefined;
    return this.removeSpan(loc.key.start, loc.value.end);
  }

  /** Removes the list item at `path`. */
  removeItem(path: Path): TextEdit[] | undefined {
    const loc = this.loc(path);
    if (!loc) return undefined;
    let start = loc.value.start;
    if (this.doc.format === 'yaml') {
      // Block item: remove from the dash (only white space and one dash between it and the line start).
      const text = this.doc.text;
      const lineStart = this.lineStartOf(start);
      const i = skipSpaceBack(text, start, lineStart);
      if (i > lineStart && text[i - 1] === '-' && skipSpaceBack(text, i - 1, lineStart) === lineStart) start = i - 1;
    }
    return this.removeSpan(start, loc.value.end);
  }

  /**
   * Adds `key: value` to the map at `parentPath`, creating missing parents on the way.
   * Returns undefined when the parent exists but is not a map.
   */
  insertProperty(parentPath: Path, key: string, value: unknown): TextEdit[] | undefined {
    if (this.viaAlias(parentPath)) return undefined;
    const parent = this.loc(parentPath);
    if (!parent) {
      if (parentPath.length === 0) return [{ start: this.doc.text.length, end: this.doc.text.length, newText: this.blockEntry(key, value, 0, this.doc.text.length > 0 && !this.doc.text.endsWith('\n')) }];
      const up = parentPath.slice(0, -1);
      const name = parentPath[parentPath.length - 1];
      if (typeof name !== 'string') return undefined;
      return this.insertProperty(up, name, { [key]: value });
    }
    if (parent.kind !== 'map') {
      // `key:` with an empty value: write the map as its value.
      if (parent.kind === 'scalar' && parent.value.start === parent.value.end && parent.key) {
        if (this.doc.format === 'json') return [{ ...parent.value, newText: JSON.stringify({ [key]: value }) }];
        const indent = this.columnOf(parent.key.start) + 2;
        return [{ ...parent.value, newText: this.blockBody({ [key]: value }, indent) }];
      }
      return undefined;
    }
    const entries = this.childEntries(parentPath);
    const text = this.doc.text;
    if (this.doc.format === 'json' || parent.flow) {
      const close = text.lastIndexOf(this.doc.format === 'json' || parent.kind === 'map' ? '}' : ']', parent.value.end - 1);
      if (entries.length === 0) return [{ start: close, end: close, newText: this.doc.format === 'json' ? `${JSON.stringify(key)}: ${JSON.stringify(value)}` : `${key}: ${this.inlineValue(value)}` }];
      const last = entries[entries.length - 1];
      if (this.doc.format === 'json') {
        const indent = this.columnOf(last.keyStart);
        const multiline = text.slice(parent.value.start, parent.value.end).includes('\n');
        const sep = multiline ? `,\n${' '.repeat(indent)}` : ', ';
        return [{ start: last.end, end: last.end, newText: `${sep}${JSON.stringify(key)}: ${JSON.stringify(value, null, multiline ? 2 : undefined).replace(/\n/g, `\n${' '.repeat(indent)}`)}` }];
      }
      return [{ start: last.end, end: last.end, newText: `, ${key}: ${this.inlineValue(value)}` }];
    }
    // Block YAML map: a new line after the map's last non-blank character, at the entries' indentation.
    const indent = entries.length ? this.columnOf(entries[0].keyStart) : this.columnOf(parent.value.start);
    let end = parent.value.end;
    while (end > parent.value.start && /\s/.test(text[end - 1])) end--;
    end = this.lineEndOf(end);
    return [{ start: end, end, newText: this.blockEntry(key, value, indent, true) }];
  }

  /** Appends an item to the list at `seqPath` (which must exist). */
  appendItem(seqPath: Path, value: unknown): TextEdit[] | undefined {
    const seq = this.loc(seqPath);
    if (!seq || seq.kind !== 'seq') return undefined;
    const text = this.doc.text;
    const count = this.countItems(seqPath);
    if (this.doc.format === 'json' || seq.flow) {
      const close = text.lastIndexOf(']', seq.value.end - 1);
      if (count === 0) return [{ start: close, end: close, newText: this.inlineValue(value) }];
      const last = this.loc([...seqPath, count - 1]);
      if (!last) return undefined;
      return [{ start: last.value.end, end: last.value.end, newText: `, ${this.inlineValue(value)}` }];
    }
    const first = this.loc([...seqPath, 0]);
    const dashCol = first ? this.columnOf(text.lastIndexOf('-', first.value.start)) : this.columnOf(seq.value.start);
    let end = seq.value.end;
    while (end > seq.value.start && /\s/.test(text[end - 1])) end--;
    end = this.lineEndOf(end);
    return [{ start: end, end, newText: `\n${' '.repeat(dashCol)}- ${this.inlineValue(value)}` }];
  }

  countItems(seqPath: Path): number {
    let n = 0;
    while (this.doc.locations.has(pathKey([...seqPath, n]))) n++;
    return n;
  }

  /** Parent path → its keyed children, built once per document (fix building must stay linear). */
  private children: Map<string, { keyStart: number; end: number }[]> | undefined;

  private childEntries(parentPath: Path): { keyStart: number; end: number }[] {
    if (!this.children) {
      const index = new Map<string, { keyStart: number; end: number }[]>();
      for (const [k, loc] of this.doc.locations) {
        if (!loc.key || k === '') continue;
        const dot = k.lastIndexOf('.');
        const parent = dot < 0 ? '' : k.slice(0, dot);
        const list = index.get(parent) ?? [];
        list.push({ keyStart: loc.key.start, end: Math.max(loc.value.end, loc.key.end) });
        index.set(parent, list);
      }
      for (const list of index.values()) list.sort((a, b) => a.keyStart - b.keyStart);
      this.children = index;
    }
    return this.children.get(pathKey(parentPath)) ?? [];
  }

  private blockEntry(key: string, value: unknown, indent: number, leadingNewline: boolean): string {
    const pad = ' '.repeat(indent);
    const body = value && typeof value === 'object' && !Array.isArray(value) ? this.blockBody(value, indent + 2) : ` ${this.inlineValue(value)}`;
    return `${leadingNewline ? '\n' : ''}${pad}${key}:${body}${leadingNewline ? '' : '\n'}`;
  }

  /** A nested map as block YAML lines (starting with a newline), indented by `indent`. */
  private blockBody(value: unknown, indent: number): string {
    const yamlText = stringify(value, { indent: 2, lineWidth: 0 }).trimEnd();
    return `\n${yamlText
      .split('\n')
      .map((l) => ' '.repeat(indent) + l)
      .join('\n')}`;
  }

  // Removing a span costs O(its neighbourhood), never O(text): a fix that removes many items (every
  // bad modifier of a long claim) must stay linear. No slicing of the text before or after the span.
  private removeSpan(start: number, end: number): TextEdit[] {
    const text = this.doc.text;
    if (this.doc.format === 'yaml' && !this.inFlow(start)) {
      const ls = this.lineStartOf(start);
      if (skipSpaceBack(text, start, ls) === ls) {
        let le = this.lineEndOf(end);
        if (text[le] === '\r') le++;
        if (text[le] === '\n') le++;
        return [{ start: ls, end: le, newText: '' }];
      }
    }
    // Flow YAML or JSON: take one neighbouring comma with the item (and the white space around it).
    let s = start;
    let e = end;
    const a = skipSpace(text, e);
    if (text[a] === ',') e = skipSpace(text, a + 1);
    else {
      const b = skipSpaceBack(text, s, 0);
      if (b > 0 && text[b - 1] === ',') s = skipSpaceBack(text, b - 1, 0);
    }
    return [{ start: s, end: e, newText: '' }];
  }

  /** Collections (maps and lists) sorted by start, and a max-end tree over them, built once per document. */
  private collections: { starts: number[]; flow: boolean[]; tree: number[]; size: number } | undefined;

  /**
   * True when the innermost collection around `offset` (the one starting last, strictly before it, and
   * ending strictly after it) is a flow collection. O(log n) per call after an O(n log n) index.
   */
  private inFlow(offset: number): boolean {
    const c = (this.collections ??= this.indexCollections());
    // Last collection starting before offset.
    let lo = 0;
    let hi = c.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c.starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    const k = lo - 1;
    if (k < 0) return false;
    const i = rightmostAbove(c.tree, c.size, k, offset);
    return i >= 0 && c.flow[i];
  }

  private indexCollections(): { starts: number[]; flow: boolean[]; tree: number[]; size: number } {
    const list: { start: number; end: number; flow: boolean; order: number }[] = [];
    let order = 0;
    for (const loc of this.doc.locations.values()) {
      if (loc.kind !== 'scalar') list.push({ start: loc.value.start, end: loc.value.end, flow: loc.flow === true, order: order++ });
    }
    // Equal starts: the first one in the locations map wins (as a scan keeping the first maximum did),
    // so it goes last among its equals (the search takes the rightmost match).
    list.sort((a, b) => a.start - b.start || b.order - a.order);
    let size = 1;
    while (size < list.length) size <<= 1;
    const tree = new Array<number>(2 * size).fill(-Infinity);
    list.forEach((l, i) => (tree[size + i] = l.end));
    for (let i = size - 1; i >= 1; i--) tree[i] = Math.max(tree[2 * i], tree[2 * i + 1]);
    return { starts: list.map((l) => l.start), flow: list.map((l) => l.flow), tree, size };
  }

  private lineStartOf(offset: number): number {
    return this.doc.lines.lineStart(this.doc.lines.positionAt(offset).line);
  }

  private lineEndOf(offset: number): number {
    return this.doc.lines.lineEnd(this.doc.lines.positionAt(offset).line);
  }

  private columnOf(offset: number): number {
    return this.doc.lines.positionAt(offset).character;
  }

  /**
   * Replaces the whole list at `path` with `items`, written inline. For a block YAML list the
   * replaced span ends at its last item (the parsed range of a block list also covers the line
   * break and indentation before the next key, which must stay).
   */
  replaceList(path: Path, items: readonly unknown[]): TextEdit[] | undefined {
    const loc = this.loc(path);
    if (!loc) return undefined;
    if (loc.kind === 'seq' && !loc.flow && this.doc.format === 'yaml') {
      const count = this.countItems(path);
      const last = count ? this.loc([...path, count - 1]) : undefined;
      if (!last) return undefined;
      return [{ start: loc.value.start, end: last.value.end, newText: this.inlineValue(items) }];
    }
    return this.replaceValue(path, items);
  }

  /** Replaces the value at `path` with `text` written exactly as given (a number's own digits). */
  replaceText(path: Path, text: string): TextEdit[] | undefined {
    return this.replaceValue(path, '')?.map((e) => ({ ...e, newText: text }));
  }

  /** Renames the key of the map entry at `path`. */
  renameKey(path: Path, key: string): TextEdit[] | undefined {
    const loc = this.loc(path);
    if (!loc?.key) return undefined;
    return [{ ...loc.key, newText: this.doc.format === 'json' ? JSON.stringify(key) : key }];
  }

  /**
   * Sets `parent.key` to `value`: replaces the value when the key is written (even with an empty
   * value), else inserts the property. YAML dates are written plain (2026-10-01), as claim files do.
   */
  setProperty(parent: Path, key: string, value: unknown): TextEdit[] | undefined {
    const path = [...parent, key];
    const yaml = this.doc.format === 'yaml';
    const quotedDate = typeof value === 'string' && ISO_DATE.test(value) ? JSON.stringify(value) : undefined;
    const plain = (e: TextEdit): TextEdit => (yaml && quotedDate ? { ...e, newText: e.newText.split(quotedDate).join(value as string) } : e);
    if (this.loc(path)) {
      const edits = this.replaceValue(path, value);
      if (!edits) return undefined;
      return edits.map((e) => {
        const out = plain(e);
        // An empty YAML value sits right before a trailing comment: keep a space between them.
        const next = this.doc.text[e.end];
        const spaced = next !== undefined && !/[\s,}\]]/.test(next) ? { ...out, newText: `${out.newText} ` } : out;
        // `key:` with nothing after the colon: `key:value` would not be a map entry in YAML.
        return yaml && e.start === e.end && this.doc.text[e.start - 1] === ':' ? { ...spaced, newText: ` ${spaced.newText}` } : spaced;
      });
    }
    return this.insertProperty(parent, key, value)?.map(plain);
  }
}

/** JavaScript's \s (what the regular expressions here used to match). */
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** The first offset at or after `i` that is not white space. */
function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

/** The offset just after the last non-space character before `i`, not going below `floor`. */
function skipSpaceBack(text: string, i: number, floor: number): number {
  while (i > floor && isSpace(text[i - 1])) i--;
  return i;
}

/**
 * In a max tree over leaves [0, size) (tree[size + i] = leaf i), the largest i ≤ k whose leaf is
 * greater than `value`, or -1. O(log size).
 */
function rightmostAbove(tree: number[], size: number, k: number, value: number): number {
  // Walk up from leaf k: at each left turn, the left sibling's subtree holds leaves < the current range.
  let i = size + k;
  if (tree[i] > value) return k;
  while (i > 1) {
    if ((i & 1) === 1 && tree[i - 1] > value) {
      i = i - 1;
      // Descend to the rightmost leaf above value.
      while (i < size) i = tree[2 * i + 1] > value ? 2 * i + 1 : 2 * i;
      return i - size;
    }
    i >>= 1;
  }
  return -1;
}
