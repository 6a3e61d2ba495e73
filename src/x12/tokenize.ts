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

/** Cuts the text into segments. Line breaks after a terminator are tolerated. */
export function tokenize(text: string): Tokenized {
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
  const segments: X12Segment[] = [];
  const term = delimiters.segment;
  const sep = delimiters.element;
  let pos = d.isaStart;
  const n = text.length;
  while (pos < n) {
    // Skip line breaks and spaces between segments.
    let c = text.charCodeAt(pos);
    while (pos < n && (c === 10 || c === 13 || c === 32 || c === 9) && text[pos] !== term) c = text.charCodeAt(++pos);
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
      const seg: X12Segment = { id: elements[0].toUpperCase(), index: segments.length, start: pos, end: dataEnd, elements, offsets };
      segments.push(seg);
      if (!terminated) problems.push({ ruleId: 'x12-isa-format', message: `The last segment (${seg.id || 'empty'}) has no segment terminator "${term}": the file looks cut short.`, range: { start: pos, end: dataEnd } });
    }
    pos = end + 1;
  }
  return { ok: true, text, delimiters, segments, problems, isaStart: d.isaStart };
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
