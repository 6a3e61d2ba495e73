// Shared helpers for the diagnosis and procedure rules (box 21 and 24D/24E): code shapes, pointer
// letters, ages, code-book look-ups and the pointer re-mapping a diagnosis removal needs.
// Pure: no fs, no clock.
import type { IcdCodeSet, IcdEntry } from '../../codesets';
import { POINTER_LETTERS } from '../../model/claim';
import { modifierRules } from '../../reference';
import type { RuleContext } from '../rule';
import type { TextEdit } from '../types';

/** ICD-10-CM shape (claims brief §3.1), with the optional dot after the 3rd character. */
const ICD_SHAPE = /^[A-Z][0-9A-Z][0-9A-Z](\.?[0-9A-Z]{1,4})?$/;
/** CPT shape (brief §3.2): 4 digits + a digit or A/F/M/T/U. */
const CPT_SHAPE = /^\d{4}[0-9AFMTU]$/;
/** HCPCS Level II shape (brief §3.3): a letter A–V except D, F, I, N, O, then 4 digits. */
const HCPCS_SHAPE = /^[A-CEGHJ-MP-V]\d{4}$/;
/** Modifiers are exactly two letters or digits (X12 element 1339). */
const MODIFIER_SHAPE = /^[A-Z0-9]{2}$/;

export function isIcdShaped(code: string): boolean {
  return ICD_SHAPE.test(code);
}

/** The code without its dot, upper case, trimmed: the form used for comparisons and look-ups. */
export function compactIcd(code: string): string {
  return code.trim().toUpperCase().replace(/\./g, '');
}

/** The code as written on the form: a dot after the 3rd character when there are more. */
export function dottedIcd(code: string): string {
  const c = compactIcd(code);
  return c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c;
}

export function isCptShaped(code: string): boolean {
  return CPT_SHAPE.test(code);
}

export function isHcpcsShaped(code: string): boolean {
  return HCPCS_SHAPE.test(code);
}

export function isProcedureShaped(code: string): boolean {
  return isCptShaped(code) || isHcpcsShaped(code);
}

export function isModifierShaped(mod: string): boolean {
  return MODIFIER_SHAPE.test(mod);
}

/** The E/M code range (brief §3.4; data/modifiers.json rules.emRange, 99202–99499). */
function emRange(): [number, number] {
  const m = /^(\d{5})-(\d{5})$/.exec(modifierRules().emRange);
  return m ? [Number(m[1]), Number(m[2])] : [99202, 99499];
}

/** E/M range 99202–99499 (brief §3.4, modifier 25). */
export function isEvaluationAndManagement(code: string | undefined): boolean {
  if (!code || !/^\d{5}$/.test(code)) return false;
  const n = Number(code);
  const [lo, hi] = emRange();
  return n >= lo && n <= hi;
}

/** Modifiers NCCI accepts to bypass a pair whose modifier indicator is 1 (brief §4.4; data/modifiers.json). */
export function isNcciAssociatedModifier(mod: string | undefined): boolean {
  return mod !== undefined && modifierRules().ncciAssociated.includes(mod.trim().toUpperCase());
}

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

/** Completed years of age on `date` (both YYYY-MM-DD). Feb 29 birthdays turn over on Mar 1 in common years. */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = date.split('-').map(Number);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age--;
  return age;
}

/** A code-book entry, with age/sex limits inherited from its nearest header when the entry has none. */
export interface CodeLimits {
  entry: IcdEntry;
  sex?: 'M' | 'F';
  ageMin?: number;
  ageMax?: number;
}

export function lookupIcd(codes: IcdCodeSet, code: string): IcdEntry | undefined {
  try {
    return codes.get(compactIcd(code)) ?? codes.get(dottedIcd(code));
  } catch {
    return undefined;
  }
}

/** The entry for `code` plus the sex/age limits that apply to it (its own, else its nearest header's). */
export function codeLimits(codes: IcdCodeSet, code: string): CodeLimits | undefined {
  const entry = lookupIcd(codes, code);
  if (!entry) return undefined;
  const out: CodeLimits = { entry, sex: entry.sex, ageMin: entry.ageMin, ageMax: entry.ageMax };
  const compact = compactIcd(code);
  for (let n = compact.length - 1; n >= 3 && (out.sex === undefined || (out.ageMin === undefined && out.ageMax === undefined)); n--) {
    const parent = lookupIcd(codes, compact.slice(0, n));
    if (!parent) continue;
    if (out.sex === undefined && parent.sex) out.sex = parent.sex;
    if (out.ageMin === undefined && out.ageMax === undefined && (parent.ageMin !== undefined || parent.ageMax !== undefined)) {
      out.ageMin = parent.ageMin;
      out.ageMax = parent.ageMax;
    }
  }
  return out;
}

/** Billable codes under a header, never throwing. */
export function billableChildren(codes: IcdCodeSet, code: string, limit: number): IcdEntry[] {
  try {
    const compact = compactIcd(code);
    const out = codes.billableDescendants(dottedIcd(code), limit).filter((e) => e.billable && compactIcd(e.code) !== compact);
    return out.length ? out : codes.billableDescendants(compact, limit).filter((e) => e.billable && compactIcd(e.code) !== compact);
  } catch {
    return [];
  }
}

/**
 * Codes the code book knows that differ from `code` only by placeholder X characters (brief §3.1):
 * e.g. S02.2B → S02.2XXB, T45.03A → T45.0X3A. Only billable ones are returned.
 */
export function placeholderForms(codes: IcdCodeSet, code: string): IcdEntry[] {
  const compact = compactIcd(code);
  if (compact.length < 4 || compact.length >= 7) return [];
  const found = new Map<string, IcdEntry>();
  const grow = (c: string) => {
    if (c.length > 7) return;
    if (c !== compact) {
      const e = lookupIcd(codes, c);
      if (e?.billable) found.set(compactIcd(e.code), e);
    }
    if (c.length === 7) return;
    // An X may go anywhere from the 4th character on (never after the last character: that is the 7th).
    for (let pos = 3; pos < c.length; pos++) grow(c.slice(0, pos) + 'X' + c.slice(pos));
  };
  grow(compact);
  return [...found.values()];
}

/** Service dates of a line as [from, to] (to defaults to from), or undefined when from is missing. */
export function lineDates(line: { from?: string; to?: string } | undefined): [string, string] | undefined {
  if (!line?.from) return undefined;
  const to = line.to && line.to >= line.from ? line.to : line.from;
  return [line.from, to];
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
      const e = replaceListEdits(ctx, ['services', i, 'pointers'], after);
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

/** The patient's age on each service date that is a valid date and not before the birth date. */
export function patientAges(ctx: RuleContext, lines?: readonly number[]): { line: number; date: string; age: number }[] {
  const birth = ctx.claim.patient?.birthDate;
  if (!birth || ctx.isInvalid(['patient', 'birthDate'])) return [];
  const out: { line: number; date: string; age: number }[] = [];
  const which = lines ?? ctx.services.map((_, i) => i);
  for (const i of which) {
    const line = ctx.services[i];
    if (!line?.from || ctx.isInvalid(['services', i, 'from'])) continue;
    if (line.from < birth) continue; // birth-date-after-service
    out.push({ line: i, date: line.from, age: ageOn(birth, line.from) });
  }
  return out;
}

/** Describes an age range from the code book: "newborns (age 0)", "patients aged 9–64", … */
export function describeAgeRange(min: number | undefined, max: number | undefined): string {
  if (max === 0 && (min === undefined || min === 0)) return 'newborns (age 0)';
  if (min !== undefined && max !== undefined) return `patients aged ${min}–${max}`;
  if (min !== undefined) return `patients aged ${min} or older`;
  if (max !== undefined) return `patients aged ${max} or younger`;
  return 'patients of any age';
}

/** True when the code's code-book limits (sex, age on any service date) fit the patient. */
export function fitsPatient(ctx: RuleContext, code: string): boolean {
  const limits = codeLimits(ctx.codes, code);
  if (!limits) return true;
  const sex = ctx.claim.patient?.sex;
  if (limits.sex && sex && limits.sex !== sex) return false;
  if (limits.ageMin === undefined && limits.ageMax === undefined) return true;
  return patientAges(ctx).every(({ age }) => (limits.ageMin === undefined || age >= limits.ageMin) && (limits.ageMax === undefined || age <= limits.ageMax));
}

/** True when another entry of box 21 already holds this code (dot and case ignored). */
export function alreadyListed(ctx: RuleContext, code: string, except: number): boolean {
  const c = compactIcd(code);
  return ctx.diagnoses.some((d, i) => i !== except && typeof d === 'string' && compactIcd(d) === c);
}

/** Modifiers that cannot sit on one line (rules.md conflicting-modifiers; data/modifiers.json rules.conflicts). */
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

/** Why `mod` is not allowed on `code` (rules.md modifier-not-allowed), or undefined when it is. */
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
  return mods.length ? ctx.edits.appendItem(listPath, mod) : replaceListEdits(ctx, listPath, [mod]);
}

/**
 * Edits that replace the whole list at `path` with `items`, written inline. For a block YAML list
 * the replaced span ends at its last item (the parsed range of a block list also covers the line
 * break and indentation before the next key, which must stay).
 */
export function replaceListEdits(ctx: RuleContext, path: ReadonlyArray<string | number>, items: readonly unknown[]): TextEdit[] | undefined {
  const loc = ctx.doc.locations.get(path.join('.'));
  if (!loc || loc.alias) return undefined;
  if (loc.kind === 'seq' && !loc.flow && ctx.doc.format === 'yaml') {
    const count = ctx.edits.countItems(path);
    const last = count ? ctx.doc.locations.get([...path, count - 1].join('.')) : undefined;
    if (!last) return undefined;
    return [{ start: loc.value.start, end: last.value.end, newText: ctx.edits.inlineValue(items) }];
  }
  return ctx.edits.replaceValue(path, items);
}
