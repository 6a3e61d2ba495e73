// Wires the career & certification guide: state store, the sidebar webview view, export/import,
// the walkthrough's "open example" command and (outside production) test hooks.
import * as vscode from 'vscode';
import { randomUUID } from 'crypto';
import { allowedExternalUrls, loadGuidanceData } from '../../guidance/data';
import { SidebarTabSchema } from '../../shared/sidebarProtocol';
import { GUIDE_VIEW_ID, GuideViewProvider, type GuideViewDeps } from '../views/sidebarView';
import { GuideStore, STATE_KEY } from './store';
import { EXPORT_COMMAND, IMPORT_COMMAND, exportProgress, importProgress } from './progressFiles';
import { OPEN_EXAMPLE_COMMAND, openExample } from './openExample';

export const OPEN_GUIDE_COMMAND = 'cleanClaimCoach.openGuide';
export const TEST_STATE_COMMAND = 'cleanClaimCoach._test.guideState';
export const TEST_MESSAGE_COMMAND = 'cleanClaimCoach._test.guideMessage';
export const TEST_PING_COMMAND = 'cleanClaimCoach._test.guidePing';

export function registerGuide(context: vscode.ExtensionContext, history?: GuideViewDeps['history'], isChecked?: GuideViewDeps['isChecked']): void {
  const log = vscode.window.createOutputChannel('Clean Claim Coach Guide', { log: true });
  context.subscriptions.push(log);

  // Validated lazily (first link click), not during activation.
  let allowedUrls: ReadonlySet<string> | undefined;
  const isAllowedUrl = (url: string): boolean => {
    if (!allowedUrls) {
      try {
        allowedUrls = allowedExternalUrls(loadGuidanceData());
      } catch (e) {
        // A broken data file is a packaging bug; the webview shows its own error for the same data.
        log.error(e instanceof Error ? e.message : String(e));
        allowedUrls = new Set();
      }
    }
    return allowedUrls.has(url);
  };

  const { store, corrupt } = GuideStore.open(context.globalState, {
    newId: () => randomUUID(),
    onWriteError: (e) => log.error(`Guide: saving progress failed: ${e instanceof Error ? e.message : String(e)}`),
  });
  if (corrupt) {
    log.warn(`Guide: stored progress was unusable (${corrupt.problem}); kept it under the key "${corrupt.key}" and started fresh.`);
    void vscode.window.showWarningMessage(
      `Clean Claim Coach could not read your saved guide progress (${corrupt.problem}). It was kept aside under "${corrupt.key}" and the guide started fresh.`,
    );
  }

  const provider = new GuideViewProvider({
    extensionUri: context.extensionUri,
    store,
    log,
    isAllowedUrl,
    exportProgress: () => vscode.commands.executeCommand(EXPORT_COMMAND),
    importProgress: () => vscode.commands.executeCommand(IMPORT_COMMAND),
    history,
    isChecked,
  });
  context.subscriptions.push(
    provider,
    vscode.window.registerWebviewViewProvider(GUIDE_VIEW_ID, provider),
    vscode.commands.registerCommand(EXPORT_COMMAND, (target?: unknown) => exportProgress(store, target instanceof vscode.Uri ? target : undefined)),
    vscode.commands.registerCommand(IMPORT_COMMAND, (source?: unknown) => importProgress(store, source instanceof vscode.Uri ? source : undefined)),
    vscode.commands.registerCommand(OPEN_EXAMPLE_COMMAND, () => openExample(context.extensionUri)),
    vscode.commands.registerCommand(OPEN_GUIDE_COMMAND, (tab?: unknown) => {
      const t = SidebarTabSchema.safeParse(tab);
      return provider.reveal(t.success ? t.data : undefined);
    }),
  );

  if (context.extensionMode !== vscode.ExtensionMode.Production) {
    context.subscriptions.push(
      vscode.commands.registerCommand(TEST_STATE_COMMAND, async () => {
        await store.flush();
        return {
          resolved: provider.isResolved,
          visible: provider.isVisible,
          ...provider.stats,
          state: store.get(),
          persisted: context.globalState.get(STATE_KEY),
          claims: provider.lastClaims(),
        };
      }),
      vscode.commands.registerCommand(TEST_MESSAGE_COMMAND, (raw: unknown) => provider.receive(raw)),
      vscode.commands.registerCommand(TEST_PING_COMMAND, () => provider.ping()),
    );
  }
}
