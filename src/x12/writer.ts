// X12 writer: segments as arrays of elements (a component list for composites) → text with the
// chosen delimiters. Trailing empty elements and components are left out, as X12 asks; delimiter
// characters inside values are replaced by spaces (a value may not contain them).
import { DEFAULT_DELIMITERS, type Delimiters } from './tokenize';

/** An element: a plain value, or the components of a composite. */
export type ElementValue = string | readonly string[] | undefined;
export type SegmentValues = readonly [string, ...ElementValue[]];

export class X12Writer {
  readonly segments: string[] = [];
  constructor(
    readonly d: Delimiters = DEFAULT_DELIMITERS,
    /** A line break after every terminator (readable; receivers tolerate it). */
    private readonly lineBreaks = true,
  ) {}

  private clean(v: string): string {
    let out = v;
    for (const c of [this.d.element, this.d.component, this.d.segment, this.d.repetition]) if (c && out.includes(c)) out = out.split(c).join(' ');
    return out.replace(/[\r\n]+/g, ' ');
  }

  /** Adds a segment; returns its index (0-based) in this writer. */
  add(values: SegmentValues): number {
    const els = values.map((v, i) => {
      if (i === 0) return v as string;
      if (v === undefined) return '';
      if (typeof v === 'string') return this.clean(v);
      const comps = v.map((c) => this.clean(c ?? ''));
      while (comps.length && comps[comps.length - 1] === '') comps.pop();
      return comps.join(this.d.component);
    });
    while (els.length > 1 && els[els.length - 1] === '') els.pop();
    this.segments.push(els.join(this.d.element));
    return this.segments.length - 1;
  }

  /** Adds the ISA verbatim (fixed widths, written by isaSegment). */
  addRaw(segment: string): void {
    this.segments.push(segment);
  }

  get count(): number {
    return this.segments.length;
  }

  toString(): string {
    const sep = this.d.segment + (this.lineBreaks && this.d.segment !== '\n' ? '\n' : '');
    return this.segments.join(sep) + sep;
  }
}

const padRight = (s: string, n: number) => (s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length));

/** The ISA segment (without its terminator), fixed widths: 105 characters + the terminator = 106. */
export function isaSegment(o: { sender: string; receiver: string; date: string; time: string; control: number; test: boolean; d: Delimiters }): string {
  const yymmdd = o.date.replace(/-/g, '').slice(2, 8);
  const e = o.d.element;
  return [
    'ISA',
    '00',
    padRight('', 10),
    '00',
    padRight('', 10),
    'ZZ',
    padRight(o.sender, 15),
    'ZZ',
    padRight(o.receiver, 15),
    yymmdd,
    o.time,
    o.d.repetition || 'U',
    '00501',
    String(o.control % 1e9).padStart(9, '0'),
    '0',
    o.test ? 'T' : 'P',
    o.d.component,
  ].join(e);
}

/** Money for X12 (decimal, no trailing zeros): 145 → "145", 92.8 → "92.8". */
export function x12Amount(n: number): string {
  if (!Number.isFinite(n)) return '';
  const r = Math.round(n * 100) / 100;
  return String(r);
}

/** YYYY-MM-DD → CCYYMMDD (other strings unchanged apart from dashes). */
export function x12Date(iso: string): string {
  return iso.trim().replace(/-/g, '');
}
