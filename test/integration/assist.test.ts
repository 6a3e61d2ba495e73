// Editor assistance in a real VS Code, through the provider commands a user's editor calls.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, DIAGNOSTIC_SOURCE, openFixture, ruleIdOf, waitForDiagnostics, revertActive } from './helpers';

const FILE = 'assist/fixable.claim.yaml';
const ours = (ds: vscode.Diagnostic[]) => ds.filter((d) => d.source === DIAGNOSTIC_SOURCE);
const ids = (ds: vscode.Diagnostic[]) => ours(ds).map((d) => ruleIdOf(d)!).sort();

describe('editor assistance', function () {
  this.timeout(60000);
  before(() => activateExtension());
  afterEach(async () => {
    await revertActive();
    await closeAllEditors();
  });

  it('each engine quick fix removes its finding and introduces no new one', async () => {
    const editor = await openFixture(FILE);
    const uri = editor.document.uri;
    const initial = ids(await waitForDiagnostics(uri, (d) => ours(d).length >= 3));
    assert.deepStrictEqual(initial, ['duplicate-diagnosis', 'total-charge-mismatch', 'unknown-field']);
    for (const rule of initial) {
      const d = ours(vscode.languages.getDiagnostics(uri)).find((x) => ruleIdOf(x) === rule)!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
      // (executeCodeActionProvider does not return the actions' diagnostics: the range selects them.)
      const fix = actions.find((a) => a.edit && !a.title.startsWith('Ignore'));
      assert.ok(fix, `a quick fix for ${rule}: ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(actions.some((a) => a.title === `Open documentation for ${rule}`));
      assert.ok(actions.some((a) => a.title === `Ignore ${rule} on this line`));
      await vscode.workspace.applyEdit(fix.edit!);
      const after = ids(await waitForDiagnostics(uri, (ds) => !ids(ds).includes(rule)));
      assert.deepStrictEqual(after, initial.filter((r) => r !== rule), `after fixing ${rule}`);
      await revertActive();
      await waitForDiagnostics(uri, (ds) => ids(ds).length === initial.length);
    }
  });

  it('"Fix All" applies the safe fixes (never the money one)', async () => {
    const editor = await openFixture(FILE);
    await waitForDiagnostics(editor.document.uri, (d) => ours(d).length >= 3);
    await vscode.commands.executeCommand('cleanClaimCoach.fixAll');
    const after = ids(await waitForDiagnostics(editor.document.uri, (ds) => !ids(ds).includes('duplicate-diagnosis')));
    // The total charge is money: its fix is offered as a quick fix, never applied by Fix All.
    assert.deepStrictEqual(after, ['total-charge-mismatch', 'unknown-field']);
    assert.match(editor.document.getText(), /totalCharge: 150\.00/);
  });

  it('hovers explain keys (box and 837P element), diagnosis codes and places of service', async () => {
    const editor = await openFixture(FILE);
    const doc = editor.document;
    const at = (needle: string, delta = 1) => doc.positionAt(doc.getText().indexOf(needle) + delta);
    const text = async (p: vscode.Position) =>
      ((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, p)) ?? [])
        .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
        .join('\n');
    assert.match(await text(at('placeOfService')), /box 24B/);
    assert.match(await text(at('"11"', 2)), /POS 11.*Office/);
    assert.match(await text(at('E11.9', 2)), /Type 2 diabetes mellitus/);
    assert.match(await text(at('"99214"', 2)), /Evaluation and Management/);
  });

  it('completion offers keys, pointer letters and ICD-10-CM codes by words', async () => {
    const editor = await openFixture(FILE);
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => ours(d).length >= 3);
    const labels = async (p: vscode.Position) => (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, p)).items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    // A new key under the first service line.
    const line = doc.positionAt(doc.getText().indexOf('    renderingNpi')).line;
    await editor.edit((e) => e.insert(new vscode.Position(line, 0), '    \n'));
    const keys = await labels(new vscode.Position(line, 4));
    assert.ok(keys.includes('emergency') && keys.includes('to'), keys.join(','));
    assert.ok(!keys.includes('code'), 'keys already present are not offered');
    // A diagnosis by words.
    const dx = doc.positionAt(doc.getText().indexOf('  - E11.9')).line;
    await editor.edit((e) => e.insert(new vscode.Position(dx, 0), '  - hypert\n'));
    const codes = await labels(new vscode.Position(dx, 10));
    assert.ok(codes.includes('I10'), codes.slice(0, 10).join(','));
    // Several words: the editor filters items by the text in their range, so the range must hold
    // the whole query and filterText must match it, or the widget shows "No suggestions".
    await editor.edit((e) => e.replace(new vscode.Range(dx, 0, dx, 10), '  - type 2 diab'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(dx, 15));
    const e119 = list.items.find((i) => i.label === 'E11.9');
    assert.ok(e119, list.items.slice(0, 10).map((i) => i.label).join(','));
    const range = e119.range instanceof vscode.Range ? e119.range : e119.range!.replacing;
    assert.strictEqual(doc.getText(range), 'type 2 diab', 'the code replaces every word of the query');
    assert.strictEqual(e119.filterText, 'type 2 diab');
    await editor.edit((e) => e.replace(range, e119.label as string));
    assert.strictEqual(doc.lineAt(dx).text, '  - E11.9');
  });

  it('completing values writes valid YAML: a space after the colon, a list for modifiers and pointers', async () => {
    const editor = await openFixture(FILE);
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => ours(d).length >= 3);
    // A trainee types faster than the linter's debounce: completion must work from the text as it
    // is now, not from the last lint's parse. The longest debounce makes that the case every time.
    const lintCfg = vscode.workspace.getConfiguration('cleanClaimCoach.lint');
    await lintCfg.update('debounceMs', 5000, vscode.ConfigurationTarget.Global);
    try {
      await completeEach(editor);
    } finally {
      await lintCfg.update('debounceMs', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  async function completeEach(editor: vscode.TextEditor): Promise<void> {
    const doc = editor.document;
    const codeLine = doc.positionAt(doc.getText().indexOf('    code: ')).line;
    const complete = async (text: string, label: string) => {
      await editor.edit((e) => e.insert(new vscode.Position(codeLine + 1, 0), `${text}\n`));
      const pos = new vscode.Position(codeLine + 1, text.length);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
      const it = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === label);
      assert.ok(it, `no ${label} after ${JSON.stringify(text)}`);
      const insert = it.insertText instanceof vscode.SnippetString ? it.insertText.value : (it.insertText ?? label);
      const range = it.range instanceof vscode.Range ? it.range : it.range?.replacing ?? new vscode.Range(pos, pos);
      await editor.edit((e) => e.replace(range, String(insert)));
      const result = doc.lineAt(codeLine + 1).text;
      await editor.edit((e) => e.delete(doc.lineAt(codeLine + 1).rangeIncludingLineBreak));
      return result;
    };
    assert.strictEqual(await complete('    modifiers:', '25'), '    modifiers: ["25"]');
    assert.strictEqual(await complete('    modifiers: [', '25'), '    modifiers: ["25"');
    assert.strictEqual(await complete('    pointers:', 'A'), '    pointers: [A]');
    assert.strictEqual(await complete('    placeOfService:', '11'), '    placeOfService: "11"');
    assert.strictEqual(await complete('    modif', 'modifiers'), '    modifiers: [$1]', 'the key comes with its brackets (a snippet)');
  }

  it('asks for the original reference number of a replacement claim and writes box 22', async () => {
    const editor = await openFixture('assist/replacement.claim.yaml');
    const uri = editor.document.uri;
    const ds = await waitForDiagnostics(uri, (d) => ids(d).includes('missing-original-reference'));
    const d = ours(ds).find((x) => ruleIdOf(x) === 'missing-original-reference')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const ask = actions.find((a) => a.title === 'Enter the original reference number…');
    assert.ok(ask?.command, actions.map((a) => a.title).join(' | '));
    // The command's input box is answered by passing the value, as a test cannot type into it.
    await vscode.commands.executeCommand(ask.command.command, ...(ask.command.arguments ?? []), 'PCN2026110400017');
    await waitForDiagnostics(uri, (x) => !ids(x).includes('missing-original-reference'));
    assert.match(editor.document.getText(), /originalReference: PCN2026110400017/);
  });

  it('completes payer ids from the bundled profiles', async () => {
    const editor = await openFixture(FILE);
    const doc = editor.document;
    const p = doc.positionAt(doc.getText().indexOf('PRACTICE-MEDICARE') + 'PRACTICE-'.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, p);
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const id of ['PRACTICE-MEDICARE', 'PRACTICE-MEDICAID', 'PRACTICE-PPO', 'PRACTICE-HMO']) assert.ok(labels.includes(id), labels.join(','));
  });

  it('the outline groups the claim by CMS-1500 sections', async () => {
    const editor = await openFixture(FILE);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('Diagnoses') && names.includes('Service lines') && names.includes('Signatures'), names.join(','));
    const lines = symbols.find((s) => s.name === 'Service lines')!;
    assert.match(lines.children[0].name, /^Line 1 99214/);
  });
});
