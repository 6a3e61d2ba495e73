// A fast path for the YAML that practice claims are made of, producing exactly what the `yaml`
// library path produces (value, every field's source range, in the same order), or `undefined` —
// "not sure" — whenever the text steps outside a small, well-understood subset. The caller then
// parses with the `yaml` library, which also reports every syntax error. Correctness never depends
// on this file: a differential test (test/unit/parser/fastYaml.test.ts) checks it against the
// library on every example, every fixture and thousands of mutations of them.
//
// Why: the library spends ~1 ms and allocates ~1 MB on a typical claim (generator-based lexer and
// parser, then composition), which alone breaks the engine's 2 ms p99 budget. This path needs a
// small fraction of that.
//
// The subset: block mappings with identifier keys, block sequences (also the compact form at the
// key's indentation, and `- key: value` items), single-line scalars (plain, 'single' and "double"
// quoted with common escapes), single-line flow lists and maps of scalars, comments, blank lines and
// one leading `---`. Anything else — anchors, aliases, tags, block scalars, multi-line scalars or
// flow collections, tabs, CR, control characters, duplicate keys, directives, a second document —
// is left to the library.
//
// Source ranges follow the library: a scalar spans its text (quotes included), an empty value sits
// at the end of its line (or at the comment on it), a flow collection spans its brackets, and a
// block collection runs from its first entry to the "node end" of its last entry. A node end is past
// the rest of the node's line (spaces, comment, line break) and, when comment lines follow before the
// next entry, past those comments if their indentation says they belong to the node (see `attach`).
import type { Range } from '../model/text';
import type { NodeLocation } from './document';

export interface FastYaml {
  value: Record<string, unknown>;
  locations: Map<string, NodeLocation>;
}

/** Texts beyond this are left to the library (the fast path is for the per-keystroke case). */
const MAX_FAST_CHARS = 200_000;
/** Anything but line breaks and printable characters (no tab, controls, BOM, astral, separators). */
const UNSAFE_CHAR = /[^\n\r\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]|\r(?!\n)/;
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;

class NotFast {}
const NOT_FAST = new NotFast();

interface Line {
  start: number;
  /** Offset of the line break (the CR of a CRLF), or text.length on the last line. */
  end: number;
  /** Where the next line starts (past LF or CRLF), or text.length on the last line. */
  next: number;
  indent: number;
  kind: 'blank' | 'comment' | 'content';
}

/** A parsed node: its value, range [start, end) and node end (see the header). */
interface Parsed {
  value: unknown;
  start: number;
  end: number;
  nodeEnd: number;
  /** Index of the last line the node occupies. */
  lastLine: number;
  /**
   * An empty value with a comment on its line or after it: the library's node end for it depends on
   * what follows in ways not modelled here, so a collection that ends with one is left to it.
   */
  irregularEnd?: boolean;
}

export function parseYamlFast(text: string): FastYaml | undefined {
  if (text.length > MAX_FAST_CHARS || UNSAFE_CHAR.test(text)) return undefined;
  try {
    return new FastParser(text).parse();
  } catch (e) {
    if (e === NOT_FAST) return undefined;
    throw e;
  }
}

class FastParser {
  private readonly lines: Line[] = [];
  readonly locations = new Map<string, NodeLocation>();
  /** Index of the first content line (where a leading `---` may stand), or -1. */
  private readonly firstContentLine: number;

  constructor(private readonly text: string) {
    let pos = 0;
    const n = text.length;
    while (pos <= n) {
      const lf = text.indexOf('\n', pos);
      const next = lf === -1 ? n : lf + 1;
      const end = lf === -1 ? n : lf > pos && text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
      let i = pos;
      while (i < end && text.charCodeAt(i) === 32) i++;
      const kind = i === end ? 'blank' : text.charCodeAt(i) === 35 /* # */ ? 'comment' : 'content';
      this.lines.push({ start: pos, end, next, indent: i - pos, kind });
      if (lf === -1) break;
      pos = next;
    }
    this.firstContentLine = this.lines.findIndex((l) => l.kind === 'content');
  }

  parse(): FastYaml {
    let li = this.nextContent(0);
    if (li < 0) throw NOT_FAST; // empty or comments only: the library says what that is
    const first = this.lines[li];
    if (first.indent === 0 && this.text.startsWith('---', first.start)) {
      if (first.end !== first.start + 3) throw NOT_FAST; // `--- value`, `--- # c`, `----`
      li = this.nextContent(li + 1);
      if (li < 0) throw NOT_FAST;
    }
    const root = this.lines[li];
    if (root.indent !== 0) throw NOT_FAST;
    const map = this.blockMap(li, 0, '', undefined);
    if (this.nextContent(map.lastLine + 1) >= 0) throw NOT_FAST; // more after the root map
    return { value: map.value as Record<string, unknown>, locations: this.locations };
  }

  /** Index of the next content line at or after `from`, or -1. */
  private nextContent(from: number): number {
    for (let i = from; i < this.lines.length; i++) {
      const l = this.lines[i];
      if (l.kind === 'content') {
        // Document markers and directives are the library's business.
        if (l.indent === 0) {
          const c = this.text.charCodeAt(l.start);
          if (c === 37 /* % */) throw NOT_FAST;
          if ((c === 45 || c === 46) && /^(?:---|\.\.\.)(?:\s|$)/.test(this.text.slice(l.start, l.start + 4)) && i !== this.firstContentLine) throw NOT_FAST;
        }
        return i;
      }
    }
    return -1;
  }


  /**
   * Comment lines after the node's last line (before the next content line) that belong to it, as
   * the library's parser assigns them:
   * - a scalar or flow value (`all` false) takes the comments indented at least `threshold` (deeper
   *   than its collection), up to the first one indented less, and ends past the last it took;
   * - a block collection (`all` true) at indentation `threshold` > 0 keeps all the remaining comment
   *   and blank lines when any of those comments is indented at least that much, and then ends at
   *   the first character of the next content line. Otherwise they pass to the parent.
   */
  private attach(p: Parsed, threshold: number, all: boolean): Parsed {
    const lines = this.lines;
    let taken = -1;
    let i = p.lastLine + 1;
    for (; i < lines.length; i++) {
      const l = lines[i];
      if (l.kind === 'content') break;
      if (l.kind !== 'comment') continue;
      if (l.indent >= threshold) taken = i;
      else if (!all) break;
    }
    if (taken < 0) return p;
    if (all) {
      if (threshold === 0) return p;
      return { ...p, nodeEnd: i < lines.length ? lines[i].start + lines[i].indent : this.text.length, lastLine: i - 1 };
    }
    return { ...p, nodeEnd: this.afterLine(taken), lastLine: taken };
  }

  /** Past the line break of line `li` (or at the end of the text). */
  private afterLine(li: number): number {
    return this.lines[li].next;
  }

  /**
   * A block mapping at indentation `indent` whose first key is on line `li` (at column `firstKeyCol`
   * when it follows a `- ` on that line).
   */
  private blockMap(li: number, indent: number, path: string, firstKeyCol: number | undefined): Parsed {
    const text = this.text;
    const lines = this.lines;
    const out: Record<string, unknown> = {};
    const loc: NodeLocation = { value: { start: 0, end: 0 }, key: undefined, kind: 'map', flow: false };
    // The map's own location comes first, as the library path records it (filled in at the end).
    this.locations.set(path, loc);
    const seen = new Set<string>();
    let start = -1;
    let last: Parsed | undefined;
    let i = li;
    let col = firstKeyCol;
    while (i >= 0) {
      const line = lines[i];
      if (col === undefined) {
        if (line.indent < indent) break;
        if (line.indent > indent) throw NOT_FAST;
      }
      const k0 = col ?? line.start + indent;
      col = undefined;
      // key
      let k1 = k0;
      while (k1 < line.end && isKeyChar(text.charCodeAt(k1))) k1++;
      if (k1 === k0 || k1 >= line.end || text.charCodeAt(k1) !== 58 /* : */) throw NOT_FAST;
      const key = text.slice(k0, k1);
      if (k1 - k0 > 100 || !KEY.test(key) || RESERVED_KEY.test(key) || seen.has(key)) throw NOT_FAST;
      seen.add(key);
      const afterColon = k1 + 1;
      if (afterColon < line.end && text.charCodeAt(afterColon) !== 32) throw NOT_FAST;
      if (start < 0) start = k0;
      const keyRange: Range = { start: k0, end: k1 };
      const childPath = path === '' ? key : `${path}.${key}`;
      const v = this.mapValue(i, indent, afterColon, childPath, keyRange);
      out[key] = v.value;
      last = v;
      i = this.nextContent(v.lastLine + 1);
      if (i >= 0 && lines[i].indent > indent) throw NOT_FAST;
      if (i >= 0 && lines[i].indent === indent && text.charCodeAt(lines[i].start + indent) === 45 /* - */ && isSeqIndicator(text, lines[i].start + indent, lines[i].end)) throw NOT_FAST;
    }
    if (last!.irregularEnd) throw NOT_FAST;
    const end = last!.nodeEnd;
    loc.value = { start, end };
    // Trailing comments at the map's indentation or deeper are the map's.
    return this.attach({ value: out, start, end, nodeEnd: end, lastLine: last!.lastLine }, indent, true);
  }

  /** The value of the key on line `li` (map at `indent`), from `from` (just past the colon). */
  private mapValue(li: number, indent: number, from: number, path: string, keyRange: Range): Parsed {
    const text = this.text;
    const line = this.lines[li];
    let c = from;
    while (c < line.end && text.charCodeAt(c) === 32) c++;
    if (c === line.end || text.charCodeAt(c) === 35 /* # */) {
      // Nothing on this line: a nested block node on the next lines, or an empty value.
      const ni = this.nextContent(li + 1);
      if (ni >= 0) {
        const next = this.lines[ni];
        const first = next.start + next.indent;
        if (next.indent > indent) {
          if (isSeqIndicator(text, first, next.end)) return this.blockSeq(ni, next.indent, path, keyRange, next.indent);
          return this.withKey(this.blockMap(ni, next.indent, path, undefined), path, keyRange);
        }
        // The compact form, `key:` then `- item` at the key's indentation.
        if (next.indent === indent && isSeqIndicator(text, first, next.end)) return this.blockSeq(ni, indent, path, keyRange, indent);
      }
      return this.emptyValue(li, c, path, keyRange);
    }
    const v = this.inlineValue(li, c, path, keyRange);
    return this.attach(v, indent + 1, false);
  }

  private withKey(p: Parsed, path: string, keyRange: Range): Parsed {
    const loc = this.locations.get(path)!;
    loc.key = keyRange;
    return p;
  }

  /**
   * An empty value at `c` on line `li` (the line end, or a comment on it). With a comment on its line
   * or after it, the library's node end depends on what follows: marked irregular.
   */
  private emptyValue(li: number, c: number, path: string, keyRange: Range | undefined): Parsed {
    const lines = this.lines;
    this.locations.set(path, { value: { start: c, end: c }, key: keyRange, kind: 'scalar' });
    let irregular = c < lines[li].end;
    for (let i = li + 1; !irregular && i < lines.length && lines[i].kind !== 'content'; i++) irregular = lines[i].kind === 'comment';
    return { value: null, start: c, end: c, nodeEnd: c, lastLine: li, irregularEnd: irregular || undefined };
  }

  /**
   * A block sequence whose first `-` is on line `li` at indentation `indent` (= `threshold`).
   */
  private blockSeq(li: number, indent: number, path: string, keyRange: Range | undefined, threshold: number): Parsed {
    const text = this.text;
    const lines = this.lines;
    const loc: NodeLocation = { value: { start: 0, end: 0 }, key: keyRange, kind: 'seq', flow: false };
    this.locations.set(path, loc);
    const out: unknown[] = [];
    let start = -1;
    let last: Parsed | undefined;
    let i = li;
    while (i >= 0) {
      const line = lines[i];
      if (line.indent !== indent) {
        if (line.indent < indent) break;
        throw NOT_FAST;
      }
      const dash = line.start + indent;
      if (!isSeqIndicator(text, dash, line.end)) break; // the compact form ends at the parent's next key
      if (start < 0) start = dash;
      const itemPath = path === '' ? String(out.length) : `${path}.${out.length}`;
      let c = dash + 1;
      while (c < line.end && text.charCodeAt(c) === 32) c++;
      let v: Parsed;
      if (c === line.end || text.charCodeAt(c) === 35 /* # */) {
        const ni = this.nextContent(i + 1);
        if (ni >= 0 && lines[ni].indent > indent) {
          const next = lines[ni];
          const first = next.start + next.indent;
          v = isSeqIndicator(text, first, next.end) ? this.blockSeq(ni, next.indent, itemPath, undefined, next.indent) : this.blockMap(ni, next.indent, itemPath, undefined);
        } else v = this.emptyValue(i, c, itemPath, undefined);
      } else if (isSeqIndicator(text, c, line.end)) {
        throw NOT_FAST; // "- - x"
      } else if (looksLikeMapEntry(text, c, line.end)) {
        v = this.blockMap(i, c - line.start, itemPath, c);
      } else {
        v = this.attach(this.inlineValue(i, c, itemPath, undefined), indent + 1, false);
      }
      out.push(v.value);
      last = v;
      i = this.nextContent(v.lastLine + 1);
      if (i >= 0 && lines[i].indent > indent) throw NOT_FAST;
    }
    if (last!.irregularEnd) throw NOT_FAST;
    const end = last!.nodeEnd;
    loc.value = { start, end };
    return this.attach({ value: out, start, end, nodeEnd: end, lastLine: last!.lastLine }, threshold, true);
  }

  /** A scalar or flow collection starting at `c` that must end on line `li`. */
  private inlineValue(li: number, c: number, path: string, keyRange: Range | undefined): Parsed {
    const text = this.text;
    const line = this.lines[li];
    const ch = text.charCodeAt(c);
    let value: unknown;
    let end: number;
    if (ch === 91 /* [ */ || ch === 123 /* { */) {
      const r = this.flow(c, line.end, path, keyRange);
      value = r.value;
      end = r.end;
    } else {
      const s = scalarAt(text, c, line.end, false);
      value = s.value;
      end = s.end;
      const loc: NodeLocation = { value: { start: c, end }, key: keyRange, kind: 'scalar' };
      if (typeof value === 'number') loc.numberText = text.slice(c, end).trim();
      this.locations.set(path, loc);
    }
    // Only spaces and a comment may follow on the line.
    let k = end;
    while (k < line.end && text.charCodeAt(k) === 32) k++;
    if (k < line.end && (text.charCodeAt(k) !== 35 || k === end)) throw NOT_FAST;
    return { value, start: c, end, nodeEnd: this.afterLine(li), lastLine: li };
  }

  /** A flow list or map of scalars on one line, from `c` (the bracket). */
  private flow(c: number, lineEnd: number, path: string, keyRange: Range | undefined): { value: unknown; end: number } {
    const text = this.text;
    const isMap = text.charCodeAt(c) === 123;
    const close = isMap ? 125 : 93;
    const loc: NodeLocation = { value: { start: c, end: c }, key: keyRange, kind: isMap ? 'map' : 'seq', flow: true };
    this.locations.set(path, loc);
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    const seen = new Set<string>();
    let i = skipSpaces(text, c + 1, lineEnd);
    if (text.charCodeAt(i) === close) {
      loc.value = { start: c, end: i + 1 };
      return { value: isMap ? map : list, end: i + 1 };
    }
    for (;;) {
      if (i >= lineEnd) throw NOT_FAST;
      if (isMap) {
        let k1 = i;
        while (k1 < lineEnd && isKeyChar(text.charCodeAt(k1))) k1++;
        const key = text.slice(i, k1);
        if (!KEY.test(key) || RESERVED_KEY.test(key) || seen.has(key) || text.charCodeAt(k1) !== 58 || text.charCodeAt(k1 + 1) !== 32) throw NOT_FAST;
        seen.add(key);
        const keyRange: Range = { start: i, end: k1 };
        const v0 = skipSpaces(text, k1 + 1, lineEnd);
        const childPath = path === '' ? key : `${path}.${key}`;
        const s = this.flowScalar(v0, lineEnd, childPath, keyRange);
        map[key] = s.value;
        i = s.end;
      } else {
        const s = this.flowScalar(i, lineEnd, path === '' ? String(list.length) : `${path}.${list.length}`, undefined);
        list.push(s.value);
        i = s.end;
      }
      i = skipSpaces(text, i, lineEnd);
      const ch = text.charCodeAt(i);
      if (ch === close) break;
      if (ch !== 44 /* , */) throw NOT_FAST;
      i = skipSpaces(text, i + 1, lineEnd);
      if (text.charCodeAt(i) === close || text.charCodeAt(i) === 44) throw NOT_FAST; // trailing or empty entry
    }
    loc.value = { start: c, end: i + 1 };
    return { value: isMap ? map : list, end: i + 1 };
  }

  private flowScalar(c: number, lineEnd: number, path: string, keyRange: Range | undefined): { value: unknown; end: number } {
    const ch = this.text.charCodeAt(c);
    if (c >= lineEnd || ch === 91 || ch === 123 || ch === 44 || ch === 93 || ch === 125) throw NOT_FAST; // nested or empty
    const s = scalarAt(this.text, c, lineEnd, true);
    const loc: NodeLocation = { value: { start: c, end: s.end }, key: keyRange, kind: 'scalar' };
    if (typeof s.value === 'number') loc.numberText = this.text.slice(c, s.end).trim();
    this.locations.set(path, loc);
    return s;
  }
}

function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && text.charCodeAt(i) === 32) i++;
  return i;
}

/** `-` followed by a space or the end of the line. */
function isSeqIndicator(text: string, i: number, lineEnd: number): boolean {
  return text.charCodeAt(i) === 45 && (i + 1 === lineEnd || text.charCodeAt(i + 1) === 32);
}

/** `key:` followed by a space or the end of the line, the key an identifier. */
function looksLikeMapEntry(text: string, i: number, lineEnd: number): boolean {
  let k = i;
  while (k < lineEnd && isKeyChar(text.charCodeAt(k))) k++;
  return k > i && text.charCodeAt(k) === 58 && (k + 1 === lineEnd || text.charCodeAt(k + 1) === 32);
}

/** A single-line scalar at `c`; `end` excludes trailing spaces. Plain scalars resolve by the core schema. */
function scalarAt(text: string, c: number, lineEnd: number, inFlow: boolean): { value: unknown; end: number } {
  const ch = text[c];
  if (ch === '"') return doubleQuoted(text, c, lineEnd);
  if (ch === "'") return singleQuoted(text, c, lineEnd);
  // Indicators that start something else (or an error): the library's business.
  // A leading "-" is a plain scalar only before a safe character ("-5", "-x"; not "- ", "-," in a flow).
  if ('?:,[]{}#&*!|>%@`'.includes(ch) || (ch === '-' && (c + 1 >= lineEnd || !/[0-9A-Za-z.]/.test(text[c + 1])))) throw NOT_FAST;
  let i = c;
  let end = c;
  for (; i < lineEnd; i++) {
    const x = text.charCodeAt(i);
    if (x === 32) {
      if (text.charCodeAt(i + 1) === 35 /* # */) break; // a comment
      continue;
    }
    if (x === 58 /* : */ && (i + 1 >= lineEnd || text.charCodeAt(i + 1) === 32 || (inFlow && ',[]{}'.includes(text[i + 1])))) throw NOT_FAST;
    if (x === 91 || x === 93 || x === 123 || x === 125) {
      if (inFlow && (x === 93 || x === 125)) break;
      throw NOT_FAST;
    }
    if (x === 44 /* , */ && inFlow) break;
    if (x === 35 /* # */ && inFlow) throw NOT_FAST;
    end = i + 1;
  }
  return { value: resolvePlain(text.slice(c, end)), end };
}

function resolvePlain(s: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === 't' || s[0] === 'T';
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  if (/^0[ox]|^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(s)) throw NOT_FAST; // octal, hex, inf, nan
  return s;
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0', ' ': ' ' };

function doubleQuoted(text: string, c: number, lineEnd: number): { value: string; end: number } {
  let out = '';
  let i = c + 1;
  let from = i;
  for (; i < lineEnd; i++) {
    const x = text[i];
    if (x === '"') return { value: out + text.slice(from, i), end: i + 1 };
    if (x === '\\') {
      out += text.slice(from, i);
      const e = text[i + 1];
      if (e in ESCAPES) {
        out += ESCAPES[e];
        i++;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        const code = parseInt(text.slice(i + 2, i + 6), 16);
        if (code >= 0xd800 && code <= 0xdfff) throw NOT_FAST;
        out += String.fromCharCode(code);
        i += 5;
      } else throw NOT_FAST;
      from = i + 1;
    }
  }
  throw NOT_FAST; // continues on the next line
}

function singleQuoted(text: string, c: number, lineEnd: number): { value: string; end: number } {
  let out = '';
  let from = c + 1;
  for (let i = c + 1; i < lineEnd; i++) {
    if (text[i] !== "'") continue;
    if (text[i + 1] === "'") {
      out += text.slice(from, i + 1);
      i++;
      from = i + 1;
      continue;
    }
    return { value: out + text.slice(from, i), end: i + 1 };
  }
  throw NOT_FAST;
}
