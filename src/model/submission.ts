// The submission result: ONE zod schema, used by the simulated payer (its output type), the
// submission history (each line is validated with it), the remittance panel (its view extends it)
// and `claimlint submit --format json`. Pure.
import { z } from 'zod';

const Money = z.number().finite();
const Group = z.enum(['CO', 'PR', 'OA', 'PI']);

export const SUBMISSION_STATUSES = ['rejected', 'denied', 'partially-paid', 'paid'] as const;
export const SubmissionStatusSchema = z.enum(SUBMISSION_STATUSES);

/** Short labels (history lists, status bar, panel titles). */
export const STATUS_LABEL: Readonly<Record<z.infer<typeof SubmissionStatusSchema>, string>> = { rejected: 'Rejected', denied: 'Denied', 'partially-paid': 'Partially paid', paid: 'Paid' };

export const ReasonSchema = z.object({
  ruleId: z.string(),
  /** 1-based service line, or null for the whole claim. */
  line: z.number().int().nullable(),
  carc: z.string().nullable(),
  rarc: z.array(z.string()),
  group: Group.nullable(),
  message: z.string(),
  /** CMS-1500 box and the dotted field path, so the panel can link back to the claim. */
  box: z.string(),
  path: z.string(),
  /** Offsets of the finding in the submitted text. */
  range: z.object({ start: z.number().int(), end: z.number().int() }),
});

export const AdjustmentSchema = z.object({ group: Group, carc: z.string(), rarc: z.array(z.string()), amount: Money });

export const LineResultSchema = z.object({
  line: z.number().int(),
  code: z.string(),
  status: z.enum(['paid', 'denied', 'rejected']),
  billed: Money,
  allowed: Money,
  paid: Money,
  patientResponsibility: Money,
  adjustments: z.array(AdjustmentSchema),
});

export const SubmissionResultSchema = z.object({
  claimId: z.string(),
  payerId: z.string(),
  /** The payer profile's name, when the claim names a known profile. */
  payerName: z.string().max(200).optional(),
  status: SubmissionStatusSchema,
  stage: z.enum(['front-end', 'adjudication']),
  submittedAt: z.string(),
  reasons: z.array(ReasonSchema),
  lines: z.array(LineResultSchema),
  totals: z.object({ billed: Money, paid: Money, patientResponsibility: Money }),
  /** 277CA-style acknowledgment for a rejection: A6 missing, A7 invalid, A8 relational. */
  acknowledgment: z.object({ statusCategory: z.enum(['A6', 'A7', 'A8']), description: z.string() }).optional(),
  /** Who receives the payment (box 13 decides when the profile requires it). */
  payTo: z.enum(['provider', 'patient']),
  /** The payer's claim control number, for a replacement (box 22). */
  payerClaimNumber: z.string().optional(),
  /** Fingerprint of the submitted claim, for duplicate detection. */
  contentHash: z.string(),
  notes: z.array(z.string()),
});

export type SubmissionStatus = z.infer<typeof SubmissionStatusSchema>;
export type Reason = z.infer<typeof ReasonSchema>;
export type Adjustment = z.infer<typeof AdjustmentSchema>;
export type LineResult = z.infer<typeof LineResultSchema>;
export type SubmissionResult = z.infer<typeof SubmissionResultSchema>;
