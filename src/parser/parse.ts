// Text → ParsedDocument for YAML (`yaml`, with source ranges) and JSON (`jsonc-parser`, offsets).
// Never throws: every problem becomes a SyntaxProblem with a range.
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, visit, type Document, type Node as YamlNode } from 'yaml';
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { Range } from '../model/text';
import { parseYamlFast } from './fastYaml';
import { LineIndex, readSuppressions, type AnchorInfo, type ClaimFormat, type NodeLocation, type ParsedDocument, type SyntaxProblem } from './document';
import { LIMITS } from '../model/limits';
import { checkTextLimits, checkValueLimits, COMPLEX_KEY_MESSAGE, tooDeepMessage, tooManyNodesMessage } from './limits';

/** Bounds that keep hostile input (alias bombs, deep nesting) cheap: see ./limits.ts (README "Limits"). */
export const PARSE_LIMITS = { maxNodes: LIMITS.maxNodes, maxDepth: LIMITS.maxDepth };

export function formatFromFileName(fileName: string): ClaimFormat {
  return /\.json$/i.test(fileName) ? 'json' : 'yaml';
}

export function parseClaimText(text: string, format: ClaimFormat): ParsedDocument {
  const lines = new LineIndex(text);
  const base = { text, format, lines, suppressions: readSuppressions(format === 'yaml' ? text : '', lines) };
  // Limits first: a text past one is refused before any parser sees it (bounded time and memory).
  const over = checkTextLimits(text, format);
  if (over) return { ...base, value: undefined, locations: new Map(), syntaxErrors: [over] };
  try {
    const parsed = format === 'json' ? parseJson(text) : parseYaml(text);
    const tooMany = parsed.syntaxErrors.length ? undefined : checkValueLimits(parsed.value);
    if (tooMany) {
      const loc = parsed.locations.get(tooMany.path);
      const start = loc?.key?.start ?? loc?.value.start ?? 0;
      return { ...base, value: undefined, locations: new Map(), syntaxErrors: [{ message: tooMany.message, range: { start, end: Math.min(text.length, start + 1) } }] };
    }
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

export type Parsed = Pick<ParsedDocument, 'value' | 'locations' | 'syntaxErrors' | 'anchors'>;

class Budget {
  nodes = 0;
  exceeded: string | undefined;
  spend(depth: number): boolean {
    if (this.exceeded) return false;
    if (++this.nodes > PARSE_LIMITS.maxNodes) {
      this.exceeded = tooManyNodesMessage();
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
  // Too deep, too many entries or complex keys were refused by checkTextLimits before this point
  // (deep recursion in the library can crash V8 outright; complex keys grow exponentially).
  // The common shapes of a claim, read directly (same result as the library, many times faster).
  const fast = parseYamlFast(text);
  if (fast) return { value: fast.value, locations: fast.locations, syntaxErrors: [] };
  return parseYamlWithLibrary(text);
}

/** The `yaml` library's reading of a text (exported for the fast path's differential test). */
export function parseYamlWithLibrary(text: string): Parsed {
  // uniqueKeys is checked below with a Set: the library's own check is quadratic in the keys of a map.
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false, strict: true });
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
  const walk: Walk = { doc, locations, budget, text, resolving: new Set(), errors: syntaxErrors, anchors: new Map(), byName: anchorsByName(doc) };
  const value = yamlNodeToJs(walk, doc.contents as YamlNode | null, '', undefined, 0);
  if (budget.exceeded) syntaxErrors.push({ message: budget.exceeded, range: { start: 0, end: Math.min(text.length, 1) } });
  const anchors = [...walk.anchors.values()].filter((a) => a.aliases.length > 0);
  return anchors.length ? { value, locations, syntaxErrors, anchors } : { value, locations, syntaxErrors };
}

interface Walk {
  doc: Document.Parsed;
  locations: Map<string, NodeLocation>;
  budget: Budget;
  text: string;
  resolving: Set<YamlNode>;
  errors: SyntaxProblem[];
  /** Anchored nodes (by node) with the aliases that refer to them. */
  anchors: Map<YamlNode, AnchorInfo>;
  /** Anchor name → its nodes in document order (Alias.resolve searches the whole document each time). */
  byName: Map<string, YamlNode[]>;
}

function anchorsByName(doc: Document.Parsed): Map<string, YamlNode[]> {
  const byName = new Map<string, YamlNode[]>();
  visit(doc, {
    Node(_key, node) {
      const name = (node as { anchor?: string }).anchor;
      if (!name) return;
      const list = byName.get(name) ?? [];
      list.push(node as YamlNode);
      byName.set(name, list);
    },
  });
  for (const list of byName.values()) list.sort((a, b) => nodeRange(a).start - nodeRange(b).start);
  return byName;
}

/** The node an alias refers to: the last node with that anchor before the alias. */
function resolveAlias(walk: Walk, name: string, at: number): YamlNode | undefined {
  const list = walk.byName.get(name);
  if (!list) return undefined;
  let found: YamlNode | undefined;
  for (const node of list) {
    if (nodeRange(node).start >= at) break;
    found = node;
  }
  return found;
}

function anchorOf(walk: Walk, node: YamlNode): AnchorInfo {
  let info = walk.anchors.get(node);
  if (!info) {
    const range = nodeRange(node);
    const name = (node as { anchor?: string }).anchor ?? '';
    const at = walk.text.lastIndexOf(`&${name}`, range.start);
    info = { name, range, anchorRange: at >= 0 ? { start: at, end: at + name.length + 1 } : { start: range.start, end: range.start }, aliases: [] };
    walk.anchors.set(node, info);
  }
  return info;
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

function yamlNodeToJs(walk: Walk, node: YamlNode | null | undefined, path: string, keyRange: Range | undefined, depth: number, aliasRange?: Range): unknown {
  const { locations, budget, text, resolving } = walk;
  if (!node) return null;
  if (!budget.spend(depth)) return undefined;
  if (isAlias(node)) {
    const target = resolveAlias(walk, node.source, nodeRange(node).start);
    if (!target || resolving.has(target)) return null;
    if (!aliasRange) anchorOf(walk, target).aliases.push(nodeRange(node));
    resolving.add(target);
    try {
      // Values reached through an alias point at the alias itself: that is what the author wrote
      // here. They are marked `alias`, so no fix ever edits the alias as if it were the value.
      return yamlNodeToJs(walk, target, path, keyRange, depth, aliasRange ?? nodeRange(node));
    } finally {
      resolving.delete(target);
    }
  }
  if (!aliasRange && (node as { anchor?: string }).anchor) anchorOf(walk, node);
  const range = aliasRange ?? nodeRange(node);
  const mark = aliasRange ? { alias: true as const } : {};
  if (isMap(node)) {
    locations.set(path, { value: range, key: keyRange, kind: 'map', flow: node.flow === true, ...mark });
    const out: Record<string, unknown> = {};
    const seen = new Set<string>();
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode | null;
      if (keyNode && !isScalar(keyNode)) {
        // Only plain scalars are keys (limits.ts refuses most others before parsing; aliases get here).
        if (!aliasRange) walk.errors.push({ message: COMPLEX_KEY_MESSAGE, range: nodeRange(keyNode) });
        continue;
      }
      const key = keyNode ? String(keyNode.value) : '';
      if (seen.has(key)) {
        if (!aliasRange && keyNode) walk.errors.push({ message: 'Map keys must be unique.', range: { start: nodeRange(keyNode).start, end: nodeRange(keyNode).start + 1 } });
      }
      seen.add(key);
      if (key === '__proto__') continue;
      const kRange = aliasRange ?? (keyNode ? nodeRange(keyNode) : range);
      const childPath = path === '' ? key : `${path}.${key}`;
      out[key] = yamlNodeToJs(walk, pair.value as YamlNode | null, childPath, kRange, depth + 1, aliasRange);
      if (!locations.has(childPath)) {
        // `key:` with no value: locate the key so findings can point at it.
        const pos = kRange.end;
        locations.set(childPath, { value: { start: pos, end: pos }, key: kRange, kind: 'scalar', ...mark });
      }
    }
    return out;
  }
  if (isSeq(node)) {
    locations.set(path, { value: range, key: keyRange, kind: 'seq', flow: node.flow === true, ...mark });
    return node.items.map((item, i) => yamlNodeToJs(walk, item as YamlNode | null, path === '' ? String(i) : `${path}.${i}`, undefined, depth + 1, aliasRange));
  }
  if (isScalar(node)) {
    const loc: NodeLocation = { value: range, key: keyRange, kind: 'scalar', ...mark };
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
  // Depth and size were checked by checkTextLimits: jsonc-parser recurses too.
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
