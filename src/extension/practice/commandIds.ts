// The practice commands' ids (package.json contributes the same ids).
export const PRACTICE_COMMANDS = {
  start: 'cleanClaimCoach.practice.start',
  check: 'cleanClaimCoach.practice.check',
  showAnswer: 'cleanClaimCoach.practice.showAnswer',
  dispute: 'cleanClaimCoach.practice.dispute',
  startTimedSet: 'cleanClaimCoach.practice.startTimedSet',
  endTimedSet: 'cleanClaimCoach.practice.endTimedSet',
  toggleTimedSet: 'cleanClaimCoach.practice.toggleTimedSet',
  focusProgress: 'cleanClaimCoach.progress.focus',
} as const;

/** Registered only under the test runner. */
export const PRACTICE_TEST_COMMANDS = {
  state: 'cleanClaimCoach._test.practiceState',
  ping: 'cleanClaimCoach._test.practicePing',
  message: 'cleanClaimCoach._test.practiceMessage',
} as const;

export const PRACTICE_VIEW_ID = 'cleanClaimCoach.practice';
export const PROGRESS_VIEW_ID = 'cleanClaimCoach.progress';
