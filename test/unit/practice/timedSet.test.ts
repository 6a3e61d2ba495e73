// Timed sets (exam mode): the countdown pauses and resumes, a restart keeps the time left, cases are
// picked from the chosen areas (least practised first), and the summary is by area.
import * as assert from 'assert';
import { endSet, markChecked, pauseSet, pickCases, remainingMs, resumeSet, snapshotForRestart, startSet, summarizeSet, TimedSetSchema } from '../../../src/practice/timedSet';
import type { CaseMeta } from '../../../src/practice/progress';
import type { LogEntry } from '../../../src/practice/attemptLog';

const T0 = Date.parse('2026-12-01T10:00:00Z');
const cases: CaseMeta[] = [
  { id: 'RA-901', title: 'a', examDomains: ['radiology'], difficulty: 1 },
  { id: 'RA-902', title: 'b', examDomains: ['radiology', 'icd10cm-injury'], difficulty: 2 },
  { id: 'EM-101', title: 'c', examDomains: ['evaluation-management'], difficulty: 2 },
];

describe('timed sets', () => {
  it('counts down while running, stands still while paused, and a restart keeps the time left', () => {
    const s = startSet('s1', ['RA-901'], ['radiology'], 10, T0);
    assert.strictEqual(remainingMs(s, T0 + 60_000), 540_000);
    const p = pauseSet(s, T0 + 60_000);
    assert.strictEqual(remainingMs(p, T0 + 3600_000), 540_000);
    const r = resumeSet(p, T0 + 3600_000);
    assert.strictEqual(remainingMs(r, T0 + 3660_000), 480_000);
    const saved = JSON.parse(JSON.stringify(snapshotForRestart(r, T0 + 3660_000)));
    const back = TimedSetSchema.parse(saved);
    assert.strictEqual(back.runningSince, undefined);
    assert.strictEqual(remainingMs(back, T0 + 99_999_999), 480_000);
    assert.strictEqual(remainingMs(endSet(r, T0 + 3700_000), T0), 0);
  });

  it('picks cases of the chosen areas, least practised first', () => {
    assert.deepStrictEqual(pickCases(cases, ['radiology'], 5, (id) => (id === 'RA-901' ? 2 : 0)), ['RA-902', 'RA-901']);
    assert.deepStrictEqual(pickCases(cases, [], 1, () => 0), ['EM-101']);
  });

  it('summarizes by area from the attempts made in the set only', () => {
    let s = startSet('s1', ['RA-901', 'RA-902'], ['radiology'], 10, T0);
    s = markChecked(s, 'ra-901');
    assert.deepStrictEqual(s.checked, ['RA-901']);
    const a = (caseId: string, score: number, timedSetId?: string): LogEntry => ({ kind: 'attempt', id: `${caseId}${score}${timedSetId}`, caseId, at: '2026-12-01T10:01:00Z', score, passed: score >= 0.7, misses: [], overcodes: [], examDomains: [], lintErrors: 0, ...(timedSetId ? { timedSetId } : {}) });
    const sum = summarizeSet(s, [a('RA-901', 0.8, 's1'), a('RA-901', 0.5, 's1'), a('RA-902', 1)], cases);
    assert.deepStrictEqual(sum.cases, [
      { caseId: 'RA-901', score: 0.8, passed: true, checked: true },
      { caseId: 'RA-902', score: 0, passed: false, checked: false },
    ]);
    assert.deepStrictEqual(sum.byDomain.map((d) => [d.domain, d.passed, d.cases]), [['radiology', 1, 2], ['icd10cm-injury', 0, 1]]);
    assert.strictEqual(sum.score, 0.4);
  });
});
