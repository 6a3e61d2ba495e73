// Reference data bundled from data/: places of service, modifiers, HCPCS Level II, CPT code numbers
// with lay labels, practice NCCI pairs and MUEs, payer profiles and reason codes. Each accessor
// reads its JSON through the data manifest's loader (src/model/dataFiles.ts): validated with zod
// once, on first use.
// Pure: no fs, no vscode (the JSON is imported so esbuild bundles it).
import cptJson from '../../data/cpt.json';
import hcpcsJson from '../../data/hcpcs.json';
import modifiersJson from '../../data/modifiers.json';
import mueJson from '../../data/mue-practice.json';
import ncciJson from '../../data/ncci-practice.json';
import payersJson from '../../data/payers.json';
import posJson from '../../data/pos.json';
import reasonJson from '../../data/reason-codes.json';
import { dataLoader } from '../model/dataFiles';
import type { PayerProfile } from '../model/payer';
import {
  type CptFile,
  type HcpcsEntry,
  type Meta,
  type Modifier,
  type ModifiersFile,
  type MueEntry,
  type NcciPair,
  type PlaceOfService,
  type ReasonCode,
} from '../model/reference';

export type { HcpcsEntry, Meta, Modifier, MueEntry, NcciPair, PlaceOfService, ReasonCode };

const posData = dataLoader('pos', posJson);
const modifierData = dataLoader('modifiers', modifiersJson);
const hcpcsData = dataLoader('hcpcs', hcpcsJson);
const cptData = dataLoader('cpt', cptJson);
const ncciData = dataLoader('ncci', ncciJson);
const mueData = dataLoader('mue', mueJson);
const payerData = dataLoader('payers', payersJson);
const reasonData = dataLoader('reasonCodes', reasonJson);

const key = (code: string) => (typeof code === 'string' ? code.trim().toUpperCase() : '');
function memo<T>(build: () => T): () => T {
  let v: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      v = build();
      done = true;
    }
    return v as T;
  };
}

// ---------------------------------------------------------------------------------------------
// Places of service

/** The 52 assigned CMS place-of-service codes by two-digit code. */
export const posCodes: () => ReadonlyMap<string, PlaceOfService> = memo(() => new Map(posData().codes.map((p) => [p.code, p])));

// ---------------------------------------------------------------------------------------------
// Modifiers

/** Shown wherever a CPT modifier appears: CPT modifiers are numbers only (AMA content). */
export const CPT_MODIFIER_NOTE = '_CPT modifier descriptors are not shown (CPT © American Medical Association); look the modifier up in your CPT code book._';

/** Common CPT and HCPCS Level II modifiers by code: HCPCS ones with meanings in the project's words, CPT ones by number with their claim-edit hints. */
export const modifiers: () => ReadonlyMap<string, Modifier> = memo(() => new Map(modifierData().modifiers.map((m) => [m.code, m])));

export type ModifierRules = ModifiersFile['rules'];

/** Pairing rules: conflicts, E/M-only, not-on-E/M and NCCI-associated (bypass) modifiers. */
export function modifierRules(): ModifierRules {
  return modifierData().rules;
}

// ---------------------------------------------------------------------------------------------
// HCPCS Level II and CPT

/** HCPCS Level II codes with their CMS long descriptions. */
export const hcpcs: () => ReadonlyMap<string, HcpcsEntry> = memo(() => new Map(hcpcsData().codes.map((h) => [h.code, h])));

/** CPT code numbers with the project's own lay labels (no AMA descriptors). */
/** The CPT code numbers the practice data refers to (not a CPT code list: a code missing here may exist). */
export const cptCodes: () => ReadonlySet<string> = memo(() => new Set(cptData().codes));

/** The AMA notice to show wherever CPT codes appear. */
export function cptCopyright(): string {
  return cptData().meta.copyright;
}

export interface CptCategory {
  /** The CPT section or category, e.g. "Radiology" or "Category III (emerging technology; temporary)". */
  section: string;
  /** The inclusive Category I range the code falls in (absent for suffix categories). */
  from?: string;
  to?: string;
}

/**
 * The CPT section and range of any CPT-shaped code (4 digits + a digit or A/F/M/T/U), whether or not
 * the code is listed: 99214 → Evaluation and Management 99202–99499; 3074F → Category II. Undefined
 * for other shapes and for 5-digit numbers outside every Category I range.
 */
export function cptCategory(code: string): CptCategory | undefined {
  const c = key(code);
  if (!/^\d{4}[0-9AFMTU]$/.test(c)) return undefined;
  const data: CptFile = cptData();
  if (/\d$/.test(c)) {
    const r = data.ranges.find((x) => c >= x.from && c <= x.to);
    return r ? { section: r.section, from: r.from, to: r.to } : undefined;
  }
  const s = data.suffixes.find((x) => x.suffix === c[4]);
  return s ? { section: s.section } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Practice NCCI procedure-to-procedure pairs and MUEs (practice values, not CMS data)

/** Every practice PTP pair (column 1 = comprehensive code, column 2 = component). */
export function ncciPairs(): readonly NcciPair[] {
  return ncciData().pairs;
}

const pairIndex = memo(() => new Map(ncciData().pairs.map((p) => [`${p.column1}|${p.column2}`, p])));

/** The pair with `column1` as comprehensive code and `column2` as component, if any. */
export function ncciPair(column1: string, column2: string): NcciPair | undefined {
  return pairIndex().get(`${key(column1)}|${key(column2)}`);
}

/** The pair between two codes in either order, if any (for "these two bundle" hints). */
export function ncciPairBetween(a: string, b: string): NcciPair | undefined {
  return ncciPair(a, b) ?? ncciPair(b, a);
}

const mueIndex = memo(() => new Map(mueData().limits.map((m) => [m.code, m])));

/** The practice MUE for a code: most units per patient per date, with its adjudication indicator. */
export function mueLimit(code: string): MueEntry | undefined {
  return mueIndex().get(key(code));
}

// ---------------------------------------------------------------------------------------------
// Payers and reason codes

/** The bundled practice payer profiles (Medicare Part B, Medicaid, a PPO, an HMO). */
export function bundledPayers(): PayerProfile[] {
  return payerData().payers;
}

const reasonIndex = memo(() => {
  const d = reasonData();
  const by = (xs: readonly ReasonCode[]) => new Map(xs.map((x) => [x.code, x]));
  return { CARC: by(d.carc), RARC: by(d.rarc), GROUP: by(d.groups) };
});

/** A plain-language CARC, RARC or group code explanation (official texts are maintained by X12). */
export function reasonCode(kind: 'CARC' | 'RARC' | 'GROUP', code: string): ReasonCode | undefined {
  return reasonIndex()[kind]?.get(key(code));
}

/** Where each bundled reference file's facts come from (for an "about the data" view). */
export function referenceSources(): { file: string; meta: Meta }[] {
  return [
    { file: 'data/pos.json', meta: posData().meta },
    { file: 'data/modifiers.json', meta: modifierData().meta },
    { file: 'data/hcpcs.json', meta: hcpcsData().meta },
    { file: 'data/cpt.json', meta: cptData().meta },
    { file: 'data/ncci-practice.json', meta: ncciData().meta },
    { file: 'data/mue-practice.json', meta: mueData().meta },
    { file: 'data/payers.json', meta: payerData().meta },
    { file: 'data/reason-codes.json', meta: reasonData().meta },
  ];
}
