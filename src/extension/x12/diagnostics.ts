// Live diagnostics for 837P files (*.837p.x12, *.837, *.x12, *.edi holding a claim interchange):
// the same findings as `claimlint FILE` — the x12-* structure rules and every claim rule, pointed
// at the segment/element. Same pattern as ClaimLinter: a debounce per document and a generation
// counter so a stale result never overwrites a newer one; the config comes from the ClaimLinter.
import * as vscode from 'vscode';
import { lintX12Text, type X12LintResult } from '../../x12';
import { makeDiagnostic, type ClaimLinter } from '../linting';
import { holds837p } from './shared';

export interface X12DocumentLint {
  uri: vscode.Uri;
  version: number;
  result: X12LintResult;
  diagnostics: vscode.Diagnostic[];
}

export class X12Linter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('clean-claim-coach-x12');
  private readonly generation = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly latest = new Map<string, X12DocumentLint>();
  private readonly emitter = new vscode.EventEmitter<X12DocumentLint>();
  readonly onDidLint = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly linter: ClaimLinter,
    private readonly log: vscode.OutputChannel,
  ) {
    this.disposables.push(
      this.collection,
      this.emitter,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((u) => this.forget(u))),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach((f) => this.forget(f.oldUri))),
      linter.onDidReconfigure(() => this.relintAll()),
    );
    this.relintAll();
  }

  private relintAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  result(uri: vscode.Uri): X12DocumentLint | undefined {
    return this.latest.get(uri.toString());
  }

  schedule(doc: vscode.TextDocument, delay = this.linter.debounceMs): void {
    if (doc.isClosed) return;
    const key = doc.uri.toString();
    if (!holds837p(doc)) {
      // Was an 837P a moment ago (the ISA was deleted, or the file is something else now).
      if (this.latest.has(key)) this.forget(doc.uri);
      return;
    }
    const gen = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, gen);
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.run(doc, gen);
      }, delay),
    );
  }

  private async run(doc: vscode.TextDocument, gen: number): Promise<X12DocumentLint | undefined> {
    const key = doc.uri.toString();
    if (doc.isClosed || this.generation.get(key) !== gen) return undefined;
    const text = doc.getText();
    const version = doc.version;
    try {
      const setup = await this.linter.setupFor(doc.uri);
      if (doc.isClosed || this.generation.get(key) !== gen) return undefined;
      const result = lintX12Text(text, setup.options);
      const diagnostics = result.findings.map((f) => makeDiagnostic(new vscode.Range(doc.positionAt(f.range.start), doc.positionAt(f.range.end)), f));
      this.collection.set(doc.uri, diagnostics);
      const entry: X12DocumentLint = { uri: doc.uri, version, result, diagnostics };
      this.latest.set(key, entry);
      this.emitter.fire(entry);
      return entry;
    } catch (e) {
      this.log.appendLine(`Linting ${doc.uri.toString()} as an 837P failed: ${(e as Error).stack ?? String(e)}`);
      return undefined;
    }
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.delete(key);
    this.generation.set(key, (this.generation.get(key) ?? 0) + 1);
    this.latest.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
