// Box 21 entries and the box 24E pointers at them: letters, labels, and removing a diagnosis while
// every pointer keeps meaning the same diagnosis. Pure.
import { compactIcd } from '../../codesets/icd';
import { POINTER_LETTERS } from '../../model/claim';
import type { RuleContext } from '../rule';
import type { TextEdit } from '../types';

/** Pointer letter for a 0-based diagnosis index (A–L), or the 1-based number past L. */
export function letterOf(index: number): string {
  return index >= 0 && index < POINTER_LETTERS.length ? POINTER_LETTERS[index] : `#${index + 1}`;
}

/** 0-based diagnosis index of a pointer letter A–L, else -1. */
export function indexOfLetter(pointer: string | undefined): number {
  if (typeof pointer !== 'string') return -1;
  const p = pointer.trim().toUpperCase();
  return p.length === 1 ? POINTER_LETTERS.indexOf(p) : -1;
}

/** "diagnosis B (I10)" — how messages name an entry of box 21. */
export function diagnosisLabel(ctx: RuleContext, index: number): string {
  const code = ctx.diagnoses[index];
  const shown = typeof code === 'string' && code.trim() ? ` (${code.trim()})` : '';
  return `diagnosis ${letterOf(index)}${shown}`;
}

/**
 * Edits that keep every line's pointers meaning the same diagnoses after diagnosis `removed` is
 * deleted from box 21: letters after it move up one; a pointer at the removed entry moves to
 * `mergeInto` (its exact duplicate) or is dropped. Returns undefined when a line cannot be rewritten
 * safely (its pointers hold a value the schema rejected).
 */
export function remapPointersAfterRemoval(ctx: RuleContext, removed: number, mergeInto?: number): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  for (let i = 0; i < ctx.services.length; i++) {
    const line = ctx.services[i];
    if (!line || !line.pointers) continue;
    if (ctx.isInvalid(['services', i, 'pointers'])) return undefined;
    const before = line.pointers;
    if (before.some((p) => p === undefined)) return undefined;
    const after: string[] = [];
    const changed: { k: number; to: string }[] = [];
    let drops = false;
    before.forEach((p, k) => {
      const idx = indexOfLetter(p);
      let next: string | undefined = p;
      if (idx >= 0 && idx < ctx.diagnoses.length) {
        if (idx === removed) next = mergeInto === undefined ? undefined : letterOf(mergeInto > removed ? mergeInto - 1 : mergeInto);
        else if (idx > removed) next = letterOf(idx - 1);
      }
      // A pointer the re-mapping turns into a repeat of an earlier one is dropped (a repeat the
      // author already wrote is left alone: that is duplicate-diagnosis-pointer's business).
      const alreadyRepeated = next === p && before.slice(0, k).includes(p);
      if (next === undefined || (after.includes(next) && indexOfLetter(next) >= 0 && !alreadyRepeated)) {
        drops = true;
        return;
      }
      after.push(next);
      if (next !== p) changed.push({ k, to: next });
    });
    if (!drops && changed.length === 0) continue;
    if (drops) {
      const e = ctx.edits.replaceList(['services', i, 'pointers'], after);
      if (!e) return undefined;
      edits.push(...e);
    } else {
      for (const c of changed) {
        const e = ctx.edits.replaceValue(['services', i, 'pointers', c.k], c.to);
        if (!e) return undefined;
        edits.push(...e);
      }
    }
  }
  return edits;
}

/** Edits that delete diagnosis `index` and keep all pointers meaning what they meant. */
export function removeDiagnosisEdits(ctx: RuleContext, index: number, mergeInto?: number): TextEdit[] | undefined {
  const remove = ctx.edits.removeItem(['diagnoses', index]);
  if (!remove) return undefined;
  const remap = remapPointersAfterRemoval(ctx, index, mergeInto);
  if (!remap) return undefined;
  return [...remove, ...remap];
}

/** True when another entry of box 21 already holds this code (dot and case ignored). */
export function alreadyListed(ctx: RuleContext, code: string, except: number): boolean {
  const c = compactIcd(code);
  return ctx.diagnoses.some((d, i) => i !== except && typeof d === 'string' && compactIcd(d) === c);
}
