// Document outline grouped by CMS-1500 sections (pure): jump to box 21 or to service line 3.
import type { IcdCodeSet } from '../codesets';
import type { Claim } from '../model/claim';
import type { ParsedDocument } from '../parser/document';

export interface OutlineNode {
  name: string;
  detail: string;
  kind: 'section' | 'field' | 'line' | 'code';
  range: { start: number; end: number };
  children: OutlineNode[];
}

const SECTIONS: [string, string, string[]][] = [
  ['Claim', 'box 22/26', ['version', 'claim']],
  ['Payer & coverage', 'box 1', ['payer']],
  ['Patient & insured', 'boxes 1a–11', ['insured', 'patient']],
  ['Condition', 'box 10', ['condition', 'onsetDate']],
  ['Referring provider', 'box 17', ['referringProvider']],
  ['Authorization & referral', 'box 23', ['priorAuthorization', 'referralNumber']],
  ['Diagnoses', 'box 21', ['diagnoses']],
  ['Service lines', 'box 24', ['services']],
  ['Providers', 'boxes 24J, 25, 32, 33', ['renderingProvider', 'serviceFacility', 'billingProvider']],
  ['Totals', 'boxes 27–29', ['acceptAssignment', 'totalCharge', 'amountPaid']],
  ['Signatures', 'boxes 12, 13, 31', ['signatures']],
];

export function buildOutline(doc: ParsedDocument, claim: Claim, codes: IcdCodeSet): OutlineNode[] {
  const span = (path: string) => {
    const l = doc.locations.get(path);
    if (!l) return undefined;
    return { start: Math.min(l.key?.start ?? l.value.start, l.value.start), end: Math.max(l.value.end, l.key?.end ?? 0) };
  };
  const out: OutlineNode[] = [];
  for (const [name, detail, keys] of SECTIONS) {
    const children: OutlineNode[] = [];
    for (const key of keys) {
      const r = span(key);
      if (!r) continue;
      const grandchildren: OutlineNode[] = [];
      if (key === 'diagnoses') {
        (claim.diagnoses ?? []).forEach((d, i) => {
          const dr = span(`diagnoses.${i}`);
          if (dr && d) grandchildren.push({ name: `${'ABCDEFGHIJKL'[i] ?? '?'} ${d}`, detail: codes.get(d)?.title ?? '', kind: 'code', range: dr, children: [] });
        });
      }
      if (key === 'services') {
        (claim.services ?? []).forEach((l, i) => {
          const lr = span(`services.${i}`);
          if (lr) grandchildren.push({ name: `Line ${i + 1}${l?.code ? ` ${l.code}` : ''}${l?.units ? ` ×${l.units}` : ''}`, detail: l?.charge !== undefined ? `$${l.charge.toFixed(2)}` : '', kind: 'line', range: lr, children: [] });
        });
      }
      children.push({ name: key, detail: '', kind: 'field', range: r, children: grandchildren });
    }
    if (!children.length) continue;
    const range = { start: Math.min(...children.map((c) => c.range.start)), end: Math.max(...children.map((c) => c.range.end)) };
    out.push({ name, detail, kind: 'section', range, children: children.length === 1 && children[0].children.length ? children[0].children : children });
  }
  return out;
}
