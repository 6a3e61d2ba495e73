// Mock submission of an 837P: the clearinghouse's 999 on the structure, then the same simulated
// payer as for practice claims (src/adjudication), answering with a 277CA (front-end rejections)
// and an 835 (adjudicated claims).
import { adjudicate, type SubmissionResult } from '../adjudication/adjudicate';
import type { LintOptions, LintResult } from '../engine/lint';
import type { Claim } from '../model/claim';
import { exportClaims } from './export';
import { ackInput, write277CA, write835, write999, type AckInput, type ClaimAnswer } from './answers';
import { lintX12Text, type X12LintResult } from './lint';

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

/**
 * The X12 answers to a practice claim the payer already decided (the remittance panel's "view as
 * X12"): the 999 on the claim's 837P, then the 277CA (front-end rejection) or the 835. When the
 * 999 rejects the 837P, the payer's answer does not follow, as with `claimlint submit --format x12`.
 */
export function answerForDecided(claim: Claim, result: SubmissionResult, options: Omit<LintOptions, 'format'>): X12Answer {
  const when = answerDate(result.submittedAt);
  const x12Lint = lintX12Text(exportClaims([claim], { today: when.date }), options);
  if (!x12Lint.read.ok) {
    const ack999 = write999({ groupControl: '', transactions: [] }, when);
    return { text: ack999, ack999, accepted: false, results: [] };
  }
  const ack = ackInput(x12Lint.read.structure, x12Lint.read.segments, x12Lint.findings, x12Lint.read.delimiters);
  const ack999 = write999(ack, when);
  const accepted = ack.transactions.length > 0 && ack.transactions.every((t) => t.errors.length === 0 && t.envelopeCodes.length === 0);
  if (!accepted) return { text: ack999, ack999, accepted, results: [] };
  const answer: ClaimAnswer = { claim, result };
  const ca277 = result.status === 'rejected' ? write277CA([answer], when) : undefined;
  const era835 = result.status !== 'rejected' ? write835([answer], when) : undefined;
  return { text: [ack999, ca277, era835].filter(Boolean).join(''), ack999, ca277, era835, accepted, results: [result] };
}
