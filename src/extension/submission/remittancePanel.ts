// The practice payer's answer in a webview panel laid out like the real document (277CA rejection
// notice or 835 remittance), with links back to the claim. One panel, reused; strict protocol both
// ways (src/shared/remittanceProtocol.ts).
import * as vscode from 'vscode';
import { explainCode, type HistoryEntry } from '../../adjudication';
import { STATUS_LABEL } from '../../model/submission';
import { parseRemittanceToExtension, RemittanceViewSchema, type RemittanceToExtension, type RemittanceToWebview, type RemittanceView } from '../../shared/remittanceProtocol';
import { webviewHtml } from '../webviewHtml';

export class RemittancePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private entry: HistoryEntry | undefined;
  current: RemittanceView | undefined;
  /** The payer's answers in X12 for the panel's X12 tab (set by the 837P feature). */
  x12View: ((entry: HistoryEntry) => Promise<RemittanceView['x12']>) | undefined;
  private ready = false;
  onAction: (action: Exclude<RemittanceToExtension, { type: 'ready' }>, entry: HistoryEntry | undefined) => Promise<void> = async () => undefined;

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
    const parsed = parseRemittanceToExtension(raw);
    if (!parsed.ok) {
      this.log.appendLine(`Remittance panel: dropped ${parsed.error.slice(0, 300)}`);
      return;
    }
    const msg = parsed.message;
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
