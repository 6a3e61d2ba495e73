// The payer's answers in X12: a 999 acknowledgment of the 837P's structure, a 277CA for claims
// rejected at the front end, and an 835 remittance for adjudicated claims. Built from the same
// SubmissionResult the JSON/text answers use; written in our own words and layout, with the
// element codes of the public 005010 guides (999 X231, 277CA X214, 835 X221).
import type { SubmissionResult } from '../adjudication/adjudicate';
import type { Finding } from '../engine/types';
import type { Claim } from '../model/claim';
import { COVERAGE_TO_SBR09, RECEIVER, SUBMITTER } from './export';
import type { StructureResult } from './structure';
import { DEFAULT_DELIMITERS, type Delimiters, type X12Segment } from './tokenize';
import { isaSegment, x12Amount, x12Date, X12Writer } from './writer';

export interface AnswerContext {
  /** Creation date YYYY-MM-DD and time HHMM of the answers. */
  date: string;
  time?: string;
  delimiters?: Delimiters;
}

/** One transaction set of the 837P as the 999 sees it. */
export interface AckTransaction {
  controlNumber: string;
  /** x12-* error findings of this transaction set, with the segment they sit in. */
  errors: { finding: Finding; segment?: X12Segment; position: number; loop: string; element?: number; component?: number }[];
  /** The envelope itself is broken (counts, control numbers, trailer). */
  envelopeCodes: string[];
}

export interface AckInput {
  groupControl: string;
  transactions: AckTransaction[];
}

/** IK3 segment-level syntax error codes, by rule. */
const IK3_CODE: Record<string, string> = { 'x12-unknown-segment': '1', 'x12-misplaced-segment': '2', 'x12-missing-segment': '3', 'x12-missing-element': '8', 'x12-element-length': '8', 'x12-element-type': '8', 'x12-hl-structure': '8', 'x12-lx-numbering': '8' };

/** IK4 element-level syntax error codes. */
function ik4Code(f: Finding): string {
  if (f.ruleId === 'x12-missing-element') return '1';
  if (f.ruleId === 'x12-element-length') return /elements; it defines/.test(f.message) ? '3' : /has \d+ characters?; it takes (exactly )?\d+( to (\d+))?/.test(f.message) && tooShort(f.message) ? '4' : '5';
  if (f.ruleId === 'x12-element-type') return /date/.test(f.message) ? '8' : /time/.test(f.message) ? '9' : /not one of/.test(f.message) ? '7' : '6';
  return '7';
}

function tooShort(message: string): boolean {
  const m = /has (\d+) characters?; it takes (?:exactly (\d+)|(\d+) to \d+)/.exec(message);
  if (!m) return false;
  return Number(m[1]) < Number(m[2] ?? m[3]);
}

function envelope(w: X12Writer, kind: { gs01: string; version: string }, c: AnswerContext, control: number): void {
  const time = c.time ?? '1200';
  w.addRaw(isaSegment({ sender: RECEIVER.id, receiver: SUBMITTER.id, date: c.date, time, control, test: true, d: w.d }));
  w.add(['GS', kind.gs01, RECEIVER.id, SUBMITTER.id, x12Date(c.date), time, String(control), 'X', kind.version]);
}

function close(w: X12Writer, control: number, stStart: number, st: string): void {
  w.add(['SE', String(w.count - stStart + 1), st]);
  w.add(['GE', '1', String(control)]);
  w.add(['IEA', '1', String(control).padStart(9, '0')]);
}

/** 999: accepted, or rejected with the structural errors of each transaction set. */
export function write999(input: AckInput, c: AnswerContext): string {
  const w = new X12Writer(c.delimiters ?? DEFAULT_DELIMITERS);
  envelope(w, { gs01: 'FA', version: '005010X231A1' }, c, 999);
  const st = w.count;
  w.add(['ST', '999', '0001', '005010X231A1']);
  w.add(['AK1', 'HC', input.groupControl, '005010X222A1']);
  let accepted = 0;
  for (const t of input.transactions) {
    w.add(['AK2', '837', t.controlNumber, '005010X222A1']);
    for (const e of t.errors.slice(0, 100)) {
      const code = IK3_CODE[e.finding.ruleId];
      if (!code || !e.segment) continue;
      w.add(['IK3', e.segment.id.slice(0, 3), String(e.position), e.loop && /^\d{4}/.test(e.loop) ? e.loop : '', code]);
      if (code === '8' && e.element) w.add(['IK4', e.component ? [String(e.element), String(e.component)] : String(e.element), '', ik4Code(e.finding), badValue(e)]);
    }
    const ok = t.errors.length === 0 && t.envelopeCodes.length === 0;
    if (ok) accepted++;
    w.add(['IK5', ok ? 'A' : 'R', ...(ok ? [] : (t.envelopeCodes.length ? t.envelopeCodes : ['5']).slice(0, 5))]);
  }
  const n = input.transactions.length;
  w.add(['AK9', accepted === n ? 'A' : accepted === 0 ? 'R' : 'P', String(n), String(n), String(accepted)]);
  close(w, 999, st, '0001');
  return w.toString();
}

function badValue(e: AckTransaction['errors'][number]): string {
  if (!e.segment || !e.element) return '';
  const raw = e.segment.elements[e.element] ?? '';
  return raw.length > 99 ? raw.slice(0, 99) : raw;
}

export interface ClaimAnswer {
  claim: Claim;
  result: SubmissionResult;
}

const names = (c: Claim) => {
  const self = c.patient?.relationship === 'self' || !c.patient?.relationship;
  const n = (self ? (c.insured?.name ?? c.patient?.name) : c.patient?.name) ?? {};
  return { last: n.last ?? '', first: n.first ?? '' };
};

function serviceSpan(c: Claim): string {
  const dates = (c.services ?? []).flatMap((l) => [l?.from, l?.to]).filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  if (!dates.length) return '';
  return `${x12Date(dates[0])}-${x12Date(dates[dates.length - 1])}`;
}

/** 277CA: one claim status per rejected claim (category A6/A7/A8 and the reasons as text). */
export function write277CA(rejected: readonly ClaimAnswer[], c: AnswerContext): string {
  const w = new X12Writer(c.delimiters ?? DEFAULT_DELIMITERS);
  envelope(w, { gs01: 'HN', version: '005010X214' }, c, 277);
  const st = w.count;
  const date = x12Date(c.date);
  w.add(['ST', '277', '0001', '005010X214']);
  w.add(['BHT', '0085', '08', 'CCC277CA', date, c.time ?? '1200', 'TH']);
  let hl = 0;
  const source = ++hl;
  w.add(['HL', String(source), '', '20', '1']);
  w.add(['NM1', 'PR', '2', RECEIVER.name, '', '', '', '', '46', RECEIVER.id]);
  w.add(['TRN', '1', 'CCC277CA']);
  w.add(['DTP', '050', 'D8', date]);
  w.add(['DTP', '009', 'D8', date]);
  const receiver = ++hl;
  w.add(['HL', String(receiver), String(source), '21', '1']);
  w.add(['NM1', '41', '2', SUBMITTER.name, '', '', '', '', '46', SUBMITTER.id]);
  w.add(['TRN', '2', 'CCC837']);
  const billed = rejected.reduce((s, r) => s + r.result.totals.billed, 0);
  w.add(['STC', ['A1', '19', 'PR'], date, 'WQ', x12Amount(billed)]);
  w.add(['QTY', '90', '0']);
  w.add(['QTY', 'AA', String(rejected.length)]);
  w.add(['AMT', 'YU', '0']);
  w.add(['AMT', 'YY', x12Amount(billed)]);
  for (const r of rejected) {
    const provider = ++hl;
    const b = r.claim.billingProvider ?? {};
    w.add(['HL', String(provider), String(receiver), '19', '1']);
    w.add(['NM1', '85', b.type === 'individual' ? '1' : '2', b.name ?? '', '', '', '', '', 'XX', b.npi ?? '']);
    const patient = ++hl;
    const n = names(r.claim);
    w.add(['HL', String(patient), String(provider), 'PT']);
    w.add(['NM1', 'QC', '1', n.last, n.first, '', '', '', 'MI', r.claim.insured?.memberId ?? '']);
    w.add(['TRN', '2', r.result.claimId]);
    const cat = r.result.acknowledgment?.statusCategory ?? 'A7';
    const reasons = r.result.reasons.length ? r.result.reasons : [{ ruleId: 'rejected', message: 'Rejected at the front end.' }];
    reasons.slice(0, 20).forEach((reason, i) => {
      const text = `${reason.ruleId}: ${reason.message}`.slice(0, 264);
      w.add(['STC', [cat, '21', ''], date, i === 0 ? 'U' : '', i === 0 ? x12Amount(r.result.totals.billed) : '', '', '', '', '', '', '', '', text]);
    });
    const span = serviceSpan(r.claim);
    if (span) w.add(['DTP', '472', 'RD8', span]);
  }
  close(w, 277, st, '0001');
  return w.toString();
}

/** 835: one CLP per adjudicated claim, SVC per line with CAS adjustments and LQ*HE remarks. */
export function write835(paid: readonly ClaimAnswer[], c: AnswerContext): string {
  const w = new X12Writer(c.delimiters ?? DEFAULT_DELIMITERS);
  envelope(w, { gs01: 'HP', version: '005010X221A1' }, c, 835);
  const st = w.count;
  const date = x12Date(c.date);
  const total = paid.reduce((s, r) => s + r.result.totals.paid, 0);
  w.add(['ST', '835', '0001', '005010X221A1']);
  w.add(['BPR', total > 0 ? 'I' : 'H', x12Amount(total), 'C', total > 0 ? 'CHK' : 'NON', '', '', '', '', '', '', '', '', '', '', '', date]);
  w.add(['TRN', '1', `CCC835${date}`, '1999999999']);
  w.add(['DTM', '405', date]);
  const payerName = paid[0]?.result.payerName ?? paid[0]?.claim.payer?.name ?? RECEIVER.name;
  w.add(['N1', 'PR', payerName]);
  const b = paid[0]?.claim.billingProvider ?? {};
  w.add(['N1', 'PE', b.name ?? '', 'XX', b.npi ?? '']);
  w.add(['LX', '1']);
  for (const r of paid) {
    const res = r.result;
    const coverage = r.claim.payer?.coverage ?? '';
    const status = res.status === 'denied' ? '4' : '1';
    w.add(['CLP', res.claimId, status, x12Amount(res.totals.billed), x12Amount(res.totals.paid), x12Amount(res.totals.patientResponsibility), COVERAGE_TO_SBR09[coverage] ?? 'ZZ', res.payerClaimNumber ?? '', '11', '1']);
    const n = names(r.claim);
    w.add(['NM1', 'QC', '1', n.last, n.first, '', '', '', 'MI', r.claim.insured?.memberId ?? '']);
    const claimRemarks = res.reasons.filter((x) => x.line === null).flatMap((x) => x.rarc);
    if (claimRemarks.length) w.add(['MOA', '', '', ...claimRemarks.slice(0, 5)]);
    for (const line of res.lines) {
      const svc = r.claim.services?.[line.line - 1];
      w.add(['SVC', ['HC', line.code, ...(svc?.modifiers ?? []).map(String)], x12Amount(line.billed), x12Amount(line.paid), '', String(svc?.units ?? 1)]);
      if (svc?.from) w.add(['DTM', '472', x12Date(svc.from)]);
      // One CAS per group, its adjustments as reason/amount pairs.
      const groups = new Map<string, [string, string, string][]>();
      for (const a of line.adjustments) {
        const g = groups.get(a.group) ?? [];
        g.push([a.carc, x12Amount(a.amount), '']);
        groups.set(a.group, g);
      }
      for (const [group, adj] of groups) w.add(['CAS', group, ...adj.slice(0, 6).flatMap(([carc, amt, q]) => [carc, amt, q])]);
      if (line.allowed > 0) w.add(['AMT', 'B6', x12Amount(line.allowed)]);
      const remarks = [...new Set(line.adjustments.flatMap((a) => a.rarc))];
      for (const rarc of remarks) w.add(['LQ', 'HE', rarc]);
    }
  }
  close(w, 835, st, '0001');
  return w.toString();
}

/** Builds the 999 input from a structure check: x12-* error findings grouped by transaction set. */
export function ackInput(structure: StructureResult, segments: readonly X12Segment[], findings: readonly Finding[], d: Delimiters): AckInput {
  const gs = structure.gs[0] !== undefined ? segments[structure.gs[0]] : undefined;
  const txs = structure.transactions.map((t) => ({ t, ack: { controlNumber: t.controlNumber, errors: [], envelopeCodes: [] } as AckTransaction }));
  const errors = findings.filter((f) => f.ruleId.startsWith('x12-') && f.severity === 'error');
  for (const f of errors) {
    const seg = segmentAt(segments, f.range.start);
    const owner = txs.find(({ t }) => seg && seg.index >= t.st && seg.index <= t.se) ?? txs[0];
    if (!owner) continue;
    if (f.ruleId === 'x12-transaction-control') {
      owner.ack.envelopeCodes.push(/SE0?1|segments/.test(f.message) ? '4' : /SE02|match/.test(f.message) ? '3' : '2');
      continue;
    }
    if (f.ruleId === 'x12-interchange-control' || f.ruleId === 'x12-group-control' || f.ruleId === 'x12-isa-format' || f.ruleId === 'x12-not-837p') {
      owner.ack.envelopeCodes.push('5');
      continue;
    }
    const el = seg ? elementAt(seg, f.range.start, d) : undefined;
    owner.ack.errors.push({ finding: f, segment: seg, position: seg ? seg.index - owner.t.st + 1 : 0, loop: seg ? structure.loops[seg.index] : '', element: el?.element, component: el?.component });
  }
  return { groupControl: gs?.elements[6] ?? '', transactions: txs.map((x) => ({ ...x.ack, envelopeCodes: [...new Set(x.ack.envelopeCodes)] })) };
}

/** The segment containing an offset (binary search over segment starts). */
export function segmentAt(segments: readonly X12Segment[], offset: number): X12Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  let best: X12Segment | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start <= offset) {
      best = segments[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best && offset <= best.end + 1 ? best : undefined;
}

/** Element (1-based) and component (1-based, when inside a composite) at an offset of a segment. */
export function elementAt(seg: X12Segment, offset: number, d: Delimiters): { element: number; component?: number } | undefined {
  for (let n = seg.elements.length - 1; n >= 1; n--) {
    if (offset >= seg.offsets[n]) {
      const raw = seg.elements[n];
      if (!raw.includes(d.component)) return { element: n };
      const before = raw.slice(0, offset - seg.offsets[n]);
      return { element: n, component: before.split(d.component).length };
    }
  }
  return undefined;
}
