// The practice log and state files on disk: concurrent appends keep every entry, a torn last line
// costs only itself, a claim file is never overwritten, state is replaced all or nothing.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PracticeLogFile, createFileExclusive, readJsonFile, writeFileAtomic } from '../../../src/node/practiceFiles';
import type { AttemptRecord } from '../../../src/practice/attemptLog';

const attempt = (i: number): AttemptRecord => ({ kind: 'attempt', id: `a${i}`, caseId: 'EM-101', at: '2026-12-01T10:00:00Z', score: (i % 10) / 10, passed: false, misses: [], overcodes: [], examDomains: [], lintErrors: 0 });

describe('practice files', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccc-practice-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps every entry of 60 concurrent appends from two writers', async () => {
    const file = path.join(dir, 'sub', 'practice-log.jsonl');
    const a = new PracticeLogFile(file);
    const b = new PracticeLogFile(file);
    await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).append(attempt(i))));
    const r = await a.read();
    assert.strictEqual(r.entries.length, 60);
    assert.deepStrictEqual(r.bad, []);
  });

  it('a torn last line is skipped and reported; the next append is still readable', async () => {
    const file = path.join(dir, 'practice-log.jsonl');
    const log = new PracticeLogFile(file);
    await log.append(attempt(1));
    fs.appendFileSync(file, '{"kind":"attempt","id":"tor');
    await log.append(attempt(2));
    const r = await log.read();
    assert.deepStrictEqual(r.entries.map((e) => e.id), ['a1', 'a2']);
    assert.strictEqual(r.bad.length, 1);
    assert.deepStrictEqual(await new PracticeLogFile(path.join(dir, 'none.jsonl')).read(), { entries: [], bad: [] });
  });

  it('never overwrites an existing claim; state files are replaced whole', async () => {
    const claim = path.join(dir, 'practice', 'EM-101.claim.yaml');
    assert.strictEqual(await createFileExclusive(claim, 'first'), true);
    assert.strictEqual(await createFileExclusive(claim, 'second'), false);
    assert.strictEqual(fs.readFileSync(claim, 'utf8'), 'first');
    const state = path.join(dir, 'timed-set.json');
    await writeFileAtomic(state, '{"a":1}');
    await writeFileAtomic(state, '{"a":2}');
    assert.deepStrictEqual(await readJsonFile(state), { value: { a: 2 } });
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['practice', 'timed-set.json']);
    fs.writeFileSync(state, '{oops');
    assert.ok((await readJsonFile(state)).corrupt);
    assert.deepStrictEqual(await readJsonFile(path.join(dir, 'missing.json')), {});
  });
});
