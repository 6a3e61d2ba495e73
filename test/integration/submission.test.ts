// Mock submission in a real VS Code: the command lints the open text, shows the payer's answer in a
// panel, appends to the history, and the history survives re-reading from disk. The trainee's
// story: rejected → fixed → paid → identical resubmission denied as a duplicate.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openFixture, waitFor, revertActive } from './helpers';

interface Entry {
  file: string;
  attempt: number;
  status: string;
  totals: { billed: number; paid: number };
  result: { status: string; stage: string; reasons: { ruleId: string; carc: string | null }[]; lines: { adjustments: { carc: string }[] }[] };
}
interface Api {
  submission: { submit(uri?: vscode.Uri): Promise<Entry | undefined>; getHistory(): Promise<Entry[]>; panelView(): { result: { status: string } } | undefined };
}

describe('mock submission', function () {
  this.timeout(60000);
  let api: Api;
  before(async () => {
    api = await activateExtension<Api>();
  });
  after(async () => {
    await revertActive();
    await closeAllEditors();
  });

  it('takes a claim from rejected to paid, then denies an identical resubmission as a duplicate', async () => {
    const editor = await openFixture('submission/visit.claim.yaml');
    const doc = editor.document;
    const before = (await api.submission.getHistory()).length;

    // 1. Remove the member ID: a front-end rejection.
    const at = doc.getText().indexOf('  memberId: 1EG4TE5MK73\n');
    await editor.edit((e) => e.delete(new vscode.Range(doc.positionAt(at), doc.positionAt(at + '  memberId: 1EG4TE5MK73\n'.length))));
    const rejected = await vscode.commands.executeCommand<Entry>('cleanClaimCoach.submitClaim', doc.uri);
    assert.strictEqual(rejected.status, 'rejected');
    assert.strictEqual(rejected.result.stage, 'front-end');
    assert.ok(rejected.result.reasons.some((r) => r.ruleId === 'missing-member-id'));
    await waitFor('the remittance panel', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.label.startsWith('Rejected: TRN-0001')));
    assert.strictEqual(api.submission.panelView()?.result.status, 'rejected');

    // 2. Put it back: paid.
    await revertActive();
    const paid = await api.submission.submit(doc.uri);
    assert.strictEqual(paid?.status, 'paid', JSON.stringify(paid?.result.reasons));
    assert.strictEqual(paid?.totals.paid, 92.8);

    // 3. The same claim again: CARC 18.
    const dup = await api.submission.submit(doc.uri);
    assert.strictEqual(dup?.status, 'denied');
    assert.strictEqual(dup?.result.lines[0].adjustments[0].carc, '18');

    const history = await api.submission.getHistory();
    assert.strictEqual(history.length, before + 3);
    const mine = history.filter((e) => e.file === 'submission/visit.claim.yaml');
    assert.deepStrictEqual(mine.slice(-3).map((e) => [e.attempt, e.status]), [
      [mine.length - 2, 'rejected'],
      [mine.length - 1, 'paid'],
      [mine.length, 'denied'],
    ]);
  });

  it('keeps the history on disk and exports it as CSV', async () => {
    const history = await api.submission.getHistory();
    assert.ok(history.length >= 3);
    const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'history-export.csv');
    await vscode.commands.executeCommand('cleanClaimCoach.exportHistoryCsv', target);
    const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    const rows = csv.trim().split('\r\n');
    assert.strictEqual(rows.length, history.length + 1);
    assert.match(rows[0], /^"submittedAt","file","claimId"/);
    await vscode.workspace.fs.delete(target);
  });

  it('offers a Submit CodeLens at the top of every claim', async () => {
    const editor = await openFixture('submission/visit.claim.yaml');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(titles.some((t) => /Submit to practice payer/.test(t)), titles.join(' | '));
    assert.ok(titles.some((t) => /^Last: /.test(t)), 'last result shown');
  });
});
