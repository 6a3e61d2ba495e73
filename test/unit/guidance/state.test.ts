import * as assert from 'assert';
import { loadGuideState, makeExport, parseExport, reduceGuideState, type ReduceContext } from '../../../src/guidance/state';
import { addDays, addMonths, daysBetween, isIsoDate } from '../../../src/util/dates';
import { defaultGuideState, DEFAULT_PROFILE, type GuideState } from '../../../src/model/guidance';

let n = 0;
const ctx: ReduceContext = { today: '2026-11-22', newId: () => `id-${++n}` };

describe('guide state', () => {
  it('empty storage gives the default state', () => {
    assert.deepStrictEqual(loadGuideState(undefined), { kind: 'empty', state: defaultGuideState() });
  });

  it('a valid stored state loads as is', () => {
    const s: GuideState = { ...defaultGuideState(), pathDone: { 'entry-job': '2026-01-01' } };
    const r = loadGuideState(JSON.parse(JSON.stringify(s)));
    assert.strictEqual(r.kind, 'ok');
    assert.deepStrictEqual(r.state, s);
  });

  for (const [name, raw, re] of [
    ['not an object', 'hello', /not an object/],
    ['array', [], /not an object/],
    ['future version', { ...defaultGuideState(), schemaVersion: 99 }, /schema version 99/],
    ['bad field', { ...defaultGuideState(), profile: { ...DEFAULT_PROFILE, monthsExperience: 'ten' } }, /profile.monthsExperience/],
  ] as const) {
    it(`corrupt stored state (${name}) → default + problem`, () => {
      const r = loadGuideState(raw);
      assert.strictEqual(r.kind, 'corrupt');
      assert.deepStrictEqual(r.state, defaultGuideState());
      assert.match((r as { problem: string }).problem, re);
    });
  }

  it('export round-trips; bad files are refused with a reason', () => {
    const s = reduceGuideState(defaultGuideState(), { type: 'setStepDone', stepId: 'entry-job', done: true }, ctx);
    const text = JSON.stringify(makeExport(s, new Date('2026-11-22T10:00:00Z')));
    assert.deepStrictEqual(parseExport(text), { ok: true, state: s });
    assert.match((parseExport('{') as { error: string }).error, /not valid JSON/);
    assert.match((parseExport('{"a":1}') as { error: string }).error, /not a Clean Claim Coach progress file/);
    const bad = JSON.parse(text);
    bad.state.ceuLog = [{ id: 'x' }];
    assert.match((parseExport(JSON.stringify(bad)) as { error: string }).error, /state.ceuLog.0/);
  });

  it('reduces sidebar messages', () => {
    let s = defaultGuideState();
    s = reduceGuideState(s, { type: 'setProfile', profile: { ...DEFAULT_PROFILE, credentialsHeld: ['CPC', 'CPC'], monthsExperience: 3 } }, ctx);
    assert.deepStrictEqual(s.profile.credentialsHeld, ['CPC']);
    const same = reduceGuideState(s, { type: 'setProfile', profile: s.profile }, ctx);
    assert.strictEqual(same, s, 'no change → same object');
    s = reduceGuideState(s, { type: 'setStepDone', stepId: 'entry-job', done: true }, ctx);
    assert.deepStrictEqual(s.pathDone, { 'entry-job': '2026-11-22' });
    s = reduceGuideState(s, { type: 'setStepDone', stepId: 'entry-job', done: false }, ctx);
    assert.deepStrictEqual(s.pathDone, {});
    s = reduceGuideState(s, { type: 'setCycleStart', body: 'AAPC', date: '2025-01-01' }, ctx);
    assert.deepStrictEqual(s.cycleStarts, { AAPC: '2025-01-01' });
    s = reduceGuideState(s, { type: 'setCycleStart', body: 'AAPC', date: null }, ctx);
    assert.deepStrictEqual(s.cycleStarts, {});
    s = reduceGuideState(s, { type: 'addCeu', entry: { credentialId: 'CPC', date: '2025-05-01', hours: 2, provider: 'A', title: 'B' } }, ctx);
    s = reduceGuideState(s, { type: 'addCeu', entry: { credentialId: 'CPC', date: '2025-01-01', hours: 1, provider: 'A', title: 'C' } }, ctx);
    assert.deepStrictEqual(s.ceuLog.map((e) => e.date), ['2025-01-01', '2025-05-01'], 'kept in date order');
    const id = s.ceuLog[0].id;
    s = reduceGuideState(s, { type: 'deleteCeu', id }, ctx);
    assert.strictEqual(s.ceuLog.length, 1);
    assert.strictEqual(reduceGuideState(s, { type: 'deleteCeu', id: 'nope' }, ctx), s);
  });
});

describe('dates', () => {
  it('validates and does calendar arithmetic in UTC', () => {
    assert.ok(isIsoDate('2024-02-29'));
    assert.ok(!isIsoDate('2025-02-29'));
    assert.ok(!isIsoDate('2025-1-01'));
    assert.strictEqual(addMonths('2025-01-31', 1), '2025-02-28');
    assert.strictEqual(addMonths('2024-02-29', 24), '2026-02-28');
    assert.strictEqual(addMonths('2025-11-15', 3), '2026-02-15');
    assert.strictEqual(addDays('2027-01-01', -1), '2026-12-31');
    assert.strictEqual(daysBetween('2026-01-01', '2026-12-31'), 364);
    assert.throws(() => addDays('nope', 1), RangeError);
  });
});
