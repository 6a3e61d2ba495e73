// X12 tokenizer: reads the delimiters the ISA segment declares, then cuts the text into segments
// and elements, keeping the offset of every element so findings and hovers can point at it.
// Pure and linear: any byte sequence gives either segments or one plain reason, never a throw.
import type { Range } from '../model/text';

export interface Delimiters {
  /** Between elements (the 4th character of the interchange). */
  element: string;
  /** Between the components of a composite element (ISA16). */
  component: string;
  /** Between repetitions of an element (ISA11, when it is a delimiter and not a code). */
  repetition: string;
  /** Ends every segment (the character right after ISA16). */
  segment: string;
}

export const DEFAULT_DELIMITERS: Delimiters = { element: '*', component: ':', repetition: '^', segment: '~' };

export interface X12Segment {
  /** Segment id as written (e.g. 'NM1'). */
  id: string;
  /** 0-based position of the segment in the file. */
  index: number;
  /** Offset of the first character of the id. */
  start: number;
  /** Offset just past the last data character (the terminator is not included). */
  end: number;
  /** elements[0] is the id; elements[n] is the raw text of element n (components not split). */
  elements: string[];
  /** offsets[n] = offset of the first character of elements[n]. */
  offsets: number[];
}

export interface TokenProblem {
  message: string;
  range: Range;
  /** The x12 rule that reports it. */
  ruleId: string;
}

export type Tokenized =
  | { ok: true; text: string; delimiters: Delimiters; segments: X12Segment[]; problems: TokenProblem[]; isaStart: number }
  | { ok: false; reason: string };

/** The ISA segment is this long, terminator included, when its fixed-width elements are right. */
export const ISA_LENGTH = 106;

const isDataChar = (c: string) => /[A-Za-z0-9\s]/.test(c);

/** Where the interchange starts: after a byte-order mark and white space. */
function interchangeStart(text: string): number {
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < text.length && i < 4096 && /\s/.test(text[i])) i++;
  return i;
}

/** Reads the delimiters from the ISA segment, tolerating an ISA whose fixed widths are wrong. */
export function detectDelimiters(text: string): { ok: true; delimiters: Delimiters; isaStart: number; isaEnd: number } | { ok: false; reason: string } {
  const s = interchangeStart(text);
  if (text.slice(s, s + 3).toUpperCase() !== 'ISA') {
    const printable = /^[\x20-\x7e]*$/.test(text.slice(s, s + 40));
    return { ok: false, reason: printable ? 'not an X12 interchange: the file must begin with an ISA segment' : 'not an X12 interchange: the file does not begin with an ISA segment (it looks like binary data)' };
  }
  const element = text[s + 3];
  if (element === undefined || isDataChar(element)) return { ok: false, reason: 'the ISA segment is cut short: no element separator after "ISA"' };
  // Count the 16 element separators of ISA; ISA16 is the one character after the 16th.
  let seen = 0;
  let i = s + 3;
  const limit = Math.min(text.length, s + 400);
  for (; i < limit; i++) {
    if (text[i] === element && ++seen === 16) break;
  }
  if (seen < 16) return { ok: false, reason: `the ISA segment is cut short: it has ${seen} of its 16 elements` };
  const component = text[i + 1];
  const segment = text[i + 2];
  if (component === undefined || segment === undefined) return { ok: false, reason: 'the ISA segment is cut short: no component separator or segment terminator after ISA16' };
  if (isDataChar(component) && component !== ' ') return { ok: false, reason: `ISA16 must be the component separator, a single punctuation character (found "${component}")` };
  if (isDataChar(segment) && segment !== '\n' && segment !== '\r') return { ok: false, reason: `the ISA segment must end with a segment terminator right after ISA16 (found "${segment}")` };
  // ISA11: the repetition separator in 5010 (a code, 'U', in older versions).
  const isa = text.slice(s, i + 2).split(element);
  const rep = isa[11] ?? '';
  const repetition = rep.length === 1 && !isDataChar(rep) && rep !== component && rep !== segment ? rep : '';
  const set = [element, component, segment];
  if (new Set(set).size !== set.length) return { ok: false, reason: 'the ISA declares the same character for two different delimiters' };
  return { ok: true, delimiters: { element, component, repetition, segment }, isaStart: s, isaEnd: i + 2 };
}

/** An interchange whose delimiters are known, read one segment at a time (see openX12). */
export interface X12Scan {
  ok: true;
  text: string;
  delimiters: Delimiters;
  /** Problems of the ISA and of an unterminated last segment, known before any segment is read. */
  problems: TokenProblem[];
  isaStart: number;
  /** Calls `visit` with every segment in file order; the scan keeps none of them. */
  forEach(visit: (seg: X12Segment) => void): void;
}

/**
 * Opens an interchange for a segment-by-segment scan (claimlint streams a big batch this way: one
 * segment object at a time, not the whole file's). tokenize() is this scan collected into an array.
 */
export function openX12(text: string): X12Scan | { ok: false; reason: string } {
  const d = detectDelimiters(text);
  if (!d.ok) return d;
  const { delimiters } = d;
  const problems: TokenProblem[] = [];
  if (d.isaEnd + 1 - d.isaStart !== ISA_LENGTH) {
    problems.push({
      ruleId: 'x12-isa-format',
      message: `The ISA segment is ${d.isaEnd + 1 - d.isaStart} characters long: its elements have fixed widths that make it exactly ${ISA_LENGTH}, terminator included.`,
      range: { start: d.isaStart, end: d.isaEnd },
    });
  }
  const tail = unterminatedTail(text, delimiters, d.isaStart);
  if (tail) problems.push({ ruleId: 'x12-isa-format', message: `The last segment (${tail.id || 'empty'}) has no segment terminator "${delimiters.segment}": the file looks cut short.`, range: { start: tail.start, end: tail.end } });
  return { ok: true, text, delimiters, problems, isaStart: d.isaStart, forEach: (visit) => scanSegments(text, delimiters, d.isaStart, visit) };
}

/** Cuts the text into segments. Line breaks after a terminator are tolerated. */
export function tokenize(text: string): Tokenized {
  const scan = openX12(text);
  if (!scan.ok) return scan;
  const segments: X12Segment[] = [];
  scan.forEach((seg) => segments.push(seg));
  return { ok: true, text, delimiters: scan.delimiters, segments, problems: scan.problems, isaStart: scan.isaStart };
}

/** Skips line breaks, spaces and tabs between segments (not the terminator itself, when it is one). */
function skipBetween(text: string, pos: number, term: string): number {
  const n = text.length;
  let c = text.charCodeAt(pos);
  while (pos < n && (c === 10 || c === 13 || c === 32 || c === 9) && text[pos] !== term) c = text.charCodeAt(++pos);
  return pos;
}

/** Data after the last terminator (a file cut short): the segment scanSegments reads there, without its elements. */
function unterminatedTail(text: string, d: Delimiters, isaStart: number): { id: string; start: number; end: number } | undefined {
  const pos = skipBetween(text, Math.max(isaStart, text.lastIndexOf(d.segment) + 1), d.segment);
  let dataEnd = text.length;
  while (dataEnd > pos && /\s/.test(text[dataEnd - 1])) dataEnd--;
  if (dataEnd <= pos) return undefined;
  const k = text.indexOf(d.element, pos);
  return { id: text.slice(pos, k < 0 || k >= dataEnd ? dataEnd : k).toUpperCase(), start: pos, end: dataEnd };
}

function scanSegments(text: string, delimiters: Delimiters, isaStart: number, visit: (seg: X12Segment) => void): void {
  const term = delimiters.segment;
  const sep = delimiters.element;
  let pos = isaStart;
  let index = 0;
  const n = text.length;
  while (pos < n) {
    pos = skipBetween(text, pos, term);
    if (pos >= n) break;
    let end = text.indexOf(term, pos);
    const terminated = end >= 0;
    if (!terminated) end = n;
    // Trailing line-break characters (when the terminator is not one) are not data.
    let dataEnd = end;
    if (!terminated) while (dataEnd > pos && /\s/.test(text[dataEnd - 1])) dataEnd--;
    if (dataEnd > pos) {
      const elements: string[] = [];
      const offsets: number[] = [];
      let e = pos;
      for (;;) {
        const k = text.indexOf(sep, e);
        const stop = k < 0 || k >= dataEnd ? dataEnd : k;
        elements.push(text.slice(e, stop));
        offsets.push(e);
        if (stop === dataEnd) break;
        e = stop + 1;
      }
      visit({ id: elements[0].toUpperCase(), index: index++, start: pos, end: dataEnd, elements, offsets });
    }
    pos = end + 1;
  }
}

/** The range of element n (or of the whole segment when it has fewer elements). */
export function elementRange(seg: X12Segment, n: number): Range {
  if (n <= 0 || n >= seg.elements.length) return { start: seg.start, end: seg.end };
  const start = seg.offsets[n];
  return { start, end: start + seg.elements[n].length };
}

/** Components of element n, with their ranges. */
export function components(seg: X12Segment, n: number, d: Delimiters): { value: string; range: Range }[] {
  const raw = seg.elements[n];
  if (raw === undefined) return [];
  const out: { value: string; range: Range }[] = [];
  let at = seg.offsets[n];
  for (const part of raw.split(d.component)) {
    out.push({ value: part, range: { start: at, end: at + part.length } });
    at += part.length + 1;
  }
  return out;
}
