// Claims made from a case: the key's answer as a complete practice claim (used by the key check,
// the property tests and the bench), and a student's starting claim (demographics filled, codes
// left blank). Pure; the text is YAML in the shape of claim-format.md, with fictional data only.
import { stringify } from 'yaml';
import type { Claim } from '../model/claim';
import { POINTER_LETTERS } from '../model/claim';
import { codeMatches, type PayerProfile } from '../model/payer';
import { bundledPayers } from '../reference';
import { placeOfServiceFor, type PracticeCase } from './model';

/** Fictional people: picked by a hash of the case id so every case has its own patient. */
const LAST = ['ALDEN', 'BRISCO', 'CALLOWAY', 'DRUMMOND', 'ELSWORTH', 'FAIRLEY', 'GARNER', 'HOLLIS', 'IVERS', 'JARVIS', 'KETTERING', 'LOMAX', 'MERCER', 'NORWOOD', 'OAKLEY', 'PRENTISS'];
const FIRST_F = ['ADA', 'BEATRIX', 'CORA', 'DELIA', 'EDITH', 'FLORA', 'GRETA', 'HAZEL'];
const FIRST_M = ['ABEL', 'BRUNO', 'CASPER', 'DEXTER', 'EMMETT', 'FLETCHER', 'GIDEON', 'HOMER'];
const STREETS = ['12 WILLOW LN', '48 CEDAR CT', '305 ASPEN DR', '77 MAPLE ST', '9 LARCH RD', '150 ELM AVE', '23 HAZEL WAY', '61 ALDER PL'];

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A practice charge per line: enough for the mock payer to price it (never a real fee). */
function practiceCharge(code: string): number {
  const c = code.toUpperCase();
  if (/^99\d{3}$/.test(c)) return 150;
  if (/^0\d{4}$/.test(c)) return 600;
  if (/^[1-6]\d{4}$/.test(c)) return 400;
  if (/^7\d{4}$/.test(c)) return 120;
  if (/^8\d{4}$/.test(c)) return 40;
  if (/^9\d{4}$/.test(c)) return 60;
  return 30; // HCPCS Level II supplies, drugs, administration
}

function memberIdFor(payer: PayerProfile | undefined, h: number): string {
  const n = String(100000000 + (h % 899999999)).slice(0, 9);
  if (payer?.coverage === 'medicare') return `1EG4TE5MK${String(10 + (h % 89))}`;
  if (payer?.coverage === 'medicaid') return `MCD${n}`;
  return `XAH${n}`;
}

function payerFor(c: PracticeCase, payers: readonly PayerProfile[]): PayerProfile | undefined {
  return payers.find((p) => p.id.toUpperCase() === c.case.payerId.toUpperCase());
}

interface Built {
  claim: Claim & { practiceCase: string };
}

function baseClaim(c: PracticeCase, payers: readonly PayerProfile[]): Built['claim'] {
  const info = c.case;
  const h = hash(info.id);
  const payer = payerFor(c, payers);
  const last = LAST[h % LAST.length];
  const first = (info.patient.sex === 'F' ? FIRST_F : FIRST_M)[(h >>> 4) % 8];
  const address = { street: STREETS[(h >>> 8) % STREETS.length], city: 'SPRINGFIELD', state: 'IL', zip: '627011234' };
  const name = { last, first };
  return {
    version: 1,
    practiceCase: info.id,
    claim: { id: `PC-${info.id}`.toUpperCase(), frequency: 'original' },
    payer: { id: payer?.id ?? info.payerId, name: payer?.name ?? info.payerId, coverage: payer?.coverage ?? 'other' },
    insured: { memberId: memberIdFor(payer, h), name, address, groupNumber: payer?.coverage === 'group' ? 'GRP-4410' : 'NONE', birthDate: info.patient.birthDate, sex: info.patient.sex },
    patient: { name, birthDate: info.patient.birthDate, sex: info.patient.sex, address, relationship: 'self' },
    condition: { employment: false, autoAccident: false, otherAccident: false },
  };
}

function tail(c: PracticeCase): Partial<Claim> {
  return {
    renderingProvider: { npi: '1234567893' },
    billingProvider: {
      name: 'SPRINGFIELD PRACTICE CLINIC',
      type: 'organization',
      npi: '1122334455',
      taxId: '371234567',
      taxIdType: 'ein',
      address: { street: '400 OAK AVE', city: 'SPRINGFIELD', state: 'IL', zip: '627015555' },
      phone: '2175550100',
    },
    acceptAssignment: true,
    amountPaid: 0,
    signatures: { patient: { onFile: true }, insured: { onFile: true }, provider: { name: 'PAT QUINN MD', date: c.case.dateOfService } },
  };
}

/**
 * The key's answer as a complete claim: first-listed and other diagnoses in box 21 (optional ones
 * left out), one line per key line (optional lines included) with its modifiers and units, every
 * line pointing at A and the diagnoses in turn, plus what the payer needs (authorization, referral).
 * Throws when the case has no key.
 */
export function claimFromKey(c: PracticeCase, payers: readonly PayerProfile[] = bundledPayers()): Claim & { practiceCase: string } {
  const key = c.key;
  if (!key) throw new Error(`case ${c.case.id} has no key`);
  const claim = baseClaim(c, payers);
  const payer = payerFor(c, payers);
  const diagnoses = [key.diagnoses.first, ...key.diagnoses.others.filter((d) => d !== key.diagnoses.first)].slice(0, 12);
  const pos = placeOfServiceFor(c.case);
  const rest = diagnoses.map((_, i) => i).slice(1);
  const services = key.services.slice(0, 50).map((s, i) => {
    const extra = rest.length ? [0, 1, 2].map((k) => rest[(i * 3 + k) % rest.length]) : [];
    const pointers = [...new Set([0, ...extra])].slice(0, 4).map((p) => POINTER_LETTERS[p]);
    const unitCount = s.units ?? 1;
    return {
      from: c.case.dateOfService,
      placeOfService: pos,
      code: s.code,
      ...(s.modifiers.length ? { modifiers: [...s.modifiers] } : {}),
      pointers,
      charge: practiceCharge(s.code) * (/^[A-V]\d{4}$/i.test(s.code) ? unitCount : 1),
      units: unitCount,
    };
  });
  const needsAuth = !!payer && services.some((s) => codeMatches(s.code, payer.priorAuthorization.required));
  const needsReferral = !!payer && payer.referral.required;
  return {
    ...claim,
    ...(needsReferral ? { referringProvider: { qualifier: 'DN', name: { last: 'SMITH', first: 'ANNA' }, npi: '1558598797' } } : {}),
    ...(needsAuth ? { priorAuthorization: 'PA778812' } : {}),
    diagnoses,
    services,
    totalCharge: Math.round(services.reduce((sum, s) => sum + s.charge, 0) * 100) / 100,
    ...tail(c),
  };
}

/** The YAML text of a claim object (block style, codes quoted). */
export function claimYaml(claim: Claim, header = ''): string {
  const body = stringify(claim, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN', aliasDuplicateObjects: false });
  return `${header}${body}`;
}

/** A student's starting claim: the case's patient, payer and provider filled in; codes blank. */
export function startingClaimYaml(c: PracticeCase, payers: readonly PayerProfile[] = bundledPayers()): string {
  const claim: Claim & { practiceCase: string } = {
    ...baseClaim(c, payers),
    diagnoses: [''],
    services: [{ from: c.case.dateOfService, placeOfService: placeOfServiceFor(c.case), code: '', pointers: ['A'], charge: 0, units: 1 }],
    ...tail(c),
  };
  return claimYaml(
    claim,
    `# Practice claim for case ${c.case.id} (${c.case.title}) — fictional data only.\n# Read the case note, then fill box 21 (diagnoses) and box 24 (service lines); charges are yours to set.\n`,
  );
}
