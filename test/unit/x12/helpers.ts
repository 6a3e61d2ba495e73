// Shared by the X12 tests: the x12-parser oracle, and the fields a practice claim and its 837P share.
import { X12parser } from 'x12-parser';
import type { Claim } from '../../../src/model/claim';

export interface OracleSegment {
  name: string;
  [key: string]: string;
}

/** Parses a text with the MIT x12-parser package (the test oracle). */
export function oracleParse(text: string): Promise<OracleSegment[]> {
  return new Promise((resolve, reject) => {
    const p = new X12parser();
    const out: OracleSegment[] = [];
    p.on('data', (d: OracleSegment) => out.push(d));
    p.on('error', reject);
    // The oracle turns the line break after the last terminator into an empty segment: not data.
    p.on('end', () => resolve(out.filter((s) => !(s.name === '' && Object.keys(s).length <= 1))));
    p.end(Buffer.from(text, 'utf8'));
  });
}

/** The oracle's element n with its components joined back (it names them n, n-1, n-2…). */
export function oracleElement(seg: OracleSegment, n: number, component: string): string | undefined {
  if (seg[String(n)] === undefined) return undefined;
  const parts = [seg[String(n)]];
  for (let k = 1; seg[`${n}-${k}`] !== undefined; k++) parts.push(seg[`${n}-${k}`]);
  return parts.join(component);
}

const t = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

/**
 * A claim reduced to what the CMS-1500 and the 837P share (shared/spec/x12-837p.md round trip):
 * box 12/13/31 as signed or not (+ the box 31 date), one person when the patient is the insured,
 * an authorization's number only, a service's "to" only when it differs from "from".
 */
export function sharedFields(c: Claim): unknown {
  const x = JSON.parse(JSON.stringify(c)) as Claim & Record<string, unknown>;
  delete x.version;
  const sig = x.signatures ?? {};
  const signed = (s?: { onFile?: boolean; date?: string }) => s?.onFile === true || !!s?.date;
  const prov = sig.provider as { onFile?: boolean; name?: string; date?: string } | undefined;
  const provSigned = prov?.onFile === true || !!t(prov?.name);
  x.signatures = { patient: { onFile: signed(sig.patient) }, insured: { onFile: signed(sig.insured) }, provider: provSigned ? { onFile: true, date: prov?.date } : { onFile: false } };
  const self = x.patient?.relationship === 'self';
  if (self) {
    const ins = (x.insured ??= {});
    const pat = (x.patient ??= {});
    ins.name ??= pat.name;
    ins.address ??= pat.address;
    ins.birthDate ??= pat.birthDate;
    ins.sex ??= pat.sex;
    Object.assign(pat, { name: ins.name, address: ins.address, birthDate: ins.birthDate, sex: ins.sex });
  }
  for (const p of [x.insured, x.patient]) if (p?.address) delete p.address.phone;
  if (x.priorAuthorization && typeof x.priorAuthorization === 'object') x.priorAuthorization = x.priorAuthorization.number;
  x.claim = { ...x.claim, frequency: x.claim?.frequency ?? 'original' };
  x.condition = { employment: !!x.condition?.employment, autoAccident: !!x.condition?.autoAccident, otherAccident: !!x.condition?.otherAccident, ...(x.condition?.autoAccident && x.condition.autoAccidentState ? { autoAccidentState: x.condition.autoAccidentState } : {}) };
  x.totalCharge ??= (x.services ?? []).reduce((s, l) => s + (l?.charge ?? 0), 0);
  if (x.billingProvider?.taxId) x.billingProvider.taxIdType ??= 'ein';
  for (const l of x.services ?? []) {
    if (!l) continue;
    if (l.to === l.from) delete l.to;
    if (l.emergency === false) delete l.emergency;
    if (l.modifiers && !l.modifiers.length) delete l.modifiers;
  }
  return sortDeep(x);
}

function sortDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortDeep);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, sortDeep(x)]),
    );
  return v;
}
