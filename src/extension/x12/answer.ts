// The payer's answers in X12 for a practice submission: the 999 on the claim's 837P, then the
// 277CA (front-end rejection) or the 835 (adjudicated: CLP, CAS with CARC groups, SVC, LQ*HE).
// Shown in the remittance panel's "X12" tab (one explained row per segment), and as a read-only
// virtual document (`Open X12 Answer`) where the X12 hovers explain every segment and element.
import * as vscode from 'vscode';
import type { HistoryEntry } from '../../adjudication/history';
import { lintText } from '../../engine/lint';
import type { RemittanceView } from '../../shared/remittanceProtocol';
import { answerForDecided, safeClaimFileBase, type X12Answer } from '../../x12';
import { explainAnswer } from '../../x12/explainAnswer';
import type { ClaimLinter } from '../linting';
import type { SubmissionFeature } from '../submission/submission';
import { ANSWER_SCHEME } from './shared';

type X12View = NonNullable<RemittanceView['x12']>;

function claimFileUri(key: string): vscode.Uri {
  if (/^[a-z][a-z0-9+.-]*:/i.test(key)) return vscode.Uri.parse(key);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, key) : vscode.Uri.file(key);
}

export function answerUriFor(entry: HistoryEntry): vscode.Uri {
  return vscode.Uri.from({ scheme: ANSWER_SCHEME, path: `/${safeClaimFileBase(entry.claimId)}-attempt-${entry.attempt}.x12`, query: entry.id });
}

export class X12Answers implements vscode.TextDocumentContentProvider {
  constructor(
    private readonly linter: ClaimLinter,
    private readonly submission: SubmissionFeature,
  ) {}

  async answer(entry: HistoryEntry): Promise<X12Answer> {
    const setup = await this.linter.setupFor(claimFileUri(entry.file));
    const claim = lintText(entry.snapshot, setup.options).normalized.claim;
    return answerForDecided(claim, entry.result, setup.options);
  }

  /** The panel's X12 tab: each answer's segments with a one-line explanation. */
  async view(entry: HistoryEntry): Promise<X12View> {
    return explainAnswer(await this.answer(entry));
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const entry = (await this.submission.getHistory()).find((e) => e.id === uri.query);
    if (!entry) return `No practice submission with id ${uri.query} in the history (it may have been cleared).\n`;
    return (await this.answer(entry)).text;
  }

  /** Opens the X12 answer of a submission (default: the latest) beside the editor. */
  async open(id?: unknown): Promise<vscode.Uri | undefined> {
    const history = await this.submission.getHistory();
    const entry = typeof id === 'string' ? history.find((e) => e.id === id) : history[history.length - 1];
    if (!entry) {
      void vscode.window.showInformationMessage('No practice submission to show: submit a claim first.');
      return undefined;
    }
    const uri = answerUriFor(entry);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    return uri;
  }
}

export function registerAnswers(context: vscode.ExtensionContext, linter: ClaimLinter, submission: SubmissionFeature, log: vscode.OutputChannel): X12Answers {
  const answers = new X12Answers(linter, submission);
  submission.setX12View(async (entry) => {
    try {
      return await answers.view(entry);
    } catch (e) {
      log.appendLine(`X12 answer for ${entry.file} failed: ${(e as Error).stack ?? String(e)}`);
      return undefined;
    }
  });
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(ANSWER_SCHEME, answers));
  return answers;
}
