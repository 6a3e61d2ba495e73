// LintScheduler decides which lint runs may publish: a result is shown only for the text still in
// the editor, a closed or forgotten document never gets one, and a caller of lintNow always gets
// the result of the current text. Fake documents; `prepare` is held open to interleave edits.
import * as assert from 'assert';
import type * as vscode from 'vscode';
import { LintScheduler } from '../../../src/extension/lintScheduler';

interface FakeDoc {
  uri: { toString(): string };
  version: number;
  isClosed: boolean;
  text: string;
  getText(): string;
}

function fakeDoc(name = 'a.claim.yaml', text = 'v1'): FakeDoc {
  return { uri: { toString: () => `file:///${name}` }, version: 1, isClosed: false, text, getText() { return this.text; } };
}

const edit = (d: FakeDoc, text: string) => {
  d.text = text;
  d.version++;
};

/** A scheduler whose `prepare` calls wait until released, recording what was published. */
function harness(accepts = true) {
  const published: string[] = [];
  const held: (() => void)[] = [];
  let onPublish: (() => void) | undefined;
  const s = new LintScheduler<null, string>({
    accepts: () => accepts,
    prepare: () => new Promise<null>((r) => held.push(() => r(null))),
    publish: (_doc, text) => {
      published.push(text);
      onPublish?.();
      return text;
    },
    failed: (_doc, e) => {
      throw e;
    },
  });
  const releaseAll = async () => {
    for (const r of held.splice(0)) r();
    await new Promise((r) => setImmediate(r));
  };
  const nextPublish = () => new Promise<void>((r) => (onPublish = r));
  /** Waits until a prepare is waiting (a scheduled timer fired). */
  const started = async () => {
    while (held.length === 0) await new Promise((r) => setImmediate(r));
  };
  return { s, published, releaseAll, nextPublish, started };
}

const asDoc = (d: FakeDoc) => d as unknown as vscode.TextDocument;

describe('LintScheduler (when a lint result may be shown)', () => {
  it('a run whose text was edited meanwhile publishes nothing; the edit\'s own run publishes the final text', async () => {
    const h = harness();
    const d = fakeDoc();
    const first = h.s.lintNow(asDoc(d));
    edit(d, 'v2');
    const second = h.s.lintNow(asDoc(d));
    await h.releaseAll();
    assert.strictEqual(await first, undefined);
    assert.strictEqual(await second, 'v2');
    assert.deepStrictEqual(h.published, ['v2']);
  });

  it('a run that finds its text out of date, with no newer run started, starts one: diagnostics never stay behind the text', async () => {
    const h = harness();
    const d = fakeDoc();
    const first = h.s.lintNow(asDoc(d));
    edit(d, 'v2'); // an edit whose change event never reached schedule()
    const published = h.nextPublish();
    await h.releaseAll();
    assert.strictEqual(await first, undefined);
    await h.started();
    await h.releaseAll();
    await published;
    assert.deepStrictEqual(h.published, ['v2']);
    assert.strictEqual(h.s.pending, 0);
  });

  it('a newer run of the same text does not drop one in flight: every lintNow caller gets the result', async () => {
    const h = harness();
    const d = fakeDoc();
    const a = h.s.lintNow(asDoc(d));
    const b = h.s.lintNow(asDoc(d)); // e.g. a save, or a hover asking for a fresh result
    await h.releaseAll();
    assert.deepStrictEqual([await a, await b], ['v1', 'v1']);
  });

  it('a forgotten (closed or deleted) document is never published, even by a run already in flight', async () => {
    const h = harness();
    const d = fakeDoc();
    const run = h.s.lintNow(asDoc(d));
    h.s.schedule(asDoc(d), 0);
    h.s.forget(d.uri as unknown as vscode.Uri);
    await h.releaseAll();
    assert.strictEqual(await run, undefined);
    assert.strictEqual(h.s.pending, 0, 'the scheduled run was cancelled');
    assert.deepStrictEqual(h.published, []);
  });

  it('typing reschedules: many edits inside the debounce give one run, of the last text', async () => {
    const h = harness();
    const d = fakeDoc();
    for (let i = 2; i <= 20; i++) {
      edit(d, `v${i}`);
      h.s.schedule(asDoc(d), 5);
    }
    const published = h.nextPublish();
    await h.started();
    await h.releaseAll();
    await published;
    assert.strictEqual(h.s.runs, 1);
    assert.deepStrictEqual(h.published, ['v20']);
    assert.strictEqual(h.s.pending, 0);
  });

  it('closed documents and documents the job does not accept are not linted', async () => {
    const h = harness(false);
    h.s.schedule(asDoc(fakeDoc()), 0);
    assert.strictEqual(await h.s.lintNow(asDoc(fakeDoc())), undefined);
    const closed = harness();
    const d = fakeDoc();
    d.isClosed = true;
    closed.s.schedule(asDoc(d), 0);
    assert.strictEqual(h.s.pending + closed.s.pending, 0);
    assert.strictEqual(h.s.runs + closed.s.runs, 0);
  });
});
