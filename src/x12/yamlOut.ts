// A practice claim tree → YAML text in the shape of the bundled examples (block maps, names and
// addresses as flow maps, codes quoted when YAML could misread them), with comment lines on top.
import { z } from 'zod';
import { ClaimSchema } from '../model/claim';

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  return s;
}

/** The model's key order for a map, found by walking the zod schema (so files read like the spec). */
function schemaFor(path: readonly string[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = ClaimSchema;
  for (const k of path) {
    s = s && unwrap(s);
    if (s instanceof z.ZodArray) s = unwrap(s.element as z.ZodType);
    if (s instanceof z.ZodUnion) s = (s.options as z.ZodType[]).map(unwrap).find((o) => o instanceof z.ZodObject);
    if (!(s instanceof z.ZodObject)) return undefined;
    s = (s.shape as Record<string, z.ZodType>)[k];
  }
  s = s && unwrap(s);
  if (s instanceof z.ZodArray) s = unwrap(s.element as z.ZodType);
  if (s instanceof z.ZodUnion) s = (s.options as z.ZodType[]).map(unwrap).find((o) => o instanceof z.ZodObject);
  return s;
}

function keyOrder(path: readonly string[]): string[] {
  const s = schemaFor(path);
  return s instanceof z.ZodObject ? Object.keys(s.shape as object) : [];
}
const FLOW_KEYS = new Set(['name', 'address', 'condition', 'patient', 'insured', 'provider', 'modifiers', 'pointers']);
const RESERVED = /^(true|false|yes|no|on|off|null|y|n|~)$/i;

export function yamlScalar(v: unknown): string {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return 'null';
  const s = String(v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  if (/^[A-Za-z][A-Za-z0-9 ._/()-]*$/.test(s) && !/\s$/.test(s) && !RESERVED.test(s)) return s;
  return JSON.stringify(s);
}

function isLeafMap(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => x === null || typeof x !== 'object');
}

function flow(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(flow).join(', ')}]`;
  if (v && typeof v === 'object') return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${flow(x)}`).join(', ')} }`;
  return yamlScalar(v);
}

function sortKeys(obj: Record<string, unknown>, path: readonly string[]): [string, unknown][] {
  const order = keyOrder(path);
  const rank = (k: string) => (order.indexOf(k) + 1 || 999);
  return Object.entries(obj)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => rank(a) - rank(b));
}

function sorted(v: unknown, path: readonly string[]): unknown {
  if (Array.isArray(v)) return v.map((x) => sorted(x, path));
  if (v && typeof v === 'object') return Object.fromEntries(sortKeys(v as Record<string, unknown>, path).map(([k, x]) => [k, sorted(x, [...path, k])]));
  return v;
}

function block(obj: Record<string, unknown>, indent: string, out: string[]): void {
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) {
      if (FLOW_KEYS.has(k) || v.every((x) => x === null || typeof x !== 'object')) {
        if (FLOW_KEYS.has(k) || !v.length) out.push(`${indent}${k}: ${flow(v)}`);
        else {
          out.push(`${indent}${k}:`);
          for (const x of v) out.push(`${indent}  - ${yamlScalar(x)}`);
        }
      } else {
        out.push(`${indent}${k}:`);
        for (const item of v) {
          const lines: string[] = [];
          if (item && typeof item === 'object' && !Array.isArray(item)) block(item as Record<string, unknown>, `${indent}    `, lines);
          else lines.push(`${indent}    ${yamlScalar(item)}`);
          if (lines.length) lines[0] = `${indent}  - ${lines[0].slice(indent.length + 4)}`;
          else lines.push(`${indent}  - {}`);
          out.push(...lines);
        }
      }
    } else if (v && typeof v === 'object') {
      if (FLOW_KEYS.has(k) && isLeafMap(v)) out.push(`${indent}${k}: ${flow(v)}`);
      else {
        out.push(`${indent}${k}:`);
        block(v as Record<string, unknown>, `${indent}  `, out);
      }
    } else out.push(`${indent}${k}: ${yamlScalar(v)}`);
  }
}

/** The claim as a practice-claim YAML file; `comments` become `# ` lines at the top. */
export function claimToYaml(value: Record<string, unknown>, comments: readonly string[] = []): string {
  const out = comments.map((c) => `# ${c.replace(/[\r\n]+/g, ' ')}`);
  block(sorted(value, []) as Record<string, unknown>, '', out);
  return `${out.join('\n')}\n`;
}
