// "Open Rule Documentation" (../ruleDocs.ts shows the page): takes a rule id, a Diagnostic or
// { ruleId } (code actions, webviews); without one, a pick list of every rule.
import { showRuleDocs } from '../ruleDocs';
import type { Services } from './services';

export function openRuleDocs(_s: Services, arg?: unknown): Promise<boolean> {
  return showRuleDocs(ruleIdFromArg(arg));
}

/** The command accepts a rule id, or a Diagnostic / { ruleId } from code actions and webviews. */
function ruleIdFromArg(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (arg && typeof arg === 'object') {
    const o = arg as { ruleId?: unknown; code?: unknown };
    if (typeof o.ruleId === 'string') return o.ruleId;
    const code = o.code as { value?: unknown } | string | undefined;
    if (typeof code === 'string') return code;
    if (code && typeof code.value === 'string') return code.value;
  }
  return undefined;
}
