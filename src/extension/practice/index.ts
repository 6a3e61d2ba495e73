// Wires the practice loop: case library, practice log, the read-only case note, the Practice and
// Progress sidebar views, the result panel and CodeLens. Returns the service its commands
// (src/extension/commands/practice.ts, registered with every other command) call, test hooks
// included. Called with one line from extension.ts.
import * as vscode from 'vscode';
import { caseMetas, caseRow, domainsOf } from '../../practice/views';
import { CaseRowSchema, type CaseRow } from '../../shared/practiceProtocol';
import type { ClaimLinter } from '../linting';
import { CASE_NOTE_SCHEME, CaseNoteProvider } from './caseNote';
import { PracticeCodeLens } from './codeLens';
import type { Services } from '../commands/services';
import { startCase } from './startCase';
import { registerTimedSet, type TimedSetController } from './timedSet';
import { hasClaim, PracticeFeature } from './feature';
import { CaseLibrary } from './library';
import { buildProgressView } from './progressView';
import { buildReadinessView, type ReadinessRelay } from './readiness';
import { PracticeStore } from './store';
import { PRACTICE_VIEW_ID, PROGRESS_VIEW_ID } from './viewIds';
import { PracticeViewProvider, ResultPanel, type Action } from './webviews';
import { registerProgressPart } from '../guidance/progressParts';
import { newEntries, parseExportedEntries } from '../../practice/attemptLog';

export interface PracticeDeps {
  linter: ClaimLinter;
  /** The guide's exam readiness is fed from the practice log through this. */
  readiness?: ReadinessRelay;
}

export function registerPractice(context: vscode.ExtensionContext, deps: PracticeDeps): Services['practice'] {
  const log = vscode.window.createOutputChannel('Clean Claim Coach Practice');
  const library = new CaseLibrary(context.extensionUri.fsPath, log);
  const store = new PracticeStore(vscode.Uri.joinPath(context.globalStorageUri, 'practice').fsPath, log);
  const timedRef: { c?: TimedSetController } = {};

  const panel: ResultPanel = new ResultPanel(context.extensionUri, log, (a) => onAction(a));
  const feature = new PracticeFeature({
    library,
    store,
    linter: deps.linter,
    log,
    showResult: (view) => panel.show(view),
    timedSetFor: (caseId) => timedRef.c?.activeFor(caseId),
    onTimedCheck: (caseId) => timedRef.c?.checked(caseId) ?? Promise.resolve(),
  });

  const practiceView = new PracticeViewProvider('practice', context.extensionUri, log, () => void postCases(), (a) => onAction(a));
  const progressView = new PracticeViewProvider('progress', context.extensionUri, log, () => void postProgress(), (a) => onAction(a));
  const lens = new PracticeCodeLens(() => store.entries());
  const notes = new CaseNoteProvider(library);

  async function onAction(a: Action): Promise<unknown> {
    switch (a.type) {
      case 'start':
        return startAndList(a.caseId);
      case 'refresh':
        store.invalidate();
        return undefined;
      case 'recheck':
        return feature.check(feature.last?.claimUri);
      case 'showAnswer':
        return feature.showAnswer(feature.last?.claimUri);
      case 'showInNote':
        return feature.showInNote(a.fromLine, a.toLine);
      case 'openClaim':
        return feature.openClaim();
      case 'dispute':
        return feature.dispute(feature.last?.claimUri);
      case 'startTimedSet':
        return timedRef.c?.start();
      case 'endTimedSet':
        return timedRef.c?.end();
      case 'toggleTimedSet':
        return timedRef.c?.toggle();
    }
  }

  async function caseRows(): Promise<CaseRow[]> {
    const cases = await library.all();
    const entries = await store.entries();
    const rows = await Promise.all(cases.map(async (c) => ({ c, row: caseRow(c, entries, await hasClaim(c.case.case.id)) })));
    // One row out of the protocol's bounds would make the webview drop the whole list: skip it, say why.
    return rows.flatMap(({ c, row }) => {
      const ok = CaseRowSchema.safeParse(row);
      if (ok.success) return [ok.data];
      log.appendLine(`Practice: case ${c.case.case.id} (${c.file}) not listed: ${ok.error.issues[0]?.message ?? 'out of bounds'}`);
      return [];
    });
  }

  /** Starts a case; a new claim turns its row's Start into Reopen (no other event would say so). */
  async function startAndList(caseId: string) {
    const r = await feature.start(caseId);
    if (r?.created) await postCases();
    return r;
  }

  // Refreshes overlap (a history change and a case file change a moment apart) and finish in any
  // order: only the latest one posts, so an older list never replaces a newer one.
  let lastCases: CaseRow[] = [];
  let casesRun = 0;
  async function postCases(): Promise<void> {
    const run = ++casesRun;
    // The protocol's bounds (a workspace may hold up to 2,000 case files besides the bundled ones).
    const rows = (await caseRows()).slice(0, 2000);
    if (run !== casesRun) return;
    lastCases = rows;
    practiceView.page.post({ type: 'cases', cases: lastCases, domains: domainsOf(lastCases).slice(0, 100), ...(timedRef.c?.view() ? { timedSet: timedRef.c.view() } : {}) });
  }

  let lastProgress: ReturnType<typeof buildProgressView>['view'] | undefined;
  let progressRun = 0;
  async function postProgress(): Promise<void> {
    const run = ++progressRun;
    const { entries, skipped } = await store.read();
    const view = buildProgressView(entries, skipped, await library.all()).view;
    if (run !== progressRun) return;
    lastProgress = view;
    progressView.page.post({ type: 'progress', progress: lastProgress });
  }

  const refreshAll = () => {
    lens.refresh();
    void postCases();
    void postProgress();
    deps.readiness?.changed();
  };

  context.subscriptions.push(
    log,
    library,
    store,
    panel,
    practiceView,
    progressView,
    lens,
    notes,
    vscode.workspace.registerTextDocumentContentProvider(CASE_NOTE_SCHEME, notes),
    vscode.window.registerWebviewViewProvider(PRACTICE_VIEW_ID, practiceView),
    vscode.window.registerWebviewViewProvider(PROGRESS_VIEW_ID, progressView),
    vscode.languages.registerCodeLensProvider([{ pattern: '**/*.claim.{yaml,yml,json}' }], lens),
    store.onDidChange(refreshAll),
    library.onDidChange(refreshAll),
    registerProgressPart({
      key: 'practice',
      export: async () => ({ entries: await store.entries() }),
      import: async (value) => {
        const parsed = parseExportedEntries(value);
        if (!parsed.ok) return `practice history not imported: ${parsed.error}`;
        const added = newEntries(await store.entries(), parsed.entries);
        await store.append(...added);
        return `${added.length} practice entr${added.length === 1 ? 'y' : 'ies'} added${parsed.skipped ? ` (${parsed.skipped} unreadable skipped)` : ''}`;
      },
    }),
  );
  if (deps.readiness) {
    context.subscriptions.push(
      deps.readiness.connect({
        get: async () => {
          const { entries, skipped } = await store.read();
          return buildReadinessView(entries, skipped, caseMetas(await library.all()));
        },
      }),
    );
  }
  const timed = registerTimedSet(context, feature, log, () => void postCases());
  timedRef.c = timed;

  const pageOf = (mode: unknown) => (mode === 'progress' ? progressView.page : mode === 'result' ? panel.page : practiceView.page);
  return {
    start: (arg) => startCase(feature, arg, startAndList),
    check: (arg) => feature.check(arg),
    showAnswer: (arg) => feature.showAnswer(arg),
    dispute: (arg, text) => feature.dispute(arg, text),
    startTimedSet: (opts) => timed.start(opts),
    endTimedSet: (opts) => timed.end(opts),
    toggleTimedSet: () => timed.toggle(),
    testState: async () => ({
      practice: { ready: practiceView.page.ready, ...practiceView.page.stats },
      progress: { ready: progressView.page.ready, ...progressView.page.stats },
      result: { open: panel.isOpen, ready: panel.page.ready, view: panel.current },
      cases: lastCases,
      caseFilesSkipped: library.skipped,
      progressView: lastProgress,
      entries: await store.entries(),
      logFile: store.file.file,
      timedSet: timedRef.c?.view(),
    }),
    ping: (mode) => pageOf(mode).ping(),
    receive: (mode, raw) => pageOf(mode).receive(raw),
  };
}
