// Live diagnostics for open claim documents. When to lint is LintScheduler's job (debounce, and a
// result published only for the text still in the editor); diagnostics are cleared when a
// document closes or its file is deleted. The latest result per document is kept for the
// providers (quick fixes, hovers, status bar) so they never lint twice.
import * as vscode from 'vscode';
import { lintText, type LintResult } from '../engine/lint';
import type { Finding } from '../engine/types';
import type { Severity } from '../model/severity';
import { CONFIG_GLOB, isClaimFileName } from '../model/files';
import { WorkspaceConfig, type ResolvedLintSetup } from '../node/workspace';
import { lintUnreadable } from '../engine/lint';
import { LIMITS } from '../model/limits';
import { fileTooLargeMessage } from '../parser/limits';
import { readSettings, type ExtensionSettings } from './settings';
import { ruleDocTarget } from './ruleDocs';
import { LintScheduler } from './lintScheduler';

export const PRODUCT = 'Clean Claim Coach';

export interface DocumentLint {
  uri: vscode.Uri;
  version: number;
  result: LintResult;
  setup: ResolvedLintSetup;
  /** Diagnostics as published, index-aligned with result.findings. */
  diagnostics: vscode.Diagnostic[];
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function isClaimDocument(doc: vscode.TextDocument): boolean {
  return isClaimFileName(doc.uri.path.split('/').pop() ?? '');
}

export class ClaimLinter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('clean-claim-coach');
  private readonly scheduler = new LintScheduler<ResolvedLintSetup, DocumentLint>({
    accepts: (doc) => isClaimDocument(doc),
    prepare: (doc) => this.setupFor(doc.uri),
    publish: (doc, text, version, setup) => this.publish(doc, text, version, setup),
    failed: (doc, e) => this.log.appendLine(`Linting ${doc.uri.toString()} failed: ${(e as Error).stack ?? String(e)}`),
  });
  private readonly latest = new Map<string, DocumentLint>();
  /** Files checked by Lint All: their diagnostics stay (from the saved file) when their editor closes. */
  private readonly workspaceLinted = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<DocumentLint>();
  private readonly reconfigured = new vscode.EventEmitter<void>();
  /** Fires after settings or a .claimlint file changed (other linters, e.g. the X12 one, re-lint). */
  readonly onDidReconfigure = this.reconfigured.event;
  /** Fires after diagnostics for a document are published. */
  readonly onDidLint = this.emitter.event;
  private settings: ExtensionSettings;
  private workspace: WorkspaceConfig;
  private readonly disposables: vscode.Disposable[] = [];
  /** Number of lint runs started (tests use it to prove closed documents are not linted). */
  get runs(): number {
    return this.scheduler.runs;
  }
  /** Lints scheduled (debounce timer set) or running: tests wait for 0 instead of sleeping. */
  get pending(): number {
    return this.scheduler.pending;
  }

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.OutputChannel,
  ) {
    this.settings = readSettings();
    this.workspace = this.makeWorkspace();
    this.reportSettingsProblems();
    this.disposables.push(
      this.collection,
      this.emitter,
      this.reconfigured,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && this.schedule(e.document)),
      vscode.workspace.onDidSaveTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidCloseTextDocument((d) => this.documentClosed(d.uri)),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((u) => this.forgetTree(u))),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach((f) => this.forgetTree(f.oldUri))),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('cleanClaimCoach')) this.reconfigure();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reconfigure()),
    );
    const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
    this.disposables.push(watcher, watcher.onDidChange(() => this.reconfigure()), watcher.onDidCreate(() => this.reconfigure()), watcher.onDidDelete(() => this.reconfigure()));
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  private makeWorkspace(): WorkspaceConfig {
    return new WorkspaceConfig({
      roots: (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath),
      settings: this.settings.claimlint,
      cacheDir: this.context.globalStorageUri.scheme === 'file' ? this.context.globalStorageUri.fsPath : undefined,
    });
  }

  private reportSettingsProblems(): void {
    for (const p of this.settings.problems) this.log.appendLine(p);
  }

  /** Config file or settings changed: re-read them and re-lint every open claim. */
  reconfigure(): void {
    this.settings = readSettings();
    this.workspace = this.makeWorkspace();
    this.reportSettingsProblems();
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
    this.reconfigured.fire();
  }

  /** Delay after typing before a re-lint (setting cleanClaimCoach.lint.debounceMs). */
  get debounceMs(): number {
    return this.settings.debounceMs;
  }

  result(uri: vscode.Uri): DocumentLint | undefined {
    return this.latest.get(uri.toString());
  }

  schedule(doc: vscode.TextDocument, delay = this.settings.debounceMs): void {
    this.scheduler.schedule(doc, delay);
  }

  /** Lints now (no debounce) and resolves when diagnostics are published. */
  lintNow(doc: vscode.TextDocument): Promise<DocumentLint | undefined> {
    return this.scheduler.lintNow(doc);
  }

  private publish(doc: vscode.TextDocument, text: string, version: number, setup: ResolvedLintSetup): DocumentLint {
    const result = lintText(text, setup.options);
    const diagnostics = result.findings.map((f) => this.toDiagnostic(doc, f));
    this.collection.set(doc.uri, diagnostics);
    const entry: DocumentLint = { uri: doc.uri, version, result, setup, diagnostics };
    this.latest.set(doc.uri.toString(), entry);
    this.emitter.fire(entry);
    return entry;
  }

  /** The "today" claims at `uri` are linted as of (a config file may fix it). */
  async todayFor(uri: vscode.Uri): Promise<string> {
    return (await this.setupFor(uri)).options.today;
  }

  private bundledErrorShown = false;

  async setupFor(uri: vscode.Uri): Promise<ResolvedLintSetup> {
    if (uri.scheme !== 'file') return this.workspace.settingsOnlySetup(uri.path); // virtual: settings, no config files
    const setup = await this.workspace.setupFor(uri.fsPath);
    if (setup.codeSetError) this.log.appendLine(setup.codeSetError);
    if (setup.bundledError && !this.bundledErrorShown) {
      // Once per session: the linter keeps working with shape checks for diagnosis codes.
      this.bundledErrorShown = true;
      this.log.appendLine(setup.bundledError);
      void vscode.window.showWarningMessage(setup.bundledError);
    }
    for (const p of setup.config.problems) this.log.appendLine(`${setup.config.file}: ${p.message}`);
    return setup;
  }

  toDiagnostic(doc: vscode.TextDocument, f: Finding): vscode.Diagnostic {
    return makeDiagnostic(new vscode.Range(doc.positionAt(f.range.start), doc.positionAt(f.range.end)), f);
  }

  /** Whether diagnostics were published for this file (an open editor, or Lint All). */
  isChecked(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return this.latest.has(key) || this.workspaceLinted.has(key);
  }

  /**
   * A claim's editor closed: its diagnostics go, as for any open-file linter, unless Lint All had
   * checked the file, in which case the saved file's findings replace the editor's (an unsaved edit
   * was just discarded). VS Code reports the close when it disposes the document, which can be
   * minutes after its tab closed.
   */
  documentClosed(uri: vscode.Uri): void {
    this.forget(uri);
    if (this.workspaceLinted.has(uri.toString())) void this.lintFile(uri);
  }

  /** Drops a file's editor state and diagnostics (its Lint All mark stays: see forgetTree). */
  private forget(uri: vscode.Uri): void {
    this.scheduler.forget(uri);
    this.latest.delete(uri.toString());
    this.collection.delete(uri);
  }

  /** A file or folder was deleted or renamed: everything known about it goes. */
  private forgetTree(uri: vscode.Uri): void {
    const prefix = uri.toString();
    const inside = (key: string) => key === prefix || key.startsWith(`${prefix}/`);
    this.forget(uri);
    this.collection.forEach((u) => {
      if (inside(u.toString())) this.forget(u);
    });
    for (const key of [...this.workspaceLinted]) if (inside(key)) this.workspaceLinted.delete(key);
  }

  /**
   * Lints a claim file for Lint All: an open one from its editor, any other from disk (publishes
   * diagnostics, keeps no document). Such files keep their diagnostics until deleted.
   */
  async lintFile(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<LintResult | undefined> {
    const key = uri.toString();
    this.workspaceLinted.add(key);
    const isOpen = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
    const open = isOpen();
    if (open) return (await this.lintNow(open))?.result;
    let text: string;
    let tooLarge: boolean;
    try {
      // Past the size limit the file is not even read (a 50 MB claim must not cost 50 MB).
      tooLarge = (await vscode.workspace.fs.stat(uri)).size > LIMITS.maxFileBytes;
      text = tooLarge ? '' : new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch (e) {
      this.log.appendLine(`Cannot read ${uri.toString()}: ${(e as Error).message}`);
      return undefined;
    }
    if (token?.isCancellationRequested) return undefined;
    const setup = await this.setupFor(uri);
    // Opened meanwhile, or deleted: the editor's lint (or nothing) is what counts.
    if (isOpen() || !this.workspaceLinted.has(key)) return undefined;
    const result = tooLarge ? lintUnreadable('', fileTooLargeMessage(), setup.options) : lintText(text, setup.options);
    const lines = text.split(/\r\n|\r|\n/);
    const pos = (offset: number) => {
      const p = result.doc.lines.positionAt(offset);
      return new vscode.Position(p.line, Math.min(p.character, lines[p.line]?.length ?? 0));
    };
    this.collection.set(
      uri,
      result.findings.map((f) => makeDiagnostic(new vscode.Range(pos(f.range.start), pos(f.range.end)), f)),
    );
    return result;
  }

  dispose(): void {
    this.scheduler.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

export function makeDiagnostic(range: vscode.Range, f: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(range, f.message, SEVERITY[f.severity]);
  d.source = PRODUCT;
  d.code = { value: f.ruleId, target: ruleDocTarget(f.ruleId) };
  return d;
}

