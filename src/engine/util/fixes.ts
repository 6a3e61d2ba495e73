// Small fix-building helpers for the group-C rules, on top of EditBuilder.
import type { RuleContext } from '../rule';
import type { TextEdit } from '../types';
import type { Path } from '../../model/text';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Sets `parent.key` to `value`: replaces the value when the key is written (even with an empty
 * value), else inserts the property. YAML dates are written plain (2026-10-01), as claim files do.
 */
export function setValue(ctx: RuleContext, parent: Path, key: string, value: unknown): TextEdit[] | undefined {
  const path = [...parent, key];
  const yaml = ctx.doc.format === 'yaml';
  const quotedDate = typeof value === 'string' && ISO_DATE.test(value) ? JSON.stringify(value) : undefined;
  const plain = (e: TextEdit): TextEdit => (yaml && quotedDate ? { ...e, newText: e.newText.split(quotedDate).join(value as string) } : e);
  if (ctx.isPresent(path)) {
    const edits = ctx.edits.replaceValue(path, value);
    if (!edits) return undefined;
    return edits.map((e) => {
      const out = plain(e);
      // An empty YAML value sits right before a trailing comment: keep a space between them.
      const next = ctx.doc.text[e.end];
      return next !== undefined && !/[\s,}\]]/.test(next) ? { ...out, newText: `${out.newText} ` } : out;
    });
  }
  return ctx.edits.insertProperty(parent, key, value)?.map(plain);
}
