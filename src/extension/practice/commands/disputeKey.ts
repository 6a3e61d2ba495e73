// "Dispute Key…": the trainee's own rationale against a case's key, saved with its history.
import type { PracticeFeature } from '../feature';

export function disputeKey(feature: PracticeFeature, arg?: unknown, text?: unknown): Promise<unknown> {
  return feature.dispute(arg, text);
}
