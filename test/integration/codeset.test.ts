// The official ICD-10-CM code set in a real VS Code: .claimlint.yaml points at an order file, the
// claim is checked against it (unknown codes are errors), and the status bar names the code set.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, DIAGNOSTIC_SOURCE, openFixture, ruleIdOf, waitFor, waitForDiagnostics } from './helpers';

interface Api {
  linter: { result(uri: vscode.Uri): { setup?: { options: { codes?: { label: string; official: boolean } } } } | undefined };
}

describe('official code set', function () {
  this.timeout(60000);
  after(closeAllEditors);

  it('lints against the configured CMS/CDC order file and names it', async () => {
    const api = await activateExtension<Api>();
    const editor = await openFixture('codeset/official.claim.yaml');
    const ds = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => x.source === DIAGNOSTIC_SOURCE && ruleIdOf(x) === 'unknown-diagnosis'));
    const unknown = ds.filter((d) => d.source === DIAGNOSTIC_SOURCE && ruleIdOf(d) === 'unknown-diagnosis');
    assert.deepStrictEqual(unknown.map((d) => editor.document.getText(d.range)), ['J45.909'], 'A00.1 is in the official file (not in the practice book), J45.909 is in the practice book but not in the file');
    assert.strictEqual(unknown[0].severity, vscode.DiagnosticSeverity.Error, 'unknown codes are errors with a full code set');
    const label = await waitFor('the active code set', () => api.linter.result(editor.document.uri)?.setup?.options.codes?.label);
    assert.strictEqual(label, 'ICD-10-CM FY2026 (23 codes)', 'fiscal year from the file name, billable rows (column 15 = 1) counted');
    assert.strictEqual(api.linter.result(editor.document.uri)?.setup?.options.codes?.official, true);
  });
});
