// The practice webviews: the Practice and Progress sidebar views (WebviewViewProvider, mode by view)
// and the result panel (one WebviewPanel reused). One bundle (media/dist/practice.js) renders all
// three; every message is validated with the zod protocol both ways; the page says `ready` before
// the extension posts (messages before that could be lost).
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import { PracticeToExtensionSchema, type PracticeMode, type PracticeToExtension, type PracticeToWebview, type ResultView } from '../../shared/practiceProtocol';
import { webviewHtml } from '../webviewHtml';

type Pong = Extract<PracticeToExtension, { type: 'pong' }>;
export type Action = Exclude<PracticeToExtension, { type: 'ready' | 'pong' }>;

const TITLES: Record<PracticeMode, string> = { practice: 'Practice cases', progress: 'Practice progress', result: 'Check my coding' };
const LOADING: Record<PracticeMode, string> = { practice: 'Loading the practice cases…', progress: 'Loading your progress…', result: 'Checking your coding…' };

/** Shared by the two views and the panel: html, validation, ready handshake, ping. */
class PracticePage {
  webview: vscode.Webview | undefined;
  ready = false;
  readonly stats = { readyCount: 0, invalidMessages: 0 };
  private readonly pings = new Map<string, (p: Pong) => void>();
  private pending: PracticeToWebview | undefined;

  constructor(
    readonly mode: PracticeMode,
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.OutputChannel,
    private readonly onReady: () => void,
    private readonly onAction: (a: Action) => Promise<unknown>,
  ) {}

  attach(webview: vscode.Webview): vscode.Disposable {
    this.webview = webview;
    this.ready = false;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [media] };
    webview.html = webviewHtml(webview, media, { title: TITLES[this.mode], styles: ['common.css', 'practice.css'], script: 'practice.js', loading: LOADING[this.mode], mainAttributes: `data-mode="${this.mode}" aria-busy="true"${this.mode === 'result' ? ' aria-live="polite"' : ''}` });
    return webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw));
  }

  detach(): void {
    this.webview = undefined;
    this.ready = false;
  }

  async receive(raw: unknown): Promise<boolean> {
    const parsed = PracticeToExtensionSchema.safeParse(raw);
    if (!parsed.success) {
      this.stats.invalidMessages++;
      this.log.appendLine(`Practice (${this.mode}): dropped an invalid message ${JSON.stringify(raw)?.slice(0, 200)}`);
      return false;
    }
    const msg = parsed.data;
    if (msg.type === 'ready') {
      this.ready = true;
      this.stats.readyCount++;
      if (this.pending) this.post(this.pending);
      this.onReady();
      return true;
    }
    if (msg.type === 'pong') {
      const done = this.pings.get(msg.nonce);
      this.pings.delete(msg.nonce);
      done?.(msg);
      return true;
    }
    try {
      await this.onAction(msg);
    } catch (e) {
      this.log.appendLine(`Practice (${this.mode}): ${msg.type} failed: ${(e as Error).stack ?? String(e)}`);
      this.post({ type: 'notice', level: 'error', text: `Something went wrong (${msg.type}); see the "Clean Claim Coach" output.` });
    }
    return true;
  }

  /** Posts now when the page is ready; a state message is kept for the next `ready`. */
  post(msg: PracticeToWebview): boolean {
    if (msg.type !== 'notice' && msg.type !== 'ping') this.pending = msg;
    if (!this.webview || !this.ready) return false;
    void this.webview.postMessage(msg).then(undefined, (e: unknown) => this.log.appendLine(`Practice: postMessage failed: ${String(e)}`));
    return true;
  }

  ping(timeoutMs = 5000): Promise<Pong> {
    const nonce = randomBytes(8).toString('hex');
    return new Promise<Pong>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pings.delete(nonce);
        reject(new Error(`the ${this.mode} webview did not answer`));
      }, timeoutMs);
      this.pings.set(nonce, (p) => {
        clearTimeout(timer);
        resolve(p);
      });
      if (!this.webview || !this.ready || !this.webview.postMessage({ type: 'ping', nonce })) {
        clearTimeout(timer);
        this.pings.delete(nonce);
        reject(new Error(`the ${this.mode} webview is not ready`));
      }
    });
  }
}

export class PracticeViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  readonly page: PracticePage;
  private view: vscode.WebviewView | undefined;
  private subs: vscode.Disposable[] = [];

  constructor(mode: 'practice' | 'progress', extensionUri: vscode.Uri, log: vscode.OutputChannel, onReady: () => void, onAction: (a: Action) => Promise<unknown>) {
    this.page = new PracticePage(mode, extensionUri, log, onReady, onAction);
  }

  get visible(): boolean {
    return !!this.view?.visible;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    for (const d of this.subs.splice(0)) d.dispose();
    this.view = view;
    this.subs.push(
      this.page.attach(view.webview),
      view.onDidDispose(() => {
        if (this.view === view) {
          this.view = undefined;
          this.page.detach();
        }
      }),
    );
  }

  dispose(): void {
    for (const d of this.subs.splice(0)) d.dispose();
  }
}

export class ResultPanel implements vscode.Disposable {
  readonly page: PracticePage;
  private panel: vscode.WebviewPanel | undefined;
  current: ResultView | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    log: vscode.OutputChannel,
    onAction: (a: Action) => Promise<unknown>,
  ) {
    this.page = new PracticePage('result', extensionUri, log, () => undefined, onAction);
  }

  get isOpen(): boolean {
    return !!this.panel;
  }

  async show(view: ResultView): Promise<void> {
    this.current = view;
    const title = `${view.examMode ? 'Recorded' : view.score === undefined ? 'Not graded' : view.passed ? 'Passed' : 'Not yet'}: ${view.caseId}`;
    if (!this.panel) {
      const media = vscode.Uri.joinPath(this.extensionUri, 'media');
      this.panel = vscode.window.createWebviewPanel('cleanClaimCoach.practiceResult', title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: false });
      this.panel.iconPath = vscode.Uri.joinPath(media, 'icon.svg');
      const sub = this.page.attach(this.panel.webview);
      this.panel.onDidDispose(() => {
        sub.dispose();
        this.panel = undefined;
        this.page.detach();
      });
    } else {
      this.panel.title = title;
      this.panel.reveal(this.panel.viewColumn ?? vscode.ViewColumn.Beside, true);
    }
    this.page.post({ type: 'result', view });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
