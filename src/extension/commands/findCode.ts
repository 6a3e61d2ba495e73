// "Find a Code…": look a code up by words or by code, like an encoder, across ICD-10-CM of the year
// of the open claim's dates of service (another bundled year one click away) and HCPCS Level II
// 2026, and put the chosen code at the cursor, into box 21 (an ICD-10-CM code) or into box 24D of
// the service line at the cursor (a HCPCS code). A picked ICD-10-CM code shows its Excludes notes.
// Code systems plug in as CodeSearchSource; the search, the edits and the notes are pure
// (src/codesets/search.ts, src/assist/codeLookup.ts): this file maps them to VS Code.
import * as vscode from 'vscode';
import { codeInsertEdits, EXCLUDES_MEANING, excludesSummary, lookupResults, type CodePlace, type LookupResult } from '../../assist/codeLookup';
import { fiscalYearOf } from '../../codesets/fiscalYear';
import { hcpcsSearchSource, icdSearchSource, searchAll, type CodeSearchResult, type CodeSearchSource } from '../../codesets/search';
import { nearestYear } from '../../codesets/provider';
import { bundledCodeSets } from '../../node/bundledCodeSets';
import { loadEditTables } from '../../node/editTables';
import { isClaimDocument, type ClaimLinter } from '../linting';
import type { Services } from './services';

/** Other code systems' sources (HCPCS Level II …) register here. */
export const extraSearchSources: ((fiscalYear: number) => CodeSearchSource | undefined)[] = [];

interface Item extends vscode.QuickPickItem {
  result?: LookupResult<CodeSearchResult>;
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
  const hcpcs = loadEditTables().tables.hcpcs;
  if (hcpcs) out.push(hcpcsSearchSource(hcpcs));
  for (const extra of extraSearchSources) {
    const s = extra(fiscalYear);
    if (s) out.push(s);
  }
  return out;
}

/** Search results with their Excludes notes and titles fit for a view. */
function search(sources: readonly CodeSearchSource[], query: string, limit: number): LookupResult<CodeSearchResult>[] {
  return lookupResults(searchAll(sources, query, limit), loadEditTables().tables.excludes);
}

function toItem(r: LookupResult<CodeSearchResult>): Item {
  const flag = r.system === 'ICD-10-CM' ? (r.billable ? 'billable' : 'header: not billable') : r.billable ? '' : 'not billable';
  return {
    label: r.code,
    description: `${r.system === 'ICD-10-CM' && !r.billable ? '(header) ' : ''}${r.title}`,
    detail: [r.system === 'HCPCS' ? 'HCPCS Level II · box 24D' : r.system, flag, r.note, excludesSummary(r.excludes), r.path.join(' → ')].filter(Boolean).join(' · '),
    result: r,
    // The search is ours (words in any order, code prefixes): VS Code's own filter must not hide a result.
    alwaysShow: true,
  };
}

/** Where the cursor is in a claim editor (the service line it is on decides where a HCPCS code goes). */
const cursorOf = (editor: vscode.TextEditor) => editor.document.offsetAt(editor.selection.active);

/** Inserts a code: at the cursor, as a new entry of box 21, or as the procedure code (box 24D) of the service line at the cursor. */
export async function insertCode(linter: ClaimLinter, editor: vscode.TextEditor | undefined, code: string, where: CodePlace): Promise<boolean> {
  if (!editor) {
    await vscode.env.clipboard.writeText(code);
    void vscode.window.showInformationMessage(`${code} copied to the clipboard (no editor is open).`);
    return false;
  }
  if (where === 'cursor' || !isClaimDocument(editor.document)) return editor.edit((e) => e.replace(editor.selection, code));
  const lint = await linter.lintNow(editor.document);
  if (!lint) return false;
  const r = codeInsertEdits(lint.result.doc, code, where === 'box21' ? 'box21' : 'box24D', cursorOf(editor));
  if (!r.ok) {
    if (r.already) void vscode.window.showInformationMessage(r.message);
    else void vscode.window.showWarningMessage(r.message);
    return false;
  }
  const doc = editor.document;
  const ws = new vscode.WorkspaceEdit();
  for (const e of r.edits) ws.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
  const done = await vscode.workspace.applyEdit(ws);
  if (done && r.edits.length) {
    // Show the trainee where the code went: the edited line may be below the visible part of the claim.
    const first = r.edits.reduce((a, b) => (b.start < a.start ? b : a));
    const at = doc.positionAt(first.start + first.newText.length);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    vscode.window.setStatusBarMessage(r.message, 5000);
  }
  return done;
}

interface PlaceItem extends vscode.QuickPickItem {
  where?: CodePlace;
}

/** Note items of a picked ICD-10-CM code for the follow-up pick: a separator and the notes of each kind. */
function noteItems(r: LookupResult<CodeSearchResult>): PlaceItem[] {
  const ex = r.excludes;
  if (!ex) return [];
  const out: PlaceItem[] = [];
  for (const type of [1, 2] as const) {
    const notes = type === 1 ? ex.excludes1 : ex.excludes2;
    const more = type === 1 ? ex.more1 : ex.more2;
    if (!notes.length) continue;
    out.push({ label: `Excludes${type} — ICD-10-CM FY${ex.fiscalYear} Tabular List`, kind: vscode.QuickPickItemKind.Separator });
    out.push({ label: `$(info) ${EXCLUDES_MEANING[type].replace(/^Excludes\d — /, '')}`, description: `Excludes${type}` });
    for (const n of notes) out.push({ label: `$(${type === 1 ? 'circle-slash' : 'link'}) ${n.text}`, description: n.from ? `from ${n.from}` : undefined });
    if (more) out.push({ label: `… and ${more} more (hover the code on the claim to see them)` });
  }
  return out;
}

/** The follow-up pick: where the chosen code goes, with its Excludes notes below. Undefined when dismissed. */
async function pickPlace(linter: ClaimLinter, editor: vscode.TextEditor | undefined, chosen: LookupResult<CodeSearchResult>): Promise<CodePlace | undefined> {
  const places: PlaceItem[] = [];
  const box = chosen.box === '21' ? ('box21' as const) : ('box24D' as const);
  if (editor && isClaimDocument(editor.document)) {
    const lint = await linter.lintNow(editor.document);
    const dry = lint ? codeInsertEdits(lint.result.doc, chosen.code, box, cursorOf(editor)) : undefined;
    if (dry?.ok) places.push({ label: `$(add) ${dry.message.replace(/\.$/, '')}`, where: box });
    else if (dry) places.push({ label: `$(info) ${dry.message}` });
  }
  places.push({ label: `$(edit) Insert ${chosen.code} at the cursor`, where: 'cursor' });
  const notes = noteItems(chosen);
  if (places.length === 1 && !notes.length) return 'cursor';
  for (;;) {
    const pick = await vscode.window.showQuickPick([...places, ...notes], {
      title: `${chosen.code} — ${chosen.title}`,
      placeHolder: notes.length ? `Where should ${chosen.code} go? Its Excludes notes are listed below.` : `Where should ${chosen.code} go?`,
      matchOnDescription: true,
    });
    if (!pick) return undefined;
    if (pick.where) return pick.where;
    // A note or a message was picked: it is for reading; ask again.
  }
}

/**
 * The command. `args` lets tests and other views drive it: a query (skips typing), which result to
 * take and where to put it.
 */
export async function findCode(linter: ClaimLinter, args?: { query?: string; fiscalYear?: number; pick?: number; where?: CodePlace; code?: string }): Promise<string | undefined> {
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
    const r = search(sourcesFor(fy), args.query, args.pick + 1)[args.pick];
    if (!r) return undefined;
    const where = args.where ?? 'cursor';
    if (where !== 'cursor' && where !== (r.box === '21' ? 'box21' : 'box24D')) {
      void vscode.window.showWarningMessage(`${r.code} is a ${r.system} code: it goes into box ${r.box}, not ${where === 'box21' ? 'box 21' : 'box 24D'}.`);
      return undefined;
    }
    await insertCode(linter, editor, r.code, where);
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
    qp.items = q ? search(sources, q, 80).map(toItem) : [];
  };
  qp.placeholder = 'Words or the start of a code (ICD-10-CM, HCPCS Level II), e.g. "torus fracture right radius initial", "E11.6", "dexamethasone 1 mg"';
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
  const chosen = await new Promise<LookupResult<CodeSearchResult> | undefined>((resolve) => {
    qp.onDidAccept(() => {
      resolve(qp.selectedItems[0]?.result);
      qp.hide();
    });
    qp.onDidHide(() => resolve(undefined));
    qp.show();
  });
  qp.dispose();
  if (!chosen) return undefined;
  const where = await pickPlace(linter, editor, chosen);
  if (!where) return undefined;
  await insertCode(linter, editor, chosen.code, where);
  return chosen.code;
}

/** The lookup for the sidebar: results of a query in a year (default: the open claim's) and in HCPCS Level II. */
export function searchCodes(linter: ClaimLinter, args: { query?: string; fiscalYear?: number }): { fiscalYear: number | null; years: number[]; source: string; results: LookupResult<CodeSearchResult>[] } {
  const provider = bundledCodeSets().provider;
  if (!provider) return { fiscalYear: null, years: [], source: bundledCodeSets().error ?? 'The bundled code sets are not available.', results: [] };
  const fy = args.fiscalYear ?? claimFiscalYear(linter, vscode.window.activeTextEditor);
  const sources = sourcesFor(fy);
  const q = (args.query ?? '').trim();
  return { fiscalYear: fy, years: [...provider.years], source: sources.map((s) => s.label).join('; '), results: q ? search(sources, q, 40) : [] };
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
