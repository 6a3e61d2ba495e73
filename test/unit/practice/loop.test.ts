// The practice loop's pure parts: checking a claim against a case (lint + mock payer + grade), the
// review with hints before answers (no key code leaks before a pass, three attempts or "show
// answer"), the JSON-lines practice log (bad lines skipped and counted), and progress (case state,
// accuracy by exam area, most-missed codes, trend, what next; readiness is test/unit/guidance/readiness.test.ts).
import * as assert from 'assert';
import * as path from 'path';
import { readCaseFile } from '../../../src/node/cases';
import { startingClaimYaml, claimFromKey, claimYaml } from '../../../src/practice/claimFromKey';
import { checkCoding, practiceCaseOf } from '../../../src/grading/check';
import { reviewAttempt, noteSections, answerUnlocked } from '../../../src/grading/hints';
import { parseAttemptLog, serializeLogEntry, newEntries, parseExportedEntries, type AttemptRecord, type LogEntry } from '../../../src/practice/attemptLog';
import { summarize, caseProgress, type CaseMeta } from '../../../src/practice/progress';
import type { PracticeCase } from '../../../src/practice/model';
import { practiceCodeBook } from '../../../src/codesets';

const CASES = path.join(__dirname, '..', '..', '..', 'cases');
const load = (id: string): PracticeCase => readCaseFile(path.join(CASES, `${id}.case.yaml`)).value!;
const em101 = load('EM-101');
const lintOptions = { format: 'yaml' as const, today: '2026-12-01' };
const check = (text: string, c = em101) => checkCoding(text, c, { lint: lintOptions, at: '2026-12-01T10:00:00Z' });

/** The key's claim with its box 21 / box 24 replaced. */
function claimWith(c: PracticeCase, diagnoses: string[], services: { code: string; units?: number; modifiers?: string[] }[]): string {
  const base = claimFromKey(c);
  const svc = base.services![0];
  return claimYaml({ ...base, diagnoses, services: services.map((s) => ({ ...svc, code: s.code, units: s.units ?? 1, ...(s.modifiers ? { modifiers: s.modifiers } : { modifiers: undefined }), pointers: ['A'] })) });
}

describe('practice loop: checkCoding', () => {
  it('the key claim passes with score 1 and is paid; the starting claim fails and names its case', () => {
    const key = check(claimYaml(claimFromKey(em101)));
    assert.strictEqual(key.grade?.score, 1);
    assert.strictEqual(key.grade?.passed, true);
    assert.strictEqual(key.submission.status, 'paid');
    const start = startingClaimYaml(em101);
    assert.strictEqual(practiceCaseOf(start, 'yaml'), 'EM-101');
    const r = check(start);
    assert.strictEqual(r.grade?.passed, false);
    assert.ok(r.lint.findings.some((f) => f.severity === 'error'), 'blank codes are lint errors');
  });

  it('a partial answer scores between 0 and 1 and is linted as of the date of service', () => {
    const r = check(claimWith(em101, ['E11.65', 'I10'], [{ code: '99214' }]));
    assert.ok(r.grade && r.grade.score > 0 && r.grade.score < 1, String(r.grade?.score));
    assert.strictEqual(r.today, em101.case.dateOfService);
    assert.deepStrictEqual(r.grade!.misses, ['E78.5', 'Z79.4', 'Z79.84']);
  });

  it('a claim naming another case is not graded against this one', () => {
    const r = check(claimYaml({ ...claimFromKey(em101), practiceCase: 'EM-102' }));
    assert.strictEqual(r.grade, undefined);
    assert.match(r.problem ?? '', /names case EM-102/);
  });

  it('a case without a key (student copy) says so instead of grading', () => {
    const student = { ...em101, key: undefined };
    const r = check(claimYaml(claimFromKey(em101)), student);
    assert.strictEqual(r.grade, undefined);
    assert.match(r.problem ?? '', /no answer key/);
  });
});

describe('practice loop: hints before answers', () => {
  const partial = check(claimWith(em101, ['I10', 'E11.65', 'J20.9'], [{ code: '99214', units: 2 }]));
  const g = partial.grade!;
  const keyCodes = ['E78.5', 'Z79.4', 'Z79.84'];

  it('level 1 says what kind of thing is wrong, never a key code the trainee has not written', () => {
    const review = reviewAttempt(g, em101, partial.diagnoses, { attempts: 1 });
    const kinds = review.hints.map((h) => h.kind);
    assert.deepStrictEqual(kinds, ['sequencing', 'dx-missing', 'dx-overcoded', 'units']);
    assert.match(review.hints[1].text, /3 diagnoses are missing/);
    assert.match(review.hints[3].text, /line's units are wrong/);
    const shown = JSON.stringify(review);
    for (const k of keyCodes) assert.ok(!shown.includes(k), `${k} leaked before the answer: ${shown}`);
    assert.ok(!shown.includes('expected 1'), 'the expected units leaked');
    assert.strictEqual(review.answerUnlocked, false);
    assert.strictEqual(review.answer, undefined);
  });

  it('each diagnosis and line is hit / partial / missed / overcoded', () => {
    const review = reviewAttempt(g, em101, partial.diagnoses, { attempts: 1 });
    const dx = review.items.filter((i) => i.kind === 'diagnosis').map((i) => `${i.where ?? '-'}:${i.code ?? '?'}:${i.status}`);
    assert.deepStrictEqual(dx, ['A:I10:hit', 'B:E11.65:partial', 'C:J20.9:overcoded', '-:?:missed', '-:?:missed', '-:?:missed']);
    const lines = review.items.filter((i) => i.kind === 'line');
    assert.deepStrictEqual(lines.map((l) => [l.code, l.status, l.why]), [['99214', 'partial', 'the units are wrong']]);
  });

  it('level 2 points at the note: a missed diagnosis at the line that documents it, the units at a counted line', () => {
    const review = reviewAttempt(g, em101, partial.diagnoses, { attempts: 2, titleOf: (c) => practiceCodeBook().get(c)?.title });
    const missing = review.hints.find((h) => h.kind === 'dx-missing')!;
    assert.ok(missing.where, 'a pointer');
    const noteLines = em101.note.split('\n');
    const pointed = noteLines.slice(missing.where!.fromLine - 1, missing.where!.toLine).join('\n');
    assert.match(pointed, /insulin|lipid|HLD|hyperlipidemia/i, pointed);
    const seq = review.hints.find((h) => h.kind === 'sequencing')!;
    assert.match(seq.where!.text, /A\/P/);
  });

  it('the key and its rationale come after a pass, three attempts, or an explicit request — never in exam mode', () => {
    assert.strictEqual(answerUnlocked(false, 2), false);
    assert.strictEqual(answerUnlocked(false, 3), true);
    assert.strictEqual(answerUnlocked(true, 1), true);
    assert.strictEqual(answerUnlocked(false, 1, true), true);
    const third = reviewAttempt(g, em101, partial.diagnoses, { attempts: 3 });
    assert.ok(third.answer);
    assert.strictEqual(third.answer!.diagnoses.first, 'E11.65');
    assert.ok(third.answer!.rationale.length > 0);
    assert.ok(third.items.some((i) => i.status === 'missed' && i.code === 'Z79.4'));
    assert.ok(third.items.some((i) => i.why === 'units: expected 1, the claim has 2'));
    const asked = reviewAttempt(g, em101, partial.diagnoses, { attempts: 1, showAnswer: true });
    assert.ok(asked.answer);
    const exam = reviewAttempt(g, em101, partial.diagnoses, { attempts: 5, showAnswer: true, examMode: true });
    assert.strictEqual(exam.answer, undefined);
    assert.deepStrictEqual(exam.hints, []);
  });

  it('a full score has no hints', () => {
    const r = check(claimYaml(claimFromKey(em101)));
    const review = reviewAttempt(r.grade!, em101, r.diagnoses, { attempts: 1 });
    assert.deepStrictEqual(review.hints, []);
    assert.ok(review.items.every((i) => i.status === 'hit'));
  });

  it('note sections are found with 1-based lines', () => {
    const s = noteSections('VISIT\nCC: cough\nHPI: three days\n more\nA/P: bronchitis\n');
    assert.deepStrictEqual(s.sections.map((x) => [x.name, x.from, x.to]), [['CC', 2, 2], ['HPI', 3, 4], ['A/P', 5, 5]]);
    assert.strictEqual(s.find(/^A\/P/)!.fromLine, 5);
  });
});

const attempt = (caseId: string, at: string, score: number, extra: Partial<AttemptRecord> = {}): AttemptRecord => ({
  kind: 'attempt',
  id: `${caseId}-${at}`,
  caseId,
  at,
  score,
  passed: score >= 0.7,
  misses: [],
  overcodes: [],
  examDomains: [],
  lintErrors: 0,
  ...extra,
});

describe('practice loop: the practice log', () => {
  it('keeps every good line, skips and counts a corrupt one, never throws', () => {
    const good = [attempt('EM-101', '2026-12-01T10:00:00Z', 0.5), attempt('EM-101', '2026-12-01T10:05:00Z', 1)];
    const text = serializeLogEntry(good[0]) + '{"kind":"attempt","id":"x",\n' + 'not json\n' + JSON.stringify({ kind: 'attempt', id: 'y', caseId: 'EM-101', at: 'yesterday', score: 2, passed: true }) + '\n' + serializeLogEntry(good[1]);
    const r = parseAttemptLog(text);
    assert.deepStrictEqual(r.entries.map((e) => e.id), good.map((e) => e.id));
    assert.deepStrictEqual(r.bad.map((b) => b.line), [2, 3, 4]);
    for (const junk of ['', '\n\n', '\u0000\u0001', '[]', 'null', '{"kind":"dispute"}', '"'.repeat(70000)]) assert.doesNotThrow(() => parseAttemptLog(junk));
  });

  it('a dispute needs text; duplicates (an import appended twice) are read once; imports add only new entries', () => {
    const d: LogEntry = { kind: 'dispute', id: 'd1', caseId: 'EM-101', at: '2026-12-01T10:00:00Z', text: 'I think Z79.84 is not needed here.' };
    assert.throws(() => serializeLogEntry({ ...d, text: '   ' }));
    const line = serializeLogEntry(d);
    assert.strictEqual(parseAttemptLog(line + line).entries.length, 1);
    const a = attempt('EM-101', '2026-12-01T11:00:00Z', 1);
    assert.deepStrictEqual(newEntries([d], [d, a, a]).map((e) => e.id), [a.id]);
    const exported = parseExportedEntries({ entries: [d, { bogus: true }, a] });
    assert.ok(exported.ok);
    if (exported.ok) {
      assert.strictEqual(exported.entries.length, 2);
      assert.strictEqual(exported.skipped, 1);
    }
    assert.strictEqual(parseExportedEntries('nope').ok, false);
  });
});

describe('practice loop: progress', () => {
  const cases: CaseMeta[] = [
    { id: 'EM-101', title: 'a', examDomains: ['evaluation-management', 'icd10cm-endocrine'], difficulty: 2 },
    { id: 'SI-301', title: 'b', examDomains: ['surgery-integumentary', 'icd10cm-injury'], difficulty: 1 },
    { id: 'SI-302', title: 'c', examDomains: ['surgery-integumentary'], difficulty: 2 },
    { id: 'RA-901', title: 'd', examDomains: ['radiology'], difficulty: 1 },
  ];
  const log: LogEntry[] = [
    attempt('EM-101', '2026-12-01T10:00:00Z', 0.5, { misses: ['Z79.4', 'E78.5'] }),
    attempt('EM-101', '2026-12-01T10:10:00Z', 0.8, { misses: ['Z79.4'] }),
    attempt('SI-301', '2026-12-01T11:00:00Z', 0.4, { misses: ['W26.0XXA'] }),
    { kind: 'dispute', id: 'd', caseId: 'SI-301', at: '2026-12-01T11:05:00Z', text: 'I think …' },
  ];
  const s = summarize(log, cases);

  it('each case is new, attempted or passed with its best score', () => {
    const by = Object.fromEntries(s.cases.map((c) => [c.caseId, [c.state, c.attempts, c.bestScore]]));
    assert.deepStrictEqual(by, { 'EM-101': ['passed', 2, 0.8], 'SI-301': ['attempted', 1, 0.4], 'SI-302': ['new', 0, undefined], 'RA-901': ['new', 0, undefined] });
    assert.strictEqual(caseProgress('SI-301', log).disputes.length, 1);
  });

  it('accuracy by exam area counts cases passed among cases tried', () => {
    const area = Object.fromEntries(s.byDomain.map((d) => [d.domain, [d.casesPassed, d.casesAttempted, d.casesAvailable]]));
    assert.deepStrictEqual(area['evaluation-management'], [1, 1, 1]);
    assert.deepStrictEqual(area['surgery-integumentary'], [0, 1, 2]);
    assert.deepStrictEqual(area.radiology, [0, 0, 1]);
  });

  it('most-missed codes, the trend in time order, and what next (finish what you started first)', () => {
    assert.deepStrictEqual(s.missed.map((m) => [m.code, m.count]), [['Z79.4', 2], ['E78.5', 1], ['W26.0XXA', 1]]);
    assert.deepStrictEqual(s.trend.map((t) => t.score), [0.5, 0.8, 0.4]);
    assert.strictEqual(s.next[0].caseId, 'SI-301');
    assert.strictEqual(s.next[1].caseId, 'SI-302', 'then a new case in the weakest area');
    assert.deepStrictEqual(s.totals, { attempts: 3, casesAttempted: 2, casesPassed: 1, passRate: 0.5 });
  });
});
