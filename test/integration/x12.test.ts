// X12 837P in a real VS Code: diagnostics on 837P files as the user types, hovers that name the
// loop / CMS-1500 box / meaning, the live 837P preview beside a claim, Export and Import, and the
// mock payer's answers in X12 (999, 277CA, 835) in the remittance panel and as a document.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, fixtureUri, openFixture, ruleIdOf, waitFor, waitForDiagnostics } from './helpers';

interface PanelView {
  result: { status: string };
  x12?: { accepted: boolean; documents: { kind: string; segments: { text: string; about: string }[] }[] };
}
interface Entry {
  id: string;
  status: string;
}
interface Api {
  submission: { submit(uri?: vscode.Uri): Promise<Entry | undefined>; panelView(): PanelView | undefined };
}

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n')
    .replace(/\\(.)/g, '$1');
}

/** Position just inside the element that follows `marker` in the document. */
function inside(doc: vscode.TextDocument, marker: string): vscode.Position {
  const at = doc.getText().indexOf(marker);
  assert.ok(at >= 0, `"${marker}" not in ${doc.uri.toString()}`);
  return doc.positionAt(at + marker.length + 1);
}

async function replaceText(editor: vscode.TextEditor, from: string, to: string): Promise<void> {
  const doc = editor.document;
  const at = doc.getText().indexOf(from);
  assert.ok(at >= 0, `"${from}" not in ${doc.uri.toString()}`);
  await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + from.length)), to));
}

/**
 * Puts a document back to its original text and saves it (the file ends byte-identical). Closing a
 * dirty editor in the web workbench may save it, so tests never leave one dirty.
 */
async function restore(doc: vscode.TextDocument, original: string): Promise<void> {
  if (doc.getText() !== original) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
    await vscode.workspace.applyEdit(edit);
  }
  if (doc.isDirty) await doc.save();
  assert.strictEqual(doc.getText(), original);
}

describe('x12 837P in the editor', function () {
  this.timeout(90000);
  let api: Api;
  const cleanup: vscode.Uri[] = [];
  before(async () => {
    api = await activateExtension<Api>();
  });
  const originals = new Map<vscode.TextDocument, string>();
  /** Opens a fixture and remembers its text, restored after the test. */
  async function open(path: string): Promise<vscode.TextEditor> {
    const editor = await openFixture(path);
    if (!originals.has(editor.document)) originals.set(editor.document, editor.document.getText());
    return editor;
  }
  afterEach(async () => {
    for (const [doc, text] of originals) await restore(doc, text);
    originals.clear();
    await closeAllEditors();
  });
  after(async () => {
    for (const u of cleanup) await vscode.workspace.fs.delete(u, { recursive: true }).then(undefined, () => undefined);
  });

  it('x12: lints an 837P file live, structure and claim rules at the element, with rule-doc links', async () => {
    const editor = await open('x12/broken.837p.x12');
    const doc = editor.document;
    assert.strictEqual(doc.languageId, 'x12');
    const ds = await waitForDiagnostics(doc.uri, (all) => ['x12-transaction-control', 'invalid-npi'].every((id) => all.some((d) => ruleIdOf(d) === id)), 30000);
    const npi = ds.find((d) => ruleIdOf(d) === 'invalid-npi')!;
    assert.strictEqual(doc.getText(npi.range), '1234567890', 'the claim rule points at NM109 of the rendering provider');
    const se = ds.find((d) => ruleIdOf(d) === 'x12-transaction-control')!;
    assert.strictEqual(doc.getText(se.range), '25', 'the structure rule points at SE01');
    assert.strictEqual(se.severity, vscode.DiagnosticSeverity.Error);
    const target = (se.code as { target: vscode.Uri }).target;
    assert.match(decodeURIComponent(target.query), /id=x12-transaction-control/);

    // Typing the right NPI makes its diagnostic go; the envelope problem stays.
    await replaceText(editor, 'XX*1234567890~', 'XX*1234567893~');
    const after1 = await waitForDiagnostics(doc.uri, (all) => !all.some((d) => ruleIdOf(d) === 'invalid-npi') && all.some((d) => ruleIdOf(d) === 'x12-transaction-control'), 30000);
    assert.strictEqual(after1.length, 1);
    // Typing the right count leaves the file clean.
    await replaceText(editor, 'SE*25*', 'SE*26*');
    await waitForDiagnostics(doc.uri, (all) => all.length === 0, 30000);
  });

  it('x12: an 837P longer than 8 MiB gets one finding naming the limit (maxX12FileBytes), not a hang', async () => {
    const head = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri('x12/visit.837p.x12')));
    const uri = fixtureUri('x12/too-large-tmp.837p.x12');
    cleanup.push(uri);
    const note = 'NTE*ADD*' + 'A'.repeat(78) + '~\n';
    const text = head.replace(/\nSE\*/, `\n${note.repeat(Math.ceil((8 * 1024 * 1024) / note.length) + 1)}SE*`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    assert.ok(editor.document.getText().length > 8 * 1024 * 1024);
    const ds = await waitForDiagnostics(uri, (all) => all.some((d) => ruleIdOf(d) === 'syntax-error'), 60000);
    assert.strictEqual(ds.length, 1, ds.map((d) => d.message).join('\n'));
    assert.match(ds[0].message, /larger than 8 MiB \(the limit "maxX12FileBytes"/);
  });

  it('x12: hovers in an 837P file name the loop, the CMS-1500 box and the meaning', async () => {
    const editor = await open('x12/visit.837p.x12');
    const doc = editor.document;
    const charge = await hoverText(doc.uri, inside(doc, 'CLM*TRN-0001'));
    assert.match(charge, /CLM02/);
    assert.match(charge, /Loop 2300/);
    assert.match(charge, /CMS-1500 box 28/);
    assert.match(charge, /Total claim charge/);
    const pointers = await hoverText(doc.uri, inside(doc, 'SV1*HC:99214*145*UN*1**'));
    assert.match(pointers, /Loop 2400/);
    assert.match(pointers, /box 24E/);
    const member = await hoverText(doc.uri, inside(doc, 'NM1*IL*1*DOE*JANE*Q***MI'));
    assert.match(member, /2010BA/);
    assert.match(member, /box 1a/);
  });

  it('x12: the 837P preview opens beside the claim, follows edits and has hovers', async () => {
    const editor = await open('clean.claim.yaml');
    const previewUri = await vscode.commands.executeCommand<vscode.Uri>('cleanClaimCoach.show837pPreview', editor.document.uri);
    assert.ok(previewUri, 'the command returns the preview URI');
    const preview = await waitFor('the preview document', () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === previewUri.toString() && d.getText().includes('CLM*TRN-0001*')), 30000);
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === previewUri.toString()), 'the preview is visible');
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === editor.document.uri.toString()), 'beside the claim');

    await replaceText(editor, 'id: TRN-0001', 'id: TRN-EDITED');
    await waitFor('the preview to follow the edit', () => preview.getText().includes('CLM*TRN-EDITED*'), 30000);
    await replaceText(editor, 'charge: 145.00', 'charge: 150.00');
    await waitFor('the new line charge in SV102', () => /SV1\*HC:[0-9A-Z]+\*150\*/.test(preview.getText()), 30000);

    const hover = await hoverText(preview.uri, inside(preview, 'CLM*TRN-EDITED'));
    assert.match(hover, /Loop 2300/);
    assert.match(hover, /box 28/);
  });

  it('x12: exports a claim as 837P and imports it back, never overwriting a claim', async () => {
    const claim = fixtureUri('clean.claim.yaml');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === claim.toString() && d.isDirty), 'the claim has no unsaved edit left');
    const exported = await vscode.commands.executeCommand<vscode.Uri>('cleanClaimCoach.exportClaim837p', claim, { overwrite: true, silent: true });
    assert.ok(exported);
    cleanup.push(exported);
    assert.match(exported.path, /\/clean\.837p\.x12$/);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(exported));
    assert.match(text, /^ISA\*/);
    assert.match(text, /\nCLM\*TRN-0001\*145\*\*\*11:B:1\*/);

    // The exported file, opened, is a clean 837P (the linter runs on it and finds nothing).
    await vscode.window.showTextDocument(exported);
    // Import it into a folder of its own.
    const dir = fixtureUri('x12/import-test');
    await vscode.workspace.fs.createDirectory(dir);
    cleanup.push(dir);
    const copy = vscode.Uri.joinPath(dir, 'visit.837p.x12');
    await vscode.workspace.fs.copy(fixtureUri('x12/visit.837p.x12'), copy, { overwrite: true });
    const first = await vscode.commands.executeCommand<{ written: vscode.Uri[]; unchanged: vscode.Uri[] }>('cleanClaimCoach.import837p', copy, { silent: true });
    assert.deepStrictEqual(first.written.map((u) => u.path.split('/').pop()), ['TRN-0001.claim.yaml']);
    const yaml = new TextDecoder().decode(await vscode.workspace.fs.readFile(first.written[0]));
    assert.match(yaml, /^# Imported from visit\.837p\.x12 \(837P\), claim 1 of 1/);
    assert.match(yaml, /memberId: "?1EG4TE5MK73"?\n/);

    // Again: the identical file is left alone.
    const second = await vscode.commands.executeCommand<{ written: vscode.Uri[]; unchanged: vscode.Uri[] }>('cleanClaimCoach.import837p', copy, { silent: true });
    assert.strictEqual(second.written.length, 0);
    assert.strictEqual(second.unchanged.length, 1);
    // The trainee edited the imported claim: a new import takes another name, the edit stays.
    await vscode.workspace.fs.writeFile(first.written[0], new TextEncoder().encode(`${yaml}# my notes\n`));
    const third = await vscode.commands.executeCommand<{ written: vscode.Uri[]; unchanged: vscode.Uri[] }>('cleanClaimCoach.import837p', copy, { silent: true });
    assert.deepStrictEqual(third.written.map((u) => u.path.split('/').pop()), ['TRN-0001-2.claim.yaml']);
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(first.written[0])), /# my notes\n$/);
  });

  it('x12: the mock payer answers in X12 in the panel (999 + 835, 999 + 277CA) with explained segments and hovers', async () => {
    const editor = await open('submission/visit.claim.yaml');
    const doc = editor.document;
    const paid = await api.submission.submit(doc.uri);
    assert.ok(paid && paid.status !== 'rejected');
    const view = await waitFor('the X12 tab data', () => api.submission.panelView()?.x12);
    assert.deepStrictEqual(view.documents.map((d) => d.kind), ['999', '835']);
    const era = view.documents[1].segments;
    for (const id of ['CLP', 'SVC', 'CAS']) assert.ok(era.some((s) => s.text.startsWith(`${id}*`)), `835 has ${id}`);
    const cas = era.find((s) => s.text.startsWith('CAS*'))!;
    assert.match(cas.about, /CARC \d+/);
    assert.match(view.documents[0].segments.find((s) => s.text.startsWith('IK5*'))!.text, /^IK5\*A~/);

    // The same answer as a read-only document, with hovers.
    const answerUri = await vscode.commands.executeCommand<vscode.Uri>('cleanClaimCoach.openX12Answer', paid!.id);
    const answer = await waitFor('the X12 answer document', () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === answerUri.toString() && d.getText().includes('CLP*')));
    const casHover = await hoverText(answer.uri, inside(answer, 'CAS'));
    assert.match(casHover, /Adjustment/);
    assert.match(casHover, /loop 2110/);
    assert.match(casHover, /Group (CO|PR|OA|PI)/);
    const clpHover = await hoverText(answer.uri, inside(answer, 'CLP'));
    assert.match(clpHover, /box 26/);

    // A front-end rejection answers with a 277CA.
    await replaceText(editor, '  memberId: 1EG4TE5MK73\n', '');
    const rejected = await api.submission.submit(doc.uri);
    assert.strictEqual(rejected?.status, 'rejected');
    const view2 = await waitFor('the 277CA', () => {
      const x = api.submission.panelView()?.x12;
      return x && x.documents.some((d) => d.kind === '277CA') ? x : undefined;
    });
    assert.deepStrictEqual(view2.documents.map((d) => d.kind), ['999', '277CA']);
    const stc = view2.documents[1].segments.find((s) => s.text.startsWith('STC*A7') || s.text.startsWith('STC*A6') || s.text.startsWith('STC*A8'));
    assert.ok(stc, 'a claim-level STC with a rejection category');
    assert.match(stc.text, /missing-member-id/);
    assert.match(stc.about, /rejected/);
  });
});
