// Structure checks (WEDI-SNIP types 1–2) over a tokenized 837P, and the loop each segment sits in.
// One linear pass: the envelope (ISA/GS/ST…SE/GE/IEA) is tracked directly, the body of each
// transaction set by a small machine over the loop table (src/x12/table.ts).
import type { Range } from '../model/text';
import { ENVELOPE_SEGMENTS, isKnownSegment, SEGMENTS, TRANSACTION_837, type ElementDef, type LoopDef, type SegmentUse } from './table';
import { components, elementRange, type Delimiters, type TokenProblem, type X12Segment } from './tokenize';

export interface StructureProblem {
  ruleId: string;
  message: string;
  range: Range;
}

export interface TransactionInfo {
  /** Segment index of ST and of SE (or of the last segment when SE is missing). */
  st: number;
  se: number;
  controlNumber: string;
  /** Segment index of the GS that holds it. */
  gs: number;
}

export interface StructureResult {
  problems: StructureProblem[];
  /** Loop id of every segment ('ISA', 'GS', 'ST', 'header', '1000A', '2300', …; '' when misplaced). */
  loops: string[];
  transactions: TransactionInfo[];
  /** Segment index of ISA13's ISA, GS and so on, for the acknowledgements. */
  isa?: number;
  gs: number[];
  /** True when more problems were found than are listed. */
  truncated: boolean;
}

/** At most this many structure problems are listed per file (a garbage file would list thousands). */
export const MAX_STRUCTURE_PROBLEMS = 500;

interface Frame {
  def: LoopDef;
  /** Index of the last segment use matched (-1 = only the start segment so far). */
  pos: number;
  /** Index of the last child loop opened. */
  child: number;
  seen: Set<number>;
  childrenSeen: Set<number>;
  start: X12Segment;
  last: X12Segment;
}

const ROOT: LoopDef = { id: 'ST', name: 'Transaction set', start: { id: 'ST' }, segments: [], loops: [{ ...TRANSACTION_837, req: true }] };

function matches(use: SegmentUse, seg: X12Segment): boolean {
  if (use.id !== seg.id) return false;
  if (!use.when) return true;
  return use.when.in.includes((seg.elements[use.when.el] ?? '').trim().toUpperCase());
}

function describeUse(use: SegmentUse): string {
  return use.when ? `${use.id}*${use.when.in.join('/')}` : use.id;
}

export function checkStructure(segments: readonly X12Segment[], d: Delimiters, tokenProblems: readonly TokenProblem[] = []): StructureResult {
  const checker = structureChecker(d, tokenProblems);
  const loops: string[] = new Array(segments.length).fill('');
  for (const seg of segments) loops[seg.index] = checker.add(seg);
  return { ...checker.finish(), loops };
}

/** The structure checks fed one segment at a time (a streamed file keeps no segment list). */
export interface StructureChecker {
  /** Checks the next segment of the file and returns its loop id ('' when it is misplaced). */
  add(seg: X12Segment): string;
  /** The checks at the end of the file, and the result (`loops` is empty: add() returned them). */
  finish(): StructureResult;
}

export function structureChecker(d: Delimiters, tokenProblems: readonly TokenProblem[] = []): StructureChecker {
  const problems: StructureProblem[] = [];
  let truncated = false;
  const report = (ruleId: string, message: string, range: Range) => {
    if (problems.length >= MAX_STRUCTURE_PROBLEMS) {
      truncated = true;
      return;
    }
    problems.push({ ruleId, message, range });
  };
  for (const p of tokenProblems) report(p.ruleId, p.message, p.range);
  const transactions: TransactionInfo[] = [];
  const gsList: number[] = [];
  const whole = (s: X12Segment): Range => ({ start: s.start, end: s.end });
  const idRange = (s: X12Segment): Range => ({ start: s.start, end: s.start + s.elements[0].length });

  let isa: X12Segment | undefined;
  let iea = false;
  let groups = 0;
  let gs: X12Segment | undefined;
  let txInGroup = 0;
  let st: X12Segment | undefined;
  let stack: Frame[] = [];
  // HL and LX state of the current transaction set.
  // HL01 → HL03 (level code) of every level so far: an HL02 may name any earlier level.
  let hlIds = new Map<string, string>();
  let lastHl: X12Segment | undefined;
  let hlExpected = 1;
  let lxExpected = 1;

  const closeFrame = (f: Frame, at: X12Segment) => {
    f.def.segments.forEach((u, i) => {
      if (u.req && !f.seen.has(i)) report('x12-missing-segment', `Loop ${f.def.id} (${f.def.name}) has no ${describeUse(u)} segment${u.label ? ` (${u.label})` : ''}.`, whole(f.start));
    });
    f.def.loops.forEach((l, i) => {
      if (l.req && !f.childrenSeen.has(i)) report('x12-missing-segment', `Loop ${f.def.id} (${f.def.name}) has no loop ${l.id} (${l.name}), which starts with ${describeUse(l.start)}.`, f.def.id === 'ST' ? whole(at) : whole(f.start));
    });
  };
  const closeAll = (at: X12Segment) => {
    while (stack.length) closeFrame(stack.pop()!, at);
  };
  const closeTransaction = (at: X12Segment, seIndex: number) => {
    if (!st) return;
    closeAll(at);
    if (lastHl && lastHl.elements[4] === '1') report('x12-hl-structure', `HL ${lastHl.elements[1]} says child levels follow (HL04 = 1), but none do: HL04 should be 0.`, elementRange(lastHl, 4));
    transactions.push({ st: st.index, se: seIndex, controlNumber: st.elements[2] ?? '', gs: gs?.index ?? -1 });
    st = undefined;
  };

  const checkHl = (seg: X12Segment) => {
    const id = (seg.elements[1] ?? '').trim();
    const parent = (seg.elements[2] ?? '').trim();
    const level = (seg.elements[3] ?? '').trim();
    if (id !== String(hlExpected)) report('x12-hl-structure', `HL01 is "${id}", but the levels of a transaction set are numbered 1, 2, 3… in order: this one should be ${hlExpected}.`, elementRange(seg, 1));
    hlExpected++;
    const wantParent = level === '22' ? '20' : level === '23' ? '22' : undefined;
    if (level === '20' && parent) report('x12-hl-structure', 'A billing provider level (HL03 = 20) has no parent: HL02 should be empty.', elementRange(seg, 2));
    if (wantParent) {
      const p = hlIds.get(parent);
      if (!parent) report('x12-hl-structure', `A ${level === '22' ? 'subscriber' : 'patient'} level needs HL02, the id of its ${wantParent === '20' ? 'billing provider' : 'subscriber'} level.`, elementRange(seg, 2));
      else if (!p) report('x12-hl-structure', `HL02 names level "${parent}", which no earlier HL has.`, elementRange(seg, 2));
      else if (p !== wantParent) report('x12-hl-structure', `HL02 names level ${parent}, a level ${p}; a level ${level}'s parent must be a level ${wantParent}.`, elementRange(seg, 2));
    }
    // HL04 of the previous level: 1 exactly when this level is its child.
    if (lastHl) {
      const hasChild = parent !== '' && parent === (lastHl.elements[1] ?? '').trim();
      const flag = (lastHl.elements[4] ?? '').trim();
      if (flag === '1' && !hasChild) report('x12-hl-structure', `HL ${lastHl.elements[1]} says child levels follow (HL04 = 1), but the next level is not its child: HL04 should be 0.`, elementRange(lastHl, 4));
      if (flag === '0' && hasChild) report('x12-hl-structure', `HL ${lastHl.elements[1]} says no child levels follow (HL04 = 0), but the next level is its child: HL04 should be 1.`, elementRange(lastHl, 4));
    }
    if (id) hlIds.set(id, level);
    lastHl = seg;
  };

  const place = (seg: X12Segment): string => {
    // Search from the innermost open loop outwards for a place that accepts the segment.
    for (let depth = stack.length - 1; depth >= 0; depth--) {
      const f = stack[depth];
      for (let i = Math.max(0, f.pos); i < f.def.segments.length; i++) {
        if (matches(f.def.segments[i], seg)) {
          while (stack.length - 1 > depth) closeFrame(stack.pop()!, seg);
          f.pos = i;
          f.seen.add(i);
          f.last = seg;
          return f.def.id;
        }
      }
      for (let i = Math.max(0, f.child); i < f.def.loops.length; i++) {
        const l = f.def.loops[i];
        if (matches(l.start, seg)) {
          while (stack.length - 1 > depth) closeFrame(stack.pop()!, seg);
          f.child = i;
          f.childrenSeen.add(i);
          // Once a child loop opens, the parent's own segments are behind us.
          f.pos = f.def.segments.length;
          stack.push({ def: l, pos: -1, child: 0, seen: new Set(), childrenSeen: new Set(), start: seg, last: seg });
          return l.id;
        }
      }
    }
    // Nowhere: say what the innermost loop expected next.
    const f = stack[stack.length - 1];
    if (!isKnownSegment(seg.id)) {
      report('x12-unknown-segment', `"${seg.elements[0]}" is not a segment of an 837P professional claim${seg.elements[0].length !== 3 && seg.elements[0].length !== 2 ? '' : ' (check the spelling)'}.`, idRange(seg));
    } else {
      const next = f ? [...f.def.segments.slice(Math.max(0, f.pos)).map(describeUse), ...f.def.loops.slice(f.child).map((l) => describeUse(l.start))] : [];
      report(
        'x12-misplaced-segment',
        `${describeSeg(seg)} is out of place here${f ? ` (in loop ${f.def.id}, ${f.def.name}${next.length ? `, the next segment may be ${[...new Set(next)].slice(0, 6).join(', ')}` : ''})` : ''}.`,
        idRange(seg),
      );
    }
    return '';
  };

  let first: X12Segment | undefined;
  let last: X12Segment | undefined;
  const add = (seg: X12Segment): string => {
    first ??= seg;
    last = seg;
    const id = seg.id;
    if (ENVELOPE_SEGMENTS.has(id)) {
      checkElements(seg, d, report);
      switch (id) {
        case 'ISA':
          if (isa) report('x12-misplaced-segment', 'A second ISA: this file holds one interchange; split it into separate files.', idRange(seg));
          else isa = seg;
          break;
        case 'GS':
          if (!isa || iea) report('x12-misplaced-segment', 'GS outside the ISA … IEA envelope.', idRange(seg));
          if (st) {
            report('x12-transaction-control', `Transaction set ${st.elements[2] ?? ''} has no SE before the next GS.`, whole(st));
            closeTransaction(seg, seg.index - 1);
          }
          if (gs) report('x12-group-control', `Functional group ${gs.elements[6] ?? ''} has no GE before the next GS.`, whole(gs));
          gs = seg;
          gsList.push(seg.index);
          groups++;
          txInGroup = 0;
          if ((seg.elements[1] ?? '') !== 'HC') report('x12-not-837p', `GS01 is "${seg.elements[1] ?? ''}": a group of health care claims has GS01 = HC.`, elementRange(seg, 1));
          if (seg.elements[8] !== undefined && !/X222/.test(seg.elements[8])) report('x12-not-837p', `GS08 is "${seg.elements[8]}": an 837P is written to the 005010X222A1 guide.`, elementRange(seg, 8));
          break;
        case 'ST':
          if (!gs) report('x12-misplaced-segment', 'ST outside a GS … GE functional group.', idRange(seg));
          if (st) {
            report('x12-transaction-control', `Transaction set ${st.elements[2] ?? ''} has no SE before the next ST.`, whole(st));
            closeTransaction(seg, seg.index - 1);
          }
          st = seg;
          txInGroup++;
          stack = [{ def: ROOT, pos: -1, child: 0, seen: new Set(), childrenSeen: new Set(), start: seg, last: seg }];
          hlIds = new Map();
          lastHl = undefined;
          hlExpected = 1;
          if ((seg.elements[1] ?? '') !== '837') report('x12-not-837p', `ST01 is "${seg.elements[1] ?? ''}": a claim transaction set is 837.`, elementRange(seg, 1));
          break;
        case 'SE': {
          if (!st) {
            report('x12-misplaced-segment', 'SE without an ST before it.', idRange(seg));
            break;
          }
          const count = seg.index - st.index + 1;
          const se01 = (seg.elements[1] ?? '').trim();
          if (se01 !== String(count)) report('x12-transaction-control', `SE01 says ${se01 || 'nothing'}, but this transaction set has ${count} segments from ST to SE: SE01 should be ${count}.`, elementRange(seg, 1));
          const se02 = seg.elements[2] ?? '';
          if (se02 !== (st.elements[2] ?? '')) report('x12-transaction-control', `SE02 "${se02}" does not match ST02 "${st.elements[2] ?? ''}".`, elementRange(seg, 2));
          closeTransaction(seg, seg.index);
          break;
        }
        case 'GE': {
          if (st) {
            report('x12-transaction-control', `Transaction set ${st.elements[2] ?? ''} has no SE before GE.`, whole(st));
            closeTransaction(seg, seg.index - 1);
          }
          if (!gs) {
            report('x12-misplaced-segment', 'GE without a GS before it.', idRange(seg));
            break;
          }
          const ge01 = (seg.elements[1] ?? '').trim();
          if (ge01 !== String(txInGroup)) report('x12-group-control', `GE01 says ${ge01 || 'nothing'}, but the group holds ${txInGroup} transaction set${txInGroup === 1 ? '' : 's'}.`, elementRange(seg, 1));
          if ((seg.elements[2] ?? '').trim() !== (gs.elements[6] ?? '').trim()) report('x12-group-control', `GE02 "${seg.elements[2] ?? ''}" does not match GS06 "${gs.elements[6] ?? ''}".`, elementRange(seg, 2));
          gs = undefined;
          break;
        }
        case 'IEA': {
          if (gs) {
            report('x12-group-control', `Functional group ${gs.elements[6] ?? ''} has no GE before IEA.`, whole(gs));
            gs = undefined;
          }
          if (!isa || iea) {
            report('x12-misplaced-segment', 'IEA without an ISA before it.', idRange(seg));
            break;
          }
          iea = true;
          const iea01 = (seg.elements[1] ?? '').trim();
          if (iea01 !== String(groups)) report('x12-interchange-control', `IEA01 says ${iea01 || 'nothing'}, but the interchange holds ${groups} functional group${groups === 1 ? '' : 's'}.`, elementRange(seg, 1));
          if ((seg.elements[2] ?? '').trim() !== (isa.elements[13] ?? '').trim()) report('x12-interchange-control', `IEA02 "${seg.elements[2] ?? ''}" does not match ISA13 "${(isa.elements[13] ?? '').trim()}".`, elementRange(seg, 2));
          break;
        }
      }
      return id;
    }
    if (!st) {
      report(isKnownSegment(id) ? 'x12-misplaced-segment' : 'x12-unknown-segment', `${describeSeg(seg)} is outside a transaction set (ST … SE).`, idRange(seg));
      return '';
    }
    const loop = place(seg);
    if (!loop) return '';
    checkElements(seg, d, report);
    if (id === 'HL') checkHl(seg);
    if (id === 'CLM') lxExpected = 1;
    if (id === 'LX') {
      const n = (seg.elements[1] ?? '').trim();
      if (n !== String(lxExpected)) report('x12-lx-numbering', `LX01 is "${n}", but the lines of a claim are numbered 1, 2, 3… in order: this one should be ${lxExpected}.`, elementRange(seg, 1));
      lxExpected++;
    }
    return loop;
  };
  const finish = (): StructureResult => {
    if (last && first) {
      if (st) {
        report('x12-transaction-control', `Transaction set ${st.elements[2] ?? ''} has no SE: the file ends inside it.`, whole(st));
        closeTransaction(last, last.index);
      }
      if (gs) report('x12-group-control', `Functional group ${gs.elements[6] ?? ''} has no GE: the file ends inside it.`, whole(gs));
      if (isa && !iea) report('x12-interchange-control', 'The interchange has no IEA: the file ends inside it.', whole(isa));
      if (!transactions.length) report('x12-missing-segment', 'The interchange holds no transaction set (ST … SE): there is no claim in it.', whole(first));
    }
    return { problems, loops: [], transactions, isa: isa?.index, gs: gsList, truncated };
  };
  return { add, finish };
}

function describeSeg(seg: X12Segment): string {
  const q = seg.elements[1];
  return ['NM1', 'REF', 'DTP', 'HL', 'AMT', 'PER'].includes(seg.id) && q ? `${seg.id}*${seg.id === 'HL' ? seg.elements[3] ?? '' : q}` : seg.id;
}

const DATE = /^(\d{4})(\d{2})(\d{2})$/;
export function isX12Date(v: string): boolean {
  const m = DATE.exec(v);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const day = Number(m[3]);
  if (mo < 1 || mo > 12 || day < 1) return false;
  const dim = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return day <= dim;
}

type Report = (ruleId: string, message: string, range: Range) => void;

// Where a value sits (segment, element number from 1, component number from 1 or 0 for a simple
// element) is passed as plain numbers; its name ("SV101-02") and range are built only for a finding:
// the checks run on every element of every segment, and almost all of them pass.

function atName(seg: X12Segment, el: number, comp: number): string {
  return `${seg.id}${pad2(el)}${comp ? `-${pad2(comp)}` : ''}`;
}

/** The element's range (the whole segment when it is not written); a component's own range when it is written. */
function atRange(seg: X12Segment, el: number, comp: number, d: Delimiters): Range {
  if (el >= seg.elements.length) return { start: seg.start, end: seg.end };
  if (comp) {
    const part = components(seg, el, d)[comp - 1];
    if (part) return part.range;
  }
  return elementRange(seg, el);
}

function checkValue(def: ElementDef, value: string, seg: X12Segment, el: number, comp: number, d: Delimiters, report: Report): void {
  if (value === '') {
    if (def.req) report('x12-missing-element', `${atName(seg, el, comp)} (${def.name}) is required but empty.`, atRange(seg, el, comp, d));
    return;
  }
  let length = value.length;
  switch (def.type) {
    case 'N0':
      if (!/^-?\d+$/.test(value)) return report('x12-element-type', `${atName(seg, el, comp)} (${def.name}) must be a whole number; "${clip(value)}" is not.`, atRange(seg, el, comp, d));
      if (value.charCodeAt(0) === 45) length--;
      break;
    case 'R':
      if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(value)) return report('x12-element-type', `${atName(seg, el, comp)} (${def.name}) must be a decimal number (digits and at most one point, no "$" or commas); "${clip(value)}" is not.`, atRange(seg, el, comp, d));
      if (value.charCodeAt(0) === 45) length--;
      if (value.includes('.')) length--;
      break;
    case 'DT':
      if (!isX12Date(value)) return report('x12-element-type', `${atName(seg, el, comp)} (${def.name}) must be a date written CCYYMMDD; "${clip(value)}" is not.`, atRange(seg, el, comp, d));
      break;
    case 'TM':
      if (!/^([01]\d|2[0-3])[0-5]\d(\d{2}\d{0,2})?$/.test(value)) return report('x12-element-type', `${atName(seg, el, comp)} (${def.name}) must be a time written HHMM; "${clip(value)}" is not.`, atRange(seg, el, comp, d));
      break;
    case 'ID':
      if (def.codes && !def.codes.includes(value)) return report('x12-element-type', `${atName(seg, el, comp)} (${def.name}) is "${clip(value)}", not one of ${def.codes.join(', ')}.`, atRange(seg, el, comp, d));
      break;
    case 'AN':
      break;
  }
  if (length < def.min || length > def.max) {
    const want = def.min === def.max ? `exactly ${def.min}` : `${def.min} to ${def.max}`;
    report('x12-element-length', `${atName(seg, el, comp)} (${def.name}) has ${length} character${length === 1 ? '' : 's'}; it takes ${want}.`, atRange(seg, el, comp, d));
  }
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
const pad2 = (n: number) => String(n).padStart(2, '0');

/** Element checks of one segment against the dictionary. Messages and ranges are built for findings only. */
export function checkElements(seg: X12Segment, d: Delimiters, report: Report): void {
  const def = SEGMENTS[seg.id];
  if (!def) return;
  const n = seg.elements.length - 1;
  if (n > def.elements.length) {
    const start = seg.offsets[def.elements.length + 1] - 1;
    report('x12-element-length', `${seg.id} has ${n} elements; it defines ${def.elements.length}. Remove the extra element separators.`, { start, end: seg.end });
  }
  const defs = def.elements;
  for (let i = 0; i < defs.length; i++) {
    const ed = defs[i];
    const el = i + 1;
    const raw = seg.elements[el] ?? '';
    if (seg.id === 'ISA') {
      // Fixed widths: spaces are data here.
      if (raw.length !== ed.min) report(raw.trim() === '' && ed.req ? 'x12-missing-element' : 'x12-element-length', `${atName(seg, el, 0)} (${ed.name}) has ${raw.length} characters; ISA elements have fixed widths and this one takes exactly ${ed.min}.`, atRange(seg, el, 0, d));
      else if (ed.type === 'N0' && !/^\d+$/.test(raw)) report('x12-element-type', `${atName(seg, el, 0)} (${ed.name}) must be digits; "${raw}" is not.`, atRange(seg, el, 0, d));
      continue;
    }
    if (ed.components && raw !== '') {
      const parts = raw.split(d.component);
      if (parts.length > ed.components.length) report('x12-element-length', `${atName(seg, el, 0)} has ${parts.length} components; it takes at most ${ed.components.length}.`, atRange(seg, el, 0, d));
      const cds = ed.components;
      for (let ci = 0; ci < cds.length; ci++) checkValue(cds[ci], parts[ci] ?? '', seg, el, ci + 1, d, report);
      continue;
    }
    checkValue(ed, raw, seg, el, 0, d, report);
  }
  // Dates whose format depends on a qualifier.
  if (seg.id === 'DTP' || seg.id === 'DMG') {
    const fmt = seg.id === 'DTP' ? seg.elements[2] : seg.elements[1];
    const el = seg.id === 'DTP' ? 3 : 2;
    const v = seg.elements[el] ?? '';
    if (!v) return;
    const ok = fmt === 'RD8' ? /^\d{8}-\d{8}$/.test(v) && v.split('-').every(isX12Date) : fmt === 'D8' ? isX12Date(v) : true;
    if (!ok) report('x12-element-type', `${seg.id}${pad2(el)} must be ${fmt === 'RD8' ? 'a range written CCYYMMDD-CCYYMMDD' : 'a date written CCYYMMDD'} (format ${fmt}); "${clip(v)}" is not.`, elementRange(seg, el));
  }
}
