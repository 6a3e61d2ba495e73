// Text → ParsedDocument for YAML (`yaml`, with source ranges) and JSON (`jsonc-parser`, offsets).
// Never throws: every problem becomes a SyntaxProblem with a range.
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node as YamlNode } from 'yaml';
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { Range } from '../model/text';
import { jsonTooDeepAt, yamlTooDeepAt } from './nesting';
import { parseYamlFast } from './fastYaml';
import { LineIndex, readSuppressions, type ClaimFormat, type NodeLocation, type ParsedDocument, type SyntaxProblem } from './document';

/** Bounds that keep hostile input (alias bombs, deep nesting) cheap. */
export const PARSE_LIMITS = {
  /** Total nodes materialised, counting every alias expansion. */
  maxNodes: 200_000,
  /** Nesting depth of maps and lists. */
  maxDepth: 64,
};

export function formatFromFileName(fileName: string): ClaimFormat {
  return /\.json$/i.test(fileName) ? 'json' : 'yaml';
}

export function parseClaimText(text: string, format: ClaimFormat): ParsedDocument {
  const lines = new LineIndex(text);
  const base = { text, format, lines, suppressions: readSuppressions(format === 'yaml' ? text : '', lines) };
  try {
    const parsed = format === 'json' ? parseJson(text) : parseYaml(text);
    // Parsers report errors "at the end" one past the last character: keep every range inside.
    const clamp = (n: number) => Math.max(0, Math.min(n, text.length));
    parsed.syntaxErrors = parsed.syntaxErrors.map((e) => ({ message: e.message, range: { start: clamp(e.range.start), end: Math.max(clamp(e.range.start), clamp(e.range.end)) } }));
    return { ...base, ...parsed };
  } catch (e) {
    // The parsers are defensive, but a stack overflow on pathological input must not escape.
    const message = e instanceof RangeError ? 'The file is nested too deeply to read.' : `The file could not be read: ${(e as Error).message}`;
    return { ...base, value: undefined, locations: new Map(), syntaxErrors: [{ message, range: { start: 0, end: Math.min(text.length, 1) } }] };
  }
}

export type Parsed = Pick<ParsedDocument, 'value' | 'locations' | 'syntaxErrors'>;

function tooDeepMessage(): string {
  return `The file is nested more than ${PARSE_LIMITS.maxDepth} levels deep; it was not read further.`;
}

/** A text refused by a nesting pre-scan: one syntax error where it goes too deep, nothing read. */
function tooDeep(text: string, at: number): Parsed {
  return { value: undefined, locations: new Map(), syntaxErrors: [{ message: tooDeepMessage(), range: { start: at, end: Math.min(text.length, at + 1) } }] };
}

class Budget {
  nodes = 0;
  exceeded: string | undefined;
  spend(depth: number): boolean {
    if (this.exceeded) return false;
    if (++this.nodes > PARSE_LIMITS.maxNodes) {
      this.exceeded = `The file expands to more than ${PARSE_LIMITS.maxNodes.toLocaleString('en-US')} values (an alias bomb?); it was not read further.`;
      return false;
    }
    if (depth > PARSE_LIMITS.maxDepth) {
      this.exceeded = tooDeepMessage();
      return false;
    }
    return true;
  }
}

function parseYaml(text: string): Parsed {
  // Refused before the library recurses into it (deep recursion there can crash V8 outright).
  const deep = yamlTooDeepAt(text, PARSE_LIMITS.maxDepth);
  if (deep >= 0) return tooDeep(text, deep);
  // The common shapes of a claim, read directly (same result as the library, many times faster).
  const fast = parseYamlFast(text);
  if (fast) return { value: fast.value, locations: fast.locations, syntaxErrors: [] };
  return parseYamlWithLibrary(text);
}

/** The `yaml` library's reading of a text (exported for the fast path's differential test). */
export function parseYamlWithLibrary(text: string): Parsed {
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  const syntaxErrors: SyntaxProblem[] = [];
  const list = Array.isArray(docs) ? docs : [];
  if (list.length > 1) {
    const second = list[1];
    const start = second.range?.[0] ?? 0;
    syntaxErrors.push({ message: 'Only one YAML document per claim file: remove the second `---` document.', range: { start, end: Math.min(text.length, start + 3) } });
  }
  const doc = list[0] as Document.Parsed | undefined;
  if (!doc) return { value: undefined, locations: new Map(), syntaxErrors };
  for (const err of doc.errors) {
    const [start, end] = err.pos;
    syntaxErrors.push({ message: cleanYamlMessage(err.message), range: { start, end: Math.max(end, start + 1) } });
  }
  const locations = new Map<string, NodeLocation>();
  const budget = new Budget();
  const value = yamlNodeToJs(doc, doc.contents as YamlNode | null, '', undefined, 0, locations, budget, text, new Set());
  if (budget.exceeded) syntaxErrors.push({ message: budget.exceeded, range: { start: 0, end: Math.min(text.length, 1) } });
  return { value, locations, syntaxErrors };
}

function cleanYamlMessage(message: string): string {
  if (/call stack/i.test(message)) return 'The file is nested too deeply to read.';
  const first = message.split('\n')[0].trim();
  return first.endsWith('.') || first.endsWith(':') ? first : `${first}.`;
}

function nodeRange(node: YamlNode): Range {
  const r = node.range;
  return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
}

function yamlNodeToJs(
  doc: Document.Parsed,
  node: YamlNode | null | undefined,
  path: string,
  keyRange: Range | undefined,
  depth: number,
  locations: Map<string, NodeLocation>,
  budget: Budget,
  text: string,
  resolving: Set<YamlNode>,
  aliasRange?: Range,
): unknown {
  if (!node) return null;
  if (!budget.spend(depth)) return undefined;
  if (isAlias(node)) {
    const target = node.resolve(doc) as YamlNode | undefined;
    if (!target || resolving.has(target)) return null;
    resolving.add(target);
    try {
      // Values reached through an alias point at the alias itself: that is what the author wrote here.
      return yamlNodeToJs(doc, target, path, keyRange, depth, locations, budget, text, resolving, aliasRange ?? nodeRange(node));
    } finally {
      resolving.delete(target);
    }
  }
  const range = aliasRange ?? nodeRange(node);
  if (isMap(node)) {
    locations.set(path, { value: range, key: keyRange, kind: 'map', flow: node.flow === true });
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode | null;
      const key = keyNode && isScalar(keyNode) ? String(keyNode.value) : keyNode ? String((keyNode as { toString(): string }).toString()) : '';
      if (key === '__proto__') continue;
      const kRange = aliasRange ?? (keyNode ? nodeRange(keyNode) : range);
      const childPath = path === '' ? key : `${path}.${key}`;
      out[key] = yamlNodeToJs(doc, pair.value as YamlNode | null, childPath, kRange, depth + 1, locations, budget, text, resolving, aliasRange);
      if (!locations.has(childPath)) {
        // `key:` with no value: locate the key so findings can point at it.
        const pos = kRange.end;
        locations.set(childPath, { value: { start: pos, end: pos }, key: kRange, kind: 'scalar' });
      }
    }
    return out;
  }
  if (isSeq(node)) {
    locations.set(path, { value: range, key: keyRange, kind: 'seq', flow: node.flow === true });
    return node.items.map((item, i) =>
      yamlNodeToJs(doc, item as YamlNode | null, path === '' ? String(i) : `${path}.${i}`, undefined, depth + 1, locations, budget, text, resolving, aliasRange),
    );
  }
  if (isScalar(node)) {
    const loc: NodeLocation = { value: range, key: keyRange, kind: 'scalar' };
    let value = node.value;
    if (typeof value === 'number' || typeof value === 'bigint') {
      const source = node.range ? text.slice(node.range[0], node.range[1]) : String(value);
      loc.numberText = source.trim();
      if (typeof value === 'bigint') value = Number(value);
    }
    if (value instanceof Date) value = (value as Date).toISOString().slice(0, 10);
    locations.set(path, loc);
    return value;
  }
  return null;
}

function parseJson(text: string): Parsed {
  const deep = jsonTooDeepAt(text, PARSE_LIMITS.maxDepth + 1);
  if (deep >= 0) return tooDeep(text, deep);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  const syntaxErrors: SyntaxProblem[] = [];
  for (const e of errors) {
    // jsonc-parser often reports one mistake twice at the same offset: keep the first.
    if (syntaxErrors.some((s) => s.range.start === e.offset)) continue;
    syntaxErrors.push({ message: jsonErrorMessage(printParseErrorCode(e.error)), range: { start: e.offset, end: Math.max(e.offset + e.length, e.offset + 1) } });
  }
  const locations = new Map<string, NodeLocation>();
  const budget = new Budget();
  const value = root ? jsonNodeToJs(root, '', undefined, 0, locations, budget, text) : undefined;
  if (budget.exceeded) syntaxErrors.push({ message: budget.exceeded, range: { start: 0, end: Math.min(text.length, 1) } });
  return { value, locations, syntaxErrors };
}

function jsonErrorMessage(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `JSON syntax error: ${words}.`;
}

function jsonNodeToJs(node: JsonNode, path: string, keyRange: Range | undefined, depth: number, locations: Map<string, NodeLocation>, budget: Budget, text: string): unknown {
  if (!budget.spend(depth)) return undefined;
  const range = { start: node.offset, end: node.offset + node.length };
  switch (node.type) {
    case 'object': {
      locations.set(path, { value: range, key: keyRange, kind: 'map', flow: true });
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k) continue;
        const key = String(k.value);
        if (key === '__proto__') continue;
        const kRange = { start: k.offset, end: k.offset + k.length };
        const childPath = path === '' ? key : `${path}.${key}`;
        if (v) out[key] = jsonNodeToJs(v, childPath, kRange, depth + 1, locations, budget, text);
        else locations.set(childPath, { value: { start: kRange.end, end: kRange.end }, key: kRange, kind: 'scalar' });
      }
      return out;
    }
    case 'array': {
      locations.set(path, { value: range, key: keyRange, kind: 'seq', flow: true });
      return (node.children ?? []).map((c, i) => jsonNodeToJs(c, path === '' ? String(i) : `${path}.${i}`, undefined, depth + 1, locations, budget, text));
    }
    default: {
      const loc: NodeLocation = { value: range, key: keyRange, kind: 'scalar' };
      if (node.type === 'number') loc.numberText = text.slice(range.start, range.end);
      locations.set(path, loc);
      return node.value;
    }
  }
}
