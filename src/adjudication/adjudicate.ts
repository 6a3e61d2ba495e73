// The simulated payer. Pure and deterministic: the same lint result (claim, config, today) always
// gives the same result; only submittedAt is copied from the options.
//   1. Front end (277CA-style): any error/warning finding whose rule is marked *reject* rejects the
//      whole claim; it never reaches adjudication.
//   2. Adjudication (835-style): *deny* findings deny the lines they concern (service line, the lines
//      pointing at a diagnosis, or every line); the other lines are paid from the payer profile.
// All money is computed in integer cents; each line rounds half-up once, totals are sums of cents.
import type { LintResult } from '../engine/lint';
import { RULES_BY_ID } from '../engine/rules';
import type { Finding, GroupCode } from '../engine/types';
import { POINTER_LETTERS } from '../model/claim';
import type { PayerProfile } from '../model/payer';
import { stableJson } from '../util/stableJson';
import { explainCode } from './reasonCodes';

// The result's shape is the one zod schema in src/model/submission.ts.
export type { Adjustment, LineResult, Reason, SubmissionResult, SubmissionStatus } from '../model/submission';
import type { Adjustment, LineResult, Reason, SubmissionResult, SubmissionStatus } from '../model/submission';

export interface PreviousSubmission {
  contentHash: string;
  status: SubmissionStatus;
  payerClaimNumber?: string;
}

export interface AdjudicateOptions {
  submittedAt: string;
  /** Earlier submissions of the same claim file (for duplicate detection). */
  previous?: readonly PreviousSubmission[];
}

/** Used when payer.id names no profile, so trainees still see a remittance. */
export const GENERIC_PAYMENT = { allowedPercentOfCharge: 0.8, coinsurance: 0.2 };

const RELATIONAL = new Set(['birth-date-after-service', 'total-charge-mismatch', 'invalid-service-date-range', 'future-service-date', 'invalid-diagnosis-pointer', 'missing-referring-npi', 'missing-accident-state', 'missing-original-reference', 'billing-address-po-box']);

export function acknowledgmentCategory(ruleIds: readonly string[]): { statusCategory: 'A6' | 'A7' | 'A8'; description: string } {
  if (ruleIds.some((id) => RELATIONAL.has(id))) return { statusCategory: 'A8', description: 'Rejected for relational field in error' };
  if (ruleIds.some((id) => id.startsWith('missing-') || id === 'too-many-diagnoses' || id === 'too-many-modifiers' || id === 'too-many-diagnosis-pointers' || id === 'too-many-service-lines'))
    return { statusCategory: 'A6', description: 'Rejected for missing information' };
  return { statusCategory: 'A7', description: 'Rejected for invalid information' };
}

/** FNV-1a over the text with line ends and trailing spaces normalised. */
export function contentHash(text: string): string {
  const t = text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trimEnd();
  return fnv1a(t);
}

/**
 * Fingerprint of what a claim says, for duplicate detection: its parsed content, so comments,
 * formatting, key order and YAML vs JSON do not make a resubmission look new. A file that could not
 * be read falls back to its text.
 */
export function claimFingerprint(lint: Pick<LintResult, 'doc' | 'normalized'>): string {
  return lint.doc.value === undefined || lint.doc.syntaxErrors.length ? contentHash(lint.doc.text) : fnv1a(stableJson(lint.normalized.claim));
}

function fnv1a(t: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) {
    h ^= t.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Half-up rounding of a non-negative product to whole cents. */
export function cents(amountCents: number, factor: number): number {
  return Math.floor(amountCents * factor + 0.5 + 1e-9);
}

const toMoney = (c: number) => Math.round(c) / 100;

function chargeCents(charge: number | undefined): number {
  return charge !== undefined && Number.isFinite(charge) && charge > 0 ? Math.round(charge * 100) : 0;
}

/**
 * Findings that carry a payer outcome: only error and warning severities do, and never a finding
 * its rule marks as outcome-free (a cause the rule's payer column excludes).
 */
export function actionable(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && !f.noPayerOutcome);
}

export function adjudicate(lint: LintResult, opts: AdjudicateOptions): SubmissionResult {
  const claim = lint.normalized.claim;
  const payer: PayerProfile | undefined = lint.payer;
  const services = claim.services ?? [];
  const hash = claimFingerprint(lint);
  const claimId = claim.claim?.id?.trim() || '(no claim id)';
  const payerId = claim.payer?.id?.trim() || '(no payer id)';
  const notes: string[] = [];
  const reason = (f: Finding, carc: string | null, rarc: string[], group: GroupCode | null): Reason => ({
    ruleId: f.ruleId,
    line: f.serviceLine === undefined ? null : f.serviceLine + 1,
    carc,
    rarc,
    group,
    message: f.message,
    box: RULES_BY_ID.get(f.ruleId)?.box ?? '—',
    path: f.path,
    range: f.range,
  });
  const billedCents = services.map((l) => chargeCents(l?.charge));
  const totalBilled = billedCents.reduce((a, b) => a + b, 0);
  const base = { claimId, payerId, ...(payer ? { payerName: payer.name } : {}), submittedAt: opts.submittedAt, contentHash: hash, notes };

  // 1. Front end.
  const rejects = actionable(lint.findings).filter((f) => RULES_BY_ID.get(f.ruleId)?.payer.action === 'reject');
  if (rejects.length) {
    const reasons = rejects.map((f) => {
      const p = RULES_BY_ID.get(f.ruleId)!.payer;
      return reason(f, null, p.action === 'reject' ? (p.rarc ?? []) : [], null);
    });
    notes.push('The claim was rejected before adjudication (277CA): it was never processed, has no appeal rights, and the filing clock keeps running. Fix every item and submit it again as a new claim.');
    return {
      ...base,
      status: 'rejected',
      stage: 'front-end',
      reasons,
      acknowledgment: acknowledgmentCategory(rejects.map((f) => f.ruleId)),
      lines: services.map((l, i) => ({ line: i + 1, code: l?.code ?? '', status: 'rejected', billed: toMoney(billedCents[i]), allowed: 0, paid: 0, patientResponsibility: 0, adjustments: [] })),
      totals: { billed: toMoney(totalBilled), paid: 0, patientResponsibility: 0 },
      payTo: 'provider',
    };
  }

  // 2. Adjudication.
  const denials: Reason[][] = services.map(() => []);
  const reasons: Reason[] = [];
  for (const f of actionable(lint.findings)) {
    const p = RULES_BY_ID.get(f.ruleId)?.payer;
    if (!p || p.action !== 'deny') continue;
    const r = reason(f, p.carc, p.rarc ?? [], p.group ?? 'CO');
    reasons.push(r);
    for (const i of linesConcerned(f, services.length, claim.services ?? [])) denials[i].push(r);
  }

  const replacement = claim.claim?.frequency === 'replacement';
  const duplicateOf = !replacement ? opts.previous?.find((p) => p.contentHash === hash && (p.status === 'paid' || p.status === 'partially-paid')) : undefined;
  if (duplicateOf) {
    notes.push('This exact claim was already paid: the payer denies it as a duplicate (CARC 18). To change a paid claim, send a replacement (claim.frequency: replacement) with the original reference number.');
  }

  const payment = payer?.payment ?? GENERIC_PAYMENT;
  if (!payer) notes.push(`No payer profile is named "${payerId}": amounts use a generic schedule (allowed ${Math.round(GENERIC_PAYMENT.allowedPercentOfCharge * 100)}% of the charge, ${Math.round(GENERIC_PAYMENT.coinsurance * 100)}% coinsurance).`);
  const insuredSigned = claim.signatures?.insured?.onFile === true || !!claim.signatures?.insured?.date;
  const payTo: 'provider' | 'patient' = payer?.insuredSignatureRequired && !insuredSigned ? 'patient' : 'provider';
  if (payTo === 'patient') notes.push(`Box 13 (assignment of benefits) is not signed and ${payer!.name} requires it: the payment goes to the patient, and the practice must collect from the patient.`);

  const lines: LineResult[] = services.map((l, i) => {
    const billed = billedCents[i];
    const code = l?.code ?? '';
    if (duplicateOf) {
      return { line: i + 1, code, status: 'denied', billed: toMoney(billed), allowed: 0, paid: 0, patientResponsibility: 0, adjustments: [{ group: 'OA', carc: '18', rarc: [], amount: toMoney(billed) }] };
    }
    const d = denials[i];
    if (d.length) {
      return { line: i + 1, code, status: 'denied', billed: toMoney(billed), allowed: 0, paid: 0, patientResponsibility: 0, adjustments: [{ group: d[0].group ?? 'CO', carc: d[0].carc ?? '16', rarc: d[0].rarc, amount: toMoney(billed) }] };
    }
    const allowed = cents(billed, payment.allowedPercentOfCharge);
    const patient = cents(allowed, payment.coinsurance);
    const paid = allowed - patient;
    const adjustments: Adjustment[] = [];
    if (billed - allowed > 0) adjustments.push({ group: 'CO', carc: '45', rarc: [], amount: toMoney(billed - allowed) });
    if (patient > 0) adjustments.push({ group: 'PR', carc: '2', rarc: [], amount: toMoney(patient) });
    return { line: i + 1, code, status: 'paid', billed: toMoney(billed), allowed: toMoney(allowed), paid: toMoney(paid), patientResponsibility: toMoney(patient), adjustments };
  });
  if (duplicateOf) reasons.unshift({ ruleId: 'duplicate-claim', line: null, carc: '18', rarc: [], group: 'OA', message: 'Exact duplicate of a claim this payer already paid.', box: '22', path: 'claim', range: { start: 0, end: 0 } });

  const paidLines = lines.filter((l) => l.status === 'paid').length;
  const status: SubmissionStatus = lines.length === 0 || paidLines === 0 ? 'denied' : paidLines === lines.length ? 'paid' : 'partially-paid';
  if (lines.length === 0) notes.push('The claim has no service lines, so there is nothing to pay.');
  const sum = (k: 'paid' | 'patientResponsibility') => lines.reduce((a, l) => a + Math.round(l[k] * 100), 0);
  // Dated by the lint's "today" (config or --today) so the same claim, config and date give the same
  // number whatever the wall clock says; submittedAt's date only when the lint carries none.
  const processedOn = /^\d{4}-\d{2}-\d{2}$/.test(lint.today ?? '') ? lint.today! : opts.submittedAt.slice(0, 10);
  const payerClaimNumber = duplicateOf?.payerClaimNumber ?? `PCN${processedOn.replace(/-/g, '')}${hash.toUpperCase()}`;
  if (status !== 'paid') notes.push(...reasonNotes(reasons));
  if (status === 'paid' || status === 'partially-paid' || status === 'denied')
    notes.push(`Payer claim number ${payerClaimNumber}. To correct this claim after it was processed, send a replacement: claim.frequency: replacement and claim.originalReference: "${payerClaimNumber}".`);
  return {
    ...base,
    status,
    stage: 'adjudication',
    reasons,
    lines,
    totals: { billed: toMoney(totalBilled), paid: toMoney(sum('paid')), patientResponsibility: toMoney(sum('patientResponsibility')) },
    payTo,
    payerClaimNumber,
  };
}

function reasonNotes(reasons: readonly Reason[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of reasons) {
    if (!r.carc || seen.has(r.carc)) continue;
    seen.add(r.carc);
    const t = explainCode('CARC', r.carc);
    if (t) out.push(`CARC ${r.carc}: ${t.meaning} ${t.action}`);
  }
  return out;
}

/** Which lines a deny finding concerns (0-based). */
export function linesConcerned(f: Finding, count: number, services: readonly ({ pointers?: (string | undefined)[] } | undefined)[]): number[] {
  if (f.serviceLine !== undefined) return f.serviceLine < count ? [f.serviceLine] : [];
  if (f.diagnosis !== undefined) {
    const letter = POINTER_LETTERS[f.diagnosis];
    return services.flatMap((l, i) => ((l?.pointers ?? []).some((p) => p?.toUpperCase() === letter) ? [i] : []));
  }
  return Array.from({ length: count }, (_, i) => i);
}
