// The practice loop's commands: start a case, check the coding, show the answer, dispute the key,
// the timed set; and, in test mode only, hooks that read its state and talk to its webviews. The
// practice feature (src/extension/practice/) does the work.
import type { Services } from './services';

export const practiceStart = (s: Services, arg?: unknown) => s.practice.start(arg);
export const practiceCheck = (s: Services, arg?: unknown) => s.practice.check(arg);
export const practiceShowAnswer = (s: Services, arg?: unknown) => s.practice.showAnswer(arg);
export const practiceDispute = (s: Services, arg?: unknown, text?: unknown) => s.practice.dispute(arg, text);
export const startTimedSet = (s: Services, opts?: unknown) => s.practice.startTimedSet(opts);
export const endTimedSet = (s: Services, opts?: unknown) => s.practice.endTimedSet(opts);
export const toggleTimedSet = (s: Services) => s.practice.toggleTimedSet();
export const testPracticeState = (s: Services) => s.practice.testState();
export const testPracticePing = (s: Services, view?: unknown) => s.practice.ping(view);
export const testPracticeMessage = (s: Services, view?: unknown, raw?: unknown) => s.practice.receive(view, raw);
