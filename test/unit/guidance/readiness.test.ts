// Exam readiness by exam area (src/guidance/readiness.ts): the pass rate over the exam's areas, area
// by area, against the exam's own pass mark from the guide's data when it is a percentage (CPC 70%)
// and the practice pass mark when it is not (CCA's scaled score); never a prediction.
import * as assert from 'assert';
import domainsJson from '../../../data/exam-domains.json';
import { loadGuidanceData } from '../../../src/guidance/data';
import { examReadiness, MIN_CASES_TO_GO_BY, percentPassMark, PRACTICE_PASS_MARK, type ExamArea, type ExamFacts, type PracticedCase } from '../../../src/guidance/readiness';

const AREAS: ExamArea[] = [
  { id: 'evaluation-management', name: 'E/M', group: 'CPT', exams: ['CPC', 'CCA'] },
  { id: 'surgery-integumentary', name: 'Surgery: integumentary', group: 'CPT', exams: ['CPC', 'CCA'] },
  { id: 'radiology', name: 'Radiology', group: 'CPT', exams: ['CPC', 'CCA'] },
  { id: 'icd10cm-endocrine', name: 'ICD-10-CM chapter 4', group: 'ICD-10-CM', exams: ['CPC', 'CCA'] },
  { id: 'inpatient-only', name: 'Inpatient only', group: 'ICD-10-PCS', exams: ['CCS'] },
];
const CPC: ExamFacts = { id: 'CPC', name: 'Certified Professional Coder', passMark: '70%' };
const CCA: ExamFacts = { id: 'CCA', name: 'Certified Coding Associate', passMark: 'Scaled score 300 (scale 100–400)' };

const c = (id: string, examDomains: string[], attempts = 0, passed = false, bestScore?: number, inLibrary = true): PracticedCase => ({ id, examDomains, attempts, passed, ...(bestScore !== undefined ? { bestScore } : {}), inLibrary });
const CASES: PracticedCase[] = [
  c('EM-101', ['evaluation-management', 'icd10cm-endocrine'], 2, true, 1),
  c('EM-102', ['evaluation-management'], 1, true, 0.9),
  c('SI-301', ['surgery-integumentary'], 3, false, 0.5),
  c('SI-302', ['surgery-integumentary'], 1, true, 0.8),
  c('SI-303', ['surgery-integumentary']),
  c('RA-901', ['radiology']),
  c('PCS-1', ['inpatient-only'], 1, false, 0.2),
];

describe('guidance: exam readiness by exam area', () => {
  it('percentPassMark reads a plain percentage only', () => {
    assert.strictEqual(percentPassMark('70%'), 0.7);
    assert.strictEqual(percentPassMark(' 65.5 % '), 0.655);
    assert.strictEqual(percentPassMark('Scaled score 300 (scale 100–400)'), undefined);
    assert.strictEqual(percentPassMark(null), undefined);
    assert.strictEqual(percentPassMark('0%'), undefined);
    assert.strictEqual(percentPassMark('170%'), undefined);
  });

  it('CPC: overall and per-area pass rates over the exam\'s areas only, weakest first, against the exam\'s 70%', () => {
    const r = examReadiness(CPC, AREAS, CASES);
    assert.strictEqual(r.target, 0.7);
    assert.strictEqual(r.targetFrom, 'exam');
    // PCS-1 is in no CPC area: not counted.
    assert.deepStrictEqual([r.casesAttempted, r.casesPassed, r.casesAvailable], [4, 3, 6]);
    assert.strictEqual(r.passRate, 0.75);
    assert.deepStrictEqual(
      r.areas.map((a) => [a.domain, a.casesPassed, a.casesAttempted, a.casesAvailable, a.status]),
      [
        ['surgery-integumentary', 1, 2, 3, 'below-target'],
        ['evaluation-management', 2, 2, 2, 'at-target'],
        ['icd10cm-endocrine', 1, 1, 1, 'at-target'],
        ['radiology', 0, 0, 1, 'not-practised'],
      ],
    );
    assert.strictEqual(r.areas[0].meanBestScore, 0.65);
    assert.deepStrictEqual(r.weakest, { domain: 'surgery-integumentary', name: 'Surgery: integumentary', passRate: 0.5 });
    assert.deepStrictEqual([r.areasWithCases, r.areasPractised, r.areasAtTarget], [4, 3, 2]);
    // 75% overall, but an area below the mark: still building.
    assert.strictEqual(r.status, 'building');
    assert.match(r.sentence, /You pass 75% of the CPC practice cases you have checked \(3 of 4\), in 3 of 4 exam areas with cases/);
    assert.match(r.sentence, /weakest: Surgery: integumentary, where you pass 50% of the cases you checked/);
    assert.match(r.sentence, /the CPC exam needs 70% overall/);
    assert.match(r.sentence, /not exam questions/);
  });

  it('CCA: a scaled-score pass mark is not read as a percentage; the practice pass mark is the yardstick and the sentence says so', () => {
    const r = examReadiness(CCA, AREAS, CASES);
    assert.strictEqual(r.targetFrom, 'practice');
    assert.strictEqual(r.target, PRACTICE_PASS_MARK);
    assert.match(r.sentence, /pass mark is a scaled score 300 \(scale 100–400\), not a percentage, so this compares with the practice pass mark of 70%/);
  });

  it('nothing checked yet: not started, every area listed (areas without cases last), and a pass mark that is not confirmed is said so', () => {
    const r = examReadiness({ ...CPC, passMark: null }, [...AREAS, { id: 'anesthesia', name: 'Anesthesia', group: 'CPT', exams: ['CPC'] }], CASES.map((x) => ({ ...x, attempts: 0, passed: false })));
    assert.strictEqual(r.status, 'not-started');
    assert.strictEqual(r.weakest, undefined);
    assert.deepStrictEqual(r.areas.map((a) => a.status), ['not-practised', 'not-practised', 'not-practised', 'not-practised', 'no-cases']);
    assert.match(r.sentence, /^No CPC practice case checked yet.*pass mark is not confirmed/);
  });

  it('all passed but too few cases: still building, and the sentence says how much is enough; a case only the log names still counts as practised', () => {
    const r = examReadiness(CPC, AREAS, [c('EM-101', ['evaluation-management'], 1, true, 1), c('OLD-1', ['radiology'], 1, true, 0.9, false)]);
    assert.strictEqual(r.status, 'building');
    assert.strictEqual(r.weakest, undefined);
    assert.match(r.sentence, new RegExp(`too little to go by yet: check at least ${MIN_CASES_TO_GO_BY} cases in 1 or more of the areas`));
    assert.strictEqual(r.casesAttempted, 2);
    assert.strictEqual(r.casesAvailable, 1);
    assert.strictEqual(r.areas.find((a) => a.domain === 'radiology')?.casesAvailable, 0);
    assert.strictEqual(r.areas.find((a) => a.domain === 'radiology')?.status, 'at-target');
  });

  it('on track: enough cases, in half the areas with cases or more, 70% overall and no practised area below it', () => {
    const many = Array.from({ length: MIN_CASES_TO_GO_BY }, (_, i) => c(`X-${i}`, [i % 2 ? 'evaluation-management' : 'icd10cm-endocrine'], 1, true, 0.9));
    const r = examReadiness(CPC, AREAS, many);
    assert.deepStrictEqual([r.areasWithCases, r.areasPractised], [2, 2]);
    assert.strictEqual(r.status, 'on-track');
    assert.doesNotMatch(r.sentence, /too little/);
    // One failed case in a third area, still 91% overall: that area is below the mark.
    const r2 = examReadiness(CPC, AREAS, [...many, c('RA-1', ['radiology'], 1, false, 0.4)]);
    assert.strictEqual(r2.status, 'building');
    assert.strictEqual(r2.weakest?.domain, 'radiology');
  });

  it('the bundled data: every exam area of CPC and CCA, with the guide\'s pass marks (CPC 70%, CCA a scaled score)', () => {
    const data = loadGuidanceData();
    const areas = domainsJson.domains as ExamArea[];
    for (const id of ['CPC', 'CCA']) {
      const cred = data.credentialById.get(id)!;
      const r = examReadiness({ id, name: cred.name, passMark: cred.exam.passMark }, areas, []);
      assert.strictEqual(r.areas.length, areas.filter((a) => a.exams.includes(id)).length);
      assert.ok(r.areas.length >= 30, `${id}: ${r.areas.length} areas`);
    }
    assert.strictEqual(percentPassMark(data.credentialById.get('CPC')!.exam.passMark), 0.7);
    assert.strictEqual(percentPassMark(data.credentialById.get('CCA')!.exam.passMark), undefined);
  });
});
