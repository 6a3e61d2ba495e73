// Wires the practice loop: case library, practice log, the read-only case note, the Practice and
// Progress sidebar views, the result panel, CodeLens, commands and (under the test runner only)
// test hooks. Called with one line from extension.ts.
import * as vscode from 'vscode';
import { caseProgress } from '../../practice/progress';
import type { CaseRow } from '../../shared/practiceProtocol';
import type { ClaimLinter } from '../linting';
import { CASE_NOTE_SCHEME, CaseNoteProvider } from './caseNote';
import { PracticeCodeLens } from './codeLens';
import { PRACTICE_COMMANDS, PRACTICE_TEST_COMMANDS, PRACTICE_VIEW_ID, PROGRESS_VIEW_ID } from './commandIds';
import { checkMyCoding } from './commands/checkCoding';
import { disputeKey } from './commands/disputeKey';
import { showAnswer } from './commands/showAnswer';
import { startCase } from './commands/startCase';
import { registerTimedSet, type TimedSetController } from './commands/timedSet';
import { hasClaim, PracticeFeature } from './feature';
import { CaseLibrary, domainName } from './library';
import { buildProgressView, caseMetas } from './progressView';
import { buildReadinessView, type ReadinessRelay } from './readiness';
import { PracticeStore } from './store';
import { PracticeViewProvider, ResultPanel, type Action } from './webviews';
import { registerProgressPart } from '../guidance/progressParts';
import { newEntries, parseExportedEntries } from '../../practice/attemptLog';

export interface PracticeDeps {
  linter: ClaimLinter;
  /** The guide's exam readiness is fed from the practice log through this. */
  readiness?: ReadinessRelay;
}

export interface PracticeApi {
  feature: PracticeFeature;
}

export function registerPractice(context: vscode.ExtensionContext, deps: PracticeDeps): PracticeApi {
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
        return feature.start(a.caseId);
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
        return vscode.commands.executeCommand(PRACTICE_COMMANDS.startTimedSet);
      case 'endTimedSet':
        return vscode.commands.executeCommand(PRACTICE_COMMANDS.endTimedSet);
      case 'toggleTimedSet':
        return vscode.commands.executeCommand(PRACTICE_COMMANDS.toggleTimedSet);
    }
  }

  async function caseRows(): Promise<CaseRow[]> {
    const cases = await library.all();
    const entries = await store.entries();
    return Promise.all(
      cases.map(async (c) => {
        const p = caseProgress(c.case.case.id, entries);
        return {
          id: c.case.case.id,
          title: c.case.case.title.slice(0, 300),
          difficulty: c.case.case.difficulty,
          examDomains: c.case.case.examDomains.slice(0, 20),
          source: c.source,
          state: p.state,
          attempts: p.attempts,
          ...(p.bestScore !== undefined ? { bestScore: Math.max(0, Math.min(1, p.bestScore)) } : {}),
          hasClaim: await hasClaim(c.case.case.id),
        };
      }),
    );
  }

  let lastCases: CaseRow[] = [];
  async function postCases(): Promise<void> {
    // The protocol's bounds (a workspace may hold up to 2,000 case files besides the bundled ones).
    lastCases = (await caseRows()).slice(0, 2000);
    const used = [...new Set(lastCases.flatMap((c) => c.examDomains))].slice(0, 100);
    practiceView.page.post({ type: 'cases', cases: lastCases, domains: used.map((id) => ({ id, name: domainName(id).slice(0, 300) })), ...(timedRef.c?.view() ? { timedSet: timedRef.c.view() } : {}) });
  }

  let lastProgress: ReturnType<typeof buildProgressView>['view'] | undefined;
  async function postProgress(): Promise<void> {
    const { entries, skipped } = await store.read();
    lastProgress = buildProgressView(entries, skipped, await library.all()).view;
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
    vscode.commands.registerCommand(PRACTICE_COMMANDS.start, (arg?: unknown) => startCase(feature, arg)),
    vscode.commands.registerCommand(PRACTICE_COMMANDS.check, (arg?: unknown) => checkMyCoding(feature, arg)),
    vscode.commands.registerCommand(PRACTICE_COMMANDS.showAnswer, (arg?: unknown) => showAnswer(feature, arg)),
    vscode.commands.registerCommand(PRACTICE_COMMANDS.dispute, (arg?: unknown, text?: unknown) => disputeKey(feature, arg, text)),
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
  timedRef.c = registerTimedSet(context, feature, log, () => void postCases());

  if (context.extensionMode === vscode.ExtensionMode.Test) {
    const pageOf = (mode: unknown) => (mode === 'progress' ? progressView.page : mode === 'result' ? panel.page : practiceView.page);
    context.subscriptions.push(
      vscode.commands.registerCommand(PRACTICE_TEST_COMMANDS.state, async () => ({
        practice: { ready: practiceView.page.ready, ...practiceView.page.stats },
        progress: { ready: progressView.page.ready, ...progressView.page.stats },
        result: { open: panel.isOpen, ready: panel.page.ready, view: panel.current },
        cases: lastCases,
        progressView: lastProgress,
        entries: await store.entries(),
        logFile: store.file.file,
        timedSet: timedRef.c?.view(),
      })),
      vscode.commands.registerCommand(PRACTICE_TEST_COMMANDS.ping, (mode?: unknown) => pageOf(mode).ping()),
      vscode.commands.registerCommand(PRACTICE_TEST_COMMANDS.message, (mode: unknown, raw: unknown) => pageOf(mode).receive(raw)),
    );
  }
  return { feature };
}
