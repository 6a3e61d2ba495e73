// Cursor context for hovers and completion (pure): which claim path sits at an offset, and the
// model schema (with its metadata) that describes it.
import { z } from 'zod';
import { ClaimSchema, fieldMeta, type FieldMeta } from '../model/claim';
import type { ParsedDocument } from '../parser/document';

export interface PathAt {
  path: string;
  /** The cursor is on the key (true) or on the value (false). */
  onKey: boolean;
  range: { start: number; end: number };
}

/** The narrowest located node containing `offset`. */
export function pathAt(doc: ParsedDocument, offset: number): PathAt | undefined {
  let best: PathAt | undefined;
  let bestLen = Infinity;
  for (const [path, loc] of doc.locations) {
    if (path === '') continue;
    for (const [r, onKey] of [[loc.key, true], [loc.value, false]] as const) {
      if (!r || offset < r.start || offset > r.end) continue;
      const len = r.end - r.start;
      if (len < bestLen || (len === bestLen && onKey)) {
        best = { path, onKey, range: r };
        bestLen = len;
      }
    }
  }
  return best;
}

function unwrap(s: z.ZodType): z.ZodType {
  let x = s;
  while (x instanceof z.ZodOptional || x instanceof z.ZodNullable) x = x.unwrap() as z.ZodType;
  return x;
}

/** The schema at a dotted path (list indices skipped), or undefined for unknown paths. */
export function schemaAt(path: string): z.ZodType | undefined {
  let s: z.ZodType = ClaimSchema;
  for (const seg of path.split('.').filter(Boolean)) {
    const u = unwrap(s);
    if (u instanceof z.ZodArray) {
      if (!/^\d+$/.test(seg)) return undefined;
      s = u.element as z.ZodType;
      continue;
    }
    if (u instanceof z.ZodUnion) {
      const obj = (u.options as z.ZodType[]).map(unwrap).find((o) => o instanceof z.ZodObject) as z.ZodObject | undefined;
      if (!obj) return undefined;
      s = (obj.shape as Record<string, z.ZodType>)[seg];
    } else if (u instanceof z.ZodObject) s = (u.shape as Record<string, z.ZodType>)[seg];
    else return undefined;
    if (!s) return undefined;
  }
  return s;
}

export function metaAt(path: string): FieldMeta | undefined {
  const s = schemaAt(path);
  if (!s) return undefined;
  return fieldMeta(s) ?? fieldMeta(unwrap(s));
}

/** Keys valid in the map at `path`, with their metadata. */
export function keysAt(path: string): { key: string; meta?: FieldMeta; isContainer: boolean }[] {
  const s = path === '' ? ClaimSchema : schemaAt(path);
  if (!s) return [];
  let u = unwrap(s);
  if (u instanceof z.ZodArray) u = unwrap(u.element as z.ZodType);
  if (u instanceof z.ZodUnion) u = (u.options as z.ZodType[]).map(unwrap).find((o) => o instanceof z.ZodObject) ?? u;
  if (!(u instanceof z.ZodObject)) return [];
  return Object.entries(u.shape as Record<string, z.ZodType>).map(([key, child]) => {
    const inner = unwrap(child);
    return { key, meta: fieldMeta(child) ?? fieldMeta(inner), isContainer: inner instanceof z.ZodObject || inner instanceof z.ZodArray || inner instanceof z.ZodUnion };
  });
}

/** Allowed values of an enum field, if it is one. */
export function enumValues(path: string): string[] | undefined {
  const s = schemaAt(path);
  const u = s && unwrap(s);
  return u instanceof z.ZodEnum ? (u.options as string[]) : undefined;
}
