// The career guide's webview view, titled "Career & Claims" (id cleanClaimCoach.guide). Owns the webview HTML (strict CSP,
// resources only from media/), validates every incoming message, applies state changes through the
// GuideStore and pushes state and the practice-claims list back to the webview.
import * as vscode from 'vscode';
import { COMMAND } from '../commands';
import { webviewHtml } from '../webviewHtml';
import { ClaimFileList } from './claimList';
import { Pinger } from './pinger';
import { localToday } from '../../util/dates';
import { isStateMessage } from '../../guidance/state';
import {
  parseSidebarToExtension,
  type ClaimSummary,
  type ReadinessView,
  type SubmissionRow,
  type SidebarTab,
  type SidebarToExtension,
  type SidebarToWebview,
} from '../../shared/sidebarProtocol';
import type { GuideStore } from '../guidance/store';

export const GUIDE_VIEW_ID = 'cleanClaimCoach.guide';

/** The commands the "Practice claims" section may run (the protocol names them, ../commands declares them). */
const CLAIM_COMMAND_IDS = { lintAll: COMMAND.lintAll, submitCurrent: COMMAND.submitClaim } as const;

type Pong = Extract<SidebarToExtension, { type: 'pong' }>;

export interface GuideViewDeps {
  extensionUri: vscode.Uri;
  store: GuideStore;
  log: vscode.LogOutputChannel;
  /** Only the data's source URLs may be opened. */
  isAllowedUrl: (url: string) => boolean;
  exportProgress: () => Thenable<unknown>;
  /** The mock payer's submission history (absent until that feature is registered). */
  history?: { rows(): Promise<SubmissionRow[]>; onDidChange: vscode.Event<void>; open(id: string): Promise<unknown> };
  importProgress: () => Thenable<unknown>;
  /** Whether the linter has published diagnostics for a claim file (absent: every file counts as checked). */
  isChecked?: (uri: vscode.Uri) => boolean;
  /** Exam readiness by exam area from practice (../practice/readiness.ts ReadinessRelay; undefined until practice is up). */
  readiness?: { get(): Promise<ReadinessView | undefined>; onDidChange(listener: () => void): { dispose(): void } };
}

export class GuideViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private viewDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private claims: ClaimSummary[] = [];
  private readonly claimList = new ClaimFileList(() => this.scheduleClaims());
  private claimsTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly pinger = new Pinger<Pong>();
  /** The page of the current view has sent `ready` (messages before that could be missed). */
  private webviewReady = false;
  private pendingTab: SidebarTab | undefined;
  /** The last readiness posted (tests read it). */
  private readiness: ReadinessView | undefined;
  /** Counters for tests and diagnostics. */
  readonly stats = { resolveCount: 0, readyCount: 0, invalidMessages: 0, readinessPosts: 0 };

  constructor(private readonly deps: GuideViewDeps) {
    this.disposables.push(
      deps.store.onDidChange(() => this.postState()),
      vscode.languages.onDidChangeDiagnostics(() => this.scheduleClaims()),
      ...(deps.history ? [deps.history.onDidChange(() => void this.postHistory())] : []),
      ...(deps.readiness ? [deps.readiness.onDidChange(() => void this.postReadiness())] : []),
    );
    this.disposables.push(this.claimList);
  }

  get isResolved(): boolean {
    return this.view !== undefined;
  }

  /** The view is resolved and shown (tests wait on it instead of sleeping). */
  get isVisible(): boolean {
    return this.view?.visible === true;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.disposeView();
    this.view = view;
    this.webviewReady = false;
    this.stats.resolveCount++;
    const media = vscode.Uri.joinPath(this.deps.extensionUri, 'media');
    view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [media] };
    view.webview.html = this.html(view.webview, media);
    this.viewDisposables.push(
      view.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw)),
      view.onDidChangeVisibility(() => {
        if (view.visible) this.scheduleClaims(0);
      }),
      view.onDidDispose(() => {
        if (this.view === view) {
          this.view = undefined;
          this.disposeView();
        }
      }),
    );
  }

  /** Shows the view, on a given tab (sent now if the page is ready, else right after its `ready`). */
  async reveal(tab?: SidebarTab): Promise<void> {
    this.pendingTab = tab;
    await vscode.commands.executeCommand(`${GUIDE_VIEW_ID}.focus`);
    if (this.webviewReady) this.flushTab();
  }

  private flushTab(): void {
    if (this.pendingTab && this.post({ type: 'selectTab', tab: this.pendingTab })) this.pendingTab = undefined;
  }

  /** Entry point for every message from the webview (also used by the test hook). */
  async receive(raw: unknown): Promise<boolean> {
    const parsed = parseSidebarToExtension(raw);
    if (!parsed.ok) {
      this.stats.invalidMessages++;
      this.deps.log.warn(`Guide: dropped ${parsed.error}`);
      return false;
    }
    const msg = parsed.message;
    try {
      await this.handle(msg);
    } catch (e) {
      this.deps.log.error(`Guide: handling ${msg.type} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      this.post({ type: 'notice', level: 'error', text: `Something went wrong (${msg.type}); see the "Clean Claim Coach Guide" output.` });
    }
    return true;
  }

  /** Sends a ping and waits for the webview's pong (what it currently shows). */
  ping(timeoutMs = 5000): Promise<Pong> {
    return this.pinger.ping((nonce) => this.post({ type: 'ping', nonce }), timeoutMs);
  }

  lastClaims(): readonly ClaimSummary[] {
    return this.claims;
  }

  lastReadiness(): ReadinessView | undefined {
    return this.readiness;
  }

  private async handle(msg: SidebarToExtension): Promise<void> {
    if (isStateMessage(msg)) {
      if (!this.deps.store.apply(msg)) this.postState();
      return;
    }
    switch (msg.type) {
      case 'ready':
        this.stats.readyCount++;
        this.webviewReady = true;
        this.postState();
        this.flushTab();
        await this.refreshClaims();
        await this.postHistory();
        await this.postReadiness();
        return;
      case 'openExternal':
        if (!this.deps.isAllowedUrl(msg.url)) {
          this.deps.log.warn(`Guide: refused to open a URL that is not a listed source: ${msg.url}`);
          return;
        }
        await vscode.env.openExternal(vscode.Uri.parse(msg.url, true));
        return;
      case 'openClaim': {
        const known = this.claims.find((c) => c.uri === msg.uri);
        if (!known) {
          this.deps.log.warn(`Guide: refused to open a file that is not a listed claim: ${msg.uri}`);
          return;
        }
        await vscode.window.showTextDocument(vscode.Uri.parse(known.uri, true), { preview: false });
        return;
      }
      case 'runCommand':
        await this.runClaimCommand(CLAIM_COMMAND_IDS[msg.command]);
        return;
      case 'refreshClaims':
        this.claimList.invalidate();
        await this.refreshClaims();
        await this.postHistory();
        return;
      case 'openSubmission':
        await this.deps.history?.open(msg.id);
        return;
      case 'exportProgress':
        await this.deps.exportProgress();
        return;
      case 'searchCodes': {
        // The lookup lives with the Find a Code command (src/extension/commands/findCode.ts).
        const found = await vscode.commands.executeCommand<Omit<Extract<SidebarToWebview, { type: 'codeResults' }>, 'type' | 'seq'>>(COMMAND.searchCodes, { query: msg.query, fiscalYear: msg.fiscalYear ?? undefined });
        if (found) this.post({ type: 'codeResults', seq: msg.seq, ...found });
        return;
      }
      case 'insertCode':
        await vscode.commands.executeCommand(COMMAND.findCode, { code: msg.code, where: msg.where });
        return;
      case 'importProgress':
        await this.deps.importProgress();
        return;
      case 'showPractice':
        // the view's own focus command (VS Code declares it for every contributed view)
        await vscode.commands.executeCommand('cleanClaimCoach.practice.focus');
        return;
      case 'pong':
        this.pinger.answer(msg);
        return;
    }
  }

  private async runClaimCommand(command: string): Promise<void> {
    await vscode.commands.executeCommand(command);
    this.scheduleClaims();
  }

  private scheduleClaims(delay = 300): void {
    if (!this.view?.visible) return;
    if (this.claimsTimer) clearTimeout(this.claimsTimer);
    this.claimsTimer = setTimeout(() => {
      this.claimsTimer = undefined;
      void this.refreshClaims();
    }, delay);
  }

  /** Recounts diagnostics per claim file; searches the workspace only when the file list is stale. */
  private async refreshClaims(): Promise<void> {
    if (!this.view) return;
    const { claims, truncated } = await this.claimList.summaries(this.deps.isChecked);
    this.claims = claims;
    this.post({ type: 'claims', claims, truncated });
  }

  private async postHistory(): Promise<void> {
    if (!this.deps.history || !this.webviewReady) return;
    try {
      this.post({ type: 'history', rows: (await this.deps.history.rows()).slice(-500) });
    } catch (e) {
      this.deps.log.warn(`Guide: reading the submission history failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private async postReadiness(): Promise<void> {
    if (!this.deps.readiness || !this.webviewReady) return;
    try {
      const readiness = await this.deps.readiness.get();
      if (readiness && this.post({ type: 'readiness', readiness })) {
        this.readiness = readiness;
        this.stats.readinessPosts++;
      }
    } catch (e) {
      this.deps.log.warn(`Guide: building the exam readiness failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private postState(): void {
    this.post({ type: 'state', state: this.deps.store.get(), today: localToday() });
  }

  private post(msg: SidebarToWebview): boolean {
    if (!this.view) return false;
    void this.view.webview.postMessage(msg).then(undefined, (e: unknown) => this.deps.log.warn(`Guide: postMessage failed: ${String(e)}`));
    return true;
  }

  private html(webview: vscode.Webview, media: vscode.Uri): string {
    return webviewHtml(webview, media, { title: 'Career & Claims', styles: ['common.css', 'sidebar.css'], script: 'sidebar.js', loading: 'Loading the career guide…', mainAttributes: 'aria-busy="true"' });
  }

  private disposeView(): void {
    for (const d of this.viewDisposables.splice(0)) d.dispose();
  }

  dispose(): void {
    this.disposeView();
    if (this.claimsTimer) clearTimeout(this.claimsTimer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
