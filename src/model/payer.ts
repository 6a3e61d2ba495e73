// Practice payer profiles (claim-format.md "Payer profiles"): the zod schema shared by the bundled
// data/payers.json and the `payers` key of a workspace config, plus code/range matching.
// Pure: no fs, no vscode.
import { z } from 'zod';

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

const RegexSchema = z.string().superRefine((p, ctx) => {
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
