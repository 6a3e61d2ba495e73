// Issue 18 in a real VS Code: two diagnoses joined by an FY2027 Excludes1 note get the finding on
// both, an Excludes2 pair gets none, and the hover shows a code's Excludes notes with the year.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, DIAGNOSTIC_SOURCE, openFixture, ruleIdOf, waitFor, waitForDiagnostics } from './helpers';

interface Api {
  linter: { result(uri: vscode.Uri): { version: number; result: { findings: { ruleId: string }[] } } | undefined };
}

const ours = (ds: readonly vscode.Diagnostic[]) => ds.filter((d) => d.source === DIAGNOSTIC_SOURCE);

describe('Excludes1 notes (code-editor tables)', function () {
  this.timeout(60000);
  let api: Api;
  before(async () => {
    api = await activateExtension<Api>();
  });
  afterEach(() => closeAllEditors());

  it('an FY2027 Excludes1 pair is flagged on both diagnoses, an Excludes2 pair is not, and the hover shows the notes', async () => {
    const editor = await openFixture('excludes/excludes1-pair.claim.yaml');
    const doc = editor.document;
    const found = ours(await waitForDiagnostics(doc.uri, (ds) => ours(ds).some((d) => ruleIdOf(d) === 'excludes1-conflict'))).filter((d) => ruleIdOf(d) === 'excludes1-conflict');
    assert.deepStrictEqual(
      found.map((d) => doc.getText(d.range)).sort(),
      ['J45.909', 'R06.2'],
    );
    assert.ok(found.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    assert.match(found[0].message, /Excludes1 note \(ICD-10-CM FY2027 Tabular List\): J45 \(Asthma\).*"wheezing NOS \(R06\.2\)"/);

    const pos = doc.positionAt(doc.getText().indexOf('  - J45.909') + 6);
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos)) ?? [];
    const md = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(md, /Excludes1/);
    assert.match(md, /wheezing NOS \(R06\.2\)/);
    assert.match(md, /Excludes2/);
    assert.match(md, /FY2027/);

    const other = await openFixture('excludes/excludes2-pair.claim.yaml');
    // the linter's own result for this version is the signal that linting ran (not a timeout)
    const linted = await waitFor('the Excludes2 claim linted', () => api.linter.result(other.document.uri)?.version === other.document.version && api.linter.result(other.document.uri));
    assert.deepStrictEqual(linted.result.findings.map((f) => f.ruleId), []);
    assert.deepStrictEqual(ours(vscode.languages.getDiagnostics(other.document.uri)).map((d) => ruleIdOf(d)), []);
  });
});
