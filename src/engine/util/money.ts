// Money without floating point: amounts are read from their source text (when the document has it)
// and compared in integer cents. 0.1 + 0.2 must equal 0.30 on a claim.
import type { RuleContext } from '../rule';
import type { Path } from '../../model/text';
import { pathKey } from '../../parser/document';

export interface Amount {
  /** The amount rounded half-up to whole cents. */
  cents: number;
  /** Number of significant decimals (trailing zeros ignored): 145.50 → 1, 145.456 → 3. */
  decimals: number;
  /** Number of decimals as written: 145.50 → 2, 145.000 → 3. */
  writtenDecimals: number;
  /** The decimal text the amount was read from (source text when available). */
  text: string;
}

/** Decimal text of a number: its source text when it is a plain decimal, else a non-exponent rendering. */
export function decimalText(value: number, numberText?: string): string {
  const src = numberText?.trim().replace(/^\+/, '');
  if (src && /^-?\d+(\.\d*)?$/.test(src) && Number(src) === value) return src;
  const s = String(value);
  if (!/e/i.test(s)) return s;
  // Exponent notation: render with enough fixed decimals, then drop trailing zeros.
  return value.toFixed(20).replace(/\.?0+$/, '');
}

/** Parses an amount exactly from its decimal text. */
export function parseAmount(value: number, numberText?: string): Amount {
  const text = decimalText(value, numberText);
  const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(text);
  if (!m) return { cents: Math.round(value * 100), decimals: 0, writtenDecimals: 0, text };
  const negative = m[1] === '-';
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const whole = Number(m[2]);
  const firstTwo = Number((frac + '00').slice(0, 2));
  const roundUp = frac.length > 2 && Number(frac[2]) >= 5 ? 1 : 0;
  const abs = whole * 100 + firstTwo + roundUp;
  return { cents: negative ? -abs : abs, decimals: frac.length, writtenDecimals: (m[3] ?? '').length, text };
}

/** The amount at `path` when it is a valid number in the typed claim, with its source text. */
export function amountAt(ctx: RuleContext, path: Path, value: number | undefined): Amount | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || ctx.isInvalid(path)) return undefined;
  return parseAmount(value, ctx.doc.locations.get(pathKey(path))?.numberText);
}

/** Cents as a money string with 2 decimals: 14500 → "145.00", -5 → "-0.05". */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Sum of the line charges in cents, or undefined when a line's charge cannot be read (a missing or
 * invalid charge, or a line that is not a map): the total is then unknown, and that line's own
 * finding explains why.
 */
export function lineChargeSum(ctx: RuleContext): number | undefined {
  if (!ctx.claim.services || ctx.isInvalid(['services'])) return undefined;
  let sum = 0;
  for (let i = 0; i < ctx.services.length; i++) {
    const line = ctx.services[i];
    if (!line) return undefined;
    const a = amountAt(ctx, ['services', i, 'charge'], line.charge);
    if (!a) return undefined;
    sum += a.cents;
  }
  return sum;
}
