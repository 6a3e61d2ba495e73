// compat re-export: remove after parallel branches merge (setValue is ctx.edits.setProperty in
// src/engine/edits.ts, the one edit builder)
import type { RuleContext } from '../rule';
import type { TextEdit } from '../types';
import type { Path } from '../../model/text';

export function setValue(ctx: RuleContext, parent: Path, key: string, value: unknown): TextEdit[] | undefined {
  return ctx.edits.setProperty(parent, key, value);
}
