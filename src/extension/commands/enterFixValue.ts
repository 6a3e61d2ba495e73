// Fixes whose value the trainee types (Fix.input, e.g. the original claim number of box 22): ask
// with the fix's own title, prompt and check, then apply the edits the engine builds from the
// answer (src/engine/fixInput.ts). "Enter Original Reference Number (Box 22)…" is the same for the
// palette, with the missing-original-reference rule's input.
import * as vscode from 'vscode';
import * as z from 'zod';
import { checkFixInput, fixInputEdits } from '../../engine/fixInput';
import { ORIGINAL_REFERENCE_INPUT } from '../../engine/rules/missing-original-reference';
import type { FixInput } from '../../engine/types';
import { isClaimDocument } from '../linting';
import { fresh, toWorkspaceEdit } from '../providers/common';
import type { Services } from './services';

/** Arguments come from code actions, but a command can be run by anything: check them. */
const FixInputSchema = z.strictObject({
  action: z.string().max(200),
  title: z.string().max(200),
  prompt: z.string().max(1000),
  placeHolder: z.string().max(200).optional(),
  pattern: z.string().max(500),
  invalidMessage: z.string().max(500),
  path: z.array(z.union([z.string().max(200), z.number().int().min(0)])).min(1).max(20),
});

export async function enterFixValue({ linter }: Services, uri?: unknown, input?: unknown, given?: unknown): Promise<boolean> {
  const parsed = FixInputSchema.safeParse(input);
  if (!parsed.success) return false;
  return askAndApply(linter, uri instanceof vscode.Uri ? uri : undefined, parsed.data, typeof given === 'string' ? given : undefined);
}

export function fillOriginalReference({ linter }: Services, uri?: unknown, given?: unknown): Promise<boolean> {
  return askAndApply(linter, uri instanceof vscode.Uri ? uri : undefined, ORIGINAL_REFERENCE_INPUT, typeof given === 'string' ? given : undefined);
}

async function askAndApply(linter: Services['linter'], uri: vscode.Uri | undefined, input: FixInput, given: string | undefined): Promise<boolean> {
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!doc || !isClaimDocument(doc)) return false;
  const value = given ?? (await vscode.window.showInputBox({ title: input.title, prompt: input.prompt, placeHolder: input.placeHolder, validateInput: (v) => checkFixInput(input, v) }));
  if (!value) return false;
  const lint = await fresh(linter, doc);
  const edits = lint && fixInputEdits(lint.result.doc, input, value);
  if (!edits) return false;
  return vscode.workspace.applyEdit(toWorkspaceEdit(doc, edits));
}
