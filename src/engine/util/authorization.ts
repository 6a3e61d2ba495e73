// Box 23 (prior authorization / referral number) and box 17 helpers shared by the authorization and
// referral rules: which lines a payer profile says need an authorization or a referral, and what the
// claim carries in box 23.
import { codeMatches } from '../../model/payer';
import { isBlank, type RuleContext } from '../rule';
import type { Path } from '../../model/text';

export interface Box23 {
  /** The authorization number, trimmed ('' when blank or absent). */
  number: string;
  /** Where the number is (or would be) written. */
  path: Path;
  /** The validity window, when the object form gives one (valid dates only). */
  from?: string;
  to?: string;
  /** True when box 23 or its number held a value of the wrong type (already reported). */
  invalid: boolean;
}

export function box23(ctx: RuleContext): Box23 {
  const pa = ctx.claim.priorAuthorization;
  if (ctx.isInvalid(['priorAuthorization'])) return { number: '', path: ['priorAuthorization'], invalid: true };
  if (pa === undefined || typeof pa === 'string') return { number: (pa ?? '').trim(), path: ['priorAuthorization'], invalid: false };
  const valid = (k: 'from' | 'to') => (!isBlank(pa[k]) && !ctx.isInvalid(['priorAuthorization', k]) ? pa[k]!.trim() : undefined);
  return {
    number: (pa.number ?? '').trim(),
    path: ['priorAuthorization', 'number'],
    from: valid('from'),
    to: valid('to'),
    invalid: ctx.isInvalid(['priorAuthorization', 'number']),
  };
}

/** The payer profile's code patterns that need a prior authorization (empty when none or no profile). */
export function authorizationPatterns(ctx: RuleContext): readonly string[] {
  const required = ctx.payer?.priorAuthorization?.required;
  return Array.isArray(required) ? required.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [];
}

/** The line's procedure code when it is written and valid, else undefined. */
export function lineCode(ctx: RuleContext, i: number): string | undefined {
  const code = ctx.services[i]?.code;
  if (isBlank(code) || ctx.isInvalid(['services', i, 'code'])) return undefined;
  return code!.trim().toUpperCase();
}

/** 0-based indices of the lines whose code the payer profile lists as needing prior authorization. */
export function linesNeedingAuthorization(ctx: RuleContext): number[] {
  const patterns = authorizationPatterns(ctx);
  if (!patterns.length) return [];
  const out: number[] = [];
  ctx.services.forEach((_, i) => {
    const code = lineCode(ctx, i);
    if (code && codeMatches(code, patterns)) out.push(i);
  });
  return out;
}

/** "Service line 2 (70551)" — never a descriptor. */
export function lineLabel(ctx: RuleContext, i: number): string {
  const code = lineCode(ctx, i);
  return `Service line ${i + 1}${code ? ` (${code})` : ''}`;
}

/** "1", "1 and 3", "1, 2 and 4" (1-based line numbers). */
export function lineList(indices: readonly number[]): string {
  const n = indices.map((i) => String(i + 1));
  return n.length <= 1 ? n.join('') : `${n.slice(0, -1).join(', ')} and ${n[n.length - 1]}`;
}
