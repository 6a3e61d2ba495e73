// "Submit Claim (Practice)", "Show Submission History", "Export Submission History as CSV": the
// submission feature (src/extension/submission/) does the work.
import type { Services } from './services';

export const submitClaim = (s: Services, arg?: unknown) => s.submission.submit(arg);
export const showHistory = (s: Services) => s.submission.showHistory();
export const exportHistoryCsv = (s: Services, target?: unknown) => s.submission.exportCsv(target);
