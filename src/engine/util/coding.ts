// compat re-export: remove after parallel branches merge. The helpers live by subject in
// ./codes.ts (shapes), ./modifiers.ts (modifiers, E/M), ./pointers.ts (box 21 letters and
// pointers), ./ages.ts, ./codeBook.ts (look-ups), ./serviceLines.ts; ICD spelling in
// src/codesets/icd.ts; replaceListEdits is ctx.edits.replaceList (src/engine/edits.ts).
import type { RuleContext } from '../rule';
import type { TextEdit } from '../types';

export { compactIcd, dottedIcd } from '../../codesets/icd';
export * from './codes';
export * from './modifiers';
export * from './pointers';
export * from './ages';
export * from './codeBook';
export * from './serviceLines';

export function replaceListEdits(ctx: RuleContext, path: ReadonlyArray<string | number>, items: readonly unknown[]): TextEdit[] | undefined {
  return ctx.edits.replaceList(path, items);
}
