// ICD-10-CM code sets by fiscal year: what the engine asks for each service line's date of
// service. The bundled years (FY2026 official, FY2027 derived) share one index; a user's official
// file (setting codeSets.icd10cm) takes the place of the year it covers. Pure: no fs, no vscode.
import { z } from 'zod';
import { BundledIcdCodeSet, decodeIcdIndex, type YearChanges } from './bundled';
import type { IcdCodeSet } from './index';

export interface IcdCodeSetProvider {
  /** Fiscal years that have a code set, ascending. */
  readonly years: readonly number[];
  /** The code set for a fiscal year, or undefined when that year is not available. */
  forYear(fiscalYear: number): IcdCodeSet | undefined;
  /** Set when the code sets could not be loaded: diagnosis codes then get shape checks only. */
  readonly unavailable?: string;
}

/** The provider when the bundled code sets could not be loaded (`why` is shown once by the caller). */
export function unavailableProvider(why: string): IcdCodeSetProvider {
  return { years: [], forYear: () => undefined, unavailable: why };
}

/** First and last date of service of an ICD-10-CM fiscal year: FY2027 → 2026-10-01 … 2027-09-30. */
export function fiscalYearRange(fiscalYear: number): { from: string; to: string } {
  return { from: `${fiscalYear - 1}-10-01`, to: `${fiscalYear}-09-30` };
}

/** The available year nearest to `fiscalYear` (the later one on a tie), for views that need one set. */
export function nearestYear(provider: IcdCodeSetProvider, fiscalYear: number): number | undefined {
  let best: number | undefined;
  for (const y of provider.years) if (best === undefined || Math.abs(y - fiscalYear) <= Math.abs(best - fiscalYear)) best = y;
  return best;
}

const YearChangesSchema = z.object({
  fiscalYear: z.number().int(),
  added: z.array(z.object({ code: z.string(), billable: z.boolean(), title: z.string() })),
  deleted: z.array(z.object({ code: z.string(), billable: z.boolean(), title: z.string() })),
  toHeader: z.array(z.string()),
  revised: z.array(z.object({ code: z.string(), previousTitle: z.string(), title: z.string() })),
});

export const CodesetManifestSchema = z.object({
  format: z.literal('ccc-codesets'),
  builderVersion: z.number(),
  builtFrom: z.record(z.string(), z.string()),
  files: z.record(z.string(), z.object({ bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
  icd10cm: z.array(
    z.object({
      fiscalYear: z.number().int(),
      index: z.string(),
      changes: z.string(),
      overlay: z.boolean(),
      origin: z.string(),
      entries: z.number().int(),
      billable: z.number().int(),
      validFrom: z.string(),
      validTo: z.string(),
    }),
  ),
});
export type CodesetManifest = z.infer<typeof CodesetManifestSchema>;

/** Parses icd10cm-changes.json; throws when it is not the expected shape. */
export function parseChanges(json: string): Record<string, YearChanges> {
  const parsed = z.record(z.string(), YearChangesSchema).safeParse(JSON.parse(json));
  if (!parsed.success) throw new Error(`the ICD-10-CM change lists are damaged (${parsed.error.issues[0]?.path.join('.')})`);
  return parsed.data;
}

/**
 * The bundled years from the manifest, the index bytes (already checked against the manifest's
 * sha256 by the caller) and the change lists. One decoded index serves every year built on it.
 */
export function bundledIcdProvider(manifest: CodesetManifest, indexBytes: (file: string) => Uint8Array, changes: Record<string, YearChanges>, decodeText?: (bytes: Uint8Array) => string): IcdCodeSetProvider {
  const decoded = new Map<string, ReturnType<typeof decodeIcdIndex>>();
  const sets = new Map<number, IcdCodeSet>();
  for (const y of manifest.icd10cm) {
    let idx = decoded.get(y.index);
    if (!idx) {
      idx = decodeIcdIndex(indexBytes(y.index), decodeText);
      decoded.set(y.index, idx);
    }
    const set = new BundledIcdCodeSet(idx, { fiscalYear: y.fiscalYear, origin: y.origin, changes: changes[y.changes], overlay: y.overlay });
    if (set.size !== y.entries || set.billableCount !== y.billable) throw new Error(`the FY${y.fiscalYear} code set has ${set.size} entries / ${set.billableCount} billable, its manifest says ${y.entries} / ${y.billable}`);
    sets.set(y.fiscalYear, set);
  }
  return providerOf(sets);
}

/** A provider over fixed code sets by year. */
export function providerOf(sets: ReadonlyMap<number, IcdCodeSet>): IcdCodeSetProvider {
  const years = [...sets.keys()].sort((a, b) => a - b);
  return { years, forYear: (fy) => sets.get(fy) };
}

/**
 * `base` with a user's official code set: for the fiscal year it covers (from its file name or the
 * config), else for every year (an official file of unknown year is taken to be the one in force).
 */
export function withUserCodeSet(base: IcdCodeSetProvider | undefined, user: IcdCodeSet, fiscalYear: number | undefined): IcdCodeSetProvider {
  if (fiscalYear === undefined) return { years: base?.years ?? [], forYear: () => user };
  const years = [...new Set([...(base?.years ?? []), fiscalYear])].sort((a, b) => a - b);
  return { years, forYear: (fy) => (fy === fiscalYear ? user : base?.forYear(fy)) };
}
