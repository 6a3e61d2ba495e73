// Modifier rules from data/modifiers.json: the E/M range, NCCI-associated modifiers, conflicts on a
// line, modifiers a code may not carry, and adding one. Pure.
import { modifierRules } from '../../reference';
import type { RuleContext } from '../rule';
import type { TextEdit } from '../types';
import { isProcedureShaped } from './codes';

/** The E/M code range (data/modifiers.json rules.emRange, 99202–99499). */
function emRange(): [number, number] {
  const m = /^(\d{5})-(\d{5})$/.exec(modifierRules().emRange);
  return m ? [Number(m[1]), Number(m[2])] : [99202, 99499];
}

/** E/M range 99202–99499 (modifier 25). */
export function isEvaluationAndManagement(code: string | undefined): boolean {
  if (!code || !/^\d{5}$/.test(code)) return false;
  const n = Number(code);
  const [lo, hi] = emRange();
  return n >= lo && n <= hi;
}

/** Modifiers NCCI accepts to bypass a pair whose modifier indicator is 1 (data/modifiers.json). */
export function isNcciAssociatedModifier(mod: string | undefined): boolean {
  return mod !== undefined && modifierRules().ncciAssociated.includes(mod.trim().toUpperCase());
}

/** Modifiers that cannot sit on one line (docs/rules/conflicting-modifiers.md; data/modifiers.json rules.conflicts). */
export interface ModifierConflict {
  /** The conflict rule's id: component, laterality, liability, distinct, or one the data adds. */
  kind: string;
  /** Why, in the data's words (used for conflict kinds the rule has no wording of its own for). */
  why: string;
  /** For each group of the rule that is present on the line, its modifiers found there (list order). */
  groups: string[][];
  /** Positions (in the line's modifier list) of the modifiers that conflict, in list order. */
  positions: number[];
  /** Where the conflict starts: the first modifier of a second group, in list order. */
  at: number;
}

/** Conflicts among the modifiers of one line: one per conflict rule whose groups meet on the line. */
export function modifierConflicts(mods: ReadonlyArray<string | undefined>): ModifierConflict[] {
  const norm = mods.map((m) => m?.trim().toUpperCase());
  const out: ModifierConflict[] = [];
  for (const rule of modifierRules().conflicts) {
    const groups: string[][] = [];
    const positions: number[] = [];
    for (const g of rule.groups) {
      const ks = norm.flatMap((m, k) => (m !== undefined && g.includes(m) ? [k] : []));
      if (!ks.length) continue;
      groups.push([...new Set(ks.map((k) => norm[k]!))]);
      positions.push(...ks);
    }
    if (groups.length < 2) continue;
    positions.sort((a, b) => a - b);
    const groupOf = (k: number) => rule.groups.findIndex((g) => g.includes(norm[k]!));
    const at = positions.find((k) => groupOf(k) !== groupOf(positions[0])) ?? positions[1];
    out.push({ kind: rule.id, why: rule.why, groups, positions, at });
  }
  return out;
}

/** Why `mod` is not allowed on `code` (docs/rules/modifier-not-allowed.md), or undefined when it is. */
export function modifierNotAllowedReason(code: string | undefined, mod: string): string | undefined {
  if (!code || !isProcedureShaped(code)) return undefined;
  const m = mod.trim().toUpperCase();
  const em = isEvaluationAndManagement(code);
  const rules = modifierRules();
  const [lo, hi] = emRange();
  if (rules.emOnly.includes(m) && !em) {
    return m === '25'
      ? `modifier 25 marks a separately identifiable E/M service, so it belongs on an E/M code (${lo}–${hi}), not on a procedure`
      : `modifier ${m} belongs on an E/M code (${lo}–${hi}) only`;
  }
  if (rules.notOnEm.includes(m) && em) return `modifier ${m} marks a distinct procedure; it is not used on E/M codes (use 25 on the E/M line when it is separately identifiable)`;
  return undefined;
}

/** True when adding `mod` to a line with `code` and `mods` would raise no modifier finding. */
export function canAddModifier(code: string | undefined, mods: ReadonlyArray<string | undefined>, mod: string): boolean {
  if (mods.length >= 4 || mods.some((m) => m?.trim().toUpperCase() === mod)) return false;
  if (modifierNotAllowedReason(code, mod)) return false;
  return modifierConflicts([...mods, mod]).length === modifierConflicts(mods).length;
}

/** Edits that add `mod` to line `i`'s modifiers (creating the list when needed), or undefined. */
export function addModifierEdits(ctx: RuleContext, i: number, mod: string): TextEdit[] | undefined {
  const listPath = ['services', i, 'modifiers'];
  if (ctx.isInvalid(listPath)) return undefined;
  const mods = ctx.services[i]?.modifiers ?? [];
  if (mods.length >= 4) return undefined;
  if (!ctx.isPresent(listPath)) return ctx.edits.insertProperty(['services', i], 'modifiers', [mod]);
  return mods.length ? ctx.edits.appendItem(listPath, mod) : ctx.edits.replaceList(listPath, [mod]);
}
