// Fixes whose value the trainee types (Fix.input): checking the answer and building its edits, so
// the editor glue only shows an input box and applies what comes back. Pure.
import type { ParsedDocument } from '../parser/document';
import { pathKey } from '../parser/document';
import { EditBuilder } from './edits';
import type { FixInput, TextEdit } from './types';

/** Why `answer` cannot be used, or undefined when it can. */
export function checkFixInput(input: FixInput, answer: string): string | undefined {
  return new RegExp(input.pattern).test(answer.trim()) ? undefined : input.invalidMessage;
}

/** The edits that write the trimmed answer at input.path, or undefined (bad answer, or no place for it). */
export function fixInputEdits(doc: ParsedDocument, input: FixInput, answer: string): TextEdit[] | undefined {
  if (checkFixInput(input, answer) !== undefined || input.path.length === 0) return undefined;
  const value = answer.trim();
  const edits = new EditBuilder(doc);
  if (doc.locations.has(pathKey(input.path))) return edits.replaceValue(input.path, value);
  return edits.insertProperty(input.path.slice(0, -1), String(input.path[input.path.length - 1]), value);
}
