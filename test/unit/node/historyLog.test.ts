// The submission history log (src/node/historyLog.ts): only a missing file reads as empty, appends
// never rewrite, a half-written last line does not swallow the next entry, and N concurrent appends
// from N processes keep N entries.
import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import nodeFs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { adjudicate } from '../../../src/adjudication/adjudicate';
import { makeEntry, parseHistory, serializeEntry } from '../../../src/adjudication/history';
import { lintText } from '../../../src/engine/lint';
import { HistoryLog, HistoryReadError } from '../../../src/node/historyLog';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLEAN = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'rules', '_clean', 'clean-medicare.claim.yaml'), 'utf8');
const entry = (at: string) => makeEntry(adjudicate(lintText(CLEAN, { format: 'yaml', today: '2026-11-22' }), { submittedAt: at }), 'a.claim.yaml', CLEAN, []);

describe('history log', function () {
  this.timeout(120000);
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccc-log-'));
    file = path.join(dir, 'history.jsonl');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a missing file is an empty history', async () => {
    assert.deepStrictEqual(await new HistoryLog(file).read(), { entries: [], badLines: [] });
  });

  for (const code of ['EACCES', 'EIO', 'EMFILE']) {
    it(`a read failing with ${code} throws (it is not "no history") and the file is untouched`, async () => {
      const log = new HistoryLog(file);
      for (let i = 0; i < 5; i++) await log.appendLine(serializeEntry(entry(`2026-11-22T1${i}:00:00Z`)));
      const before = fs.readFileSync(file);
      const real = nodeFs.promises.readFile;
      (nodeFs.promises as { readFile: unknown }).readFile = () => Promise.reject(Object.assign(new Error(code), { code }));
      try {
        await assert.rejects(log.read(), (e: unknown) => e instanceof HistoryReadError && e.code === code);
      } finally {
        nodeFs.promises.readFile = real;
      }
      assert.ok(fs.readFileSync(file).equals(before));
    });
  }

  it('an entry appended after a half-written line is not glued to it', async () => {
    const log = new HistoryLog(file);
    await log.appendLine(serializeEntry(entry('2026-11-22T10:00:00Z')));
    fs.appendFileSync(file, '{"version":1,"id":"half'); // a crash mid-write
    await log.appendLine(serializeEntry(entry('2026-11-22T11:00:00Z')));
    const parsed = parseHistory(fs.readFileSync(file, 'utf8'));
    assert.deepStrictEqual([parsed.entries.length, parsed.badLines], [2, [2]]);
  });

  it('a line that is valid JSON but not a valid result is skipped (the one result schema)', () => {
    const good = serializeEntry(entry('2026-11-22T10:00:00Z'));
    const bad = JSON.stringify({ ...JSON.parse(good), result: { status: 'paid' } });
    const parsed = parseHistory(`${good}${bad}\n${good}`);
    assert.deepStrictEqual([parsed.entries.length, parsed.badLines], [2, [2]]);
  });

  it('10 processes appending at once keep 10 entries (under the lock, each sees the ones before)', async () => {
    const script = `
      const path = require('path');
      const req = (p) => require(path.join(${JSON.stringify(ROOT)}, p));
      const { HistoryLog } = req('src/node/historyLog.ts');
      const { makeEntry, serializeEntry } = req('src/adjudication/history.ts');
      const { adjudicate } = req('src/adjudication/adjudicate.ts');
      const { lintText } = req('src/engine/lint.ts');
      const text = require('fs').readFileSync(path.join(${JSON.stringify(ROOT)}, 'test/fixtures/rules/_clean/clean-medicare.claim.yaml'), 'utf8');
      const result = adjudicate(lintText(text, { format: 'yaml', today: '2026-11-22' }), { submittedAt: '2026-11-22T10:00:00Z' });
      const log = new HistoryLog(process.argv[1]);
      log.withLock(async () => {
        const { entries } = await log.read();
        await log.appendLine(serializeEntry(makeEntry(result, 'a.claim.yaml', text, entries)));
      }).then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });`;
    const codes = await Promise.all(
      Array.from({ length: 10 }, () => new Promise<number>((resolve) => spawn(process.execPath, ['--require', 'tsx/cjs', '-e', script, file], { cwd: ROOT, stdio: 'inherit' }).on('exit', (c) => resolve(c ?? 1)))),
    );
    assert.deepStrictEqual(codes, Array(10).fill(0));
    const parsed = parseHistory(fs.readFileSync(file, 'utf8'));
    assert.strictEqual(parsed.entries.length, 10);
    assert.deepStrictEqual(parsed.badLines, []);
    assert.deepStrictEqual(
      parsed.entries.map((e) => e.attempt).sort((a, b) => a - b),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    );
    assert.ok(!fs.existsSync(`${file}.lock`), 'the lock file was left behind');
  });
});
