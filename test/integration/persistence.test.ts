// Persistence never loses data: a write killed half-way leaves the previous history intact, and a
// corrupt history file is kept aside (not overwritten) while the readable entries survive.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { adjudicate } from '../../src/adjudication/adjudicate';
import { makeEntry, parseHistory } from '../../src/adjudication/history';
import { lintText } from '../../src/engine/lint';
import { HistoryStore, type FileOps } from '../../src/extension/submission/historyStore';
import { fixtureUri } from './helpers';

describe('persistence', function () {
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

  it('a write killed before the rename loses nothing', async () => {
    const uri = vscode.Uri.file(dir);
    const store = new HistoryStore(uri, log);
    await store.append((e) => entryFor(e, '2026-11-22T10:00:00Z'));
    const file = path.join(dir, 'history.jsonl');
    const before = fs.readFileSync(file, 'utf8');
    const killed: FileOps = { ...vscode.workspace.fs, rename: () => Promise.reject(new Error('killed half-way')) };
    const crashing = new HistoryStore(uri, log, killed);
    await assert.rejects(crashing.append((e) => entryFor(e, '2026-11-22T11:00:00Z')), /killed half-way/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), before, 'the history file changed');
    assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'a temp file was left behind');
    assert.strictEqual((await new HistoryStore(uri, log).read()).length, 1);
  });

  it('a corrupt history file is kept aside and its readable entries are kept', async () => {
    const uri = vscode.Uri.file(dir);
    const store = new HistoryStore(uri, log);
    await store.append((e) => entryFor(e, '2026-11-22T10:00:00Z'));
    const file = path.join(dir, 'history.jsonl');
    fs.appendFileSync(file, '{"this is": not json\n');
    await store.append((e) => entryFor(e, '2026-11-22T12:00:00Z'));
    const aside = fs.readdirSync(dir).filter((f) => f.startsWith('history.corrupt-'));
    assert.strictEqual(aside.length, 1);
    assert.match(fs.readFileSync(path.join(dir, aside[0]), 'utf8'), /not json/);
    const parsed = parseHistory(fs.readFileSync(file, 'utf8'));
    assert.deepStrictEqual([parsed.entries.map((e) => e.attempt), parsed.badLines], [[1, 2], []]);
  });
});
