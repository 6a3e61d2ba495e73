// Wires the career guide: state store and the sidebar webview view; returns what its commands
// (../commands/guide.ts) call: export/import, the walkthrough's "open example", reveal, and the
// test hooks (registered in test mode only).
import * as vscode from 'vscode';
import { randomUUID } from 'crypto';
import { allowedExternalUrls, loadGuidanceData } from '../../guidance/data';
import { SidebarTabSchema } from '../../shared/sidebarProtocol';
import { GUIDE_VIEW_ID, GuideViewProvider, type GuideViewDeps } from '../views/sidebarView';
import { GuideStore, STATE_KEY } from './store';
import { exportProgress, importProgress } from './progressFiles';
import { openExample } from './openExample';
import { COMMAND } from '../commands';
import type { Services } from '../commands/services';

export type GuideFeature = Services['guide'];

export function registerGuide(context: vscode.ExtensionContext, history?: GuideViewDeps['history'], isChecked?: GuideViewDeps['isChecked'], readiness?: GuideViewDeps['readiness']): GuideFeature {
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
    exportProgress: () => vscode.commands.executeCommand(COMMAND.exportProgress),
    importProgress: () => vscode.commands.executeCommand(COMMAND.importProgress),
    history,
    isChecked,
    readiness,
  });
  context.subscriptions.push(provider, vscode.window.registerWebviewViewProvider(GUIDE_VIEW_ID, provider));

  return {
    exportProgress: (target) => exportProgress(store, target),
    importProgress: (source) => importProgress(store, source),
    openExample: () => openExample(context.extensionUri),
    reveal: (tab) => {
      const t = SidebarTabSchema.safeParse(tab);
      return provider.reveal(t.success ? t.data : undefined);
    },
    testState: async () => {
      await store.flush();
      return {
        resolved: provider.isResolved,
        visible: provider.isVisible,
        ...provider.stats,
        state: store.get(),
        persisted: context.globalState.get(STATE_KEY),
        claims: provider.lastClaims(),
        readiness: provider.lastReadiness(),
      };
    },
    receive: (raw) => provider.receive(raw),
    ping: () => provider.ping(),
  };
}
