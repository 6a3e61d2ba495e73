// The practice claim files an 837P import writes: one per CLM, named after the claim id, with a
// header comment and the fields the practice format has no place for kept as comments. Shared by
// `claimlint import` and the editor's "Import 837P as Practice Claims".
import type { ImportedClaim } from './import';
import { claimToYaml } from './yamlOut';

export function safeClaimFileBase(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 80) || 'claim';
}

/** File name stem for claim i of an import (before `.claim.yaml`). */
export function importedClaimBase(c: ImportedClaim, i: number): string {
  const id = (c.value.claim as { id?: unknown } | undefined)?.id;
  return safeClaimFileBase(typeof id === 'string' ? id : `claim-${i + 1}`);
}

export function importedClaimYaml(c: ImportedClaim, i: number, n: number, sourceName: string): string {
  const header = [`Imported from ${sourceName} (837P), claim ${i + 1} of ${n}. Fields the practice format has no place for are kept below as comments.`];
  return claimToYaml(c.value, [...header, ...c.comments]);
}
