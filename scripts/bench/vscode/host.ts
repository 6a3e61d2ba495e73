// Runs INSIDE a freshly started VS Code window (the extension host loads it as extensionTestsPath,
// like the integration runner): the bench's in-editor figures, measured on this run, never read
// from elsewhere. scripts/bench/vscode.ts starts one window per sample and reads the result file.
//
//   firstDiagnosticsMs  open-document request for a claim → the first diagnostics VS Code publishes
//                       for it (activation + config and code-set load + lint), with the extension
//                       not yet active when the request is made (when VS Code activated it
//                       at start-up anyway, the window says so: activeBeforeOpen)
//   activationMs        what the extension's activate() measured (its API's activationMs)
//   editMs[]            an edit of the open claim → the diagnostics that follow it (debounce + lint)
//
// Environment: CCC_BENCH_RESULT (JSON file to write), CCC_BENCH_CLAIM (claim to copy into the
// workspace just before it is opened: the workspace has no claim at start-up, so nothing activates
// the extension before the request), CCC_BENCH_EDITS (edits to time, default 20).
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'clean-claim-coach.clean-claim-coach';
const SOURCE = 'Clean Claim Coach';

interface Api {
  activationMs: number;
}

const ruleIds = (uri: vscode.Uri) =>
  vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === SOURCE)
    .map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));

/** Resolves with the time (performance.now()) of the first diagnostics change for `uri` that satisfies `ok`. */
function diagnosticsWhen(uri: vscode.Uri, ok: (ids: string[]) => boolean, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === key)) return;
      const at = performance.now();
      if (!ok(ruleIds(uri))) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(at);
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no matching diagnostics for ${uri.fsPath} within ${timeoutMs} ms (now: ${JSON.stringify(ruleIds(uri))})`));
    }, timeoutMs);
  });
}

export async function run(): Promise<void> {
  const out = process.env.CCC_BENCH_RESULT;
  const source = process.env.CCC_BENCH_CLAIM;
  if (!out || !source) throw new Error('CCC_BENCH_RESULT and CCC_BENCH_CLAIM must be set');
  const result: Record<string, unknown> = { vscodeVersion: vscode.version, appName: vscode.env.appName, uiKind: vscode.UIKind[vscode.env.uiKind] };
  try {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error('no workspace folder is open');
    const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
    result.activeBeforeOpen = ext.isActive;
    result.documentsAtStart = vscode.workspace.textDocuments.map((d) => d.uri.toString());
    // Not a failure: code-server 4.139 itself opens a JSON text model at start-up in some windows
    // (seen in the extension host log: activationEvent 'onLanguage:json', before anything of ours was
    // opened), which activates every extension listening for JSON. A user's window does the same, so
    // the figure is still the real one; the window records it and the bench reports how many.

    // The claim appears in the workspace now (not at start-up, where workspaceContains would activate).
    const target = path.join(folder.uri.fsPath, path.basename(source));
    fs.copyFileSync(source, target);
    const uri = vscode.Uri.file(target);
    const first = diagnosticsWhen(uri, (ids) => ids.length > 0, 60000);
    const t0 = performance.now();
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    result.firstDiagnosticsMs = (await first) - t0;
    result.firstRuleIds = ruleIds(uri);
    const api = ext.isActive ? ext.exports : undefined;
    if (!api || typeof api.activationMs !== 'number') throw new Error('the extension published diagnostics but its API has no activationMs');
    result.activationMs = api.activationMs;

    // Edit → diagnostics: switch a diagnosis pointer between valid (A, B) and invalid (A, B, C).
    const edits = Number(process.env.CCC_BENCH_EDITS ?? 20);
    const editMs: number[] = [];
    for (let i = 0; i < edits; i++) {
      const text = editor.document.getText();
      const p = text.indexOf('pointers: [');
      const end = text.indexOf(']', p);
      if (p < 0 || end < 0) throw new Error(`${path.basename(source)} has no "pointers: [...]" to edit`);
      const bad = !text.slice(p, end).includes('C');
      const next = diagnosticsWhen(uri, (ids) => ids.includes('invalid-diagnosis-pointer') === bad, 10000);
      const t = performance.now();
      const ok = await editor.edit((e) => e.replace(new vscode.Range(editor.document.positionAt(p + 11), editor.document.positionAt(end)), bad ? 'A, B, C' : 'A, B'));
      if (!ok) throw new Error('the edit was not applied');
      editMs.push((await next) - t);
    }
    result.editMs = editMs;
    await vscode.commands.executeCommand('workbench.action.files.revert');
  } catch (e) {
    result.error = (e as Error).message;
  }
  fs.writeFileSync(out, JSON.stringify(result, null, 2));
  if (result.error) throw new Error(String(result.error));
}
