// Output formats of `claimlint grade`: text, json (practice-cases.md), classroom (the autograding
// result shape) and csv (a gradebook: one row per claim). Numbers are rounded to 4 decimals here,
// when printed, never in the grader.
import type { GradeResult } from '../grading/grade';

export interface GradedClaim {
  file: string;
  caseId: string | null;
  status: 'passed' | 'failed' | 'ungraded';
  grade?: GradeResult;
  rationale?: ReadonlyArray<{ codes: readonly string[]; guideline?: string; text: string }>;
  /** Why a claim could not be graded. */
  reason?: string;
  lint: { errors: number; warnings: number };
  /** The first few lint errors (rule id and message), so a trainee sees what to fix. */
  lintErrors?: string[];
  submission: { status: string };
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

export interface GradeJson {
  file: string;
  caseId: string;
  status: 'passed' | 'failed' | 'ungraded';
  score: number;
  points: number;
  possible: number;
  diagnoses: { first: 'correct' | 'sequencing' | 'missing'; hits: string[]; misses: string[]; overcodes: string[] };
  lines: { code: string; credit: number; matched: boolean; issues: string[]; optional: boolean; keyLine?: number; claimLine?: number }[];
  misses: string[];
  overcodes: string[];
  lint: { errors: number; warnings: number };
  submission: { status: string };
  feedback: string[];
  rationale: { codes: string[]; guideline?: string; text: string }[];
  lintErrors?: string[];
  reason?: string;
}

export function toGradeJson(r: GradedClaim): GradeJson {
  const g = r.grade;
  return {
    file: r.file,
    caseId: r.caseId ?? '',
    status: r.status,
    score: g ? round4(g.score) : 0,
    points: g ? round4(g.points) : 0,
    possible: g ? g.possible : 0,
    diagnoses: g ? { first: g.diagnoses.first, hits: g.diagnoses.hits, misses: g.diagnoses.misses, overcodes: g.diagnoses.overcodes } : { first: 'missing', hits: [], misses: [], overcodes: [] },
    lines: g ? g.lines.map((l) => ({ code: l.code, credit: round4(l.credit), matched: l.matched, issues: l.issues, optional: l.optional, ...(l.keyLine ? { keyLine: l.keyLine } : {}), ...(l.claimLine ? { claimLine: l.claimLine } : {}) })) : [],
    misses: g ? g.misses : [],
    overcodes: g ? g.overcodes : [],
    lint: r.lint,
    submission: r.submission,
    feedback: g ? g.feedback : [],
    rationale: (r.rationale ?? []).map((x) => ({ codes: [...x.codes], ...(x.guideline ? { guideline: x.guideline } : {}), text: x.text })),
    ...(r.lintErrors?.length ? { lintErrors: r.lintErrors } : {}),
    ...(r.reason ? { reason: r.reason } : {}),
  };
}

export function formatGradeJson(results: readonly GradedClaim[]): string {
  return `${JSON.stringify(results.map(toGradeJson), null, 2)}\n`;
}

export interface ClassroomResult {
  version: 1;
  status: 'pass' | 'fail' | 'error';
  max_score: number;
  tests: { name: string; status: 'pass' | 'fail' | 'error'; score: number; max_score: number; message: string }[];
}

export function toClassroom(results: readonly GradedClaim[]): ClassroomResult {
  const tests = results.map((r) => {
    const name = r.caseId ? `${r.file} (${r.caseId})` : r.file;
    if (r.status === 'ungraded') return { name, status: 'error' as const, score: 0, max_score: 1, message: r.reason ?? 'not gradable' };
    const g = r.grade!;
    const head = `${pct(g.score)} (${round4(g.points)} of ${g.possible} points); lint: ${r.lint.errors} errors, ${r.lint.warnings} warnings; payer: ${r.submission.status}`;
    return { name, status: r.status === 'passed' ? ('pass' as const) : ('fail' as const), score: round4(g.score), max_score: 1, message: [head, ...g.feedback, ...(r.lintErrors ?? [])].join('\n') };
  });
  const status = results.length === 0 ? 'error' : tests.every((t) => t.status === 'pass') ? 'pass' : 'fail';
  return { version: 1, status, max_score: tests.length, tests };
}

export function formatGradeClassroom(results: readonly GradedClaim[]): string {
  return `${JSON.stringify(toClassroom(results), null, 2)}\n`;
}

function pct(score: number): string {
  return `${round4(score * 100)}%`;
}

export function formatGradeText(results: readonly GradedClaim[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.status === 'ungraded') {
      lines.push(`${r.file} ${r.caseId || '-'} 0% ungraded`, `  ${r.reason}`);
      continue;
    }
    const g = r.grade!;
    lines.push(`${r.file} ${r.caseId} ${pct(g.score)} ${r.status}`);
    for (const f of g.feedback) lines.push(`  ${f}`);
    for (const e of r.lintErrors ?? []) lines.push(`    ${e}`);
    if (r.submission.status !== 'paid') lines.push(`  Mock payer: ${r.submission.status} (run claimlint submit on the file to see why).`);
  }
  const passed = results.filter((r) => r.status === 'passed').length;
  const failed = results.filter((r) => r.status === 'failed').length;
  const ungraded = results.length - passed - failed;
  lines.push(`${results.length} claim${results.length === 1 ? '' : 's'} graded: ${passed} passed, ${failed} failed${ungraded ? `, ${ungraded} ungraded` : ''}.`);
  return `${lines.join('\n')}\n`;
}

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A gradebook: one row per claim — file, case, score, status, misses, overcodes. */
export function formatGradeCsv(results: readonly GradedClaim[]): string {
  const rows = [['file', 'case', 'score', 'status', 'misses', 'overcodes']];
  for (const r of results) {
    const j = toGradeJson(r);
    rows.push([j.file, j.caseId, String(j.score), j.status, j.misses.join(' '), j.overcodes.join(' ')]);
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}
