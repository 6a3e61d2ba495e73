// What a practice submission can come back as, and how the product names each outcome.
import * as z from 'zod';

export const SUBMISSION_STATUSES = ['rejected', 'denied', 'partially-paid', 'paid'] as const;
export const SubmissionStatusSchema = z.enum(SUBMISSION_STATUSES);
export type SubmissionStatus = z.infer<typeof SubmissionStatusSchema>;

/** Short labels (history lists, status bar, panel titles). */
export const STATUS_LABEL: Readonly<Record<SubmissionStatus, string>> = { rejected: 'Rejected', denied: 'Denied', 'partially-paid': 'Partially paid', paid: 'Paid' };
