// "Submit Claim (Practice)": lint the claim as it is in the editor, run the simulated payer, keep the
// result in the history and show it in a panel laid out like the real document (277CA rejection
// notice or 835 remittance). Also: the CodeLens on every claim, history browsing and CSV export.
import * as vscode from 'vscode';
import { adjudicate, explainCode, historyToCsv, makeEntry, type HistoryEntry, type SubmissionResult } from '../../adjudication';
import { RemittanceToExtensionSchema, RemittanceViewSchema, type RemittanceToWebview, type RemittanceView } from '../../shared/remittanceProtocol';
import { isClaimDocument, type ClaimLinter } from '../linting';
import { webviewHtml } from '../webviewHtml';
import { HistoryStore, writeAtomic } from './historyStore';
import type { SubmissionApi } from './api';

const STATUS_LABEL: Record<SubmissionResult['status'], string> = { rejected: 'Rejected', denied: 'Denied', 'partially-paid': 'Partially paid', paid: 'Paid' };

export interface SubmissionFeature extends SubmissionApi {
  submit(uri?: vscode.Uri): Promise<HistoryEntry | undefined>;
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
  context.subscriptions.push(store, panel, lens, vscode.languages.registerCodeLensProvider([{ pattern: '**/*.claim.{yaml,yml,json}' }], lens));

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
    const entry = await store.append((existing) => {
      const previous = existing.filter((e) => e.file === key).map((e) => e.result);
      const result = adjudicate(lint.result, { submittedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), previous });
      return makeEntry(result, key, text, existing);
    });
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
      [{ label: 'All submissions' }, ...['rejected', 'denied', 'partially-paid', 'paid'].map((s) => ({ label: STATUS_LABEL[s as SubmissionResult['status']], status: s })), ...[...new Set(entries.map((e) => e.file))].map((f) => ({ label: `$(file) ${f}`, file: f }))],
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
    await writeAtomic(vscode.Uri.joinPath(uri, '..'), uri, historyToCsv(entries));
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
        await vscode.commands.executeCommand('cleanClaimCoach.openRuleDocs', action.ruleId);
        break;
      case 'openX12':
        if (current) await vscode.commands.executeCommand('cleanClaimCoach.openX12Answer', current.id);
        break;
    }
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('cleanClaimCoach.submitClaim', (arg?: unknown) => submit(arg)),
    vscode.commands.registerCommand('cleanClaimCoach.showHistory', () => showHistory()),
    vscode.commands.registerCommand('cleanClaimCoach.exportHistoryCsv', (target?: unknown) => exportCsv(target)),
  );

  async function openEntry(id: string): Promise<boolean> {
    const entry = (await store.read()).find((e) => e.id === id);
    if (!entry) return false;
    await panel.show(entry, resolveFile(entry.file));
    return true;
  }

  return { submit, openEntry, getHistory: () => store.read(), onDidChangeHistory: store.onDidChange, panelView: () => panel.current, setX12View: (p) => (panel.x12View = p) };
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

class RemittancePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private entry: HistoryEntry | undefined;
  current: RemittanceView | undefined;
  x12View: ((entry: HistoryEntry) => Promise<RemittanceView['x12']>) | undefined;
  private ready = false;
  onAction: (action: Exclude<ReturnType<typeof RemittanceToExtensionSchema.parse>, { type: 'ready' }>, entry: HistoryEntry | undefined) => Promise<void> = async () => undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.OutputChannel,
  ) {}

  async show(entry: HistoryEntry, uri: vscode.Uri): Promise<void> {
    this.entry = entry;
    let stale: boolean;
    try {
      stale = (await vscode.workspace.openTextDocument(uri)).getText() !== entry.snapshot;
    } catch {
      stale = true;
    }
    const r = entry.result;
    const x12 = await this.x12View?.(entry);
    const view: RemittanceView = RemittanceViewSchema.parse({
      claimFile: entry.file,
      attempt: entry.attempt,
      stale,
      x12,
      result: {
        ...r,
        reasons: r.reasons.map((x) => ({ ...x, explanation: [x.carc ? explainCode('CARC', x.carc) : undefined, ...x.rarc.map((c) => explainCode('RARC', c))].filter((t) => !!t).map((t) => `${t!.meaning} ${t!.action}`).join(' ') || undefined })),
        lines: r.lines.map((l) => ({ ...l, adjustments: l.adjustments.map((a) => ({ ...a, meaning: explainCode('CARC', a.carc)?.meaning })) })),
      },
    });
    this.current = view;
    const title = `${STATUS_LABEL[r.status]}: ${r.claimId}`;
    if (!this.panel) {
      this.ready = false;
      const media = vscode.Uri.joinPath(this.extensionUri, 'media');
      this.panel = vscode.window.createWebviewPanel('cleanClaimCoach.remittance', title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: false });
      this.panel.iconPath = vscode.Uri.joinPath(media, 'icon.svg');
      this.panel.webview.html = this.html(this.panel.webview);
      this.panel.webview.onDidReceiveMessage((m: unknown) => this.receive(m));
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.ready = false;
      });
    } else {
      this.panel.title = title;
      // Where the trainee left it ("Beside" would move it to a new column next to the active editor).
      this.panel.reveal(this.panel.viewColumn ?? vscode.ViewColumn.Beside, true);
    }
    if (this.ready) this.post({ type: 'show', view });
  }

  private post(msg: RemittanceToWebview): void {
    void this.panel?.webview.postMessage(msg);
  }

  private receive(raw: unknown): void {
    const parsed = RemittanceToExtensionSchema.safeParse(raw);
    if (!parsed.success) {
      this.log.appendLine(`Remittance panel: dropped an invalid message ${JSON.stringify(raw).slice(0, 200)}`);
      return;
    }
    const msg = parsed.data;
    if (msg.type === 'ready') {
      this.ready = true;
      if (this.current) this.post({ type: 'show', view: this.current });
      return;
    }
    void this.onAction(msg, this.entry);
  }

  private html(webview: vscode.Webview): string {
    return webviewHtml(webview, vscode.Uri.joinPath(this.extensionUri, 'media'), { title: 'Practice claim result', styles: ['remittance.css'], script: 'remittance.js', loading: "Loading the payer's answer…", mainAttributes: 'aria-live="polite"' });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

class SubmitCodeLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;
  private last = new Map<string, HistoryEntry>();

  constructor(private readonly store: HistoryStore) {
    void this.reload();
  }

  async reload(): Promise<void> {
    const m = new Map<string, HistoryEntry>();
    for (const e of await this.store.read()) m.set(e.file, e);
    this.last = m;
    this.emitter.fire();
  }

  refresh(): void {
    void this.reload();
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const top = new vscode.Range(0, 0, 0, 0);
    const lenses = [new vscode.CodeLens(top, { title: '$(play) Submit to practice payer', command: 'cleanClaimCoach.submitClaim', arguments: [doc.uri], tooltip: 'Send this claim to the simulated payer' })];
    const key = vscode.workspace.getWorkspaceFolder(doc.uri) ? vscode.workspace.asRelativePath(doc.uri, false) : doc.uri.toString();
    const last = this.last.get(key);
    if (last) lenses.push(new vscode.CodeLens(top, { title: `Last: ${STATUS_LABEL[last.status]}, paid $${last.totals.paid.toFixed(2)} (attempt ${last.attempt})`, command: 'cleanClaimCoach.showHistory' }));
    return lenses;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
