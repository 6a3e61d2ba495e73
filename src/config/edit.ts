// Editing a workspace config file's text (pure): the "Disable rule in .claimlint.yaml" quick fix.
// YAML keeps its comments and layout (the yaml library's document model); JSON is rewritten with
// two-space indentation. A file that does not parse is left alone and the caller says why.
import { parseDocument } from 'yaml';

export type ConfigEdit = { ok: true; text: string } | { ok: false; problem: string };

/** `text` (possibly empty: a new file) with rules.<ruleId> set to 'off'. */
export function disableRuleInConfig(text: string, format: 'yaml' | 'json', ruleId: string): ConfigEdit {
  if (format === 'json') {
    let obj: unknown;
    try {
      obj = text.trim() ? JSON.parse(text) : {};
    } catch {
      return { ok: false, problem: 'is not valid JSON' };
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return { ok: false, problem: 'does not hold a JSON object' };
    const o = obj as Record<string, unknown>;
    o.rules = { ...((o.rules as object) ?? {}), [ruleId]: 'off' };
    return { ok: true, text: `${JSON.stringify(o, null, 2)}\n` };
  }
  const doc = parseDocument(text || '{}');
  if (doc.errors.length) return { ok: false, problem: 'has YAML errors' };
  doc.setIn(['rules', ruleId], 'off');
  return { ok: true, text: doc.toString() };
}
