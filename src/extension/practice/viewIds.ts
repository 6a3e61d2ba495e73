// The practice loop's sidebar view ids (package.json contributes.views names the same ids). Command
// ids live in the one COMMANDS table (src/extension/commands/index.ts).
export const PRACTICE_VIEW_ID = 'cleanClaimCoach.practice';
export const PROGRESS_VIEW_ID = 'cleanClaimCoach.progress';
/** VS Code's own "focus this view" command for the Progress view (not ours to register). */
export const FOCUS_PROGRESS_VIEW = `${PROGRESS_VIEW_ID}.focus`;
