// What a "Check my coding" shows and keeps: the attempt written to the practice log, and the result
// the result panel shows (score, review items, hints, the answer once unlocked, the mock payer's
// decision; nothing that gives the answer away in exam mode). Pure: the extension passes the check,
// the case's progress so far and where the claim is, and checks the view against the webview
// protocol (src/shared/practiceProtocol.ts ResultViewSchema).
import { practiceCodeBook } from '../codesets';
import type { AttemptRecord } from '../practice/attemptLog';
import { caseNoteFor } from '../practice/caseNote';
import type { PracticeCase } from '../practice/model';
import type { CaseProgress } from '../practice/progress';
import type { CheckResult } from './check';
import { reviewAttempt } from './hints';

const ratio = (x: number) => Math.max(0, Math.min(1, x));

/** The practice-log entry of a graded check (undefined when the claim could not be graded). */
export function attemptRecord(
  result: CheckResult,
  practiceCase: PracticeCase,
  o: { id: string; at: string; timedSetId?: string; afterAnswer: boolean },
): AttemptRecord | undefined {
  const g = result.grade;
  if (!g) return undefined;
  return {
    kind: 'attempt',
    id: o.id,
    caseId: practiceCase.case.id,
    at: o.at,
    score: ratio(g.score),
    passed: g.passed,
    misses: g.misses.slice(0, 100),
    overcodes: g.overcodes.slice(0, 100),
    examDomains: practiceCase.case.examDomains.slice(0, 20),
    submissionStatus: result.submission.status,
    lintErrors: g.lint.errors,
    ...(o.timedSetId ? { timedSetId: o.timedSetId } : {}),
    ...(o.afterAnswer ? { afterAnswer: true } : {}),
  };
}

export interface ResultInput {
  practiceCase: PracticeCase;
  check: CheckResult;
  /** The claim file as the trainee knows it (workspace-relative). */
  claimFile: string;
  /** This attempt's number (1 for a look before any attempt). */
  attempt: number;
  at: string;
  showAnswer: boolean;
  /** A timed set is running for the case: no score, items, reasons or answer. */
  examMode: boolean;
  /** The case's progress in the log (its disputes are listed). */
  progress: CaseProgress;
}

/** The result panel's view of a check, and whether it unlocks the answer (the extension records that). */
export function practiceResult(input: ResultInput) {
  const { practiceCase, check: r, progress } = input;
  const g = r.grade;
  const book = practiceCodeBook();
  const noteOffset = caseNoteFor(practiceCase).noteOffset;
  const review = g ? reviewAttempt(g, practiceCase, r.diagnoses, { attempts: input.attempt, showAnswer: input.showAnswer, examMode: input.examMode, titleOf: (c) => book.get(c)?.title, lineOffset: noteOffset }) : undefined;
  const s = r.submission;
  const view = {
    caseId: practiceCase.case.id,
    title: practiceCase.case.title.slice(0, 300),
    claimFile: input.claimFile,
    attempt: input.attempt,
    at: input.at,
    ...(g && !input.examMode ? { score: ratio(g.score) } : {}),
    passed: !!g?.passed,
    ...(r.problem ? { problem: r.problem } : {}),
    lintErrors: r.lint.findings.filter((f) => f.severity === 'error').length,
    lintWarnings: r.lint.findings.filter((f) => f.severity === 'warning').length,
    items: input.examMode ? [] : (review?.items ?? []),
    hints: review?.hints ?? [],
    hintLevel: input.attempt >= 2 ? 2 : 1,
    answerUnlocked: !!review?.answerUnlocked,
    answerNote: review?.answerNote ?? (r.problem ?? ''),
    ...(review?.answer ? { answer: review.answer } : {}),
    payer: {
      status: s.status,
      stage: s.stage,
      reasons: input.examMode ? [] : s.reasons.slice(0, 100).map((x) => ({ ...(x.carc ? { code: `CARC ${x.carc}${x.rarc.length ? ` · RARC ${x.rarc.join(', ')}` : ''}` } : x.rarc.length ? { code: `RARC ${x.rarc.join(', ')}` } : {}), line: x.line, text: x.message.slice(0, 1000) })),
      paid: s.totals.paid,
      billed: s.totals.billed,
    },
    examMode: input.examMode,
    disputes: progress.disputes.slice(-100).map((d) => ({ at: d.at, text: d.text })),
  };
  return { view, answerUnlocked: !!review?.answerUnlocked };
}
