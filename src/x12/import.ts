// 837P → practice claims, one per CLM, with the location of every value in the X12 text (so the
// engine's findings point at the segment/element) and, as comments, whatever the 837P carries that
// the practice format has no field for. The inverse of export.ts for every shared field.
import type { NodeLocation } from '../parser/document';
import type { Range } from '../model/text';
import { POINTER_LETTERS } from '../model/claim';
import { COVERAGE_TO_SBR09, FREQUENCY_TO_CODE, RELATIONSHIP_TO_PAT01 } from './export';
import { isX12Date, structureChecker, type StructureResult } from './structure';
import { components, elementRange, openX12, type Delimiters, type TokenProblem, type X12Segment } from './tokenize';
import { x12TextTooLarge, x12TooLargeReason } from '../parser/limits';

/** A value with where it came from. */
interface V {
  v: string;
  r: Range;
}

export interface ImportedClaim {
  /** The claim as a plain tree (what a practice claim file would hold). */
  value: Record<string, unknown>;
  /** Dotted path → location in the X12 text (the engine resolves findings through it). */
  locations: Map<string, NodeLocation>;
  /** Lines for the practice file: what the 837P holds that the practice format cannot. */
  comments: string[];
  /** The CLM segment, and the range from CLM to the claim's last segment. */
  clm: X12Segment;
  range: Range;
  /** Index of the transaction set (in StructureResult.transactions) the claim belongs to. */
  transaction: number;
}

export type X12Read =
  | { ok: true; text: string; delimiters: Delimiters; segments: X12Segment[]; structure: StructureResult; claims: ImportedClaim[]; tokenProblems: TokenProblem[] }
  | { ok: false; reason: string };

/** At most this many service lines per claim are read into the model (the 837P allows 50). */
export const MAX_LINES_READ = 200;

const SBR09_TO_COVERAGE: Record<string, string> = Object.fromEntries(Object.entries(COVERAGE_TO_SBR09).map(([k, v]) => [v, k]));
SBR09_TO_COVERAGE.MA = 'medicare';
const PAT01_TO_RELATIONSHIP: Record<string, string> = Object.fromEntries(Object.entries(RELATIONSHIP_TO_PAT01).map(([k, v]) => [v, k]));
const CODE_TO_FREQUENCY: Record<string, string> = Object.fromEntries(Object.entries(FREQUENCY_TO_CODE).map(([k, v]) => [v, k]));

export function isoFromX12(v: string): string {
  return isX12Date(v) ? `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}` : v;
}

/** ICD-10-CM codes travel without their decimal point: put it back after the third character. */
export function diagnosisFromX12(code: string): string {
  const c = code.trim().toUpperCase();
  return c.length > 3 && !c.includes('.') && /^[A-Z]\d[0-9A-Z]/.test(c) ? `${c.slice(0, 3)}.${c.slice(3)}` : c;
}

function amount(v: string): number | string {
  return /^-?(\d+(\.\d*)?|\.\d+)$/.test(v) ? Number(v) : v;
}

class Builder {
  readonly value: Record<string, unknown> = {};
  readonly locations = new Map<string, NodeLocation>();
  readonly comments: string[] = [];

  /** Makes sure the map/list at `path` exists, located at `r`. */
  container(path: (string | number)[], r: Range, kind: 'map' | 'seq' = 'map'): Record<string, unknown> | unknown[] {
    return this.containerAt(path, path.length, r, kind);
  }

  /** container() for the first `depth` keys of `path` (no slice: this runs for every value of every claim). */
  private containerAt(path: (string | number)[], depth: number, r: Range, kind: 'map' | 'seq'): Record<string, unknown> | unknown[] {
    let node: Record<string, unknown> | unknown[] = this.value;
    for (let i = 0; i < depth; i++) {
      const k = path[i];
      const rec = node as Record<string | number, unknown>;
      if (rec[k] === undefined) {
        const wantSeq = i === depth - 1 ? kind === 'seq' : typeof path[i + 1] === 'number';
        rec[k] = wantSeq ? [] : {};
        // The dotted key is only built for a new node (most calls find every node there already).
        this.locations.set(path.slice(0, i + 1).join('.'), { kind: wantSeq ? 'seq' : 'map', value: r, key: r });
      }
      node = rec[k] as Record<string, unknown> | unknown[];
    }
    return node;
  }

  set(path: (string | number)[], v: unknown, r: Range, parent?: Range): void {
    if (v === undefined || v === '') return;
    const last = path[path.length - 1];
    const parentNode = this.containerAt(path, path.length - 1, parent ?? r, typeof last === 'number' ? 'seq' : 'map') as Record<string | number, unknown>;
    parentNode[last] = v;
    this.locations.set(path.join('.'), { kind: 'scalar', value: r, key: r });
  }
}

const val = (seg: X12Segment | undefined, n: number): V | undefined => {
  if (!seg) return undefined;
  const raw = seg.elements[n];
  if (raw === undefined || raw.trim() === '') return undefined;
  return { v: raw.trim(), r: elementRange(seg, n) };
};
const segRange = (seg: X12Segment): Range => ({ start: seg.start, end: seg.end });
const idRange = (seg: X12Segment): Range => ({ start: seg.start, end: seg.start + seg.elements[0].length });

interface Party {
  nm1?: X12Segment;
  n3?: X12Segment;
  n4?: X12Segment;
  dmg?: X12Segment;
  refs: X12Segment[];
  per?: X12Segment;
  other: X12Segment[];
}
const party = (nm1?: X12Segment): Party => ({ nm1, refs: [], other: [] });

interface Context {
  bht?: X12Segment;
  header: X12Segment[];
  billing?: Party;
  billingOther: X12Segment[];
  sbr?: X12Segment;
  subscriber?: Party;
  payer?: Party;
  subscriberOther: X12Segment[];
  pat?: X12Segment;
  patient?: Party;
  patientOther: X12Segment[];
}

interface ClaimSegs {
  clm: X12Segment;
  segs: X12Segment[];
  /** Loop id per segment of `segs`. */
  loops: string[];
}

/** Reads an 837P: tokens, structure findings, and one practice claim per CLM. */
export function readX12(text: string): X12Read {
  if (x12TextTooLarge(text)) return { ok: false, reason: x12TooLargeReason() };
  const segments: X12Segment[] = [];
  const claims: ImportedClaim[] = [];
  const r = scanX12(text, { onSegment: (seg) => segments.push(seg), onClaim: (c) => claims.push(c) });
  if (!r.ok) return r;
  return { ok: true, text, delimiters: r.delimiters, segments, structure: { ...r.structure, loops: r.loops }, claims, tokenProblems: r.tokenProblems };
}

export interface X12ScanOptions {
  /** Every segment, in file order, with its loop id. */
  onSegment?: (seg: X12Segment, loop: string) => void;
  /** Every claim, as soon as its last segment is read. */
  onClaim: (claim: ImportedClaim) => void;
  /**
   * Build the claims' comments (what import writes as comments; linting does not need them).
   * Default true; false leaves `comments` empty.
   */
  comments?: boolean;
}

export type X12ScanResult =
  | { ok: true; delimiters: Delimiters; structure: StructureResult; tokenProblems: TokenProblem[]; loops: string[]; first?: X12Segment; claims: number }
  | { ok: false; reason: string };

/**
 * Reads an 837P in one pass, claim by claim: each segment is checked for structure and each claim
 * handed to `onClaim` as soon as it ends, and nothing is kept once it has been handed on (but the
 * segments of the billing provider, subscriber and patient of the claims still to come). The
 * structure result (problems, transaction sets) comes at the end; its `loops` is empty unless
 * `onSegment` is given (the loop ids are kept then, for readX12).
 */
export function scanX12(text: string, o: X12ScanOptions): X12ScanResult {
  const t = openX12(text);
  if (!t.ok) return t;
  const checker = structureChecker(t.delimiters, t.problems);
  const loops: string[] = [];
  let first: X12Segment | undefined;
  let count = 0;
  const ctx: Context = { header: [], billingOther: [], subscriberOther: [], patientOther: [] };
  let current: ClaimSegs | undefined;
  let tx = -1;
  const flush = () => {
    if (current) {
      count++;
      o.onClaim(buildClaim(current, ctx, t.delimiters, Math.max(0, tx), o.comments !== false));
    }
    current = undefined;
  };
  let partyTarget: Party | undefined;
  t.forEach((seg) => {
    first ??= seg;
    const loop = checker.add(seg);
    if (o.onSegment) {
      loops.push(loop);
      o.onSegment(seg, loop);
    }
    if (seg.id === 'ST') {
      flush();
      tx++;
      Object.assign(ctx, { bht: undefined, header: [], billing: undefined, billingOther: [], sbr: undefined, subscriber: undefined, payer: undefined, subscriberOther: [], pat: undefined, patient: undefined, patientOther: [] });
      return;
    }
    if (seg.id === 'SE' || seg.id === 'GE' || seg.id === 'IEA' || seg.id === 'GS' || seg.id === 'ISA') {
      flush();
      return;
    }
    if (!loop) {
      if (current) {
        current.segs.push(seg);
        current.loops.push('');
      }
      return;
    }
    if (loop === '2300' || loop.startsWith('23') || loop.startsWith('24')) {
      if (seg.id === 'CLM' && loop === '2300') {
        flush();
        current = { clm: seg, segs: [], loops: [] };
      }
      if (current) {
        current.segs.push(seg);
        current.loops.push(loop);
      }
      return;
    }
    // Context loops: a new HL closes the claim before it.
    flush();
    switch (loop) {
      case 'header':
        if (seg.id === 'BHT') ctx.bht = seg;
        else ctx.header.push(seg);
        break;
      case '1000A':
      case '1000B':
        ctx.header.push(seg);
        break;
      case '2000A':
        if (seg.id === 'HL') {
          Object.assign(ctx, { billing: undefined, billingOther: [], sbr: undefined, subscriber: undefined, payer: undefined, subscriberOther: [], pat: undefined, patient: undefined, patientOther: [] });
        } else ctx.billingOther.push(seg);
        break;
      case '2010AA':
        if (seg.id === 'NM1') ctx.billing = partyTarget = party(seg);
        else addToParty(ctx.billing, seg, ctx.billingOther);
        break;
      case '2000B':
        if (seg.id === 'HL') Object.assign(ctx, { sbr: undefined, subscriber: undefined, payer: undefined, subscriberOther: [], pat: undefined, patient: undefined, patientOther: [] });
        else if (seg.id === 'SBR') ctx.sbr = seg;
        else ctx.subscriberOther.push(seg);
        break;
      case '2010BA':
        if (seg.id === 'NM1') ctx.subscriber = partyTarget = party(seg);
        else addToParty(ctx.subscriber, seg, ctx.subscriberOther);
        break;
      case '2010BB':
        if (seg.id === 'NM1') ctx.payer = partyTarget = party(seg);
        else addToParty(ctx.payer, seg, ctx.subscriberOther);
        break;
      case '2000C':
        if (seg.id === 'HL') Object.assign(ctx, { pat: undefined, patient: undefined, patientOther: [] });
        else if (seg.id === 'PAT') ctx.pat = seg;
        else ctx.patientOther.push(seg);
        break;
      case '2010CA':
        if (seg.id === 'NM1') ctx.patient = partyTarget = party(seg);
        else addToParty(ctx.patient, seg, ctx.patientOther);
        break;
      default:
        (partyTarget?.other ?? ctx.billingOther).push(seg);
    }
  });
  flush();
  const structure = checker.finish();
  return { ok: true, delimiters: t.delimiters, structure, tokenProblems: t.problems, loops, first, claims: count };
}

function addToParty(p: Party | undefined, seg: X12Segment, fallback: X12Segment[]): void {
  if (!p) return void fallback.push(seg);
  if (seg.id === 'N3' && !p.n3) p.n3 = seg;
  else if (seg.id === 'N4' && !p.n4) p.n4 = seg;
  else if (seg.id === 'DMG' && !p.dmg) p.dmg = seg;
  else if (seg.id === 'PER' && !p.per) p.per = seg;
  else if (seg.id === 'REF') p.refs.push(seg);
  else p.other.push(seg);
}

function buildClaim(cs: ClaimSegs, ctx: Context, d: Delimiters, transaction: number, withComments: boolean): ImportedClaim {
  const b = new Builder();
  const clm = cs.clm;
  const clmId = idRange(clm);
  const used = new Set<X12Segment>();
  const keep: string[] = [];
  const note = (msg: string) => keep.push(msg);

  // Root and claim identification.
  b.locations.set('', { kind: 'map', value: segRange(clm), key: clmId });
  const id = val(clm, 1);
  b.container(['claim'], clmId);
  if (id) b.set(['claim', 'id'], id.v, id.r, clmId);
  const clm05 = components(clm, 5, d);
  const freq = clm05[2];
  if (freq && freq.value) b.set(['claim', 'frequency'], CODE_TO_FREQUENCY[freq.value] ?? freq.value, freq.range, clmId);

  // Payer and coverage.
  const sbr = ctx.sbr;
  const payer = ctx.payer?.nm1;
  if (payer || sbr) {
    const at = payer ? idRange(payer) : idRange(sbr!);
    b.container(['payer'], at);
    b.set(['payer', 'id'], val(payer, 9)?.v, val(payer, 9)?.r ?? at, at);
    b.set(['payer', 'name'], val(payer, 3)?.v, val(payer, 3)?.r ?? at, at);
    const f = val(sbr, 9);
    if (f) {
      const cov = SBR09_TO_COVERAGE[f.v];
      b.set(['payer', 'coverage'], cov ?? 'group', f.r, at);
      if (!cov) note(`SBR09 claim filing indicator "${f.v}" (read as coverage: group)`);
    }
  }
  if (ctx.payer) markParty(ctx.payer, used, keep, d, 'payer');

  // Insured (the subscriber).
  const sub = ctx.subscriber;
  if (sub?.nm1 || sbr) {
    const at = sub?.nm1 ? idRange(sub.nm1) : idRange(sbr!);
    b.container(['insured'], at);
    const member = val(sub?.nm1, 9);
    if (member) b.set(['insured', 'memberId'], member.v, member.r, at);
    if (sub) person(b, ['insured'], sub, at);
    const group = val(sbr, 3);
    if (group) b.set(['insured', 'groupNumber'], group.v, group.r, at);
  }
  if (sub) markParty(sub, used, keep, d, 'subscriber');

  // Patient: the subscriber, or the 2000C patient loop.
  const pat = ctx.patient;
  if (ctx.pat || pat) {
    const at = pat?.nm1 ? idRange(pat.nm1) : idRange(ctx.pat!);
    b.container(['patient'], at);
    if (pat) person(b, ['patient'], pat, at);
    const rel = val(ctx.pat, 1);
    if (rel) {
      const r = PAT01_TO_RELATIONSHIP[rel.v];
      b.set(['patient', 'relationship'], r ?? 'other', rel.r, at);
      if (!r) note(`PAT01 relationship code "${rel.v}" (read as relationship: other)`);
    }
    if (pat) markParty(pat, used, keep, d, 'patient');
  } else if (sub?.nm1) {
    const at = idRange(sub.nm1);
    b.container(['patient'], at);
    person(b, ['patient'], sub, at);
    const rel = val(sbr, 2);
    if (rel?.v === '18') b.set(['patient', 'relationship'], 'self', rel.r, at);
    else if (rel) note(`SBR02 relationship code "${rel.v}" without a patient loop`);
  }

  // Claim-level answers from CLM.
  const clm11 = components(clm, 11, d);
  const causes = clm11.slice(0, 3).map((c) => c.value);
  const causeRange = (code: string) => clm11.find((c) => c.value === code)?.range ?? clmId;
  b.container(['condition'], clm11.length ? elementRange(clm, 11) : clmId);
  b.set(['condition', 'employment'], causes.includes('EM'), causeRange('EM'));
  b.set(['condition', 'autoAccident'], causes.includes('AA'), causeRange('AA'));
  if (clm11[3]?.value) b.set(['condition', 'autoAccidentState'], clm11[3].value, clm11[3].range);
  b.set(['condition', 'otherAccident'], causes.includes('OA'), causeRange('OA'));
  for (const c of causes) if (c && !['EM', 'AA', 'OA'].includes(c)) note(`CLM11 related cause "${c}"`);

  const charge = val(clm, 2);
  if (charge) b.set(['totalCharge'], amount(charge.v), charge.r);
  const assign = val(clm, 7);
  if (assign) {
    b.set(['acceptAssignment'], assign.v === 'A' || assign.v === 'B' ? true : assign.v === 'C' ? false : assign.v, assign.r);
    if (assign.v === 'B') note('CLM07 = B: assignment accepted for clinical lab services only');
  }
  const sigAt = clmId;
  const provSig = val(clm, 6);
  const benefits = val(clm, 8);
  const release = val(clm, 9);
  if (provSig || benefits || release) b.container(['signatures'], sigAt);
  if (release) {
    b.container(['signatures', 'patient'], release.r);
    b.set(['signatures', 'patient', 'onFile'], release.v === 'Y' ? true : release.v === 'I' ? false : release.v, release.r);
    if (release.v === 'I') note('CLM09 = I: informed consent to release medical information (no signature on file)');
  }
  if (benefits) {
    if (benefits.v === 'W') note('CLM08 = W: benefits assignment does not apply');
    else {
      b.container(['signatures', 'insured'], benefits.r);
      b.set(['signatures', 'insured', 'onFile'], benefits.v === 'Y' ? true : benefits.v === 'N' ? false : benefits.v, benefits.r);
    }
  }
  if (provSig) {
    b.container(['signatures', 'provider'], provSig.r);
    b.set(['signatures', 'provider', 'onFile'], provSig.v === 'Y' ? true : provSig.v === 'N' ? false : provSig.v, provSig.r);
    const date = val(ctx.bht, 4);
    if (provSig.v === 'Y' && date) b.set(['signatures', 'provider', 'date'], isoFromX12(date.v), date.r);
  }
  if (ctx.bht) used.add(ctx.bht);

  // Billing provider.
  const bill = ctx.billing;
  if (bill?.nm1) {
    const at = idRange(bill.nm1);
    b.container(['billingProvider'], at);
    const last = val(bill.nm1, 3);
    const first = val(bill.nm1, 4);
    if (last) b.set(['billingProvider', 'name'], first ? `${first.v} ${last.v}` : last.v, last.r);
    const type = val(bill.nm1, 2);
    if (type) b.set(['billingProvider', 'type'], type.v === '1' ? 'individual' : type.v === '2' ? 'organization' : type.v, type.r);
    const npi = val(bill.nm1, 9);
    if (npi) b.set(['billingProvider', 'npi'], npi.v, npi.r);
    const tax = bill.refs.find((r) => r.elements[1] === 'EI' || r.elements[1] === 'SY');
    if (tax) {
      used.add(tax);
      const v = val(tax, 2);
      if (v) b.set(['billingProvider', 'taxId'], v.v, v.r, at);
      b.set(['billingProvider', 'taxIdType'], tax.elements[1] === 'SY' ? 'ssn' : 'ein', elementRange(tax, 1), at);
    }
    addressOf(b, ['billingProvider', 'address'], bill, at);
    const phone = phoneOf(bill.per);
    if (phone) {
      b.set(['billingProvider', 'phone'], phone.v, phone.r, at);
      used.add(bill.per!);
    }
    markParty(bill, used, keep, d, 'billing provider');
  }

  // Claim (2300) and lines (2400).
  const lines: { lx: X12Segment; segs: { seg: X12Segment; loop: string }[] }[] = [];
  let ordering: X12Segment | undefined;
  cs.segs.forEach((seg, i) => {
    const loop = cs.loops[i];
    if (loop === '2400' && seg.id === 'LX') {
      lines.push({ lx: seg, segs: [] });
      used.add(seg);
      return;
    }
    if (loop.startsWith('24')) {
      const line = lines[lines.length - 1];
      if (line) line.segs.push({ seg, loop });
      return;
    }
    if (seg === clm) return void used.add(seg);
    if (loop === '2300') {
      const q = seg.elements[1];
      if (seg.id === 'DTP' && q === '431') {
        const v = val(seg, 3);
        if (v) b.set(['onsetDate'], isoFromX12(v.v), v.r);
        used.add(seg);
      } else if (seg.id === 'AMT' && q === 'F5') {
        const v = val(seg, 2);
        if (v) b.set(['amountPaid'], amount(v.v), v.r);
        used.add(seg);
      } else if (seg.id === 'REF' && (q === 'F8' || q === '9F' || q === 'G1')) {
        const v = val(seg, 2);
        if (v) b.set(q === 'F8' ? ['claim', 'originalReference'] : q === '9F' ? ['referralNumber'] : ['priorAuthorization'], v.v, v.r, idRange(seg));
        used.add(seg);
      } else if (seg.id === 'HI') {
        readDiagnoses(b, seg, d, note);
        used.add(seg);
      }
      return;
    }
    if (seg.id === 'NM1' && (loop === '2310A' || loop === '2310D')) {
      referring(b, seg, loop === '2310D' ? 'DQ' : 'DN');
      if (seg.elements[1] === 'P3') note('NM1*P3: the referring provider is the primary care provider (read as qualifier DN)');
      used.add(seg);
    } else if (seg.id === 'NM1' && loop === '2310B') {
      const npi = val(seg, 9);
      b.container(['renderingProvider'], idRange(seg));
      if (npi) b.set(['renderingProvider', 'npi'], npi.v, npi.r);
      used.add(seg);
    } else if (loop === '2310C') {
      if (seg.id === 'NM1') {
        const at = idRange(seg);
        b.container(['serviceFacility'], at);
        b.set(['serviceFacility', 'name'], val(seg, 3)?.v, val(seg, 3)?.r ?? at);
        b.set(['serviceFacility', 'npi'], val(seg, 9)?.v, val(seg, 9)?.r ?? at);
        used.add(seg);
      } else if (seg.id === 'N3' || seg.id === 'N4') {
        const p = party();
        if (seg.id === 'N3') p.n3 = seg;
        else p.n4 = seg;
        addressOf(b, ['serviceFacility', 'address'], p, idRange(seg));
        used.add(seg);
      }
    }
  });

  const pos = clm05[0];
  const limit = Math.min(lines.length, MAX_LINES_READ);
  if (lines.length > limit) note(`${lines.length - limit} more service lines not read (only the first ${limit} are checked)`);
  if (limit) b.container(['services'], idRange(lines[0].lx), 'seq');
  for (let i = 0; i < limit; i++) {
    const line = lines[i];
    const sv1 = line.segs.find((x) => x.seg.id === 'SV1' && x.loop === '2400')?.seg;
    const lineRange = sv1 ? segRange(sv1) : segRange(line.lx);
    b.container(['services', i], lineRange);
    b.locations.set(`services.${i}`, { kind: 'map', value: lineRange, key: lineRange });
    if (sv1) {
      used.add(sv1);
      const proc = components(sv1, 1, d);
      if (proc[0] && proc[0].value !== 'HC') note(`line ${i + 1}: SV101-1 procedure qualifier "${proc[0].value}"`);
      if (proc[1]?.value) b.set(['services', i, 'code'], proc[1].value, proc[1].range);
      const mods = proc.slice(2, 6).filter((m) => m.value !== '');
      if (mods.length) {
        b.container(['services', i, 'modifiers'], { start: mods[0].range.start, end: mods[mods.length - 1].range.end }, 'seq');
        mods.forEach((m, k) => b.set(['services', i, 'modifiers', k], m.value, m.range));
      }
      if (proc[6]?.value) note(`line ${i + 1}: SV101-7 description "${proc[6].value}"`);
      const chargeV = val(sv1, 2);
      if (chargeV) b.set(['services', i, 'charge'], amount(chargeV.v), chargeV.r);
      const units = val(sv1, 4);
      if (units) b.set(['services', i, 'units'], amount(units.v), units.r);
      if (val(sv1, 3)?.v === 'MJ') note(`line ${i + 1}: units are minutes (SV103 = MJ)`);
      const linePos = val(sv1, 5);
      if (linePos) b.set(['services', i, 'placeOfService'], linePos.v, linePos.r);
      else if (pos?.value) b.set(['services', i, 'placeOfService'], pos.value, pos.range);
      const ptrs = components(sv1, 7, d).filter((p) => p.value !== '');
      if (ptrs.length) {
        b.container(['services', i, 'pointers'], { start: ptrs[0].range.start, end: ptrs[ptrs.length - 1].range.end }, 'seq');
        ptrs.forEach((p, k) => b.set(['services', i, 'pointers', k], /^\d+$/.test(p.value) && Number(p.value) >= 1 && Number(p.value) <= 26 ? (POINTER_LETTERS + 'MNOPQRSTUVWXYZ')[Number(p.value) - 1] : p.value, p.range));
      }
      const emg = val(sv1, 9);
      if (emg) b.set(['services', i, 'emergency'], emg.v === 'Y' ? true : emg.v, emg.r);
      for (const [n, what] of [
        [11, 'EPSDT'],
        [12, 'family planning'],
      ] as const)
        if (val(sv1, n)) note(`line ${i + 1}: SV1${n} ${what} = ${val(sv1, n)!.v}`);
    }
    for (const { seg, loop } of line.segs) {
      if (seg === sv1) continue;
      if (loop === '2400' && seg.id === 'DTP' && seg.elements[1] === '472') {
        used.add(seg);
        const v = val(seg, 3);
        if (!v) continue;
        if (seg.elements[2] === 'RD8' && v.v.includes('-')) {
          const [from, to] = v.v.split('-');
          b.set(['services', i, 'from'], isoFromX12(from), { start: v.r.start, end: v.r.start + from.length });
          b.set(['services', i, 'to'], isoFromX12(to), { start: v.r.start + from.length + 1, end: v.r.end });
        } else b.set(['services', i, 'from'], isoFromX12(v.v), v.r);
      } else if (loop === '2420A' && seg.id === 'NM1') {
        used.add(seg);
        const npi = val(seg, 9);
        if (npi) b.set(['services', i, 'renderingNpi'], npi.v, npi.r);
      } else if (loop === '2420E' && seg.id === 'NM1') {
        used.add(seg);
        if (!ordering) {
          ordering = seg;
          referring(b, seg, 'DK');
        }
      }
    }
  }
  // Whatever was not read is kept as a comment, never dropped silently.
  const unread = withComments ? [...ctx.header, ...ctx.billingOther, ...ctx.subscriberOther, ...ctx.patientOther, ...cs.segs, ...lines.flatMap((l) => l.segs.map((x) => x.seg))].filter((s) => !used.has(s) && s.id !== 'SBR') : [];
  const last = cs.segs[cs.segs.length - 1] ?? clm;
  return {
    value: b.value,
    locations: b.locations,
    comments: withComments ? [...keep.map((k) => `837P ${k}`), ...dedupe(unread).map((s) => `837P segment kept: ${rawOf(s, d)}`)] : [],
    clm,
    range: { start: clm.start, end: last.end },
    transaction,
  };
}

function dedupe(segs: X12Segment[]): X12Segment[] {
  return [...new Set(segs)].sort((a, b) => a.index - b.index);
}

function rawOf(seg: X12Segment, d: Delimiters): string {
  return seg.elements.join(d.element);
}

function markParty(p: Party, used: Set<X12Segment>, keep: string[], _d: Delimiters, _who: string): void {
  for (const s of [p.nm1, p.n3, p.n4, p.dmg]) if (s) used.add(s);
  void keep;
}

function person(b: Builder, base: string[], p: Party, at: Range): void {
  const nm1 = p.nm1;
  if (nm1) {
    const parts: [string, number][] = [
      ['last', 3],
      ['first', 4],
      ['middle', 5],
      ['suffix', 7],
    ];
    const present = parts.filter(([, n]) => val(nm1, n));
    if (present.length) {
      b.container([...base, 'name'], idRange(nm1));
      for (const [k, n] of present) b.set([...base, 'name', k], val(nm1, n)!.v, val(nm1, n)!.r);
    }
  }
  addressOf(b, [...base, 'address'], p, at);
  if (p.dmg) {
    const birth = val(p.dmg, 2);
    if (birth) b.set([...base, 'birthDate'], isoFromX12(birth.v), birth.r, at);
    const sex = val(p.dmg, 3);
    if (sex && sex.v !== 'U') b.set([...base, 'sex'], sex.v, sex.r, at);
  }
}

function addressOf(b: Builder, path: string[], p: Party, at: Range): void {
  if (!p.n3 && !p.n4) return;
  b.container(path, p.n3 ? idRange(p.n3) : p.n4 ? idRange(p.n4) : at);
  const street = val(p.n3, 1);
  const street2 = val(p.n3, 2);
  if (street) b.set([...path, 'street'], street2 ? `${street.v} ${street2.v}` : street.v, street.r);
  const city = val(p.n4, 1);
  if (city) b.set([...path, 'city'], city.v, city.r);
  const state = val(p.n4, 2);
  if (state) b.set([...path, 'state'], state.v, state.r);
  const zip = val(p.n4, 3);
  if (zip) b.set([...path, 'zip'], zip.v, zip.r);
}

function phoneOf(per: X12Segment | undefined): V | undefined {
  if (!per) return undefined;
  for (const n of [3, 5, 7]) if (per.elements[n] === 'TE') return val(per, n + 1);
  return undefined;
}

function referring(b: Builder, seg: X12Segment, qualifier: string): void {
  const at = idRange(seg);
  b.container(['referringProvider'], at);
  b.set(['referringProvider', 'qualifier'], qualifier, elementRange(seg, 1));
  const parts = ([['last', 3], ['first', 4], ['middle', 5], ['suffix', 7]] as const).filter(([, n]) => val(seg, n));
  if (parts.length) {
    b.container(['referringProvider', 'name'], at);
    for (const [k, n] of parts) b.set(['referringProvider', 'name', k], val(seg, n)!.v, val(seg, n)!.r);
  }
  const npi = val(seg, 9);
  if (npi) b.set(['referringProvider', 'npi'], npi.v, npi.r);
}

function readDiagnoses(b: Builder, seg: X12Segment, d: Delimiters, note: (m: string) => void): void {
  let k = 0;
  for (let n = 1; n < seg.elements.length; n++) {
    const [q, code] = components(seg, n, d);
    if (!q || q.value === '') continue;
    if (q.value === 'ABK' || q.value === 'ABF' || q.value === 'BK' || q.value === 'BF') {
      if (!code || code.value === '') continue;
      if (k === 0) b.container(['diagnoses'], idRange(seg), 'seq');
      b.set(['diagnoses', k++], q.value.startsWith('AB') ? diagnosisFromX12(code.value) : code.value, code.range);
      if (!q.value.startsWith('AB')) note(`HI${String(n).padStart(2, '0')}: ICD-9-CM qualifier ${q.value}`);
    } else note(`HI${String(n).padStart(2, '0')} = ${seg.elements[n]}`);
  }
}
