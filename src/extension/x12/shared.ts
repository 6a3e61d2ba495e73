// Names shared by the X12 editor features: the virtual document schemes and which documents hold
// an 837P.
import * as vscode from 'vscode';
import { isX12FileName, looksLikeX12 } from '../../x12';

/** Read-only "837P preview" of a practice claim: path NAME.837p.x12, query = the claim's URI. */
export const PREVIEW_SCHEME = 'clean-claim-coach-837p';
/** Read-only X12 answer of a submission: path NAME.x12, query = the history entry id. */
export const ANSWER_SCHEME = 'clean-claim-coach-x12-answer';
export const X12_LANGUAGE = 'x12';

/** Every document the X12 hovers apply to. */
export const X12_SELECTOR: vscode.DocumentSelector = [{ language: X12_LANGUAGE }, { scheme: PREVIEW_SCHEME }, { scheme: ANSWER_SCHEME }, { pattern: '**/*.{837,x12,X12,edi,EDI}' }];

export function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? '';
}

/**
 * True when a document holds an 837P to lint: an X12 file name (*.837p.x12, *.837, *.x12, *.edi)
 * and, unless the name says 837 itself, a claim interchange (GS*HC or ST*837) at the top.
 */
export function holds837p(doc: vscode.TextDocument): boolean {
  if (doc.uri.scheme === PREVIEW_SCHEME || doc.uri.scheme === ANSWER_SCHEME) return false;
  const name = baseName(doc.uri);
  if (!isX12FileName(name)) return false;
  if (/\.(837p\.x12|837)$/i.test(name)) return true;
  const head = doc.getText(new vscode.Range(0, 0, 60, 0)).slice(0, 4200);
  return looksLikeX12(head) && /GS.HC.|ST.837/.test(head);
}
