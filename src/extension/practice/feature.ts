// The practice loop's shared services: the case library, the practice log, the result panel and the
// two sidebar views; the operations every command runs (start a case, check the coding, show the
// answer, dispute the key) live here so commands, CodeLenses and webviews run the same code.
import { randomUUID } from 'crypto';
import * as vscode from 'vscode';
import { createFileExclusive } from '../../node/practiceFiles';
import { startingClaimYaml } from '../../practice/claimFromKey';
import { checkCoding, practiceCaseOf, type CheckResult } from '../../grading/check';
import { attemptRecord, practiceResult } from '../../grading/result';
import { caseProgress } from '../../practice/progress';
import type { LogEntry } from '../../practice/attemptLog';
import { formatFromFileName } from '../../parser/parse';
import { ResultViewSchema, type ResultView } from '../../shared/practiceProtocol';
import { isClaimDocument, type ClaimLinter } from '../linting';
import { caseNoteUri } from './caseNote';
import type { CaseLibrary, LibraryCase } from './library';
import type { PracticeStore } from './store';

export interface LastCheck {
  caseId: string;
  claimUri: vscode.Uri;
  check: CheckResult;
  attempt: number;
  at: string;
  showAnswer: boolean;
  examMode: boolean;
}

export interface PracticeHost {
  library: CaseLibrary;
  store: PracticeStore;
  linter: ClaimLinter;
  log: vscode.OutputChannel;
  /** Shows a result (the panel). */
  showResult(view: ResultView): Promise<void>;
  /** The timed set a case belongs to, when one is running (exam mode). */
  timedSetFor(caseId: string): { id: string } | undefined;
  /** A case of the running timed set was checked. */
  onTimedCheck?(caseId: string): Promise<void>;
}

export function practiceFolder(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, 'practice') : undefined;
}

export function claimUriFor(caseId: string): vscode.Uri | undefined {
  const dir = practiceFolder();
  return dir ? vscode.Uri.joinPath(dir, `${caseId}.claim.yaml`) : undefined;
}

export class PracticeFeature {
  last: LastCheck | undefined;

  constructor(readonly host: PracticeHost) {}

  /** Start (or reopen) a case: the claim in practice/, the note read-only beside it. */
  async start(caseId: string): Promise<{ claim: vscode.Uri; note: vscode.Uri; created: boolean } | undefined> {
    const found = await this.host.library.get(caseId);
    if (!found) {
      void vscode.window.showErrorMessage(`No practice case ${caseId} was found.`);
      return undefined;
    }
    const id = found.case.case.id;
    const claim = claimUriFor(id);
    if (!claim) {
      void vscode.window.showInformationMessage('Open a folder first: practice claims are saved in its practice/ folder.');
      return undefined;
    }
    let created = false;
    if (claim.scheme === 'file') {
      try {
        created = await createFileExclusive(claim.fsPath, startingClaimYaml(found.case));
      } catch (e) {
        void vscode.window.showErrorMessage(`Could not create ${vscode.workspace.asRelativePath(claim)}: ${(e as Error).message}`);
        return undefined;
      }
    } else {
      try {
        await vscode.workspace.fs.stat(claim);
      } catch {
        await vscode.workspace.fs.writeFile(claim, new TextEncoder().encode(startingClaimYaml(found.case)));
        created = true;
      }
    }
    const doc = await vscode.workspace.openTextDocument(claim);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
    const note = caseNoteUri(id);
    const noteDoc = await vscode.workspace.openTextDocument(note);
    await vscode.window.showTextDocument(noteDoc, { viewColumn: vscode.ViewColumn.Beside, preview: false, preserveFocus: true });
    if (!created) void vscode.window.setStatusBarMessage(`Reopened your claim for ${id}: nothing was overwritten.`, 6000);
    return { claim, note, created };
  }

  /** The claim document a command acts on: an explicit URI, the active claim, or the last checked claim. */
  async claimDocument(arg?: unknown): Promise<vscode.TextDocument | undefined> {
    const active = vscode.window.activeTextEditor?.document;
    const uri = arg instanceof vscode.Uri ? arg : active && isClaimDocument(active) ? active.uri : this.last?.claimUri;
    if (!uri) return undefined;
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      return isClaimDocument(doc) ? doc : undefined;
    } catch {
      return undefined;
    }
  }

  /** "Check my coding". `record: false` re-shows without saving an attempt (Show Answer with no check yet). */
  async check(arg?: unknown, opts: { record?: boolean; showAnswer?: boolean } = {}): Promise<ResultView | undefined> {
    const doc = await this.claimDocument(arg);
    if (!doc) {
      void vscode.window.showInformationMessage('Open a practice claim (start one from the Practice view) to check your coding.');
      return undefined;
    }
    const text = doc.getText();
    const format = formatFromFileName(doc.uri.path);
    const caseId = practiceCaseOf(text, format);
    if (!caseId) {
      void vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(doc.uri)} names no practice case: add \`practiceCase: CASE-ID\` at the top, or start a case from the Practice view.`);
      return undefined;
    }
    const found = await this.host.library.get(caseId);
    if (!found) {
      void vscode.window.showErrorMessage(`The claim names practice case ${caseId}, which was not found in the bundled cases or this workspace.`);
      return undefined;
    }
    const lint = await this.host.linter.lintNow(doc);
    const fixedToday = lint?.setup.config.config.today ?? (vscode.workspace.getConfiguration('cleanClaimCoach').get<string>('today') || undefined);
    const at = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const result = checkCoding(text, found.case, { lint: lint?.setup.options ?? { format, today: found.case.case.dateOfService }, fixedToday, at });
    const entries = await this.host.store.entries();
    const before = caseProgress(found.case.case.id, entries);
    const timed = this.host.timedSetFor(found.case.case.id);
    const record = opts.record !== false && !!result.grade;
    const attempt = before.attempts + (record ? 1 : 0);
    const entry = record ? attemptRecord(result, found.case, { id: randomUUID(), at, timedSetId: timed?.id, afterAnswer: before.answerShown }) : undefined;
    if (entry) await this.host.store.append(entry);
    this.last = { caseId: found.case.case.id, claimUri: doc.uri, check: result, attempt: Math.max(1, attempt), at, showAnswer: !!opts.showAnswer || before.answerShown, examMode: !!timed };
    const view = await this.render(found);
    if (record && timed) await this.host.onTimedCheck?.(found.case.case.id);
    return view;
  }

  /** Builds and shows the result of the last check; records that the key was shown when it was. */
  async render(found?: LibraryCase): Promise<ResultView | undefined> {
    const last = this.last;
    if (!last) return undefined;
    found ??= await this.host.library.get(last.caseId);
    if (!found) return undefined;
    last.examMode = !!this.host.timedSetFor(last.caseId);
    const progress = caseProgress(last.caseId, await this.host.store.entries());
    const result = practiceResult({
      practiceCase: found.case,
      check: last.check,
      claimFile: vscode.workspace.asRelativePath(last.claimUri, false),
      attempt: last.attempt,
      at: last.at,
      showAnswer: last.showAnswer,
      examMode: last.examMode,
      progress,
    });
    if (result.answerUnlocked && !progress.answerShown) {
      await this.host.store.append({ kind: 'reveal', id: randomUUID(), caseId: last.caseId, at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') });
    }
    const view: ResultView = ResultViewSchema.parse(result.view);
    await this.host.showResult(view);
    return view;
  }

  /** "Show answer": an explicit request; nothing in exam mode. */
  async showAnswer(arg?: unknown): Promise<ResultView | undefined> {
    const doc = await this.claimDocument(arg);
    const caseId = doc ? practiceCaseOf(doc.getText(), formatFromFileName(doc.uri.path)) : this.last?.caseId;
    if (caseId && this.host.timedSetFor(caseId)) {
      void vscode.window.showInformationMessage('Exam mode: answers come when the timed set ends.');
      return undefined;
    }
    if (this.last && caseId && this.last.caseId.toUpperCase() === caseId.toUpperCase()) {
      this.last.showAnswer = true;
      return this.render();
    }
    return this.check(doc?.uri ?? arg, { record: false, showAnswer: true });
  }

  /** "Dispute key": the trainee's own rationale, saved with the case's history. */
  async dispute(arg?: unknown, textArg?: unknown): Promise<LogEntry | undefined> {
    const doc = await this.claimDocument(arg);
    const caseId = (doc ? practiceCaseOf(doc.getText(), formatFromFileName(doc.uri.path)) : undefined) ?? this.last?.caseId;
    if (!caseId) {
      void vscode.window.showInformationMessage('Open a practice claim (or check one) to dispute its case key.');
      return undefined;
    }
    const found = await this.host.library.get(caseId);
    const id = found?.case.case.id ?? caseId;
    const text =
      typeof textArg === 'string'
        ? textArg
        : await vscode.window.showInputBox({
            title: `Dispute the key of ${id}`,
            prompt: 'Your own rationale: which code you would report and why (it is saved with this case and exported with your progress).',
            placeHolder: 'I think …',
            value: 'I think ',
            validateInput: (v) => (v.trim().length < 10 ? 'Write at least a sentence.' : v.length > 4000 ? 'At most 4,000 characters.' : undefined),
          });
    if (!text || text.trim().length < 1) return undefined;
    const entry: LogEntry = { kind: 'dispute', id: randomUUID(), caseId: id, at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), text: text.trim().slice(0, 4000) };
    await this.host.store.append(entry);
    if (this.last?.caseId === id) await this.render(found);
    void vscode.window.setStatusBarMessage(`Your rationale for ${id} was saved.`, 6000);
    return entry;
  }

  /** Reveal note lines (a level-2 hint's "Show in note"). */
  async showInNote(fromLine: number, toLine: number): Promise<void> {
    if (!this.last) return;
    const doc = await vscode.workspace.openTextDocument(caseNoteUri(this.last.caseId));
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    const from = Math.min(Math.max(0, fromLine - 1), doc.lineCount - 1);
    const to = Math.min(Math.max(from, toLine - 1), doc.lineCount - 1);
    const range = new vscode.Range(from, 0, to, doc.lineAt(to).text.length);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
  }

  async openClaim(): Promise<void> {
    if (!this.last) return;
    const doc = await vscode.workspace.openTextDocument(this.last.claimUri);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
  }
}

/** Whether a claim exists for a case in practice/ (file scheme only). */
export async function hasClaim(caseId: string): Promise<boolean> {
  const uri = claimUriFor(caseId);
  if (!uri) return false;
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
