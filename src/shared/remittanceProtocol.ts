// Messages between the extension and the remittance panel, in the style of every webview protocol
// (./protocol.ts): strict objects, bounded, parsed on both sides.
import * as z from 'zod';
import { SubmissionStatusSchema } from '../model/submission';
import { parseWith } from './protocol';

const Money = z.number().finite();
const Code = z.string().max(20);
const Text = z.string().max(4000);
const Adjustment = z.strictObject({ group: Code, carc: Code, rarc: z.array(Code).max(20), amount: Money, meaning: Text.optional() });
const Line = z.strictObject({
  line: z.number().int(),
  code: z.string().max(200),
  status: z.enum(['paid', 'denied', 'rejected']),
  billed: Money,
  allowed: Money,
  paid: Money,
  patientResponsibility: Money,
  adjustments: z.array(Adjustment).max(50),
});
const Reason = z.strictObject({
  ruleId: z.string().max(100),
  line: z.number().int().nullable(),
  carc: Code.nullable(),
  rarc: z.array(Code).max(20),
  group: Code.nullable(),
  message: Text,
  box: z.string().max(50),
  path: z.string().max(500),
  range: z.strictObject({ start: z.number().int(), end: z.number().int() }),
  explanation: Text.optional(),
});

export const RemittanceViewSchema = z.strictObject({
  claimFile: z.string().max(4000),
  attempt: z.number().int(),
  result: z.strictObject({
    claimId: z.string().max(200),
    payerId: z.string().max(200),
    payerName: z.string().max(200).optional(),
    status: SubmissionStatusSchema,
    stage: z.enum(['front-end', 'adjudication']),
    submittedAt: z.string().max(40),
    reasons: z.array(Reason).max(2000),
    lines: z.array(Line).max(2000),
    totals: z.strictObject({ billed: Money, paid: Money, patientResponsibility: Money }),
    acknowledgment: z.strictObject({ statusCategory: Code, description: Text }).optional(),
    payTo: z.enum(['provider', 'patient']),
    payerClaimNumber: z.string().max(200).optional(),
    notes: z.array(Text).max(100),
  }),
  /** True when the claim text changed since this submission (links may point at moved text). */
  stale: z.boolean(),
});
export type RemittanceView = z.infer<typeof RemittanceViewSchema>;

export const RemittanceToWebviewSchema = z.discriminatedUnion('type', [z.strictObject({ type: z.literal('show'), view: RemittanceViewSchema })]);
export type RemittanceToWebview = z.infer<typeof RemittanceToWebviewSchema>;

export const RemittanceToExtensionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('reveal'), reason: z.number().int().min(0).max(100_000) }),
  z.strictObject({ type: z.literal('fixAndResubmit') }),
  z.strictObject({ type: z.literal('resubmit') }),
  z.strictObject({ type: z.literal('showHistory') }),
  z.strictObject({ type: z.literal('openDocs'), ruleId: z.string().max(100).regex(/^[a-z0-9-]+$/) }),
]);
export type RemittanceToExtension = z.infer<typeof RemittanceToExtensionSchema>;

export const parseRemittanceToExtension = (raw: unknown) => parseWith(RemittanceToExtensionSchema, raw);
export const parseRemittanceToWebview = (raw: unknown) => parseWith(RemittanceToWebviewSchema, raw);
