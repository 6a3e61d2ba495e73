// Helpers for the "is this box filled in?" rules: blank checks that respect schema issues, lists
// of missing parts, dotted-path conversion and date comparison.
import { isBlank, type RuleContext } from '../rule';
import type { Path } from '../../model/text';

/** 'services.0.code' → ['services', 0, 'code'] */
export function toPath(dotted: string): Path {
  return dotted === '' ? [] : dotted.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** True when the value at `path` is missing or blank and no schema issue already covers it. */
export function isMissing(ctx: RuleContext, path: Path, value: unknown): boolean {
  return !ctx.isInvalid(path) && isBlank(value);
}

/** Names of the parts of `obj` that are missing (skipping parts already reported as invalid). */
export function missingParts(ctx: RuleContext, base: Path, obj: Record<string, unknown> | undefined, parts: readonly string[]): string[] {
  if (ctx.isInvalid(base)) return [];
  return parts.filter((p) => isMissing(ctx, [...base, p], obj?.[p]));
}

/** "a", "a and b", "a, b and c" */
export function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}


/** The latest service date on the claim (from or to), if any. */
export function lastServiceDate(ctx: RuleContext): string | undefined {
  let last: string | undefined;
  for (const l of ctx.services) for (const d of [l?.from, l?.to]) if (d && (!last || d > last)) last = d;
  return last;
}
