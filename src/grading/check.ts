// "Check my coding": the claim as the trainee wrote it is linted, mock-submitted and graded against
// the case it names, the same composition as `claimlint grade` (lint as of the case's date of
// service unless a fixed "today" is configured; adjudicate; grade with the lint counts and the
// payer's status). Pure: the editor passes the text and its lint options.
import { adjudicate, type SubmissionResult } from '../adjudication';
import { lintParsed, type LintOptions, type LintResult } from '../engine/lint';
import { grade, type GradeResult } from './grade';
import type { ClaimFormat } from '../parser/document';
import { normalizeClaim } from '../parser/normalize';
import { parseClaimText } from '../parser/parse';
import type { PracticeCase } from '../practice/model';

export interface CheckResult {
  caseId: string;
  lint: LintResult;
  submission: SubmissionResult;
  /** Undefined when the case has no key (a student copy). */
  grade?: GradeResult;
  /** The claim's box 21 as written (for the review's letters). */
  diagnoses: (string | null | undefined)[];
  /** Set when the claim could not be graded, in a trainee's words. */
  problem?: string;
  /** The date the claim was linted as of. */
  today: string;
}

/** The case id a claim names (`practiceCase`), or undefined. */
export function practiceCaseOf(text: string, format: ClaimFormat): string | undefined {
  const doc = parseClaimText(text, format);
  const raw = normalizeClaim(doc).claim.practiceCase as unknown;
  return typeof raw === 'string' && raw.trim() ? raw.trim() : undefined;
}

export interface CheckOptions {
  lint: LintOptions;
  /** A "today" fixed by configuration beats the case's date of service. */
  fixedToday?: string;
  /** ISO instant of the check (the mock submission's time). */
  at: string;
}

export function checkCoding(text: string, c: PracticeCase, options: CheckOptions): CheckResult {
  const today = options.fixedToday ?? c.case.dateOfService;
  const doc = parseClaimText(text, options.lint.format);
  const lint = lintParsed(doc, { ...options.lint, today });
  const errors = lint.findings.filter((f) => f.severity === 'error').length;
  const warnings = lint.findings.filter((f) => f.severity === 'warning').length;
  const submission = adjudicate(lint, { submittedAt: options.at });
  const claim = lint.normalized.claim;
  const diagnoses = [...((claim.diagnoses ?? []) as (string | null | undefined)[])];
  const named = typeof claim.practiceCase === 'string' ? claim.practiceCase.trim() : '';
  const base = { caseId: c.case.id, lint, submission, diagnoses, today };
  if (named && named.toUpperCase() !== c.case.id.toUpperCase()) return { ...base, problem: `The claim names case ${named}, not ${c.case.id}.` };
  if (!c.key) return { ...base, problem: `Case ${c.case.id} has no answer key here (a student copy): your instructor grades it.` };
  return { ...base, grade: grade(c.key, claim, { errors, warnings }, submission) };
}
