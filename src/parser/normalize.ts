// Plain value tree → typed Claim, driven by the zod model in src/model/claim.ts.
// Wrong types become schema issues at the value; unknown keys become unknown-field issues with a
// "did you mean"; codes written as numbers are read as their digits (leading zeros checked).
// An invalid value is dropped from the typed claim and its path remembered, so "missing-…" rules
// do not fire a second time for the same cause.
import { isIsoDate } from '../util/dates';
import { z } from 'zod';
import { ClaimSchema, CODE_MIN_DIGITS, fieldMeta, type Claim, type FieldMeta } from '../model/claim';
import type { ParsedDocument } from './document';

export interface SchemaIssue {
  path: string;
  message: string;
  /** Point at the key rather than the value. */
  at?: 'key' | 'value';
}

export interface UnknownKey {
  path: string;
  key: string;
  suggestion?: string;
  /** Where this key does belong, when it is valid elsewhere in the claim ('' = top level, 'services[]' = a service line). */
  belongsAt?: { parent: string; box?: string };
}

export interface NormalizedClaim {
  claim: Claim;
  /** True when the document's top level is a map (anything else is one schema issue). */
  isMap: boolean;
  schemaIssues: SchemaIssue[];
  unknownKeys: UnknownKey[];
  /** Paths whose values were present but invalid (dropped from `claim`). */
  invalid: Set<string>;
  /**
   * Paths whose raw value is kept for a rule to judge rather than reported as a schema issue
   * (e.g. `payer.coverage`, which missing-coverage-type checks against the listed values).
   */
  raw: Map<string, unknown>;
}

/** Enum fields whose bad values a rule reports (so they are not schema violations). */
const RULE_CHECKED_ENUMS = new Set(['payer.coverage']);

export function normalizeClaim(doc: ParsedDocument): NormalizedClaim {
  const out: NormalizedClaim = { claim: {}, isMap: false, schemaIssues: [], unknownKeys: [], invalid: new Set(), raw: new Map() };
  const value = doc.value;
  if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) {
    out.schemaIssues.push({
      path: '',
      message:
        value === undefined || value === null
          ? 'The file is empty: a practice claim is a map of fields (claim, payer, patient, diagnoses, services, …).'
          : 'The top level of a claim file must be a map of fields (claim, payer, patient, diagnoses, services, …).',
    });
    return out;
  }
  out.isMap = true;
  out.claim = walk(ClaimSchema, value, '', doc, out) as Claim;
  return out;
}

type Walked = unknown;
const DROP = Symbol('drop');

let homes: Map<string, { parent: string; box?: string }> | undefined;

/** Every key of the claim model → the first place it is valid (breadth first: the shallowest). */
function keyHomes(): Map<string, { parent: string; box?: string }> {
  if (homes) return homes;
  homes = new Map();
  const queue: { schema: z.ZodType; parent: string }[] = [{ schema: ClaimSchema, parent: '' }];
  while (queue.length) {
    const { schema, parent } = queue.shift()!;
    const s = unwrap(schema);
    if (s instanceof z.ZodArray) queue.push({ schema: s.element as z.ZodType, parent: `${parent}[]` });
    else if (s instanceof z.ZodUnion) for (const o of s.options as z.ZodType[]) queue.push({ schema: o, parent });
    else if (s instanceof z.ZodObject)
      for (const [k, child] of Object.entries(s.shape as Record<string, z.ZodType>)) {
        if (!homes.has(k)) homes.set(k, { parent, box: (fieldMeta(child) ?? fieldMeta(unwrap(child)))?.box });
        queue.push({ schema: child, parent: parent === '' ? k : `${parent}.${k}` });
      }
  }
  return homes;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  return s;
}

function describeType(v: unknown): string {
  if (v === null) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  if (typeof v === 'string') return `the text "${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
  return `${typeof v === 'number' ? 'the number' : 'the value'} ${String(v)}`;
}

/**
 * What walk needs to know about one schema node, worked out once per node (the same schema nodes are
 * visited for every claim, so this is not redone per value): the unwrapped schema, its field meta and
 * the label used in messages when the field has a title.
 */
interface SchemaInfo {
  schema: z.ZodType;
  /** Which of walk's cases the schema is (zod's instanceof is a trait look-up: asked once here). */
  kind: 'object' | 'array' | 'union' | 'string' | 'enum' | 'boolean' | 'number' | 'other';
  meta: FieldMeta | undefined;
  /** `Title (box N)` when the field has a title; otherwise the label is the path (see labelOf). */
  title: string | undefined;
}

const schemaInfos = new WeakMap<z.ZodType, SchemaInfo>();

function infoOf(schemaIn: z.ZodType): SchemaInfo {
  let info = schemaInfos.get(schemaIn);
  if (!info) {
    const schema = unwrap(schemaIn);
    const meta = fieldMeta(schema) ?? fieldMeta(schemaIn);
    const title = meta?.title ? `${meta.title}${meta.box ? ` (box ${meta.box})` : ''}` : undefined;
    info = { schema, kind: kindOf(schema), meta, title };
    schemaInfos.set(schemaIn, info);
  }
  return info;
}

function kindOf(schema: z.ZodType): SchemaInfo['kind'] {
  if (schema instanceof z.ZodObject) return 'object';
  if (schema instanceof z.ZodArray) return 'array';
  if (schema instanceof z.ZodUnion) return 'union';
  if (schema instanceof z.ZodEnum) return 'enum';
  if (schema instanceof z.ZodBoolean) return 'boolean';
  if (schema instanceof z.ZodNumber) return 'number';
  if (schema instanceof z.ZodString) return 'string';
  return 'other';
}

/** The name of a field in messages; only built when a message is. */
const labelOf = (info: SchemaInfo, path: string): string => info.title ?? (path || 'value');

function walk(schemaIn: z.ZodType, value: unknown, path: string, doc: ParsedDocument, out: NormalizedClaim): Walked {
  if (value === null || value === undefined) return undefined;
  const info = infoOf(schemaIn);
  const { schema, kind, meta } = info;
  const fail = (message: string, keepValue = false): typeof DROP => {
    out.schemaIssues.push({ path, message });
    if (!keepValue) out.invalid.add(path);
    return DROP;
  };

  if (kind === 'object') {
    if (typeof value !== 'object' || Array.isArray(value)) return fail(`${labelOf(info, path)} should be a map of fields, not ${describeType(value)}.`);
    const shape = (schema as z.ZodObject).shape as Record<string, z.ZodType>;
    const result: Record<string, unknown> = {};
    const obj = value as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      const child = shape[key];
      if (!child) {
        const suggestion = suggestKey(key, Object.keys(shape));
        const home = suggestion ? undefined : keyHomes().get(key);
        out.unknownKeys.push({ path: childPath, key, suggestion, ...(home ? { belongsAt: home } : {}) });
        continue;
      }
      const w = walk(child, obj[key], childPath, doc, out);
      if (w !== DROP && w !== undefined) result[key] = w;
    }
    return result;
  }
  if (kind === 'array') {
    if (!Array.isArray(value)) {
      return fail(`${labelOf(info, path)} should be a list, e.g. [${exampleItem(path)}], not ${describeType(value)}.`);
    }
    const element = (schema as z.ZodArray).element as z.ZodType;
    // Keep indices stable: an invalid item becomes a hole (undefined) so list positions still match the text.
    return value.map((item, i) => {
      const w = walk(element, item, `${path}.${i}`, doc, out);
      return w === DROP ? undefined : w;
    });
  }
  if (kind === 'union') {
    const options = (schema as z.ZodUnion).options as z.ZodType[];
    const wantsObject = typeof value === 'object' && !Array.isArray(value);
    const pick = options.find((o) => (infoOf(o).kind === 'object') === wantsObject) ?? options[0];
    return walk(pick, value, path, doc, out);
  }
  if (kind === 'string') {
    return leafString(value, path, meta, info, doc, fail);
  }
  if (kind === 'enum') {
    const options = (schema as z.ZodEnum).options as string[];
    if (typeof value === 'string') {
      const match = options.find((o) => o.toLowerCase() === value.trim().toLowerCase());
      if (match) return match;
    }
    if (RULE_CHECKED_ENUMS.has(path)) {
      out.raw.set(path, value);
      return DROP;
    }
    return fail(`${labelOf(info, path)} must be one of ${options.join(', ')}; found ${describeType(value)}.`);
  }
  if (kind === 'boolean') {
    if (typeof value === 'boolean') return value;
    return fail(`${labelOf(info, path)} must be true or false, not ${describeType(value)}.`);
  }
  if (kind === 'number') {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    return fail(`${labelOf(info, path)} must be a number${meta?.format === 'money' ? ' (e.g. 145.00)' : ''}, not ${describeType(value)}.`);
  }
  return value;
}

function leafString(
  value: unknown,
  path: string,
  meta: FieldMeta | undefined,
  info: SchemaInfo,
  doc: ParsedDocument,
  fail: (m: string, keepValue?: boolean) => typeof DROP,
): unknown {
  const label = () => labelOf(info, path);
  if (meta?.format === 'date') {
    if (typeof value !== 'string') return fail(`${label()} must be a date written YYYY-MM-DD, not ${describeType(value)}.`);
    const v = value.trim();
    if (!isIsoDate(v)) return fail(`${label()} must be a real date written YYYY-MM-DD; "${v}" is not.`);
    return v;
  }
  const kind = meta?.code;
  if (typeof value === 'number' && kind) {
    const source = doc.locations.get(path)?.numberText ?? String(value);
    const digits = /^[0-9.]+$/.test(source) ? source : String(value);
    const min = CODE_MIN_DIGITS[kind];
    const what = kind === 'procedure' ? 'a CPT/HCPCS code' : kind === 'modifier' ? 'a modifier' : kind === 'pos' ? 'a place of service code' : label();
    if (/^0\d/.test(digits) && min && doc.format === 'yaml') {
      // YAML read it as a number and the leading zero is gone: keep the digits, but say so.
      return quoteIssue(digits, label(), what, fail, true);
    }
    if (min && /^\d+$/.test(digits) && digits.length < min) {
      return quoteIssue(digits, label(), what, fail, false);
    }
    return normalizeCode(kind, digits);
  }
  if (typeof value === 'number' && !kind) return String(value);
  if (typeof value !== 'string') return fail(`${label()} must be text, not ${describeType(value)}.`);
  return kind ? normalizeCode(kind, value) : value;
}

/**
 * A code written as an unquoted number that lost (or would lose) its leading zeros. With `keep`, the
 * digits as written are kept as the value (the issue is only about quoting); otherwise the value is dropped.
 */
function quoteIssue(digits: string, label: string, what: string, fail: (m: string, keepValue?: boolean) => typeof DROP, keep: boolean): unknown {
  const msg = keep
    ? `${label} ${digits} is written as a number, so YAML reads it as ${Number(digits)} and the leading zero is lost: write it in quotes ("${digits}").`
    : `${label} was read as the number ${digits}, which cannot be ${what} — were leading zeros lost? Write the code in quotes, e.g. "${digits.padStart(CODE_MIN_DIGITS_FOR(label, digits), '0')}".`;
  fail(msg, keep);
  return keep ? digits : DROP;
}

function CODE_MIN_DIGITS_FOR(label: string, digits: string): number {
  if (/modifier/i.test(label) || /place of service/i.test(label)) return 2;
  if (/NPI/.test(label)) return 10;
  if (/tax/i.test(label)) return 9;
  if (/ZIP/.test(label)) return 5;
  return Math.max(5, digits.length);
}

export function normalizeCode(kind: string, value: string): string {
  const v = value.trim();
  switch (kind) {
    case 'icd10cm':
    case 'procedure':
    case 'modifier':
    case 'pointer':
    case 'state':
      return v.toUpperCase();
    default:
      return v;
  }
}


function exampleItem(path: string): string {
  if (path.endsWith('pointers')) return 'A, B';
  if (path.endsWith('modifiers')) return '"25"';
  if (path.endsWith('diagnoses')) return 'E11.9, I10';
  return '…';
}

/** Closest known key, when close enough to be a likely typo. */
export function suggestKey(key: string, known: string[]): string | undefined {
  const k = key.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of known) {
    const d = c.toLowerCase() === k ? 0 : levenshtein(k, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(best.length / 3));
  return bestD <= limit ? best : undefined;
}

function levenshtein(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 8) return 99;
  const prev = new Array(b.length + 1).fill(0).map((_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
