// Practice payer profiles (claim-format.md "Payer profiles"): the zod schema shared by the bundled
// data/payers.json and the `payers` key of a workspace config, plus code/range matching.
// Pure: no fs, no vscode.
import { z } from 'zod';
import { LIMITS } from './limits';

/** A procedure code or an inclusive range of same-length codes: "E0601", "70551-70553", "E0100-E0999". */
const CODE_PATTERN = /^[A-Z0-9]{1,7}(-[A-Z0-9]{1,7})?$/;

function patternProblem(p: string): string | undefined {
  const s = p.trim().toUpperCase();
  if (!CODE_PATTERN.test(s)) return `"${p}" is not a code or an inclusive range like "70551-70553"`;
  const [a, b] = s.split('-');
  if (b !== undefined && a.length !== b.length) return `"${p}": both ends of a range need the same number of characters`;
  if (b !== undefined && a > b) return `"${p}": the range starts after it ends`;
  return undefined;
}

const CodePatternSchema = z.string().superRefine((p, ctx) => {
  const problem = patternProblem(p);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Longest numberPattern accepted (README "Limits": maxPatternLength). */
export const MAX_PATTERN_LENGTH = LIMITS.maxPatternLength;
/** Longest value a numberPattern is matched against (README "Limits": maxPatternInput). */
export const MAX_PATTERN_INPUT = LIMITS.maxPatternInput;

/**
 * Why a payer's regular expression could take super-linear time, or undefined when it cannot. A
 * pattern in a workspace config runs in the editor of anyone who opens that folder, so only patterns
 * whose backtracking is bounded are accepted: no backreferences or lookarounds, and no quantifier on
 * a group that itself contains a quantifier or an alternation (`(a+)+`, `(a|aa)*`: exponential).
 * With inputs of at most MAX_PATTERN_INPUT characters the remaining patterns stay cheap.
 */
export function patternRisk(p: string): string | undefined {
  if (p.length > MAX_PATTERN_LENGTH) return `longer than ${MAX_PATTERN_LENGTH} characters`;
  const groups: { risky: boolean }[] = [{ risky: false }];
  let lastGroupRisky = false; // the atom just closed was a group containing a quantifier or |
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      const next = p[i + 1] ?? '';
      if (!inClass && (/[1-9]/.test(next) || next === 'k')) return 'it uses a backreference';
      i++;
      lastGroupRisky = false;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      lastGroupRisky = false;
      continue;
    }
    if (c === '(') {
      if (p.startsWith('(?=', i) || p.startsWith('(?!', i) || p.startsWith('(?<=', i) || p.startsWith('(?<!', i)) return 'it uses a lookaround';
      groups.push({ risky: false });
      lastGroupRisky = false;
      continue;
    }
    if (c === ')') {
      const g = groups.length > 1 ? groups.pop()! : { risky: false };
      lastGroupRisky = g.risky;
      if (g.risky) groups[groups.length - 1].risky = true;
      continue;
    }
    if (c === '|') {
      groups[groups.length - 1].risky = true;
      lastGroupRisky = false;
      continue;
    }
    if (c === '*' || c === '+' || c === '?' || c === '{') {
      const isQuantifier = c !== '{' || /^\{\d+(,\d*)?\}/.test(p.slice(i));
      if (isQuantifier) {
        if (lastGroupRisky && !(c === '?' && p[i - 1] !== ')')) return 'it repeats a group that itself repeats or alternates (like (a+)+), which can take exponential time';
        groups[groups.length - 1].risky = true;
        if (c === '{') i = p.indexOf('}', i);
      }
      lastGroupRisky = false;
      continue;
    }
    lastGroupRisky = false;
  }
  return undefined;
}

/** The payer's pattern compiled, or undefined when it is invalid or could run for long (patternRisk). */
export function compilePayerPattern(p: unknown): RegExp | undefined {
  if (typeof p !== 'string' || p === '' || patternRisk(p)) return undefined;
  try {
    return new RegExp(p);
  } catch {
    return undefined;
  }
}

const RegexSchema = z.string().superRefine((p, ctx) => {
  const risk = patternRisk(p);
  if (risk) {
    ctx.addIssue({ code: 'custom', message: `not accepted as a number pattern: ${risk}` });
    return;
  }
  try {
    new RegExp(p);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(e as Error).message}` });
  }
});

const Share = z.number().min(0).max(1);

export const PayerProfileSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  coverage: z.enum(['medicare', 'medicaid', 'tricare', 'champva', 'group', 'feca', 'other']),
  /** Days from the service date within which the claim must be filed (Medicare: 365). */
  timelyFilingDays: z.number().int().positive(),
  priorAuthorization: z
    .object({
      /** Codes or inclusive "A-B" ranges that need a prior authorization number in box 23. */
      required: z.array(CodePatternSchema).default([]),
      /** The authorization number must match this regular expression, when given. */
      numberPattern: RegexSchema.optional(),
    })
    .default({ required: [] }),
  referral: z
    .object({
      /** Every line needs a referring provider (DN + NPI) or a referral number… */
      required: z.boolean().default(false),
      /** …except lines at these places of service… */
      exemptPlacesOfService: z.array(z.string().regex(/^\d{2}$/, 'a two-digit place of service code')).default([]),
      /** …or with these codes / ranges. */
      exemptCodes: z.array(CodePatternSchema).default([]),
    })
    .default({ required: false, exemptPlacesOfService: [], exemptCodes: [] }),
  /** Box 13 (assignment of benefits) needed for the payer to pay the provider. */
  insuredSignatureRequired: z.boolean().default(false),
  payment: z.object({
    /** Mock fee schedule: allowed = charge × this. */
    allowedPercentOfCharge: Share,
    /** The patient's share of the allowed amount. */
    coinsurance: Share,
  }),
});
export type PayerProfile = z.infer<typeof PayerProfileSchema>;

/**
 * True when `code` equals one of the patterns or lies in one of its inclusive ranges. Ranges compare
 * codes of the same length as plain strings, so "99381-99397" and HCPCS ranges like "E0100-E0999"
 * both work; a code of another length never falls in a range. Case and surrounding spaces are ignored.
 */
export function codeMatches(code: string, patterns: readonly string[]): boolean {
  if (typeof code !== 'string') return false;
  const c = code.trim().toUpperCase();
  if (!c) return false;
  for (const raw of patterns) {
    if (typeof raw !== 'string') continue;
    const p = raw.trim().toUpperCase();
    const dash = p.indexOf('-');
    if (dash < 0) {
      if (c === p) return true;
      continue;
    }
    const from = p.slice(0, dash).trim();
    const to = p.slice(dash + 1).trim();
    if (!from || !to || from.length !== to.length || c.length !== from.length) continue;
    if (c >= from && c <= to) return true;
  }
  return false;
}
