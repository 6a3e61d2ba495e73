// "Check My Coding": grade the claim (argument, active editor, or the last checked claim).
import type { PracticeFeature } from '../feature';

export function checkMyCoding(feature: PracticeFeature, arg?: unknown): Promise<unknown> {
  return feature.check(arg);
}
