// Practice NCCI procedure-to-procedure pairs and MUE limits, read from src/reference (the data
// engineer's module). This adapter is the one place that knows the shape of that data, so the two
// rules that use it (bundled-procedures, units-exceed-limit) do not change when the data does.
import * as reference from '../../reference';

export interface PtpPair {
  column1: string;
  column2: string;
  /** 0 = never bypassed, 1 = an NCCI-associated modifier on the column-2 line bypasses it, 9 = not applied. */
  modifierIndicator: 0 | 1 | 9;
}

export interface MueLimit {
  code: string;
  /** Most units of service per line (MAI 1) or per date of service (MAI 2/3). */
  units: number;
  /** MUE adjudication indicator: 1 line edit, 2 absolute date-of-service edit, 3 clinical date-of-service edit. */
  mai?: 1 | 2 | 3;
}

type Loose = Record<string, unknown>;
const ref = reference as unknown as Loose;

const str = (v: unknown) => (typeof v === 'string' ? v.trim().toUpperCase() : typeof v === 'number' ? String(v) : undefined);

function toPair(raw: unknown): PtpPair | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Loose;
  const c1 = str(r.column1 ?? r.col1 ?? r.comprehensive);
  const c2 = str(r.column2 ?? r.col2 ?? r.component);
  const ind = Number(r.modifierIndicator ?? r.modifier ?? r.indicator);
  if (!c1 || !c2 || ![0, 1, 9].includes(ind)) return undefined;
  return { column1: c1, column2: c2, modifierIndicator: ind as 0 | 1 | 9 };
}

let pairs: Map<string, PtpPair> | undefined;
function pairIndex(): Map<string, PtpPair> {
  if (pairs) return pairs;
  pairs = new Map();
  const fn = ref.ncciPairs;
  const list = typeof fn === 'function' ? (fn as () => unknown)() : undefined;
  const items = Array.isArray(list) ? list : list instanceof Map ? [...list.values()] : [];
  for (const raw of items) {
    const p = toPair(raw);
    if (p) pairs.set(`${p.column1}|${p.column2}`, p);
  }
  return pairs;
}

/** The pair with `column1` as the comprehensive code and `column2` as its component, if any. */
export function ptpPair(column1: string, column2: string): PtpPair | undefined {
  return pairIndex().get(`${column1.trim().toUpperCase()}|${column2.trim().toUpperCase()}`);
}

/** The practice MUE for a code, if the reference data has one. */
export function mueLimit(code: string): MueLimit | undefined {
  const fn = ref.mueLimit;
  if (typeof fn !== 'function') return undefined;
  const c = code.trim().toUpperCase();
  const raw = (fn as (code: string) => unknown)(c);
  if (typeof raw === 'number') return Number.isFinite(raw) && raw > 0 ? { code: c, units: raw } : undefined;
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Loose;
  const units = Number(r.units ?? r.limit ?? r.max ?? r.value);
  if (!Number.isFinite(units) || units <= 0) return undefined;
  const mai = Number(r.mai ?? r.adjudicationIndicator);
  return { code: c, units, mai: mai === 1 || mai === 2 || mai === 3 ? mai : undefined };
}
