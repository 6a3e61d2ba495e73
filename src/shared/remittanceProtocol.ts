// Messages between the extension and the remittance panel, validated with zod on both sides.
import * as z from 'zod';
import { AdjustmentSchema, LineResultSchema, ReasonSchema, SubmissionResultSchema } from '../model/submission';

// The view is the one submission-result schema (src/model/submission.ts) plus explanations.
const Reason = ReasonSchema.extend({ explanation: z.string().optional() });
const Line = LineResultSchema.extend({ adjustments: z.array(AdjustmentSchema.extend({ meaning: z.string().optional() })) });

export const RemittanceViewSchema = z.object({
  claimFile: z.string(),
  attempt: z.number().int(),
  result: SubmissionResultSchema.extend({ reasons: z.array(Reason), lines: z.array(Line) }),
  /** True when the claim text changed since this submission (links may point at moved text). */
  stale: z.boolean(),
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
  z.object({ type: z.literal('openDocs'), ruleId: z.string().regex(/^[a-z0-9-]+$/) }),
]);
export type RemittanceToExtension = z.infer<typeof RemittanceToExtensionSchema>;
