// What every claim-file provider shares: the document selector, the linter's fresh result for a
// document, the active code set, and offsets → vscode.Range.
import * as vscode from 'vscode';
import { practiceCodeBook, type IcdCodeSet } from '../../codesets';
import { fiscalYearOf } from '../../codesets/fiscalYear';
import { nearestYear } from '../../codesets/provider';
import type { Range } from '../../model/text';
import { CLAIM_GLOB } from '../../model/files';
import type { TextEdit } from '../../engine/types';
import type { ClaimLinter, DocumentLint } from '../linting';

export const CLAIM_SELECTOR: vscode.DocumentSelector = [{ pattern: CLAIM_GLOB }];

/** The linter's result for this version of the document (lints now when it has none). */
export async function fresh(linter: ClaimLinter, doc: vscode.TextDocument): Promise<DocumentLint | undefined> {
  const r = linter.result(doc.uri);
  return r && r.version === doc.version ? r : linter.lintNow(doc);
}

/** The ICD-10-CM code set of the claim's (first) date of service: the bundled year, else the configured or practice set. */
export const codesOf = (r: DocumentLint | undefined): IcdCodeSet => {
  const o = r?.setup?.options;
  if (!o?.codeSets || o.codeSets.unavailable) return o?.codes ?? practiceCodeBook();
  const dates = (r?.result.normalized.claim.services ?? []).map((l) => l?.from).filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d));
  const fy = fiscalYearOf(dates.sort()[0] ?? o.today);
  return o.codeSets.forYear(fy) ?? o.codeSets.forYear(nearestYear(o.codeSets, fy) ?? fy) ?? o.codes ?? practiceCodeBook();
};

export function toRange(doc: vscode.TextDocument, r: Range): vscode.Range {
  return new vscode.Range(doc.positionAt(r.start), doc.positionAt(r.end));
}

export function toWorkspaceEdit(doc: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(doc.uri, toRange(doc, e), e.newText);
  return edit;
}
