// ICD-10-CM by date of service in a real VS Code: a claim dated 2026-11-02 is checked against the
// bundled FY2027 code set (I42.0 is a header from FY2027), and Find a Code puts a code found by
// words (C78.31, new in FY2027) into box 21, where it lints clean; the same lookup finds a HCPCS
// Level II code by words of its CMS description and puts it into box 24D of the service line.
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

  it('Find a Code finds a HCPCS Level II code by words and puts it into box 24D of the service line at the cursor', async () => {
    await activateExtension();
    const editor = await openFixture('fiscal-years/fy2027.claim.yaml');
    await waitForDiagnostics(editor.document.uri);
    const query = 'dexamethasone sodium phosphate 1 mg';
    // One search over ICD-10-CM FY2027 and HCPCS Level II 2026: the drug is found by words, for box 24D.
    const found = await vscode.commands.executeCommand<{ source: string; results: { system: string; code: string; title: string; box: string; path: string[] }[] }>('cleanClaimCoach.searchCodes', { query });
    assert.match(found.source, /HCPCS Level II — CMS HCPCS Level II, January 2026 quarterly release/);
    assert.deepStrictEqual(found.results[0], { system: 'HCPCS', code: 'J1100', title: 'Injection, dexamethasone sodium phosphate, 1 mg', billable: true, path: [], box: '24D' });
    // A diagnosis code comes with its Excludes notes and their year.
    const asthma = await vscode.commands.executeCommand<{ results: { code: string; excludes?: { fiscalYear: number; excludes1: { text: string }[] } }[] }>('cleanClaimCoach.searchCodes', { query: 'J45.20' });
    assert.strictEqual(asthma.results[0]?.code, 'J45.20');
    assert.strictEqual(asthma.results[0]?.excludes?.fiscalYear, 2027);
    assert.ok((asthma.results[0]?.excludes?.excludes1.length ?? 0) > 0);
    // The cursor on the service line's charge: that line's procedure code is the one replaced.
    const text = editor.document.getText();
    const at = editor.document.positionAt(text.indexOf('charge: 145.00'));
    editor.selection = new vscode.Selection(at, at);
    const code = await vscode.commands.executeCommand<string>('cleanClaimCoach.findCode', { query, pick: 0, where: 'box24D' });
    assert.strictEqual(code, 'J1100');
    try {
      const now = editor.document.getText();
      assert.match(now, /services:\n {2}- from: 2026-11-02\n {4}placeOfService: "11"\n {4}code: J1100\n {4}pointers: \[A, B\]\n/);
      assert.ok(!now.includes('99214'), 'the line had one procedure code: it was replaced, not duplicated');
      const ds = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => x.source === DIAGNOSTIC_SOURCE) && !d.some((x) => editor.document.getText(x.range) === '99214'));
      const onNew = ds.filter((d) => d.source === DIAGNOSTIC_SOURCE && editor.document.getText(d.range) === 'J1100').map((d) => ruleIdOf(d));
      assert.ok(!onNew.some((id) => /hcpcs|procedure-code|invalid-procedure/.test(String(id))), `no code-set finding for a current HCPCS code: ${onNew.join(', ')}`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});
