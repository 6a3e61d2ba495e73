// Mock submission of an 837P: the clearinghouse's 999 on the structure, then the same simulated
// payer as for practice claims (src/adjudication), answering with a 277CA (front-end rejections)
// and an 835 (adjudicated claims).
import { adjudicate, type SubmissionResult } from '../adjudication/adjudicate';
import type { LintResult } from '../engine/lint';
import { ackInput, write277CA, write835, write999, type AckInput, type ClaimAnswer } from './answers';
import type { X12LintResult } from './lint';

export interface X12Answer {
  /** The answer interchanges, in order: 999, then 277CA and/or 835 when there is anything to say. */
  text: string;
  ack999: string;
  ca277?: string;
  era835?: string;
  /** True when the 999 accepted every transaction set. */
  accepted: boolean;
  /** One payer result per claim that got past the 999. */
  results: SubmissionResult[];
}

export interface AnswerOptions {
  submittedAt: string;
}

function answerDate(submittedAt: string): { date: string; time: string } {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?/.exec(submittedAt);
  return { date: m?.[1] ?? '2000-01-01', time: m?.[2] ? `${m[2]}${m[3]}` : '1200' };
}

/** Answers for already-decided claims and an already-built 999 input. */
export function composeAnswer(ack: AckInput, claims: readonly { lint: LintResult; accepted: boolean }[], o: AnswerOptions): X12Answer {
  const when = answerDate(o.submittedAt);
  const ack999 = write999(ack, when);
  const answers: ClaimAnswer[] = claims.filter((c) => c.accepted).map((c) => ({ claim: c.lint.normalized.claim, result: adjudicate(c.lint, { submittedAt: o.submittedAt }) }));
  const rejected = answers.filter((a) => a.result.status === 'rejected');
  const adjudicated = answers.filter((a) => a.result.status !== 'rejected');
  const ca277 = rejected.length ? write277CA(rejected, when) : undefined;
  const era835 = adjudicated.length ? write835(adjudicated, when) : undefined;
  return {
    text: [ack999, ca277, era835].filter(Boolean).join(''),
    ack999,
    ca277,
    era835,
    accepted: ack.transactions.length > 0 && ack.transactions.every((t) => t.errors.length === 0 && t.envelopeCodes.length === 0),
    results: answers.map((a) => a.result),
  };
}

/** Submits a linted 837P: claims of a transaction set the 999 rejects go no further. */
export function answerX12(lint: X12LintResult, o: AnswerOptions): X12Answer {
  if (!lint.read.ok) {
    const when = answerDate(o.submittedAt);
    const ack999 = write999({ groupControl: '', transactions: [] }, when);
    return { text: ack999, ack999, accepted: false, results: [] };
  }
  const read = lint.read;
  const ack = ackInput(read.structure, read.segments, lint.findings, read.delimiters);
  const okTx = new Set(ack.transactions.map((t, i) => (t.errors.length === 0 && t.envelopeCodes.length === 0 ? i : -1)).filter((i) => i >= 0));
  return composeAnswer(
    ack,
    lint.claims.map((c) => ({ lint: c.result, accepted: okTx.has(c.claim.transaction) })),
    o,
  );
}
