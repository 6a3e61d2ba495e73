import * as assert from 'assert';
import { GuideStore, STATE_KEY, CORRUPT_KEY_PREFIX, type MementoLike } from '../../../src/extension/guidance/store';
import { defaultGuideState } from '../../../src/model/guidance';

class FakeMemento implements MementoLike {
  readonly data = new Map<string, unknown>();
  fail = false;
  get<T>(key: string): T | undefined {
    return this.data.get(key) as T | undefined;
  }
  update(key: string, value: unknown): Promise<void> {
    if (this.fail) return Promise.reject(new Error('disk full'));
    this.data.set(key, JSON.parse(JSON.stringify(value)));
    return Promise.resolve();
  }
}

const opts = (errors: unknown[] = []) => ({ newId: (() => { let i = 0; return () => `e${++i}`; })(), onWriteError: (e: unknown) => errors.push(e), now: () => new Date('2026-11-22T12:00:00Z') });

describe('GuideStore (globalState persistence)', () => {
  it('starts empty, persists changes and reloads them (survives a restart)', async () => {
    const m = new FakeMemento();
    const { store, corrupt } = GuideStore.open(m, opts());
    assert.strictEqual(corrupt, undefined);
    const seen: number[] = [];
    store.onDidChange((s) => seen.push(s.ceuLog.length));
    assert.ok(store.apply({ type: 'addCeu', entry: { credentialId: 'CPC', date: '2026-01-01', hours: 2, provider: 'A', title: 'T' } }));
    assert.ok(!store.apply({ type: 'deleteCeu', id: 'missing' }), 'no change → no write');
    assert.ok(store.apply({ type: 'setStepDone', stepId: 'entry-job', done: true }));
    await store.flush();
    assert.deepStrictEqual(seen, [1, 1]);
    const again = GuideStore.open(m, opts()).store.get();
    assert.deepStrictEqual(again.pathDone, { 'entry-job': '2026-11-22' });
    assert.strictEqual(again.ceuLog[0].id, 'e1');
  });

  it('keeps a corrupt stored value aside, starts fresh and reports it', async () => {
    const m = new FakeMemento();
    const bad = { schemaVersion: 1, profile: 'oops' };
    m.data.set(STATE_KEY, bad);
    const { store, corrupt } = GuideStore.open(m, opts());
    assert.ok(corrupt);
    assert.ok(corrupt.key.startsWith(CORRUPT_KEY_PREFIX));
    assert.match(corrupt.problem, /profile/);
    await store.flush();
    assert.deepStrictEqual(m.data.get(corrupt.key), bad, 'the original is preserved');
    assert.deepStrictEqual(m.data.get(STATE_KEY), defaultGuideState());
    assert.deepStrictEqual(store.get(), defaultGuideState());
  });

  it('reports write failures without throwing', async () => {
    const m = new FakeMemento();
    const errors: unknown[] = [];
    const { store } = GuideStore.open(m, opts(errors));
    m.fail = true;
    store.apply({ type: 'setCycleStart', body: 'AAPC', date: '2025-01-01' });
    await store.flush();
    assert.strictEqual(errors.length, 1);
    assert.deepStrictEqual(store.get().cycleStarts, { AAPC: '2025-01-01' }, 'in-memory state still updated');
  });
});
