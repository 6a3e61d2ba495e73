// Hovers on X12 text (837P files, the 837P preview, the payer's X12 answers): the segment or
// element under the pointer, its loop, the CMS-1500 box it comes from and what it means.
import * as vscode from 'vscode';
import { describeAt, modelX12, type X12Model } from '../../x12';
import { X12_SELECTOR } from './shared';

export class X12HoverProvider implements vscode.HoverProvider {
  private cache: { key: string; version: number; model: X12Model | undefined } | undefined;

  private model(doc: vscode.TextDocument): X12Model | undefined {
    const key = doc.uri.toString();
    if (this.cache?.key === key && this.cache.version === doc.version) return this.cache.model;
    const m = modelX12(doc.getText());
    const model = m.ok ? m : undefined;
    this.cache = { key, version: doc.version, model };
    return model;
  }

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const model = this.model(doc);
    if (!model) return undefined;
    const d = describeAt(model, doc.offsetAt(position));
    if (!d) return undefined;
    const md = new vscode.MarkdownString();
    md.supportHtml = false;
    md.isTrusted = false;
    const [head, ...rest] = d.lines;
    md.appendMarkdown(`**${escape(head)}**\n\n`);
    for (const line of rest) md.appendMarkdown(`${escape(line)}\n\n`);
    return new vscode.Hover(md, new vscode.Range(doc.positionAt(d.range.start), doc.positionAt(d.range.end)));
  }
}

/** Markdown special characters in plain text (segment ids use '*', values may hold anything). */
function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}

export function registerX12Hovers(context: vscode.ExtensionContext): X12HoverProvider {
  const provider = new X12HoverProvider();
  context.subscriptions.push(vscode.languages.registerHoverProvider(X12_SELECTOR, provider));
  return provider;
}
