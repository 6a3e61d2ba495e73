// The code sets the key check compares against, behind one small function each so they can be
// swapped for the bundled full indexes when those land:
//   - ICD-10-CM FY2026: the official CDC/NCHS order file, read from ../shared/codesets (CI has
//     ../shared beside the repository);
//   - HCPCS Level II: the bundled CMS January 2026 release (dist/edit-tables, built by npm run build);
//     CPT code numbers: data/cpt.json.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import type { IcdCodeSet } from '../../../src/codesets';
import { officialCodeSetFromText } from '../../../src/codesets/official';
import { loadEditTables } from '../../../src/node/editTables';
import { cptCodes } from '../../../src/reference';

export const ICD10CM_FY2026_ORDER_FILE = path.join(__dirname, '..', '..', '..', '..', 'shared', 'codesets', 'icd10cm-order-2026.txt.gz');

let fy2026: IcdCodeSet | undefined;

/** The full ICD-10-CM FY2026 code set; throws a clear error when the official file is absent. */
export function icd10cmFy2026(): IcdCodeSet {
  if (fy2026) return fy2026;
  if (!fs.existsSync(ICD10CM_FY2026_ORDER_FILE)) {
    throw new Error(`The key check needs the official ICD-10-CM FY2026 order file at ${ICD10CM_FY2026_ORDER_FILE} (../shared/codesets beside the repository, as in CI).`);
  }
  const text = zlib.gunzipSync(fs.readFileSync(ICD10CM_FY2026_ORDER_FILE)).toString('latin1');
  fy2026 = officialCodeSetFromText(text, 'icd10cm-order-2026.txt');
  return fy2026;
}

/** True when the code is a billable (valid on a claim) ICD-10-CM code in FY2026. */
export function isBillableFy2026(code: string): boolean {
  return icd10cmFy2026().get(code)?.billable === true;
}

const FY2027_CHANGES = path.join(__dirname, '..', '..', '..', '..', 'shared', 'codesets', 'fy2027');
let fy2027: { added: Set<string>; gone: Set<string> } | undefined;

/** FY2027 = FY2026 + the official change list (added codes; deleted codes and billable codes that became headers). */
function fy2027Changes(): { added: Set<string>; gone: Set<string> } {
  if (fy2027) return fy2027;
  const rows = (name: string) => fs.readFileSync(path.join(FY2027_CHANGES, name), 'utf8').trim().split(/\r?\n/).slice(1);
  const added = new Set(rows('added.csv').filter((r) => r.split(',')[2] === 'true').map((r) => r.split(',')[0]));
  const gone = new Set([...rows('deleted.csv'), ...rows('billable-status-changes.csv')].map((r) => r.split(',')[0]));
  fy2027 = { added, gone };
  return fy2027;
}

/** True when the code is billable in FY2027 (the FY2026 file with the FY2027 change list applied). */
export function isBillableFy2027(code: string): boolean {
  const c = code.trim().toUpperCase().replace(/\./g, '');
  const { added, gone } = fy2027Changes();
  return added.has(c) || (isBillableFy2026(code) && !gone.has(c));
}

/** True when the HCPCS Level II code is in the bundled CMS release and valid on the date of service (added on or before it, not terminated before it). */
export function isValidHcpcs(code: string, dateOfService: string): boolean {
  const hcpcs = loadEditTables(path.join(__dirname, '..', '..', '..', 'dist', 'edit-tables')).tables.hcpcs;
  if (!hcpcs) throw new Error('The bundled HCPCS release (dist/edit-tables) is missing: run npm run build.');
  const r = hcpcs.code(code);
  return !!r && (!r.added || r.added <= dateOfService) && (!r.terminated || dateOfService <= r.terminated);
}

/** True when the CPT number is one the project bundles (data/cpt.json, code numbers only). */
export function isBundledCpt(code: string): boolean {
  return cptCodes().has(code.trim().toUpperCase());
}
