// The one style of every webview protocol (sidebarProtocol.ts, remittanceProtocol.ts): messages are
// zod discriminated unions of strict objects with bounded strings and lists, and both sides parse
// what they receive with parseWith (a bad message is dropped and logged, never thrown).
import type * as z from 'zod';

export type ParseResult<T> = { ok: true; message: T } | { ok: false; error: string };

export function parseWith<T>(schema: z.ZodType<T>, raw: unknown): ParseResult<T> {
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, message: r.data };
  const type = raw && typeof raw === 'object' && 'type' in raw ? String((raw as { type: unknown }).type).slice(0, 40) : '?';
  return { ok: false, error: `invalid message (type ${type}): ${r.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}` };
}
