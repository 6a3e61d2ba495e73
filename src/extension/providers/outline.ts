// The Outline view and breadcrumbs of a claim: src/assist/outline.ts builds the tree by CMS-1500
// section; this maps it to vscode.DocumentSymbols.
import * as vscode from 'vscode';
import { buildOutline, type OutlineNode } from '../../assist/outline';
import type { ClaimLinter } from '../linting';
import { codesOf, fresh, toRange } from './common';

const SYMBOL_KIND: Record<OutlineNode['kind'], vscode.SymbolKind> = { section: vscode.SymbolKind.Namespace, field: vscode.SymbolKind.Field, line: vscode.SymbolKind.Event, code: vscode.SymbolKind.Constant };

function toSymbols(doc: vscode.TextDocument, nodes: OutlineNode[]): vscode.DocumentSymbol[] {
  return nodes.map((n) => {
    const r = toRange(doc, n.range);
    const s = new vscode.DocumentSymbol(n.name, n.detail, SYMBOL_KIND[n.kind], r, r);
    s.children = toSymbols(doc, n.children);
    return s;
  });
}

export class ClaimOutline implements vscode.DocumentSymbolProvider {
  constructor(private readonly linter: ClaimLinter) {}

  async provideDocumentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const lint = await fresh(this.linter, doc);
    return lint ? toSymbols(doc, buildOutline(lint.result.doc, lint.result.normalized.claim, codesOf(lint))) : [];
  }
}
