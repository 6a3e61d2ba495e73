// What a segment/element of an X12 file is, for hovers: its loop, the CMS-1500 box it comes from
// and what it means. 837P files use the loop table (table.ts) and the structure pass; the payer's
// answers (999, 277CA, 835) use a small table of their own (answerTable.ts). Pure.
import { explainCode } from '../adjudication/reasonCodes';
import { elementAt } from './answers';
import { ANSWER_SEGMENTS, answerLoop, valueNote, type AnswerKind } from './answerTable';
import { checkStructure } from './structure';
import { BOXES, OTHER_837_SEGMENTS, SEGMENTS, TRANSACTION_837, type LoopDef, type SegmentUse } from './table';
import { tokenize, type Delimiters, type X12Segment } from './tokenize';
import { x12TextTooLarge, x12TooLargeReason } from '../parser/limits';

export type TransactionKind = '837' | AnswerKind | 'other';

export interface X12Model {
  ok: true;
  delimiters: Delimiters;
  segments: X12Segment[];
  /** Loop id per segment ('' when unknown or misplaced). */
  loops: string[];
  /** Transaction set type per segment (envelope segments take the type of the set they are next to). */
  kinds: TransactionKind[];
}

export interface X12Description {
  /** Offsets of what the hover covers (the element, or the segment id). */
  range: { start: number; end: number };
  segment: string;
  /** e.g. 'CLM02'. */
  element?: string;
  /** Markdown-free lines, first one the heading. */
  lines: string[];
  loop?: string;
  box?: string;
}

const ENVELOPE: Record<string, string> = { ISA: 'Interchange envelope', IEA: 'Interchange envelope', GS: 'Functional group', GE: 'Functional group', ST: 'Transaction set', SE: 'Transaction set' };

const LOOP_NAMES = new Map<string, LoopDef>();
(function walk(l: LoopDef) {
  LOOP_NAMES.set(l.id, l);
  l.loops.forEach(walk);
})(TRANSACTION_837);

/** Reads an X12 text once per version: tokens, loops and the transaction type of each segment. */
export function modelX12(text: string): X12Model | { ok: false; reason: string } {
  if (x12TextTooLarge(text)) return { ok: false, reason: x12TooLargeReason() };
  const t = tokenize(text);
  if (!t.ok) return t;
  const kinds: TransactionKind[] = new Array(t.segments.length).fill('other');
  // ST01 of each set decides; envelope segments before the first ST take the first set's type.
  const first = t.segments.find((s) => s.id === 'ST');
  const kindOf = (st: X12Segment | undefined): TransactionKind => {
    const v = (st?.elements[1] ?? '').trim();
    return v === '837' ? '837' : v === '999' || v === '277' || v === '835' ? v : 'other';
  };
  let kind = kindOf(first);
  for (const s of t.segments) {
    if (s.id === 'ST') kind = kindOf(s);
    kinds[s.index] = kind;
  }
  const loops: string[] = new Array(t.segments.length).fill('');
  if (kinds.includes('837')) {
    const structure = checkStructure(t.segments, t.delimiters, t.problems);
    structure.loops.forEach((l, i) => (loops[i] = l));
  }
  // Answers: their own loop tracking, one set at a time.
  let state: Record<string, string> = {};
  for (const s of t.segments) {
    const k = kinds[s.index];
    if (s.id === 'ST') state = {};
    if (k === '999' || k === '277' || k === '835') loops[s.index] = ENVELOPE[s.id] ? s.id : answerLoop(k, s, state);
  }
  return { ok: true, delimiters: t.delimiters, segments: t.segments, loops, kinds };
}

function useIn(loop: LoopDef | undefined, seg: X12Segment): SegmentUse | undefined {
  if (!loop) return undefined;
  const fits = (u: SegmentUse) => u.id === seg.id && (!u.when || u.when.in.includes((seg.elements[u.when.el] ?? '').trim().toUpperCase()));
  if (fits(loop.start)) return loop.start;
  return loop.segments.find((u) => fits(u) && u.label) ?? loop.segments.find(fits);
}

const two = (n: number) => String(n).padStart(2, '0');

/** The CMS-1500 box of a segment/element of an 837P, from BOXES. */
export function boxOf(loop: string, seg: X12Segment, element?: number, component?: number): string | undefined {
  const q = (seg.elements[1] ?? '').trim();
  const keys: string[] = [];
  if (element !== undefined) {
    const el = `${seg.id}${two(element)}`;
    if (component !== undefined) keys.push(`${loop} ${el}-${component}`, `${el}-${component}`);
    keys.push(`${loop} ${el}`, el);
  }
  keys.push(`${seg.id}*${q}`, `${loop} ${seg.id}`, seg.id);
  for (const k of keys) if (BOXES[k]) return BOXES[k];
  return undefined;
}

/** Describes the segment/element at an offset, or undefined when the offset is between segments. */
export function describeAt(model: X12Model, offset: number): X12Description | undefined {
  const seg = segmentContaining(model.segments, offset);
  if (!seg) return undefined;
  const kind = model.kinds[seg.index];
  const loop = model.loops[seg.index];
  const at = offset <= seg.start + seg.elements[0].length ? undefined : elementAt(seg, offset, model.delimiters);
  const n = at?.element;
  const c = at?.component;
  const elName = n ? `${seg.id}${two(n)}${c && (seg.elements[n] ?? '').includes(model.delimiters.component) ? `-${c}` : ''}` : undefined;
  const range = n ? elementSpan(seg, n, c, model.delimiters) : { start: seg.start, end: seg.start + seg.elements[0].length };
  const lines: string[] = [];
  let box: string | undefined;
  if (kind === '999' || kind === '277' || kind === '835') {
    const def = ANSWER_SEGMENTS[kind][seg.id];
    const title = def?.name ?? SEGMENTS[seg.id]?.name ?? seg.id;
    lines.push(`${seg.id} — ${title}${elName ? ` · ${elName}` : ''}`);
    lines.push(`${kind === '277' ? '277CA claim acknowledgment' : kind === '999' ? '999 implementation acknowledgment' : '835 remittance advice'}${loop && !ENVELOPE[seg.id] ? `, loop ${loop}` : ENVELOPE[seg.id] ? `, ${ENVELOPE[seg.id].toLowerCase()}` : ''}`);
    if (def) lines.push(def.about);
    if (n && def?.elements[n - 1]) lines.push(`${elName}: ${def.elements[n - 1]}`);
    else if (n && !def && SEGMENTS[seg.id]?.elements[n - 1]) lines.push(`${elName}: ${SEGMENTS[seg.id].elements[n - 1].name}`);
    for (const note of valueNote(kind, seg, n, c, model.delimiters, explainCode)) lines.push(note);
    return { range, segment: seg.id, element: elName, lines, loop };
  }
  const def = SEGMENTS[seg.id];
  const title = def?.name ?? OTHER_837_SEGMENTS[seg.id] ?? 'Unknown segment';
  lines.push(`${seg.id} — ${title}${elName ? ` · ${elName}` : ''}`);
  if (ENVELOPE[seg.id]) lines.push(`${ENVELOPE[seg.id]} (no CMS-1500 box: EDI envelope)`);
  else if (kind === '837') {
    const l = LOOP_NAMES.get(loop);
    const use = useIn(l, seg);
    if (l) lines.push(`Loop ${l.id === 'header' ? 'header (BHT)' : l.id} — ${l.name}${use?.label ? `: ${use.label}` : ''}`);
    else lines.push('Not in any loop of the 837P here (misplaced or unknown segment).');
    box = boxOf(loop, seg, n, c);
    lines.push(box ? `CMS-1500 box ${box}` : 'No CMS-1500 box (EDI only)');
  }
  if (def) lines.push(def.about);
  if (n && def) {
    const e = def.elements[n - 1];
    if (e) {
      const comp = c && e.components ? e.components[c - 1] : undefined;
      lines.push(`${elName}: ${comp ? `${comp.name} (in ${e.name})` : e.name}${e.req ? ' — required' : ''}`);
      const codes = comp?.codes ?? e.codes;
      if (codes) lines.push(`Allowed: ${codes.join(', ')}`);
    } else lines.push(`${elName}: not an element of ${seg.id} (it has ${def.elements.length})`);
  }
  return { range, segment: seg.id, element: elName, lines, loop, box };
}

function segmentContaining(segments: readonly X12Segment[], offset: number): X12Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

function elementSpan(seg: X12Segment, n: number, c: number | undefined, d: Delimiters): { start: number; end: number } {
  const raw = seg.elements[n] ?? '';
  const start = seg.offsets[n];
  if (!c || !raw.includes(d.component)) return { start, end: start + raw.length };
  const parts = raw.split(d.component);
  let at = start;
  for (let i = 0; i < c - 1; i++) at += parts[i].length + 1;
  return { start: at, end: at + (parts[c - 1] ?? '').length };
}
