// "Submit Claim (Practice)": lint the claim as it is in the editor, run the simulated payer, keep the
// result in the history and show it in a panel laid out like the real document (277CA rejection
// notice or 835 remittance). Also: the CodeLens on every claim, history browsing and CSV export.
import * as vscode from 'vscode';
import { adjudicate, historyToCsv, makeEntry, type HistoryEntry } from '../../adjudication';
import type { RemittanceView } from '../../shared/remittanceProtocol';
import { CLAIM_GLOB } from '../../model/files';
import { STATUS_LABEL, SUBMISSION_STATUSES } from '../../model/submission';
import { COMMAND } from '../commands';
import { isClaimDocument, type ClaimLinter } from '../linting';
import { SubmitCodeLens } from './codeLens';
import { RemittancePanel } from './remittancePanel';
import { HistoryStore } from './historyStore';
import { writeUriAtomic } from '../writeUri';
import type { SubmissionApi } from './api';


export interface SubmissionFeature extends SubmissionApi {
  submit(uri?: unknown): Promise<HistoryEntry | undefined>;
  showHistory(): Promise<void>;
  exportCsv(target?: unknown): Promise<vscode.Uri | undefined>;
  /** Reopens a past result in the panel, by history entry id. */
  openEntry(id: string): Promise<boolean>;
  /** The panel's current view (tests). */
  panelView(): RemittanceView | undefined;
  /** Supplies the X12 tab of the panel (999, 277CA / 835) for a submission. */
  setX12View(provider: (entry: HistoryEntry) => Promise<RemittanceView['x12']>): void;
}

export function registerSubmission(context: vscode.ExtensionContext, linter: ClaimLinter, log: vscode.OutputChannel): SubmissionFeature {
  const dir = context.storageUri ?? vscode.Uri.joinPath(context.globalStorageUri, 'no-workspace');
  const store = new HistoryStore(dir, log);
  const panel = new RemittancePanel(context.extensionUri, log);
  const lens = new SubmitCodeLens(store);
  context.subscriptions.push(store, panel, lens, vscode.languages.registerCodeLensProvider([{ pattern: CLAIM_GLOB }], lens));

  const fileKey = (uri: vscode.Uri) => (vscode.workspace.getWorkspaceFolder(uri) ? vscode.workspace.asRelativePath(uri, false) : uri.toString());

  async function submit(arg?: unknown): Promise<HistoryEntry | undefined> {
    const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    if (!uri) {
      void vscode.window.showInformationMessage('Open a practice claim (*.claim.yaml, *.claim.yml or *.claim.json) to submit it.');
      return undefined;
    }
    let doc: vscode.TextDocument;
    try {
      doc = await vscode.workspace.openTextDocument(uri);
    } catch (e) {
      void vscode.window.showErrorMessage(`Cannot open ${uri.fsPath}: ${(e as Error).message}`);
      return undefined;
    }
    if (!isClaimDocument(doc)) {
      void vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(uri)} is not a practice claim: claim files end in .claim.yaml, .claim.yml or .claim.json.`);
      return undefined;
    }
    const lint = await linter.lintNow(doc);
    if (!lint) return undefined;
    const key = fileKey(uri);
    const text = doc.getText();
    let entry: HistoryEntry;
    try {
      entry = await store.append((existing) => {
        const previous = existing.filter((e) => e.file === key).map((e) => e.result);
        const result = adjudicate(lint.result, { submittedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), previous });
        return makeEntry(result, key, text, existing);
      });
    } catch {
      return undefined; // the store told the user why (the history could not be read or written)
    }
    lens.refresh();
    await panel.show(entry, uri);
    const r = entry.result;
    void vscode.window.setStatusBarMessage(`Practice claim ${r.claimId}: ${STATUS_LABEL[r.status]} (attempt ${entry.attempt})`, 8000);
    return entry;
  }

  async function showHistory(): Promise<void> {
    const entries = (await store.read()).slice().reverse();
    if (!entries.length) {
      void vscode.window.showInformationMessage('No practice submissions yet: open a claim and run "Submit Claim (Practice)".');
      return;
    }
    const filter = await vscode.window.showQuickPick(
      [{ label: 'All submissions' }, ...SUBMISSION_STATUSES.map((s) => ({ label: STATUS_LABEL[s], status: s })), ...[...new Set(entries.map((e) => e.file))].map((f) => ({ label: `$(file) ${f}`, file: f }))],
      { title: 'Submission history: filter', placeHolder: 'All, by status, or by claim file' },
    );
    if (!filter) return;
    const f = filter as { status?: string; file?: string };
    const shown = entries.filter((e) => (!f.status || e.status === f.status) && (!f.file || e.file === f.file));
    const picked = await vscode.window.showQuickPick(
      shown.map((e) => ({ label: `${STATUS_LABEL[e.status]} · ${e.claimId} · attempt ${e.attempt}`, description: e.file, detail: `${e.submittedAt} · billed $${e.totals.billed.toFixed(2)} · paid $${e.totals.paid.toFixed(2)}`, entry: e })),
      { title: 'Submission history', placeHolder: 'Pick a submission to reopen its result', matchOnDescription: true },
    );
    if (picked) await panel.show(picked.entry, resolveFile(picked.entry.file));
  }

  async function exportCsv(target?: unknown): Promise<vscode.Uri | undefined> {
    const entries = await store.read();
    const uri =
      target instanceof vscode.Uri
        ? target
        : await vscode.window.showSaveDialog({ title: 'Export submission history', filters: { CSV: ['csv'] }, defaultUri: vscode.workspace.workspaceFolders?.[0] ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'submission-history.csv') : undefined });
    if (!uri) return undefined;
    await writeUriAtomic(uri, new TextEncoder().encode(historyToCsv(entries)));
    void vscode.window.showInformationMessage(`Exported ${entries.length} submission${entries.length === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(uri)}.`);
    return uri;
  }

  panel.onAction = async (action, current) => {
    const file = current ? resolveFile(current.file) : undefined;
    switch (action.type) {
      case 'reveal': {
        const reason = current?.result.reasons[action.reason];
        if (file && reason) await reveal(file, reason.range);
        break;
      }
      case 'fixAndResubmit': {
        const first = current?.result.reasons.find((r) => r.range.end > 0);
        if (file) await reveal(file, first?.range ?? { start: 0, end: 0 });
        break;
      }
      case 'resubmit':
        if (file) await submit(file);
        break;
      case 'showHistory':
        await showHistory();
        break;
      case 'openDocs':
        await vscode.commands.executeCommand(COMMAND.openRuleDocs, action.ruleId);
        break;
      case 'openX12':
        if (current) await vscode.commands.executeCommand(COMMAND.openX12Answer, current.id);
        break;
    }
  };

  async function openEntry(id: string): Promise<boolean> {
    const entry = (await store.read()).find((e) => e.id === id);
    if (!entry) return false;
    await panel.show(entry, resolveFile(entry.file));
    return true;
  }

  return { submit, showHistory, exportCsv, openEntry, getHistory: () => store.read(), onDidChangeHistory: store.onDidChange, panelView: () => panel.current, setX12View: (p) => (panel.x12View = p) };
}

function resolveFile(key: string): vscode.Uri {
  if (/^[a-z][a-z0-9+.-]*:/i.test(key)) return vscode.Uri.parse(key);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, key) : vscode.Uri.file(key);
}

async function reveal(uri: vscode.Uri, range: { start: number; end: number }): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
  const r = new vscode.Range(doc.positionAt(range.start), doc.positionAt(range.end));
  editor.selection = new vscode.Selection(r.start, r.end);
  editor.revealRange(r, vscode.TextEditorRevealType.InCenter);
}
