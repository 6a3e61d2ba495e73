// ICD-10-CM by date of service in a real VS Code: a claim dated 2026-11-02 is checked against the
// bundled FY2027 code set (I42.0 is a header from FY2027), and Find a Code puts a code found by
// words (C78.31, new in FY2027) into box 21, where it lints clean.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, DIAGNOSTIC_SOURCE, openFixture, ruleIdOf, waitForDiagnostics, revertActive } from './helpers';

describe('ICD-10-CM by date of service', function () {
  this.timeout(90000);
  after(closeAllEditors);

  it('FY2027 diagnostic and Find a Code inserting a code found by words', async () => {
    await activateExtension();
    const editor = await openFixture('fiscal-years/fy2027.claim.yaml');
    const ds = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => x.source === DIAGNOSTIC_SOURCE && ruleIdOf(x) === 'non-billable-diagnosis'));
    const header = ds.find((d) => ruleIdOf(d) === 'non-billable-diagnosis')!;
    assert.strictEqual(editor.document.getText(header.range), 'I42.0');
    assert.match(header.message, /became a header in ICD-10-CM FY2027/);
    // The sidebar's lookup asks the same search: the claim's year by default, both years offered.
    const found = await vscode.commands.executeCommand<{ fiscalYear: number; years: number[]; source: string; results: { code: string; note?: string }[] }>('cleanClaimCoach.searchCodes', { query: 'secondary malignant neoplasm larynx' });
    assert.strictEqual(found.fiscalYear, 2027);
    assert.deepStrictEqual(found.years, [2026, 2027]);
    assert.match(found.source, /FY2026 official file \+ FY2027 change list \(derived\)/);
    assert.deepStrictEqual(found.results.slice(0, 1), [{ ...found.results[0], code: 'C78.31', note: 'new in FY2027' }]);
    const code = await vscode.commands.executeCommand<string>('cleanClaimCoach.findCode', { query: 'secondary malignant neoplasm larynx', pick: 0, where: 'box21' });
    assert.strictEqual(code, 'C78.31', 'the search defaults to FY2027, the year of the claim');
    try {
      assert.match(editor.document.getText(), /diagnoses:\n {2}- I42\.0\n {2}- I10\n {2}- C78\.31\n/);
      const after = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleIdOf(x) === 'unreferenced-diagnosis'));
      const onNew = after.filter((d) => d.source === DIAGNOSTIC_SOURCE && editor.document.getText(d.range) === 'C78.31').map((d) => ruleIdOf(d));
      assert.deepStrictEqual(onNew, ['unreferenced-diagnosis'], 'no code-set finding for a new FY2027 code on a FY2027 claim (only: no line points at it yet)');
    } finally {
      await revertActive();
    }
  });
});
