// Smoke test of the harness itself: the extension is loaded from the development path and
// activates once a practice claim is opened.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, EXTENSION_ID, closeAllEditors, extension, fixturesRoot, openFixture, ruleIdOf, waitFor, waitForDiagnostics } from './helpers';

describe('activation', () => {
  after(closeAllEditors);

  it('runs in a real VS Code with the fixture workspace open', () => {
    assert.ok(vscode.version, 'vscode.version');
    assert.ok(fixturesRoot().path.endsWith('/workspace'), `unexpected workspace ${fixturesRoot().toString()}`);
    console.log(`    VS Code ${vscode.version}, ${vscode.env.appName}, uiKind=${vscode.UIKind[vscode.env.uiKind]}, remote=${vscode.env.remoteName ?? 'none'}, node ${process.versions.node}`);
  });

  it(`finds the extension ${EXTENSION_ID}`, () => {
    const ext = extension();
    assert.strictEqual(ext.packageJSON.name, 'clean-claim-coach');
    assert.strictEqual(ext.extensionKind, vscode.ExtensionKind.Workspace);
  });

  it('activates when a *.claim.yaml is opened', async () => {
    const editor = await openFixture('clean.claim.yaml');
    assert.strictEqual(editor.document.languageId, 'yaml');
    await waitFor('the extension to activate', () => extension().isActive, 15000);
  });

  it('publishes diagnostics for a claim with a finding', async () => {
    const editor = await openFixture('missing-member-id.claim.yaml');
    const ds = await waitForDiagnostics(editor.document.uri, (all) => all.some((d) => ruleIdOf(d) === 'missing-member-id'), 15000);
    const d = ds.find((x) => ruleIdOf(x) === 'missing-member-id');
    assert.strictEqual(d?.source, DIAGNOSTIC_SOURCE);
  });
});
