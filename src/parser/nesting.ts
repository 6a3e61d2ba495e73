// A cheap look at how deeply a YAML or JSON text nests, before a parser library sees it.
//
// Why: the library composes nested collections recursively. Thousands of levels ("[[[[…", or a
// mapping indented one space deeper on every line) drive it to the edge of the call stack, and V8
// then dies with a fatal "RegExpCompiler Allocation failed" instead of throwing a RangeError: a crash
// of the whole extension host or CLI, seen when such a text was linted twice in one process. Texts
// that nest deeper than the parse limit are refused up front, so the library never recurses that far.
//
// The scan follows what decides nesting: block indentation (one level per deeper indent, one per
// "- " sequence entry on a line), flow brackets outside quotes and comments, and block scalars
// (`|`, `>`), whose content lines are text and never nest. It may count a little more than the real
// depth, never much less; claims nest about 5 levels, the limit is 64.

/** The 0-based offset where nesting first exceeds `limit` levels, or -1 when it never does. */
export function yamlTooDeepAt(text: string, limit: number): number {
  const found = scanYaml(text, { maxDepth: limit });
  return found?.problem === 'depth' ? found.at : -1;
}

export interface ScanLimits {
  maxDepth: number;
  /** Upper bound on keys + list items (counted generously: one per content line, `- ` and flow entry). */
  maxEntries?: number;
  /** Refuse keys that are not scalars: explicit `? ` keys and flow collections used as keys. */
  plainKeys?: boolean;
}

export interface ScanProblem {
  problem: 'depth' | 'entries' | 'key';
  /** 0-based offset where it was found. */
  at: number;
}

/**
 * One linear pass over a YAML text before any library sees it: nesting depth, a generous count of
 * entries, and keys that are not plain scalars (explicit `? ` keys, `[a]: x`, `{a: b}: x`). The
 * library builds strings from complex keys in ways that grow exponentially with their nesting, so
 * those are refused here. Returns the first problem, or undefined.
 */
export function scanYaml(text: string, limits: ScanLimits): ScanProblem | undefined {
  const limit = limits.maxDepth;
  const maxEntries = limits.maxEntries ?? Infinity;
  const keys = limits.plainKeys === true;
  const indents: number[] = []; // block indentation levels currently open
  let flow = 0; // open [ and { outside quotes
  let quote: '' | "'" | '"' = '';
  let blockScalarParent = -1; // indentation of the key/entry that owns an open block scalar
  let entries = 0;
  let prevSig = ''; // the last character outside quotes and comments other than space, across lines
  let pos = 0;
  const n = text.length;
  const spaceOrEnd = (j: number) => j >= n || text[j] === ' ' || text[j] === '\t' || text[j] === '\n' || text[j] === '\r';
  while (pos < n) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = n;
    let i = pos;
    while (i < end && text.charCodeAt(i) === 32) i++;
    const indent = i - pos;
    const blank = i >= end || text[i] === '\r' || (text[i] === '#' && !quote);
    if (blockScalarParent >= 0) {
      if (blank || indent > blockScalarParent) {
        pos = end + 1;
        continue; // text of a block scalar
      }
      blockScalarParent = -1;
    }
    let tokenStart = false; // at the start of a node, where `? ` would be an explicit key
    if (!blank && !quote && flow === 0) {
      while (indents.length && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      if (++entries > maxEntries) return { problem: 'entries', at: i };
      // "- - - x": every sequence indicator on the line opens one more level.
      while (text[i] === '-' && (text[i + 1] === ' ' || i + 1 >= end)) {
        i += 2;
        while (i < end && text.charCodeAt(i) === 32) i++;
        indents.push(i - pos);
        if (indents.length > limit) return { problem: 'depth', at: i };
        if (++entries > maxEntries) return { problem: 'entries', at: i };
      }
      if (indents.length > limit) return { problem: 'depth', at: i };
      tokenStart = true;
    }
    // Flow brackets, quotes and comments on the rest of the line.
    let last = '';
    let lastAt = -1; // the line's last character outside quotes and comments, other than space
    let afterClose = false; // only spaces since a closing ] or } (a following `:` makes it a key)
    for (; i < end; i++) {
      const c = text[i];
      if (quote) {
        if (quote === '"' && c === '\\') i++;
        else if (c === quote) {
          if (quote === "'" && text[i + 1] === "'") i++;
          else quote = '';
        }
        continue;
      }
      if (c === '#' && (last === '' || last === ' ' || last === '\t')) break; // a comment
      if (keys && c === '?' && (tokenStart || (flow > 0 && (prevSig === '[' || prevSig === '{' || prevSig === ','))) && spaceOrEnd(i + 1)) return { problem: 'key', at: i };
      if (keys && c === ':' && afterClose && (flow > 0 || spaceOrEnd(i + 1) || /[,\]}]/.test(text[i + 1]))) return { problem: 'key', at: i };
      if ((c === '"' || c === "'") && (last === '' || /[\s[{,:]/.test(last))) quote = c;
      else if (c === '[' || c === '{') {
        flow++;
        if (indents.length + flow > limit) return { problem: 'depth', at: i };
        if (++entries > maxEntries) return { problem: 'entries', at: i };
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
      else if (c === ',' && flow > 0 && ++entries > maxEntries) return { problem: 'entries', at: i };
      if (c !== ' ' && c !== '\t' && c !== '\r') {
        afterClose = c === ']' || c === '}';
        tokenStart = false;
        prevSig = c;
        last = c;
        lastAt = i;
      } else last = ' ';
    }
    // A block scalar header ends the line: `key: |`, `- >-`, `key: |2+` (and an optional comment).
    if (!quote && flow === 0 && lastAt >= 0 && isBlockScalarHeader(text, pos, lastAt)) blockScalarParent = indent;
    pos = end + 1;
  }
  return undefined;
}

/** Whether the line ends (at `at`) in a block scalar header: `|` or `>`, then indentation/chomping digits, + or -. */
function isBlockScalarHeader(text: string, lineStart: number, at: number): boolean {
  let j = at;
  while (j > lineStart && /[0-9+-]/.test(text[j])) j--;
  if (text[j] !== '|' && text[j] !== '>') return false;
  const before = j > lineStart ? text[j - 1] : ' ';
  return before === ' ' || before === '\t' || before === ':' || before === '-';
}

/** The same for JSON: the offset where brackets outside strings open more than `limit` levels, or -1. */
export function jsonTooDeepAt(text: string, limit: number): number {
  const found = scanJson(text, { maxDepth: limit });
  return found?.problem === 'depth' ? found.at : -1;
}

/** Depth and a generous entry count (one per bracket and comma outside strings) of a JSON text. */
export function scanJson(text: string, limits: ScanLimits): ScanProblem | undefined {
  const limit = limits.maxDepth;
  const maxEntries = limits.maxEntries ?? Infinity;
  let depth = 0;
  let entries = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > limit) return { problem: 'depth', at: i };
      if (++entries > maxEntries) return { problem: 'entries', at: i };
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
    else if (c === 44 /* , */ && ++entries > maxEntries) return { problem: 'entries', at: i };
  }
  return undefined;
}
