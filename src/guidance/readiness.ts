// Exam readiness from practice, by exam area: for a credential's exam (CPC, CCA), the practice cases
// of the exam's areas that the trainee has checked and passed, area by area, beside the exam's own
// pass mark from the certification guide's data. Pure and deterministic: the caller passes the
// areas (data/exam-domains.json), the cases with their practice state, and the exam's facts.
//
// Practice cases are not exam questions: a practice pass rate is a guide to what to study, never a
// prediction of an exam score, and every sentence says so.

/** The grader's own pass mark for one practice case (score ≥ 70% and no lint error). */
export const PRACTICE_PASS_MARK = 0.7;

/**
 * "On track" needs enough practice to go by: at least this many checked cases of the exam, in at
 * least half of its areas that have cases. Below that, readiness says "building" whatever the rate
 * (one passed case is not readiness for a 100-question exam).
 */
export const MIN_CASES_TO_GO_BY = 10;

/** One exam area as data/exam-domains.json names it. */
export interface ExamArea {
  id: string;
  name: string;
  /** CPT, HCPCS or ICD-10-CM. */
  group: string;
  /** Credentials whose exam covers the area ("CPC", "CCA"). */
  exams: readonly string[];
}

/** One practice case with the trainee's state on it. */
export interface PracticedCase {
  id: string;
  examDomains: readonly string[];
  attempts: number;
  passed: boolean;
  /** Best score so far, 0..1 (absent before the first attempt). */
  bestScore?: number;
  /** The case is in the library now (false: only the practice log still names it). */
  inLibrary: boolean;
}

/** An exam as the certification guide's data states it. */
export interface ExamFacts {
  /** Credential id, e.g. "CPC". */
  id: string;
  name: string;
  /** As the data states it, e.g. "70%" or "Scaled score 300 (scale 100–400)"; null: not confirmed. */
  passMark: string | null;
}

export type AreaStatus = 'no-cases' | 'not-practised' | 'below-target' | 'at-target';
export type ExamStatus = 'not-started' | 'building' | 'on-track';

export interface AreaReadiness {
  domain: string;
  name: string;
  group: string;
  /** Cases of this area in the library. */
  casesAvailable: number;
  casesAttempted: number;
  casesPassed: number;
  /** casesPassed / casesAttempted (0 when none attempted). */
  passRate: number;
  /** Mean best score of the attempted cases (0 when none). */
  meanBestScore: number;
  status: AreaStatus;
}

export interface ExamReadiness {
  exam: string;
  name: string;
  passMark: string | null;
  /** The share of practice cases to pass that this compares with: the exam's percentage pass mark, else the practice pass mark. */
  target: number;
  /** Where the target comes from: the exam's own pass mark ("70%") or, when that is no percentage, the practice pass mark. */
  targetFrom: 'exam' | 'practice';
  /** Cases (in the library) with at least one area of this exam. */
  casesAvailable: number;
  casesAttempted: number;
  casesPassed: number;
  passRate: number;
  /** Areas of this exam that have at least one case in the library. */
  areasWithCases: number;
  areasPractised: number;
  areasAtTarget: number;
  /** Every area of the exam: practised ones first (weakest first), then those not practised yet, then those without cases. */
  areas: AreaReadiness[];
  /** The practised area with the lowest pass rate, when it is below the target. */
  weakest?: { domain: string; name: string; passRate: number };
  status: ExamStatus;
  /** One sentence for the trainee (the Progress view shows it; the guide shows it above its area table). */
  sentence: string;
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.max(0, Math.min(1, x)) : 0);

export function pct(x: number): string {
  return `${Math.round(clamp01(x) * 100)}%`;
}

/** "70%" → 0.7; anything that is not a plain percentage (a scaled score, null) → undefined. */
export function percentPassMark(passMark: string | null | undefined): number | undefined {
  const m = /^\s*(\d{1,3}(?:\.\d+)?)\s*%\s*$/.exec(passMark ?? '');
  if (!m) return undefined;
  const v = Number(m[1]) / 100;
  return v > 0 && v <= 1 ? v : undefined;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Readiness for one exam from the trainee's practice, area by area. */
export function examReadiness(exam: ExamFacts, areas: readonly ExamArea[], cases: readonly PracticedCase[]): ExamReadiness {
  const mine = areas.filter((a) => a.exams.includes(exam.id));
  const ids = new Set(mine.map((a) => a.id));
  const examPct = percentPassMark(exam.passMark);
  const target = examPct ?? PRACTICE_PASS_MARK;
  const targetFrom = examPct !== undefined ? 'exam' : 'practice';

  const rows: AreaReadiness[] = mine.map((a) => {
    const inArea = cases.filter((c) => c.examDomains.includes(a.id));
    const tried = inArea.filter((c) => c.attempts > 0);
    const passed = tried.filter((c) => c.passed).length;
    const passRate = tried.length ? passed / tried.length : 0;
    const available = inArea.filter((c) => c.inLibrary).length;
    const status: AreaStatus = tried.length ? (passRate >= target ? 'at-target' : 'below-target') : available ? 'not-practised' : 'no-cases';
    return {
      domain: a.id,
      name: a.name,
      group: a.group,
      casesAvailable: available,
      casesAttempted: tried.length,
      casesPassed: passed,
      passRate,
      meanBestScore: tried.length ? tried.reduce((s, c) => s + clamp01(c.bestScore ?? 0), 0) / tried.length : 0,
      status,
    };
  });
  const order: Record<AreaStatus, number> = { 'below-target': 0, 'at-target': 0, 'not-practised': 1, 'no-cases': 2 };
  const index = new Map(mine.map((a, i) => [a.id, i]));
  rows.sort((a, b) => order[a.status] - order[b.status] || (order[a.status] === 0 ? a.passRate - b.passRate || a.meanBestScore - b.meanBestScore : 0) || index.get(a.domain)! - index.get(b.domain)!);

  const examCases = cases.filter((c) => c.examDomains.some((d) => ids.has(d)));
  const tried = examCases.filter((c) => c.attempts > 0);
  const passed = tried.filter((c) => c.passed).length;
  const passRate = tried.length ? passed / tried.length : 0;
  const practised = rows.filter((r) => r.casesAttempted > 0);
  const atTarget = practised.filter((r) => r.status === 'at-target').length;
  const weakestRow = practised.find((r) => r.status === 'below-target');
  const weakest = weakestRow ? { domain: weakestRow.domain, name: weakestRow.name, passRate: weakestRow.passRate } : undefined;
  const areasWithCases = rows.filter((r) => r.casesAvailable > 0).length;
  const areasToGoBy = Math.ceil(areasWithCases / 2);
  const enough = tried.length >= MIN_CASES_TO_GO_BY && practised.length >= areasToGoBy;
  const status: ExamStatus = !tried.length ? 'not-started' : passRate >= target && !weakest && enough ? 'on-track' : 'building';

  const mark =
    exam.passMark === null
      ? `the ${exam.id} exam's pass mark is not confirmed, so this compares with the practice pass mark of ${pct(PRACTICE_PASS_MARK)}`
      : targetFrom === 'exam'
        ? `the ${exam.id} exam needs ${pct(target)} overall`
        : `the ${exam.id} exam's pass mark is a ${exam.passMark.charAt(0).toLowerCase()}${exam.passMark.slice(1)}, not a percentage, so this compares with the practice pass mark of ${pct(PRACTICE_PASS_MARK)}`;
  let sentence: string;
  if (!tried.length) {
    sentence = `No ${exam.id} practice case checked yet: check a few cases to see how ready you are (${mark}).`;
  } else {
    const weak = weakest ? `; weakest: ${weakest.name}, where you pass ${pct(weakest.passRate)} of the cases you checked` : '';
    const few = enough ? '' : ` That is too little to go by yet: check at least ${MIN_CASES_TO_GO_BY} cases in ${areasToGoBy} or more of the areas.`;
    sentence =
      `You pass ${pct(passRate)} of the ${exam.id} practice cases you have checked (${passed} of ${tried.length}), ` +
      `in ${practised.length} of ${plural(areasWithCases, 'exam area')} with cases${weak}; ${mark}.${few} ` +
      'Practice cases are not exam questions: use this as a guide to what to study.';
  }
  return {
    exam: exam.id,
    name: exam.name,
    passMark: exam.passMark,
    target,
    targetFrom,
    casesAvailable: examCases.filter((c) => c.inLibrary).length,
    casesAttempted: tried.length,
    casesPassed: passed,
    passRate,
    areasWithCases,
    areasPractised: practised.length,
    areasAtTarget: atTarget,
    areas: rows,
    ...(weakest ? { weakest } : {}),
    status,
    sentence,
  };
}
