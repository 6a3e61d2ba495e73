// INTERIM placeholder written so the engine type-checks while the data engineer's implementation lands.
// The data engineer owns this file: replace it wholesale.
import { z } from 'zod';

export const PayerProfileSchema = z.object({
  id: z.string(),
  name: z.string(),
  coverage: z.enum(['medicare', 'medicaid', 'tricare', 'champva', 'group', 'feca', 'other']),
  timelyFilingDays: z.number().int().positive(),
  priorAuthorization: z.object({ required: z.array(z.string()).default([]), numberPattern: z.string().optional() }).default({ required: [] }),
  referral: z
    .object({ required: z.boolean().default(false), exemptPlacesOfService: z.array(z.string()).default([]), exemptCodes: z.array(z.string()).default([]) })
    .default({ required: false, exemptPlacesOfService: [], exemptCodes: [] }),
  insuredSignatureRequired: z.boolean().default(false),
  payment: z.object({ allowedPercentOfCharge: z.number().min(0).max(1), coinsurance: z.number().min(0).max(1) }),
});
export type PayerProfile = z.infer<typeof PayerProfileSchema>;

export function codeMatches(code: string, patterns: readonly string[]): boolean {
  const c = code.trim().toUpperCase();
  return patterns.some((p) => {
    const [a, b] = p.toUpperCase().split('-');
    if (b === undefined) return c === a;
    return c.length === a.length && c >= a && c <= b;
  });
}
