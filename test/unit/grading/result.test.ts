// What "Check my coding" keeps and shows (src/grading/result.ts): the practice-log attempt and the
// result panel's view, within the webview protocol; exam mode shows no score, review or reasons.
import * as assert from 'assert';
import * as path from 'path';
import { checkCoding } from '../../../src/grading/check';
import { attemptRecord, practiceResult } from '../../../src/grading/result';
import { readCaseFile } from '../../../src/node/cases';
import { AttemptRecordSchema } from '../../../src/practice/attemptLog';
import { claimFromKey, claimYaml, startingClaimYaml } from '../../../src/practice/claimFromKey';
import type { PracticeCase } from '../../../src/practice/model';
import { caseProgress } from '../../../src/practice/progress';
import { ResultViewSchema } from '../../../src/shared/practiceProtocol';

const em101: PracticeCase = readCaseFile(path.join(__dirname, '..', '..', '..', 'cases', 'EM-101.case.yaml')).value!;
const AT = '2026-12-01T10:00:00Z';
const check = (text: string, c = em101) => checkCoding(text, c, { lint: { format: 'yaml', today: '2026-12-01' }, at: AT });
const none = caseProgress('EM-101', []);

describe('practice result (src/grading/result.ts)', () => {
  it('a graded check is one log entry, valid for the practice log; an ungraded one is none', () => {
    const e = attemptRecord(check(startingClaimYaml(em101)), em101, { id: 'a1', at: AT, timedSetId: 't1', afterAnswer: true })!;
    assert.ok(AttemptRecordSchema.safeParse(e).success, JSON.stringify(e));
    assert.deepStrictEqual([e.kind, e.caseId, e.passed, e.timedSetId, e.afterAnswer], ['attempt', 'EM-101', false, 't1', true]);
    assert.ok(e.score >= 0 && e.score < 1);
    const plain = attemptRecord(check(claimYaml(claimFromKey(em101))), em101, { id: 'a2', at: AT, afterAnswer: false })!;
    assert.strictEqual(plain.passed, true);
    assert.ok(!('timedSetId' in plain) && !('afterAnswer' in plain));
    assert.strictEqual(attemptRecord(check(claimYaml(claimFromKey(em101)), { ...em101, key: undefined }), em101, { id: 'a3', at: AT, afterAnswer: false }), undefined);
  });

  it('the view fits the result panel protocol: score, review and the payer, the answer once passed', () => {
    const passed = practiceResult({ practiceCase: em101, check: check(claimYaml(claimFromKey(em101))), claimFile: 'practice/EM-101.claim.yaml', attempt: 1, at: AT, showAnswer: false, examMode: false, progress: none });
    const v = ResultViewSchema.parse(passed.view);
    assert.strictEqual(v.score, 1);
    assert.strictEqual(v.payer.status, 'paid');
    assert.ok(v.answerUnlocked && v.answer && passed.answerUnlocked);
    const first = practiceResult({ practiceCase: em101, check: check(startingClaimYaml(em101)), claimFile: 'practice/EM-101.claim.yaml', attempt: 1, at: AT, showAnswer: false, examMode: false, progress: none });
    const f = ResultViewSchema.parse(first.view);
    assert.ok(!f.answerUnlocked && !f.answer && !first.answerUnlocked);
    assert.ok(f.lintErrors > 0 && f.hints.length > 0);
    assert.strictEqual(f.hintLevel, 1);
  });

  it('exam mode: no score, no review items, no payer reasons, no answer even when asked', () => {
    const r = practiceResult({ practiceCase: em101, check: check(startingClaimYaml(em101)), claimFile: 'x', attempt: 3, at: AT, showAnswer: true, examMode: true, progress: none });
    const v = ResultViewSchema.parse(r.view);
    assert.strictEqual(v.score, undefined);
    assert.deepStrictEqual([v.items, v.payer.reasons, v.answerUnlocked, v.answer, v.examMode], [[], [], false, undefined, true]);
  });
});
