// Messages between the extension and the remittance panel, in the style of every webview protocol
// (./protocol.ts): strict objects, bounded, parsed on both sides.
import * as z from 'zod';
import { parseWith } from './protocol';
import { AdjustmentSchema, LineResultSchema, ReasonSchema, SubmissionResultSchema } from '../model/submission';

// The view is the one submission-result schema (src/model/submission.ts) plus explanations.
const Reason = ReasonSchema.extend({ explanation: z.string().optional() });
const Line = LineResultSchema.extend({ adjustments: z.array(AdjustmentSchema.extend({ meaning: z.string().optional() })) });

/** The payer's answers in X12 (the panel's X12 tab): one explained row per segment. */
const X12Answer = z.strictObject({
  /** False when the 999 rejected the 837P: no 277CA or 835 follows. */
  accepted: z.boolean(),
  documents: z
    .array(z.strictObject({ kind: z.enum(['999', '277CA', '835']), segments: z.array(z.strictObject({ text: z.string().max(4000), about: z.string().max(2000) })).max(2000) }))
    .max(3),
});

export const RemittanceViewSchema = z.strictObject({
  claimFile: z.string().max(4000),
  attempt: z.number().int(),
  result: SubmissionResultSchema.extend({ reasons: z.array(Reason), lines: z.array(Line) }),
  /** True when the claim text changed since this submission (links may point at moved text). */
  stale: z.boolean(),
  x12: X12Answer.optional(),
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
  z.strictObject({ type: z.literal('openX12') }),
  z.strictObject({ type: z.literal('openDocs'), ruleId: z.string().max(100).regex(/^[a-z0-9-]+$/) }),
]);
export type RemittanceToExtension = z.infer<typeof RemittanceToExtensionSchema>;

export const parseRemittanceToExtension = (raw: unknown) => parseWith(RemittanceToExtensionSchema, raw);
export const parseRemittanceToWebview = (raw: unknown) => parseWith(RemittanceToWebviewSchema, raw);
