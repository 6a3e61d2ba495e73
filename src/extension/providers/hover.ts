// Hovers in claim files: src/assist/hover.ts writes the Markdown; this wraps it in a vscode.Hover.
import * as vscode from 'vscode';
import { hoverMarkdown } from '../../assist/hover';
import type { ClaimLinter } from '../linting';
import { codesOf, fresh } from './common';

export class ClaimHover implements vscode.HoverProvider {
  constructor(private readonly linter: ClaimLinter) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    const lint = await fresh(this.linter, doc);
    if (!lint) return undefined;
    const md = hoverMarkdown(lint.result.doc, doc.offsetAt(pos), codesOf(lint), lint.setup?.options.tables);
    return md ? new vscode.Hover(new vscode.MarkdownString(md)) : undefined;
  }
}
