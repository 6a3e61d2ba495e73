// "Show 837P Preview": a read-only virtual document beside the claim, holding the claim exported
// as an 837P. It follows edits: every time the claim is re-linted (debounced, as for diagnostics)
// the preview's content changes. Hovers on it come from the X12 hover provider.
import * as vscode from 'vscode';
import { lintText } from '../../engine/lint';
import { exportClaims } from '../../x12';
import { isClaimDocument, type ClaimLinter } from '../linting';
import { baseName, PREVIEW_SCHEME } from './shared';

export function previewUriFor(claim: vscode.Uri): vscode.Uri {
  const base = baseName(claim).replace(/\.claim\.(ya?ml|json)$/i, '') || 'claim';
  return vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/${base}.837p.x12`, query: claim.toString() });
}

export class PreviewProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  constructor(private readonly linter: ClaimLinter) {
    this.disposables.push(
      linter.onDidLint((e) => {
        const uri = previewUriFor(e.uri);
        if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) this.emitter.fire(uri);
      }),
    );
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const source = vscode.Uri.parse(uri.query, true);
    let lint = this.linter.result(source);
    if (!lint) {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === source.toString() && !d.isClosed);
      if (open) lint = await this.linter.lintNow(open);
    }
    if (lint) return exportClaims([lint.result.normalized.claim], { today: lint.setup.options.today });
    // Not open: the saved file.
    try {
      const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(source));
      const setup = await this.linter.setupFor(source);
      return exportClaims([lintText(text, setup.options).normalized.claim], { today: setup.options.today });
    } catch (e) {
      return `The claim ${source.toString()} cannot be read: ${(e as Error).message}\n`;
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

export async function showPreview(arg: unknown): Promise<vscode.Uri | undefined> {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  const doc = uri ? await vscode.workspace.openTextDocument(uri).then((d) => d, () => undefined) : undefined;
  if (!doc || !isClaimDocument(doc)) {
    void vscode.window.showInformationMessage('Open a practice claim (*.claim.yaml, *.claim.yml or *.claim.json) to preview it as an 837P.');
    return undefined;
  }
  const target = previewUriFor(doc.uri);
  const preview = await vscode.workspace.openTextDocument(target);
  await vscode.window.showTextDocument(preview, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
  return target;
}

export function registerPreview(context: vscode.ExtensionContext, linter: ClaimLinter): void {
  const provider = new PreviewProvider(linter);
  context.subscriptions.push(provider, vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, provider));
}
