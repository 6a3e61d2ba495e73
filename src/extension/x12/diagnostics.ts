// Live diagnostics for 837P files (*.837p.x12, *.837, *.x12, *.edi holding a claim interchange):
// the same findings as `claimlint FILE` — the x12-* structure rules and every claim rule, pointed
// at the segment/element. Scheduled like claims (LintScheduler: debounce, and a result published
// only for the text still in the editor); the config comes from the ClaimLinter.
import * as vscode from 'vscode';
import { lintX12Text, type X12LintResult } from '../../x12';
import { makeDiagnostic, type ClaimLinter } from '../linting';
import { holds837p } from './shared';
import { LintScheduler } from '../lintScheduler';
import type { ResolvedLintSetup } from '../../node/workspace';

export interface X12DocumentLint {
  uri: vscode.Uri;
  version: number;
  result: X12LintResult;
  diagnostics: vscode.Diagnostic[];
}

export class X12Linter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('clean-claim-coach-x12');
  private readonly scheduler = new LintScheduler<ResolvedLintSetup, X12DocumentLint>({
    accepts: (doc) => holds837p(doc),
    prepare: (doc) => this.linter.setupFor(doc.uri),
    publish: (doc, text, version, setup) => this.publish(doc, text, version, setup),
    failed: (doc, e) => this.log.appendLine(`Linting ${doc.uri.toString()} as an 837P failed: ${(e as Error).stack ?? String(e)}`),
  });
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
    this.scheduler.schedule(doc, delay);
  }

  private publish(doc: vscode.TextDocument, text: string, version: number, setup: ResolvedLintSetup): X12DocumentLint {
    const result = lintX12Text(text, setup.options);
    const diagnostics = result.findings.map((f) => makeDiagnostic(new vscode.Range(doc.positionAt(f.range.start), doc.positionAt(f.range.end)), f));
    this.collection.set(doc.uri, diagnostics);
    const entry: X12DocumentLint = { uri: doc.uri, version, result, diagnostics };
    this.latest.set(doc.uri.toString(), entry);
    this.emitter.fire(entry);
    return entry;
  }

  private forget(uri: vscode.Uri): void {
    this.scheduler.forget(uri);
    this.latest.delete(uri.toString());
    this.collection.delete(uri);
  }

  dispose(): void {
    this.scheduler.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
