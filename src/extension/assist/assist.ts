// Editor assistance for claim files: quick fixes (engine fixes, ignore on this line, disable in
// .claimlint.yaml, open docs), "Fix All", hovers, completion, outline and the status bar item.
// Everything reads the linter's latest result, so nothing here lints a second time.
import * as path from 'path';
import * as vscode from 'vscode';
import { parseDocument } from 'yaml';
import { keysAt, enumValues, pathAt } from '../../assist/context';
import { hoverMarkdown } from '../../assist/hover';
import { buildOutline, type OutlineNode } from '../../assist/outline';
import { practiceCodeBook, type IcdCodeSet } from '../../codesets';
import { fixAll } from '../../engine/fixAll';
import { EditBuilder } from '../../engine/edits';
import { RULES_BY_ID } from '../../engine/rules';
import type { Fix } from '../../engine/types';
import { bundledPayers, modifiers, posCodes } from '../../reference';
import { isClaimDocument, PRODUCT, type ClaimLinter, type DocumentLint } from '../linting';
import { newClaim } from './newClaim';

const SELECTOR: vscode.DocumentSelector = [{ pattern: '**/*.claim.{yaml,yml,json}' }];
const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('cleanClaimCoach');

async function fresh(linter: ClaimLinter, doc: vscode.TextDocument): Promise<DocumentLint | undefined> {
  const r = linter.result(doc.uri);
  return r && r.version === doc.version ? r : linter.lintNow(doc);
}

const codesOf = (r: DocumentLint | undefined): IcdCodeSet => r?.setup?.options.codes ?? practiceCodeBook();

function toWorkspaceEdit(doc: vscode.TextDocument, fix: Fix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
  return edit;
}

class ClaimCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];
  constructor(private readonly linter: ClaimLinter) {}

  async provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, ctx: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const lint = await fresh(this.linter, doc);
    if (!lint) return [];
    if (ctx.only && FIX_ALL_KIND.contains(ctx.only)) return this.fixAll(doc);
    const actions: vscode.CodeAction[] = [];
    lint.result.findings.forEach((f, i) => {
      const d = lint.diagnostics[i];
      if (!d || !d.range.intersection(range)) return;
      for (const fix of f.fixes) {
        const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        a.edit = toWorkspaceEdit(doc, fix);
        a.diagnostics = [d];
        a.isPreferred = fix.isPreferred;
        actions.push(a);
      }
      if (lint.result.doc.format === 'yaml') {
        const line = doc.lineAt(d.range.start.line);
        const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
        const ignore = new vscode.CodeAction(`Ignore ${f.ruleId} on this line`, vscode.CodeActionKind.QuickFix);
        ignore.edit = new vscode.WorkspaceEdit();
        ignore.edit.insert(doc.uri, line.range.start, `${indent}# claimlint-disable-next-line ${f.ruleId}\n`);
        ignore.diagnostics = [d];
        actions.push(ignore);
      }
      if (f.ruleId === 'missing-original-reference') {
        const ask = new vscode.CodeAction('Enter the original reference number…', vscode.CodeActionKind.QuickFix);
        ask.command = { title: ask.title, command: 'cleanClaimCoach.fillOriginalReference', arguments: [doc.uri] };
        ask.diagnostics = [d];
        ask.isPreferred = true;
        actions.push(ask);
      }
      const disable = new vscode.CodeAction(`Disable ${f.ruleId} in .claimlint.yaml`, vscode.CodeActionKind.QuickFix);
      disable.command = { title: disable.title, command: 'cleanClaimCoach.disableRule', arguments: [f.ruleId, doc.uri] };
      disable.diagnostics = [d];
      actions.push(disable);
      const docs = new vscode.CodeAction(`Open documentation for ${f.ruleId}`, vscode.CodeActionKind.QuickFix);
      docs.command = { title: docs.title, command: 'cleanClaimCoach.openRuleDocs', arguments: [f.ruleId] };
      docs.diagnostics = [d];
      actions.push(docs);
    });
    return actions;
  }

  private fixAll(doc: vscode.TextDocument): vscode.CodeAction[] {
    const text = fixAllText(doc, this.linter);
    if (text === undefined) return [];
    const a = new vscode.CodeAction('Fix all auto-fixable problems', FIX_ALL_KIND);
    a.edit = new vscode.WorkspaceEdit();
    a.edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
    return [a];
  }
}

/** The document text with every safe fix applied (repeated until stable), or undefined if none. */
function fixAllText(doc: vscode.TextDocument, linter: ClaimLinter): string | undefined {
  const r = linter.result(doc.uri);
  const options = r?.setup?.options ?? { format: doc.uri.path.endsWith('.json') ? ('json' as const) : ('yaml' as const), today: new Date().toISOString().slice(0, 10) };
  const fixed = fixAll(doc.getText(), options);
  return fixed.changed ? fixed.text : undefined;
}

/** Asks for the payer's claim number and writes it to claim.originalReference (box 22). */
async function fillOriginalReference(linter: ClaimLinter, uri?: vscode.Uri, given?: string): Promise<boolean> {
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!doc || !isClaimDocument(doc)) return false;
  const value =
    given ??
    (await vscode.window.showInputBox({
      title: 'Original reference number (box 22)',
      prompt: "The payer's claim number of the claim you replace or void — it is on that claim's remittance.",
      placeHolder: 'e.g. PCN20261122BF173F9E',
      validateInput: (v) => (/^[A-Za-z0-9-]{1,50}$/.test(v.trim()) ? undefined : 'Letters, digits and dashes, as printed on the remittance'),
    }));
  if (!value) return false;
  const lint = await fresh(linter, doc);
  if (!lint) return false;
  const edits = lint.result.doc.locations.has('claim.originalReference')
    ? new EditBuilder(lint.result.doc).replaceValue(['claim', 'originalReference'], value.trim())
    : new EditBuilder(lint.result.doc).insertProperty(['claim'], 'originalReference', value.trim());
  if (!edits) return false;
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
  return vscode.workspace.applyEdit(edit);
}

async function disableRule(ruleId: string, claimUri?: vscode.Uri): Promise<void> {
  if (!RULES_BY_ID.has(ruleId)) return;
  const folder = (claimUri && vscode.workspace.getWorkspaceFolder(claimUri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('Open a folder to keep rule settings in a .claimlint.yaml file.');
    return;
  }
  // The nearest existing config file from the claim's folder up; else the workspace root.
  let target = vscode.Uri.joinPath(folder.uri, '.claimlint.yaml');
  if (claimUri?.scheme === 'file') {
    let dir = path.dirname(claimUri.fsPath);
    while (dir.startsWith(folder.uri.fsPath)) {
      const found = await firstExisting(['.claimlint.yaml', '.claimlint.yml', '.claimlint.json'].map((n) => vscode.Uri.file(path.join(dir, n))));
      if (found) {
        target = found;
        break;
      }
      if (dir === folder.uri.fsPath) break;
      dir = path.dirname(dir);
    }
  }
  const text = await vscode.workspace.fs.readFile(target).then(
    (b) => new TextDecoder().decode(b),
    () => '',
  );
  let next: string;
  if (target.path.endsWith('.json')) {
    let obj: Record<string, unknown>;
    try {
      obj = text.trim() ? JSON.parse(text) : {};
    } catch {
      void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(target)} is not valid JSON; fix it first (nothing was changed).`);
      return;
    }
    obj.rules = { ...((obj.rules as object) ?? {}), [ruleId]: 'off' };
    next = `${JSON.stringify(obj, null, 2)}\n`;
  } else {
    const ydoc = parseDocument(text || '{}');
    if (ydoc.errors.length) {
      void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(target)} has YAML errors; fix them first (nothing was changed).`);
      return;
    }
    ydoc.setIn(['rules', ruleId], 'off');
    next = ydoc.toString();
  }
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(target, { ignoreIfExists: true });
  edit.replace(target, new vscode.Range(0, 0, Number.MAX_SAFE_INTEGER, 0), next);
  await vscode.workspace.applyEdit(edit);
  const d = await vscode.workspace.openTextDocument(target);
  await d.save();
  void vscode.window.showInformationMessage(`${ruleId} is off in ${vscode.workspace.asRelativePath(target)}.`);
}

async function firstExisting(uris: vscode.Uri[]): Promise<vscode.Uri | undefined> {
  for (const u of uris) {
    try {
      await vscode.workspace.fs.stat(u);
      return u;
    } catch {
      /* not there */
    }
  }
  return undefined;
}

const SYMBOL_KIND: Record<OutlineNode['kind'], vscode.SymbolKind> = { section: vscode.SymbolKind.Namespace, field: vscode.SymbolKind.Field, line: vscode.SymbolKind.Event, code: vscode.SymbolKind.Constant };

function toSymbols(doc: vscode.TextDocument, nodes: OutlineNode[]): vscode.DocumentSymbol[] {
  return nodes.map((n) => {
    const r = new vscode.Range(doc.positionAt(n.range.start), doc.positionAt(n.range.end));
    const s = new vscode.DocumentSymbol(n.name, n.detail, SYMBOL_KIND[n.kind], r, r);
    s.children = toSymbols(doc, n.children);
    return s;
  });
}

const kindIsValue = (k: vscode.CompletionItemKind | undefined) => k === vscode.CompletionItemKind.Value || k === vscode.CompletionItemKind.EnumMember;

/** List keys written as flow lists on one line. */
const FLOW_LIST_KEYS = new Set(['modifiers', 'pointers']);

/** Offered first when completing box 24D modifiers. */
const COMMON_MODIFIERS = ['25', '59', 'XE', 'XS', 'XP', 'XU', '26', 'TC', 'LT', 'RT', '50', '76', '77', 'GA', 'GY', 'GZ'];

class ClaimCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly linter: ClaimLinter) {}

  provideCompletionItems(doc: vscode.TextDocument, pos: vscode.Position): vscode.CompletionItem[] | vscode.CompletionList {
    const lint = this.linter.result(doc.uri);
    const codes = codesOf(lint);
    const line = doc.lineAt(pos.line).text.slice(0, pos.character);
    const word = /[\w.-]*$/.exec(line)?.[0] ?? '';
    const replace = new vscode.Range(pos.translate(0, -word.length), pos);
    // A value right after `key:` needs a space before it (`key:"11"` is not YAML).
    const afterColon = /:$/.test(line.slice(0, line.length - word.length));
    const item = (label: string, detail: string, kind: vscode.CompletionItemKind, sortText?: string, insert?: string) => {
      const c = new vscode.CompletionItem(label, kind);
      c.detail = detail;
      c.range = replace;
      if (sortText) c.sortText = sortText;
      if (insert) c.insertText = insert;
      return c;
    };
    const inserted = (c: vscode.CompletionItem) => (typeof c.insertText === 'string' ? c.insertText : typeof c.label === 'string' ? c.label : c.label.label);
    const value = (c: vscode.CompletionItem): vscode.CompletionItem => {
      if (afterColon && kindIsValue(c.kind)) c.insertText = ` ${inserted(c)}`;
      return c;
    };
    // Modifiers and pointers are lists: outside `[...]` a value goes in as a one-item list.
    const inList = /\[[^\]]*$/.test(line);
    const listed = (c: vscode.CompletionItem): vscode.CompletionItem => {
      if (!inList) c.insertText = `[${inserted(c)}]`;
      return value(c);
    };
    const keyMatch = /^\s*(?:-\s+)?([A-Za-z]+):\s*(?:\[[^\]]*)?[\w.-]*$/.exec(line);
    // A list entry, possibly several words ("- type 2 diab") and an opening quote.
    const entry = /^\s*-\s+(["']?)([^"'#[\]{}:]*)$/.exec(line);
    const listItem = entry !== null;
    const parentKey = listItem ? this.enclosingKey(doc, pos.line) : keyMatch?.[1];
    const doc2 = lint?.result.doc;
    if (parentKey === 'diagnoses' || (doc2 && /^diagnoses\.\d+$/.test(pathAt(doc2, doc.offsetAt(pos))?.path ?? ''))) {
      // By code prefix or by words of the title: the whole query is replaced by the code. The editor
      // would filter the codes by the typed words and drop them all, so each item's filterText is
      // the query itself, and the list is asked for again as the trainee types (isIncomplete).
      const query = entry ? entry[2] : word;
      const range = new vscode.Range(pos.translate(0, -query.length), pos);
      const q = query.trim();
      const items = codes.search(q.length ? q : 'A', 60).map((e, i) => {
        const c = item(e.code, `${e.billable ? '' : '(header) '}${e.title}`, vscode.CompletionItemKind.Value, `${e.billable ? 0 : 1}${String(i).padStart(3, '0')}`);
        c.range = range;
        c.filterText = query;
        return c;
      });
      return new vscode.CompletionList(items, true);
    }
    if (keyMatch || parentKey) {
      const key = parentKey ?? '';
      if (key === 'placeOfService')
        return [...posCodes().values()].map((p) => {
          const c = item(p.code, p.name, vscode.CompletionItemKind.EnumMember, p.code, `"${p.code}"`);
          c.filterText = `${p.code} ${p.name}`; // "office" finds 11
          return value(c);
        });
      if (key === 'pointers') {
        const n = Math.min(12, lint?.result.normalized.claim.diagnoses?.length ?? 0);
        return Array.from({ length: n }, (_, i) => listed(item('ABCDEFGHIJKL'[i], lint?.result.normalized.claim.diagnoses?.[i] ?? '', vscode.CompletionItemKind.EnumMember, String(i).padStart(2, '0'))));
      }
      if (key === 'modifiers')
        return [...modifiers().values()].map((m, i) => {
          const common = COMMON_MODIFIERS.indexOf(m.code);
          const c = item(m.code, m.meaning, vscode.CompletionItemKind.EnumMember, common >= 0 ? `0${String(common).padStart(3, '0')}` : `1${String(i).padStart(3, '0')}`, `"${m.code}"`);
          c.filterText = `${m.code} ${m.meaning}`;
          return listed(c);
        });
      if (key === 'id' && /^payer/.test(this.enclosingKey(doc, pos.line) ?? '')) {
        // Bundled profiles plus those of .claimlint.yaml / settings (the linter's merged list).
        const payers = lint?.setup?.options.payers ?? bundledPayers();
        return payers.map((p) => value(item(p.id, p.name, vscode.CompletionItemKind.Value)));
      }
      const path = doc2 ? this.pathOfLine(doc2, doc, pos.line) : undefined;
      const values = path ? enumValues(path) : undefined;
      if (values) return values.map((v) => value(item(v, 'allowed value', vscode.CompletionItemKind.EnumMember)));
      if (keyMatch) return [];
    }
    // A new key: the keys valid in the map this line is indented under, minus those already there.
    const indent = /^\s*/.exec(doc.lineAt(pos.line).text)?.[0].length ?? 0;
    const parent = doc2 ? this.mapAt(doc2, doc, pos.line, indent) : '';
    const present = new Set(doc2 ? [...doc2.locations.keys()].filter((k) => k.startsWith(parent ? `${parent}.` : '') && !k.slice(parent ? parent.length + 1 : 0).includes('.')).map((k) => k.split('.').pop()!) : []);
    return keysAt(parent)
      .filter((k) => !present.has(k.key))
      .map((k) => {
        const c = item(k.key, k.meta ? `${k.meta.title}${k.meta.box ? ` (box ${k.meta.box})` : ''}` : '', vscode.CompletionItemKind.Property, undefined, k.isContainer ? `${k.key}:` : `${k.key}: `);
        if (FLOW_LIST_KEYS.has(k.key)) {
          // `modifiers: [|]`, and the values are offered right away.
          c.insertText = new vscode.SnippetString(`${k.key}: [$1]`);
          c.command = { command: 'editor.action.triggerSuggest', title: 'Suggest values' };
        }
        if (k.meta?.description || k.meta?.x12) c.documentation = new vscode.MarkdownString(`${k.meta.description ?? ''}${k.meta.x12 ? `\n\n837P: \`${k.meta.x12}\`` : ''}`);
        return c;
      });
  }

  /** The key of the nearest less-indented line above (the map or list this line belongs to). */
  private enclosingKey(doc: vscode.TextDocument, lineNo: number): string | undefined {
    const indent = /^\s*/.exec(doc.lineAt(lineNo).text)?.[0].length ?? 0;
    for (let l = lineNo - 1; l >= 0; l--) {
      const t = doc.lineAt(l).text;
      if (!t.trim() || t.trim().startsWith('#')) continue;
      const ind = /^\s*/.exec(t)?.[0].length ?? 0;
      const m = /^\s*(?:-\s+)?([A-Za-z]+):/.exec(t);
      if (ind < indent && m) return m[1];
      if (ind === 0 && indent === 0) return undefined;
    }
    return undefined;
  }

  private pathOfLine(parsed: import('../../parser/document').ParsedDocument, doc: vscode.TextDocument, lineNo: number): string | undefined {
    const start = doc.offsetAt(new vscode.Position(lineNo, 0));
    const end = doc.offsetAt(doc.lineAt(lineNo).range.end);
    for (const [p, loc] of parsed.locations) if (loc.key && loc.key.start >= start && loc.key.end <= end) return p;
    return undefined;
  }

  /** Dotted path of the block map whose entries sit at `indent` around this line ('' for the root). */
  private mapAt(parsed: import('../../parser/document').ParsedDocument, doc: vscode.TextDocument, lineNo: number, indent: number): string {
    const offset = doc.offsetAt(new vscode.Position(lineNo, indent));
    let best = '';
    let bestStart = -1;
    for (const [p, loc] of parsed.locations) {
      if (loc.kind !== 'map' || p === '' || loc.flow) continue;
      if (loc.value.start > offset || doc.positionAt(loc.value.start).character !== indent) continue;
      // The map must reach this line (or end just before it).
      const endLine = doc.positionAt(loc.value.end).line;
      if (endLine + 1 < lineNo) continue;
      if (loc.value.start > bestStart) {
        best = p;
        bestStart = loc.value.start;
      }
    }
    return best;
  }
}

export function registerAssist(context: vscode.ExtensionContext, linter: ClaimLinter): void {
  const status = vscode.window.createStatusBarItem('cleanClaimCoach.status', vscode.StatusBarAlignment.Left, 50);
  status.name = `${PRODUCT}: claim status`;
  status.command = 'workbench.actions.view.problems';
  const updateStatus = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isClaimDocument(editor.document)) {
      status.hide();
      return;
    }
    const r = linter.result(editor.document.uri);
    const errors = r?.result.findings.filter((f) => f.severity === 'error').length ?? 0;
    const warnings = r?.result.findings.filter((f) => f.severity === 'warning').length ?? 0;
    status.text = `$(checklist) Claim $(error) ${errors} $(warning) ${warnings} · ${codesOf(r).label}`;
    status.tooltip = `${PRODUCT}: ${errors} error(s), ${warnings} warning(s). Active code set: ${codesOf(r).label}. Click to open the Problems panel.`;
    status.accessibilityInformation = { label: `Practice claim: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}. Code set: ${codesOf(r).label}. Opens the Problems panel.` };
    status.show();
  };

  context.subscriptions.push(
    status,
    linter.onDidLint(updateStatus),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new ClaimCodeActions(linter), { providedCodeActionKinds: ClaimCodeActions.kinds }),
    vscode.languages.registerHoverProvider(SELECTOR, {
      async provideHover(doc, pos) {
        const lint = await fresh(linter, doc);
        if (!lint) return undefined;
        const md = hoverMarkdown(lint.result.doc, doc.offsetAt(pos), codesOf(lint));
        return md ? new vscode.Hover(new vscode.MarkdownString(md)) : undefined;
      },
    }),
    vscode.languages.registerDocumentSymbolProvider(SELECTOR, {
      async provideDocumentSymbols(doc) {
        const lint = await fresh(linter, doc);
        return lint ? toSymbols(doc, buildOutline(lint.result.doc, lint.result.normalized.claim, codesOf(lint))) : [];
      },
    }),
    vscode.languages.registerCompletionItemProvider(SELECTOR, new ClaimCompletion(linter), ':', ' ', '-', '[', ','),
    vscode.commands.registerCommand('cleanClaimCoach.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !isClaimDocument(editor.document)) return false;
      await fresh(linter, editor.document);
      const text = fixAllText(editor.document, linter);
      if (text === undefined) {
        void vscode.window.showInformationMessage('No auto-fixable problems in this claim.');
        return false;
      }
      const doc = editor.document;
      return editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text));
    }),
    vscode.commands.registerCommand('cleanClaimCoach.newClaim', () => newClaim((uri) => linter.todayFor(uri))),
    vscode.commands.registerCommand('cleanClaimCoach.fillOriginalReference', (uri?: vscode.Uri, value?: string) => fillOriginalReference(linter, uri, value)),
    vscode.commands.registerCommand('cleanClaimCoach.disableRule', (ruleId: string, uri?: vscode.Uri) => disableRule(ruleId, uri)),
  );
  updateStatus();
}
