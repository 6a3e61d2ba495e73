// Practice claim (CMS-1500 model) → 837P (005010X222A1). Every field with an 837P home goes there
// (shared/spec/x12-837p.md, claims-brief §1); fields without one (box 31's signer name, box 12/13
// dates, an authorization's validity window, phone numbers of patients) are not sent, as on a real
// claim. The box 31 date travels as the transaction's creation date (BHT04): claims signed on
// different dates go in different transaction sets of a batch.
import type { Claim, ServiceLine } from '../model/claim';
import { POINTER_LETTERS } from '../model/claim';
import { DEFAULT_DELIMITERS, type Delimiters } from './tokenize';
import { isaSegment, x12Amount, x12Date, X12Writer, type ElementValue } from './writer';

export interface ExportOptions {
  /** Creation date YYYY-MM-DD (ISA09, GS04, and BHT04 for a claim whose box 31 is undated). */
  today: string;
  /** Creation time HHMM (default 1200, so exports are reproducible). */
  time?: string;
  /** Interchange control number (ISA13 / GS06), default 1. */
  controlNumber?: number;
  delimiters?: Delimiters;
  /** A line break after every segment terminator (default true). */
  lineBreaks?: boolean;
}

export const SUBMITTER = { name: 'CLEAN CLAIM COACH TRAINEE', id: 'CCCTRAINEE' };
export const RECEIVER = { name: 'CLEAN CLAIM COACH MOCK PAYER', id: 'CCCMOCKPAYER' };

export const COVERAGE_TO_SBR09: Readonly<Record<string, string>> = { medicare: 'MB', medicaid: 'MC', tricare: 'CH', champva: 'VA', group: 'CI', feca: 'WC', other: 'ZZ' };
export const RELATIONSHIP_TO_PAT01: Readonly<Record<string, string>> = { spouse: '01', child: '19', other: 'G8' };
export const FREQUENCY_TO_CODE: Readonly<Record<string, string>> = { original: '1', replacement: '7', void: '8' };

const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v).trim());
const yn = (b: boolean | undefined) => (b ? 'Y' : 'N');

/** The 837P has no decimal point in diagnosis codes. */
export function x12Diagnosis(code: string): string {
  return code.trim().replace(/\./g, '').toUpperCase();
}

function pointerNumber(p: string): string {
  const t = p.trim().toUpperCase();
  const i = POINTER_LETTERS.indexOf(t);
  if (t.length === 1 && i >= 0) return String(i + 1);
  if (/^[A-Z]$/.test(t)) return String(t.charCodeAt(0) - 64);
  return t;
}

/** The date box 31 travels with (BHT04), or undefined when the claim has no provider signature. */
export function providerSigned(c: Claim): boolean {
  const p = c.signatures?.provider;
  return p?.onFile === true || s(p?.name) !== '';
}

function bhtDate(c: Claim, today: string): string {
  const d = c.signatures?.provider?.date;
  return providerSigned(c) && d && /^\d{4}-\d{2}-\d{2}$/.test(d.trim()) ? d.trim() : today;
}

/** True when the patient is the insured (no 2000C patient loop). */
function patientIsSubscriber(c: Claim): boolean {
  const r = c.patient?.relationship;
  if (r === 'self') return true;
  if (r) return false;
  // Relationship unanswered: a separate patient loop only when the patient is visibly someone else.
  const pn = c.patient?.name;
  const inn = c.insured?.name;
  return !pn || !inn || (s(pn.last) === s(inn.last) && s(pn.first) === s(inn.first));
}

/** Exports claims as one interchange. Claims with different box 31 dates get their own ST…SE. */
export function exportClaims(claims: readonly Claim[], o: ExportOptions): string {
  const d = o.delimiters ?? DEFAULT_DELIMITERS;
  const w = new X12Writer(d, o.lineBreaks ?? true);
  const time = o.time ?? '1200';
  const control = o.controlNumber ?? 1;
  w.addRaw(isaSegment({ sender: SUBMITTER.id, receiver: RECEIVER.id, date: o.today, time, control, test: true, d }));
  w.add(['GS', 'HC', SUBMITTER.id, RECEIVER.id, x12Date(o.today), time, String(control), 'X', '005010X222A1']);
  // Group claims by their BHT04 date, in order of first appearance.
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = bhtDate(c, o.today);
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  let st = 0;
  for (const [date, group] of groups) {
    st++;
    writeTransaction(w, group, { date, time, control: String(st).padStart(4, '0'), reference: group.length === 1 ? s(group[0].claim?.id) || `CLAIM-${st}` : `BATCH-${st}` });
  }
  w.add(['GE', String(st), String(control)]);
  w.add(['IEA', '1', String(control % 1e9).padStart(9, '0')]);
  return w.toString();
}

function sameBilling(a: Claim, b: Claim): boolean {
  return JSON.stringify(a.billingProvider ?? {}) === JSON.stringify(b.billingProvider ?? {});
}

function writeTransaction(w: X12Writer, claims: readonly Claim[], t: { date: string; time: string; control: string; reference: string }): void {
  const first = w.count;
  w.add(['ST', '837', t.control, '005010X222A1']);
  w.add(['BHT', '0019', '00', t.reference, x12Date(t.date), t.time, 'CH']);
  w.add(['NM1', '41', '2', SUBMITTER.name, '', '', '', '', '46', SUBMITTER.id]);
  w.add(['PER', 'IC', 'PRACTICE DESK', 'TE', s(claims[0]?.billingProvider?.phone) || '5555550100']);
  w.add(['NM1', '40', '2', RECEIVER.name, '', '', '', '', '46', RECEIVER.id]);
  let hl = 0;
  let billingHl = 0;
  let prev: Claim | undefined;
  for (const c of claims) {
    if (!prev || !sameBilling(prev, c)) {
      billingHl = ++hl;
      w.add(['HL', String(billingHl), '', '20', '1']);
      writeBilling(w, c);
    }
    prev = c;
    const self = patientIsSubscriber(c);
    const subscriberHl = ++hl;
    w.add(['HL', String(subscriberHl), String(billingHl), '22', self ? '0' : '1']);
    writeSubscriber(w, c, self);
    if (!self) {
      const patientHl = ++hl;
      w.add(['HL', String(patientHl), String(subscriberHl), '23', '0']);
      writePatient(w, c);
    }
    writeClaim(w, c);
  }
  w.add(['SE', String(w.count - first + 1), t.control]);
}

function nm1(entity: string, type: '1' | '2', name: { last?: string; first?: string; middle?: string; suffix?: string } | string | undefined, idQual: string, id: string | undefined): readonly [string, ...ElementValue[]] {
  const n = typeof name === 'string' ? { last: name } : (name ?? {});
  const hasId = s(id) !== '';
  return ['NM1', entity, type, s(n.last), s(n.first), s(n.middle), '', s(n.suffix), hasId ? idQual : '', hasId ? s(id) : ''];
}

function address(w: X12Writer, a: { street?: string; city?: string; state?: string; zip?: string } | undefined): void {
  if (!a) return;
  if (s(a.street)) w.add(['N3', s(a.street)]);
  if (s(a.city) || s(a.state) || s(a.zip)) w.add(['N4', s(a.city), s(a.state), s(a.zip)]);
}

function writeBilling(w: X12Writer, c: Claim): void {
  const b = c.billingProvider ?? {};
  w.add(nm1('85', b.type === 'individual' ? '1' : '2', s(b.name), 'XX', b.npi));
  address(w, b.address);
  if (s(b.taxId)) w.add(['REF', b.taxIdType === 'ssn' ? 'SY' : 'EI', s(b.taxId)]);
  if (s(b.phone)) w.add(['PER', 'IC', '', 'TE', s(b.phone)]);
}

function dmg(birthDate: string | undefined, sex: string | undefined): readonly [string, ...ElementValue[]] | undefined {
  if (!s(birthDate) && !s(sex)) return undefined;
  return ['DMG', 'D8', x12Date(s(birthDate)), s(sex)];
}

function writeSubscriber(w: X12Writer, c: Claim, self: boolean): void {
  const ins = c.insured ?? {};
  const pat = c.patient ?? {};
  const coverage = s(c.payer?.coverage);
  w.add(['SBR', 'P', c.patient?.relationship === 'self' ? '18' : '', s(ins.groupNumber), '', '', '', '', '', COVERAGE_TO_SBR09[coverage] ?? coverage]);
  // When the patient is the insured, the subscriber loop carries both: insured values first, the
  // patient's where the insured's are not written.
  const name = self ? (ins.name ?? pat.name) : ins.name;
  w.add(nm1('IL', '1', name, 'MI', ins.memberId));
  address(w, self ? (ins.address ?? pat.address) : ins.address);
  const seg = self ? dmg(ins.birthDate ?? pat.birthDate, ins.sex ?? pat.sex) : dmg(ins.birthDate, ins.sex);
  if (seg) w.add(seg);
  w.add(nm1('PR', '2', s(c.payer?.name), 'PI', c.payer?.id));
}

function writePatient(w: X12Writer, c: Claim): void {
  const p = c.patient ?? {};
  w.add(['PAT', RELATIONSHIP_TO_PAT01[s(p.relationship)] ?? '']);
  w.add(nm1('QC', '1', p.name, '', undefined));
  address(w, p.address);
  const seg = dmg(p.birthDate, p.sex);
  if (seg) w.add(seg);
}

function lineTotal(c: Claim): number {
  return (c.services ?? []).reduce((sum, l) => sum + (typeof l?.charge === 'number' ? l.charge : 0), 0);
}

/** CLM05-1: the place of service most lines share (lines that differ carry SV105). */
function claimPos(c: Claim): string {
  const counts = new Map<string, number>();
  for (const l of c.services ?? []) {
    const p = s(l?.placeOfService);
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  let best = '';
  let n = 0;
  for (const [p, k] of counts) if (k > n) [best, n] = [p, k];
  return best;
}

function writeClaim(w: X12Writer, c: Claim): void {
  const total = typeof c.totalCharge === 'number' ? c.totalCharge : lineTotal(c);
  const pos = claimPos(c);
  const freq = FREQUENCY_TO_CODE[s(c.claim?.frequency) || 'original'] ?? s(c.claim?.frequency);
  const cond = c.condition ?? {};
  const causes = [cond.employment ? 'EM' : '', cond.autoAccident ? 'AA' : '', cond.otherAccident ? 'OA' : ''].filter(Boolean);
  const related: string[] | undefined = causes.length ? [...causes, ...Array(3 - causes.length).fill(''), cond.autoAccident ? s(cond.autoAccidentState) : ''] : undefined;
  const sig = c.signatures ?? {};
  const patientSigned = sig.patient?.onFile === true || !!s(sig.patient?.date);
  const insuredSigned = sig.insured?.onFile === true || !!s(sig.insured?.date);
  w.add([
    'CLM',
    s(c.claim?.id),
    x12Amount(total),
    '',
    '',
    [pos, 'B', freq],
    yn(providerSigned(c)),
    c.acceptAssignment === undefined ? '' : c.acceptAssignment ? 'A' : 'C',
    yn(insuredSigned),
    patientSigned ? 'Y' : 'I',
    '',
    related,
  ]);
  if (s(c.onsetDate)) w.add(['DTP', '431', 'D8', x12Date(s(c.onsetDate))]);
  if (typeof c.amountPaid === 'number') w.add(['AMT', 'F5', x12Amount(c.amountPaid)]);
  if (s(c.claim?.originalReference)) w.add(['REF', 'F8', s(c.claim?.originalReference)]);
  if (s(c.referralNumber)) w.add(['REF', '9F', s(c.referralNumber)]);
  const auth = typeof c.priorAuthorization === 'string' ? c.priorAuthorization : c.priorAuthorization?.number;
  if (s(auth)) w.add(['REF', 'G1', s(auth)]);
  const dx = (c.diagnoses ?? []).filter((x): x is string => typeof x === 'string');
  if (dx.length) w.add(['HI', ...dx.map((code, i): ElementValue => [i === 0 ? 'ABK' : 'ABF', x12Diagnosis(code)])]);
  const ref = c.referringProvider;
  const refQual = s(ref?.qualifier) || (ref ? 'DN' : '');
  if (ref && refQual === 'DN') w.add(nm1('DN', '1', ref.name, 'XX', ref.npi));
  if (s(c.renderingProvider?.npi)) w.add(nm1('82', '1', undefined, 'XX', c.renderingProvider?.npi));
  const fac = c.serviceFacility;
  if (fac && (s(fac.name) || s(fac.npi) || fac.address)) {
    w.add(nm1('77', '2', s(fac.name), 'XX', fac.npi));
    address(w, fac.address);
  }
  if (ref && refQual === 'DQ') w.add(nm1('DQ', '1', ref.name, 'XX', ref.npi));
  (c.services ?? []).forEach((l, i) => writeLine(w, c, l ?? {}, i, pos, ref && refQual === 'DK' ? ref : undefined));
}

function writeLine(w: X12Writer, _c: Claim, l: ServiceLine, i: number, claimPosCode: string, ordering: Claim['referringProvider']): void {
  w.add(['LX', String(i + 1)]);
  const mods = (l.modifiers ?? []).map((m) => s(m));
  const pos = s(l.placeOfService);
  w.add([
    'SV1',
    ['HC', s(l.code), ...mods],
    typeof l.charge === 'number' ? x12Amount(l.charge) : '',
    'UN',
    typeof l.units === 'number' ? String(l.units) : '',
    pos && pos !== claimPosCode ? pos : '',
    '',
    (l.pointers ?? []).map((p) => pointerNumber(s(p))),
    '',
    l.emergency ? 'Y' : '',
  ]);
  const from = s(l.from);
  const to = s(l.to);
  if (from) w.add(to && to !== from ? ['DTP', '472', 'RD8', `${x12Date(from)}-${x12Date(to)}`] : ['DTP', '472', 'D8', x12Date(from)]);
  if (s(l.renderingNpi)) w.add(nm1('82', '1', undefined, 'XX', l.renderingNpi));
  if (ordering) w.add(nm1('DK', '1', ordering.name, 'XX', ordering.npi));
}
