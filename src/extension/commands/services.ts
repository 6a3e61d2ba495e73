// What a command may use, handed to every command by registerCommands (./index.ts). The features
// are described by shape here (not imported), so any module can import the command ids without a
// cycle.
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
}

/** A command's implementation: the services, then the arguments VS Code (or a caller) passes. */
export type CommandRun = (services: Services, ...args: never[]) => unknown;
