// The parsed form of a claim file: a plain JS tree plus, for every path, where its key and value
// sit in the text. Both the YAML and the JSON parser produce this shape; nothing downstream cares
// which format a claim was written in except the fix builder.
import type { Path, Range } from '../model/text';

export type ClaimFormat = 'yaml' | 'json';

export interface NodeLocation {
  /** The value's range (for a map or list: the whole node). */
  value: Range;
  /** The key's range, when the value is a map entry. */
  key?: Range;
  /** Source text of a number scalar, so codes written as numbers keep their digits. */
  numberText?: string;
  /** For maps: the offset where a new entry could be inserted, and that entry's indentation (YAML). */
  kind: 'map' | 'seq' | 'scalar';
  /** True for a YAML flow collection (`{ … }` / `[ … ]`) or any JSON collection. */
  flow?: boolean;
  /** True when the value was reached through a YAML alias (`*name`): its ranges are the alias's. */
  alias?: true;
}

/** A YAML anchor (`&name`) that at least one alias (`*name`) refers to: editing it changes them all. */
export interface AnchorInfo {
  name: string;
  /** The anchored value. */
  range: Range;
  /** The `&name` token. */
  anchorRange: Range;
  /** Every `*name` that refers to it. */
  aliases: Range[];
}

export interface SyntaxProblem {
  message: string;
  range: Range;
}

export interface Suppressions {
  /** Rules disabled for the whole file; '*' disables all. */
  file: Set<string>;
  /** 0-based line number → rules disabled on that line; '*' disables all. */
  lines: Map<number, Set<string>>;
}

export interface ParsedDocument {
  text: string;
  format: ClaimFormat;
  /** The plain value tree (undefined for an empty document). */
  value: unknown;
  /** Dotted path ('' for the root, 'services.0.code') → location. */
  locations: Map<string, NodeLocation>;
  syntaxErrors: SyntaxProblem[];
  /** YAML anchors that aliases refer to (absent when there are none). */
  anchors?: AnchorInfo[];
  suppressions: Suppressions;
  lines: LineIndex;
}

export function pathKey(path: Path): string {
  return path.join('.');
}

/** Offsets ↔ 0-based line/character. */
export class LineIndex {
  private readonly starts: number[];
  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }
  get lineCount(): number {
    return this.starts.length;
  }
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let end = next;
    while (end > this.starts[line] && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return end;
  }
  positionAt(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }
  offsetAt(line: number, character: number): number {
    if (line >= this.starts.length) return this.text.length;
    return Math.min(this.lineStart(line) + character, this.lineEnd(line));
  }
}

const DIRECTIVE = /(?:^|\s)#\s*claimlint-disable-(next-line|file)\b([^\n\r]*)/;

/** Reads `# claimlint-disable-next-line RULE…` and `# claimlint-disable-file RULE…` comments. */
export function readSuppressions(text: string, lines: LineIndex): Suppressions {
  const result: Suppressions = { file: new Set(), lines: new Map() };
  if (!text.includes('claimlint-disable')) return result;
  for (let line = 0; line < lines.lineCount; line++) {
    const lineText = text.slice(lines.lineStart(line), lines.lineEnd(line));
    const m = DIRECTIVE.exec(lineText);
    if (!m) continue;
    const ids = m[2].split(/[\s,]+/).filter((s) => /^[a-z0-9-]+$/.test(s));
    const set = new Set(ids.length ? ids : ['*']);
    if (m[1] === 'file') set.forEach((id) => result.file.add(id));
    else {
      const target = line + 1;
      const existing = result.lines.get(target) ?? new Set<string>();
      set.forEach((id) => existing.add(id));
      result.lines.set(target, existing);
    }
  }
  return result;
}
