// What a command may use, handed to every command by registerCommands (./index.ts). The features
// (registerSubmission, registerGuide, registerPractice, registerX12 return them) are described by
// shape here (not imported), so any module can import the command ids without a cycle.
import type * as vscode from 'vscode';
import type { ClaimLinter } from '../linting';

export interface Services {
  context: vscode.ExtensionContext;
  linter: ClaimLinter;
  submission: {
    submit(arg?: unknown): Promise<unknown>;
    showHistory(): Promise<void>;
    exportCsv(target?: unknown): Promise<unknown>;
  };
  guide: {
    exportProgress(target?: vscode.Uri): Promise<unknown>;
    importProgress(source?: vscode.Uri): Promise<unknown>;
    openExample(): Promise<unknown>;
    reveal(tab?: unknown): Promise<unknown>;
    /** Test hooks (registered in test mode only). */
    testState(): Promise<unknown>;
    receive(raw: unknown): unknown;
    ping(): unknown;
  };
  practice: {
    /** A case id, or a pick list of the library. */
    start(arg?: unknown): Promise<unknown>;
    check(arg?: unknown): Promise<unknown>;
    showAnswer(arg?: unknown): Promise<unknown>;
    dispute(arg?: unknown, text?: unknown): Promise<unknown>;
    startTimedSet(opts?: unknown): Promise<unknown>;
    endTimedSet(opts?: unknown): Promise<unknown>;
    toggleTimedSet(): Promise<unknown>;
    /** Test hooks (registered in test mode only): the views' state; ping / message one webview ('practice', 'progress' or 'result'). */
    testState(): Promise<unknown>;
    ping(view?: unknown): unknown;
    receive(view: unknown, raw: unknown): unknown;
  };
  x12: {
    exportClaim(arg?: unknown, options?: unknown): Promise<unknown>;
    importClaims(arg?: unknown, options?: unknown): Promise<unknown>;
    showPreview(arg?: unknown): Promise<unknown>;
    openAnswer(id?: unknown): Promise<unknown>;
  };
}

/** A command's implementation: the services, then the arguments VS Code (or a caller) passes. */
export type CommandRun = (services: Services, ...args: never[]) => unknown;
