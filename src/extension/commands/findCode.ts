// "Find a Code…": look a code up by words or by code, like an encoder, in the ICD-10-CM year of the
// open claim's dates of service (another bundled year one click away), and put the chosen code at
// the cursor or into box 21 (diagnoses) of the open claim. Code systems plug in as CodeSearchSource.
import * as vscode from 'vscode';
import { fiscalYearOf } from '../../codesets/fiscalYear';
import { icdSearchSource, searchAll, type CodeSearchResult, type CodeSearchSource } from '../../codesets/search';
import { nearestYear } from '../../codesets/provider';
import { EditBuilder } from '../../engine/edits';
import { bundledCodeSets } from '../../node/bundledCodeSets';
import { isClaimDocument, type ClaimLinter } from '../linting';
import type { Services } from './services';

/** Other code systems' sources (HCPCS Level II …) register here. */
export const extraSearchSources: ((fiscalYear: number) => CodeSearchSource | undefined)[] = [];

interface Item extends vscode.QuickPickItem {
  result?: CodeSearchResult;
}

/** The fiscal year of the claim's first date of service, else of today. */
export function claimFiscalYear(linter: ClaimLinter, editor: vscode.TextEditor | undefined): number {
  const r = editor && isClaimDocument(editor.document) ? linter.result(editor.document.uri) : undefined;
  const dates = (r?.result.normalized.claim.services ?? []).map((l) => l?.from).filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d));
  return fiscalYearOf(dates.sort()[0] ?? r?.result.today ?? new Date().toISOString().slice(0, 10));
}

export function sourcesFor(fiscalYear: number): CodeSearchSource[] {
  const provider = bundledCodeSets().provider;
  const year = provider ? (provider.forYear(fiscalYear) ? fiscalYear : nearestYear(provider, fiscalYear)) : undefined;
  const icd = year !== undefined ? provider?.forYear(year) : undefined;
  const out: CodeSearchSource[] = icd ? [icdSearchSource(icd)] : [];
  for (const extra of extraSearchSources) {
    const s = extra(fiscalYear);
    if (s) out.push(s);
  }
  return out;
}

function toItem(r: CodeSearchResult): Item {
  return {
    label: r.code,
    description: `${r.billable ? '' : '(header) '}${r.title}`,
    detail: [r.system, r.billable ? 'billable' : 'header: not billable', r.note, r.path.join(' → ')].filter(Boolean).join(' · '),
    result: r,
  };
}

/** Inserts a code: at the cursor, or as a new entry of box 21 of the claim. */
export async function insertCode(linter: ClaimLinter, editor: vscode.TextEditor | undefined, code: string, where: 'cursor' | 'box21'): Promise<boolean> {
  if (!editor) {
    await vscode.env.clipboard.writeText(code);
    void vscode.window.showInformationMessage(`${code} copied to the clipboard (no editor is open).`);
    return false;
  }
  if (where === 'cursor' || !isClaimDocument(editor.document)) return editor.edit((e) => e.replace(editor.selection, code));
  const lint = await linter.lintNow(editor.document);
  if (!lint) return false;
  const b = new EditBuilder(lint.result.doc);
  const edits = lint.result.doc.locations.has('diagnoses') ? b.appendItem(['diagnoses'], code) : b.insertProperty([], 'diagnoses', [code]);
  if (!edits) {
    void vscode.window.showWarningMessage(`Could not add ${code} to box 21 of this claim: put the cursor where it goes and choose "at the cursor".`);
    return false;
  }
  const doc = editor.document;
  const ws = new vscode.WorkspaceEdit();
  for (const e of edits) ws.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
  return vscode.workspace.applyEdit(ws);
}

/**
 * The command. `args` lets tests and other views drive it: a query (skips typing), which result to
 * take and where to put it.
 */
export async function findCode(linter: ClaimLinter, args?: { query?: string; fiscalYear?: number; pick?: number; where?: 'cursor' | 'box21'; code?: string }): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((e) => isClaimDocument(e.document));
  if (typeof args?.code === 'string') {
    // A code chosen elsewhere (the sidebar's lookup): only put it where it was asked.
    await insertCode(linter, editor, args.code, args.where ?? 'cursor');
    return args.code;
  }
  const provider = bundledCodeSets().provider;
  if (!provider) {
    void vscode.window.showWarningMessage(bundledCodeSets().error ?? 'The bundled code sets are not available.');
    return undefined;
  }
  let fy = args?.fiscalYear ?? claimFiscalYear(linter, editor);
  if (args?.query !== undefined && args.pick !== undefined) {
    const r = searchAll(sourcesFor(fy), args.query, args.pick + 1)[args.pick];
    if (!r) return undefined;
    await insertCode(linter, editor, r.code, args.where ?? 'cursor');
    return r.code;
  }
  const qp = vscode.window.createQuickPick<Item>();
  const otherYears = () => provider.years.filter((y) => y !== fy);
  const buttons = () => otherYears().map((y) => ({ iconPath: new vscode.ThemeIcon('calendar'), tooltip: `Search ICD-10-CM FY${y} instead` }));
  const refresh = () => {
    const sources = sourcesFor(fy);
    qp.title = `Find a code — ${sources.map((s) => s.label).join('; ')}`;
    qp.buttons = buttons();
    const q = qp.value.trim();
    qp.items = q ? searchAll(sources, q, 80).map(toItem) : [];
  };
  qp.placeholder = 'Words of the title or the start of a code, e.g. "torus fracture right radius initial" or "E11.6"';
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  qp.value = args?.query ?? '';
  refresh();
  qp.onDidChangeValue(refresh);
  qp.onDidTriggerButton((b) => {
    const y = otherYears()[qp.buttons.indexOf(b)];
    if (y !== undefined) fy = y;
    refresh();
  });
  const chosen = await new Promise<CodeSearchResult | undefined>((resolve) => {
    qp.onDidAccept(() => {
      resolve(qp.selectedItems[0]?.result);
      qp.hide();
    });
    qp.onDidHide(() => resolve(undefined));
    qp.show();
  });
  qp.dispose();
  if (!chosen) return undefined;
  let where: 'cursor' | 'box21' = 'cursor';
  if (editor && isClaimDocument(editor.document) && chosen.box === '21') {
    const pick = await vscode.window.showQuickPick(
      [
        { label: `Add ${chosen.code} to box 21 (diagnoses)`, where: 'box21' as const },
        { label: `Insert ${chosen.code} at the cursor`, where: 'cursor' as const },
      ],
      { title: `${chosen.code} — ${chosen.title}` },
    );
    if (!pick) return undefined;
    where = pick.where;
  }
  await insertCode(linter, editor, chosen.code, where);
  return chosen.code;
}

/** The lookup for the sidebar: results of a query in a year (default: the open claim's). */
export function searchCodes(linter: ClaimLinter, args: { query?: string; fiscalYear?: number }): { fiscalYear: number | null; years: number[]; source: string; results: CodeSearchResult[] } {
  const provider = bundledCodeSets().provider;
  if (!provider) return { fiscalYear: null, years: [], source: bundledCodeSets().error ?? 'The bundled code sets are not available.', results: [] };
  const fy = args.fiscalYear ?? claimFiscalYear(linter, vscode.window.activeTextEditor);
  const sources = sourcesFor(fy);
  const q = (args.query ?? '').trim();
  return { fiscalYear: fy, years: [...provider.years], source: sources.map((s) => s.label).join('; '), results: q ? searchAll(sources, q, 40) : [] };
}

/** Builds the word index shortly after the first lint, so completion and the lookup answer at once. */
export function warmCodeSearch(context: vscode.ExtensionContext, linter: ClaimLinter): void {
  // The word index is built by the first word search (a few hundred ms): build it shortly after the
  // first claim is linted (the code sets are loaded by then), so completion and the lookup answer at once.
  let warm: ReturnType<typeof setTimeout> | undefined;
  const once = linter.onDidLint(() => {
    once.dispose();
    warm = setTimeout(() => {
      const p = bundledCodeSets().provider;
      p?.forYear(p.years[0])?.search('warm up', 1);
    }, 1500);
  });
  context.subscriptions.push(once, { dispose: () => clearTimeout(warm) });
}

/** The Find a Code… command. */
export const findCodeCommand = (s: Services, args?: Parameters<typeof findCode>[1]) => findCode(s.linter, args);

/** The sidebar's code search (an internal command: the webview asks, the extension answers). */
export const searchCodesCommand = (s: Services, args?: { query?: string; fiscalYear?: number }) => searchCodes(s.linter, args ?? {});
