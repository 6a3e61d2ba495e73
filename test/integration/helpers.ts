// Helpers for integration tests (they run inside a real VS Code extension host). Test files import
// only `vscode`, `assert`, Node built-ins and this module.
// The workspace is a fresh copy of test/fixtures/workspace/ per run: tests may edit files, but
// should revert what they change (later tests see the same copy).
import * as vscode from 'vscode';

export const EXTENSION_ID = 'clean-claim-coach.clean-claim-coach';
/** `source` of every diagnostic the extension publishes. */
export const DIAGNOSTIC_SOURCE = 'Clean Claim Coach';

/** Root of the opened fixture workspace (a copy of test/fixtures/workspace/). */
export function fixturesRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the runner must open test/fixtures/workspace');
  return folder.uri;
}

/** URI of a file in the fixture workspace, e.g. fixtureUri('claims/clean.claim.yaml'). */
export function fixtureUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(fixturesRoot(), ...relativePath.split('/'));
}

/**
 * Reverts the active editor to its saved file and waits until this extension host has the saved
 * text: the revert command can return (and the document report "not dirty") before the reverted
 * text arrives, so a test that went on at once worked on the edited text.
 */
export async function revertActive(): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  await vscode.commands.executeCommand('workbench.action.files.revert');
  if (!doc || doc.isClosed || doc.uri.scheme !== 'file') return;
  const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(doc.uri));
  await waitFor(`${doc.uri.path.split('/').pop()} to show its saved text after a revert`, () => doc.getText() === saved);
}

/** Opens a fixture file in an editor and returns the editor. */
export async function openFixture(relativePath: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/**
 * Waits below are hang protection, not speed checks: every timeout given to waitFor and
 * waitForDiagnostics is stretched by CCC_TEST_TIMEOUT_SCALE (default 3), like mocha's (index.ts).
 */
export const TIMEOUT_SCALE = Math.max(1, Number(process.env.CCC_TEST_TIMEOUT_SCALE ?? 3) || 3);

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `probe` until it returns something other than undefined/false; throws after timeoutMs. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10000): Promise<T> {
  timeoutMs *= TIMEOUT_SCALE;
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs}ms waiting for ${what}`);
    await sleep(50);
  }
}

/**
 * Waits until the diagnostics of `uri` satisfy `predicate` (default: at least one diagnostic from
 * this extension) and returns them. Reacts to onDidChangeDiagnostics, with polling as a backstop.
 */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean = (ds) => ds.some((d) => d.source === DIAGNOSTIC_SOURCE),
  timeoutMs = 10000,
): Promise<vscode.Diagnostic[]> {
  timeoutMs *= TIMEOUT_SCALE;
  const check = () => {
    const ds = vscode.languages.getDiagnostics(uri);
    return predicate(ds) ? ds : undefined;
  };
  const now = check();
  if (now) return now;
  return new Promise((resolve, reject) => {
    const done = (f: () => void) => {
      clearTimeout(timer);
      clearInterval(poll);
      sub.dispose();
      f();
    };
    const tryNow = () => {
      const ds = check();
      if (ds) done(() => resolve(ds));
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) tryNow();
    });
    const poll = setInterval(tryNow, 250);
    const timer = setTimeout(() => {
      const seen = vscode.languages.getDiagnostics(uri).map((d) => `${d.source}:${String(d.code instanceof Object ? d.code.value : d.code)} ${d.message}`);
      done(() => reject(new Error(`timed out after ${timeoutMs}ms waiting for diagnostics on ${uri.fsPath}; current: ${JSON.stringify(seen)}`)));
    }, timeoutMs);
  });
}

/** Rule id of a diagnostic (its `code`, plain or { value, target }). */
export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return String(typeof c === 'object' ? c.value : c);
}

/** The extension under test (throws if VS Code did not load it). */
export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return ext;
}

/** Activates the extension (no-op when active) and returns its exports. */
export async function activateExtension<T = unknown>(): Promise<T> {
  const ext = extension();
  return (ext.isActive ? ext.exports : await ext.activate()) as T;
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
