// The submission history never loses data (issue 11): a history that cannot be read stops the
// append and leaves the file untouched; a corrupt line is skipped with a message and every other
// entry stays; appends from two stores (two windows) at once keep every entry.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { adjudicate } from '../../src/adjudication/adjudicate';
import { makeEntry, parseHistory } from '../../src/adjudication/history';
import { lintText } from '../../src/engine/lint';
import { HistoryLog, HistoryReadError } from '../../src/node/historyLog';
import { HistoryStore } from '../../src/extension/submission/historyStore';
import { fixtureUri } from './helpers';

describe('persistence: submission history', function () {
  this.timeout(30000);
  let dir: string;
  let log: vscode.OutputChannel;
  let text: string;
  before(async () => {
    log = vscode.window.createOutputChannel('persistence test');
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri('submission/visit.claim.yaml')));
  });
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccc-history-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  after(() => log.dispose());

  const entryFor = (existing: Parameters<typeof makeEntry>[3], at: string) =>
    makeEntry(adjudicate(lintText(text, { format: 'yaml', today: '2026-11-22' }), { submittedAt: at }), 'visit.claim.yaml', text, existing);

  it('history store: an unreadable history is never replaced (the append stops, the file is untouched)', async () => {
    const uri = vscode.Uri.file(dir);
    const store = new HistoryStore(uri, log);
    for (let i = 0; i < 5; i++) await store.append((e) => entryFor(e, `2026-11-22T1${i}:00:00Z`));
    const file = path.join(dir, 'history.jsonl');
    const before = fs.readFileSync(file, 'utf8');
    class Unreadable extends HistoryLog {
      override async read(): Promise<never> {
        throw new HistoryReadError(this.file, 'EACCES');
      }
    }
    const failing = new HistoryStore(uri, log, new Unreadable(file));
    await assert.rejects(failing.append((e) => entryFor(e, '2026-11-22T16:00:00Z')), /EACCES/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), before, 'the history file changed');
    assert.strictEqual((await new HistoryStore(uri, log).read()).length, 5);
  });

  it('history store: a corrupt line is skipped with a message, every other entry is kept, and the remittance of the others still opens', async () => {
    const uri = vscode.Uri.file(dir);
    const store = new HistoryStore(uri, log);
    await store.append((e) => entryFor(e, '2026-11-22T10:00:00Z'));
    const file = path.join(dir, 'history.jsonl');
    const good = JSON.parse(fs.readFileSync(file, 'utf8').trim());
    // Valid JSON, but not a valid result: it used to pass the loose check and make the panel throw.
    fs.appendFileSync(file, `${JSON.stringify({ ...good, id: 'bad', result: { status: 'paid' } })}\n{"this is": not json\n`);
    await store.append((e) => entryFor(e, '2026-11-22T12:00:00Z'));
    const parsed = parseHistory(fs.readFileSync(file, 'utf8'));
    assert.deepStrictEqual([parsed.entries.map((e) => e.attempt), parsed.badLines], [[1, 2], [2, 3]]);
    assert.ok(fs.readFileSync(file, 'utf8').includes('not json'), 'the bad line is kept in the file');
  });

  it('history store: two stores appending at once (two windows) keep every entry', async () => {
    const uri = vscode.Uri.file(dir);
    const a = new HistoryStore(uri, log);
    const b = new HistoryStore(uri, log);
    await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).append((e) => entryFor(e, `2026-11-22T10:${String(i).padStart(2, '0')}:00Z`))));
    const parsed = parseHistory(fs.readFileSync(path.join(dir, 'history.jsonl'), 'utf8'));
    assert.strictEqual(parsed.entries.length, 10);
    assert.deepStrictEqual(parsed.entries.map((e) => e.attempt), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'each append saw the ones before it');
  });
});
