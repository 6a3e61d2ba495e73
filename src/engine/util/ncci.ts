// Practice NCCI procedure-to-procedure pairs and MUE limits (data/ncci-practice.json,
// data/mue-practice.json via src/reference), in the shape the two rules that use them need.
import { mueLimit as referenceMue, ncciPair } from '../../reference';

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

/** The pair with `column1` as the comprehensive code and `column2` as its component, if any. */
export function ptpPair(column1: string, column2: string): PtpPair | undefined {
  const p = ncciPair(column1, column2);
  return p ? { column1: p.column1, column2: p.column2, modifierIndicator: p.modifierIndicator } : undefined;
}

/** The practice MUE for a code, if the reference data has one. */
export function mueLimit(code: string): MueLimit | undefined {
  const m = referenceMue(code);
  return m ? { code: m.code, units: m.units, mai: m.mai } : undefined;
}
