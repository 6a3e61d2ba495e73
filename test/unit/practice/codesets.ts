// The code sets the key check compares against, behind one small function each so they can be
// swapped for the bundled full indexes when those land:
//   - ICD-10-CM FY2026: the official CDC/NCHS order file, read from ../shared/codesets (CI has
//     ../shared beside the repository);
//   - HCPCS Level II: data/hcpcs.json; CPT code numbers: data/cpt.json.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import type { IcdCodeSet } from '../../../src/codesets';
import { officialCodeSetFromText } from '../../../src/codesets/official';
import { cptCodes, hcpcs } from '../../../src/reference';

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

/** True when the HCPCS Level II code is valid on the date of service (today: listed in data/hcpcs.json). */
export function isValidHcpcs(code: string, _dateOfService: string): boolean {
  return hcpcs().has(code.trim().toUpperCase());
}

/** True when the CPT number is one the project bundles (data/cpt.json, code numbers only). */
export function isBundledCpt(code: string): boolean {
  return cptCodes().has(code.trim().toUpperCase());
}
