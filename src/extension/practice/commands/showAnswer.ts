// "Show Answer": the key and its rationale on explicit request (never during a timed set).
import type { PracticeFeature } from '../feature';

export function showAnswer(feature: PracticeFeature, arg?: unknown): Promise<unknown> {
  return feature.showAnswer(arg);
}
