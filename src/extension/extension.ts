// Entry point of the VS Code extension. The only folder that imports `vscode` is src/extension/.
// activate() wires each feature module; each feature owns its disposables.
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  const started = Date.now();
  void context;
  void started;
}

export function deactivate(): void {
  // nothing: every disposable is owned by context.subscriptions
}
