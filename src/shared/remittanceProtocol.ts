// Messages between the extension and the remittance panel, validated with zod on both sides.
import * as z from 'zod';

const Money = z.number().finite();
const Adjustment = z.object({ group: z.string(), carc: z.string(), rarc: z.array(z.string()), amount: Money, meaning: z.string().optional() });
const Line = z.object({
  line: z.number().int(),
  code: z.string(),
  status: z.enum(['paid', 'denied', 'rejected']),
  billed: Money,
  allowed: Money,
  paid: Money,
  patientResponsibility: Money,
  adjustments: z.array(Adjustment),
});
const Reason = z.object({
  ruleId: z.string(),
  line: z.number().int().nullable(),
  carc: z.string().nullable(),
  rarc: z.array(z.string()),
  group: z.string().nullable(),
  message: z.string(),
  box: z.string(),
  path: z.string(),
  range: z.object({ start: z.number().int(), end: z.number().int() }),
  explanation: z.string().optional(),
});

/** The payer's answers in X12 (the panel's X12 tab): one explained row per segment. */
const X12Answer = z.object({
  /** False when the 999 rejected the 837P: no 277CA or 835 follows. */
  accepted: z.boolean(),
  documents: z
    .array(z.object({ kind: z.enum(['999', '277CA', '835']), segments: z.array(z.object({ text: z.string().max(4000), about: z.string().max(2000) })).max(2000) }))
    .max(3),
});

export const RemittanceViewSchema = z.object({
  claimFile: z.string(),
  attempt: z.number().int(),
  result: z.object({
    claimId: z.string(),
    payerId: z.string(),
    payerName: z.string().max(200).optional(),
    status: z.enum(['rejected', 'denied', 'partially-paid', 'paid']),
    stage: z.enum(['front-end', 'adjudication']),
    submittedAt: z.string(),
    reasons: z.array(Reason),
    lines: z.array(Line),
    totals: z.object({ billed: Money, paid: Money, patientResponsibility: Money }),
    acknowledgment: z.object({ statusCategory: z.string(), description: z.string() }).optional(),
    payTo: z.enum(['provider', 'patient']),
    payerClaimNumber: z.string().optional(),
    notes: z.array(z.string()),
  }),
  /** True when the claim text changed since this submission (links may point at moved text). */
  stale: z.boolean(),
  x12: X12Answer.optional(),
});
export type RemittanceView = z.infer<typeof RemittanceViewSchema>;

export const RemittanceToWebviewSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('show'), view: RemittanceViewSchema })]);
export type RemittanceToWebview = z.infer<typeof RemittanceToWebviewSchema>;

export const RemittanceToExtensionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('reveal'), reason: z.number().int().min(0) }),
  z.object({ type: z.literal('fixAndResubmit') }),
  z.object({ type: z.literal('resubmit') }),
  z.object({ type: z.literal('showHistory') }),
  z.object({ type: z.literal('openX12') }),
  z.object({ type: z.literal('openDocs'), ruleId: z.string().regex(/^[a-z0-9-]+$/) }),
]);
export type RemittanceToExtension = z.infer<typeof RemittanceToExtensionSchema>;
