// The career guide's commands: open it (at a tab), open an example claim, export / import progress;
// and, in test mode only, hooks that read its state and talk to its webview.
import * as vscode from 'vscode';
import type { Services } from './services';

export const openGuide = (s: Services, tab?: unknown) => s.guide.reveal(tab);
export const openExample = (s: Services) => s.guide.openExample();
export const exportProgress = (s: Services, target?: unknown) => s.guide.exportProgress(target instanceof vscode.Uri ? target : undefined);
export const importProgress = (s: Services, source?: unknown) => s.guide.importProgress(source instanceof vscode.Uri ? source : undefined);
export const testGuideState = (s: Services) => s.guide.testState();
export const testGuideMessage = (s: Services, raw?: unknown) => s.guide.receive(raw);
export const testGuidePing = (s: Services) => s.guide.ping();
