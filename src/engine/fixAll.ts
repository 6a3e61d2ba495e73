// Fix All: the one engine function behind `claimlint --fix` and the editor's "Fix All" command.
// Applies every safe fix, re-lints and repeats until nothing changes (fixes whose edits overlap wait
// for the next pass), at most MAX_PASSES times. A pass that would make the file unreadable (a syntax
// error it did not have) is not kept. Pure.
import { applyFixes, safeFixesOf } from './applyFixes';
import { lintText, type LintOptions, type LintResult } from './lint';

export const MAX_PASSES = 5;

export interface FixAllResult {
  /** The fixed text (the input when nothing was fixed). */
  text: string;
  /** The lint result of `text`. */
  result: LintResult;
  /** True when `text` differs from the input. */
  changed: boolean;
  /** Safe fixes applied, over all passes. */
  applied: number;
  /** Titles of the fixes applied, in order (for reports). */
  titles: string[];
}

/** Applies safe fixes until stable. `first` may pass the input's lint result when already known. */
export function fixAll(text: string, options: LintOptions, first?: LintResult): FixAllResult {
  let current = text;
  let result = first ?? lintText(text, options);
  let applied = 0;
  const titles: string[] = [];
  const hadSyntaxErrors = result.doc.syntaxErrors.length > 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = safeFixesOf(result.findings);
    if (!fixes.length) break;
    const { text: next, used } = applyFixesCounted(current, fixes);
    if (next === current) break;
    const nextResult = lintText(next, options);
    if (!hadSyntaxErrors && nextResult.doc.syntaxErrors.length > 0) break; // never make a file unreadable
    current = next;
    result = nextResult;
    applied += used.length;
    titles.push(...used.map((f) => f.title));
  }
  return { text: current, result, changed: current !== text, applied, titles };
}

function applyFixesCounted(text: string, fixes: Parameters<typeof applyFixes>[1]) {
  const used: (typeof fixes)[number][] = [];
  const next = applyFixes(text, fixes, used);
  return { text: next, used };
}
