// The grader (practice-cases.md "Scoring"): compares a claim with a case's answer key and says what
// each code earned and why. Pure and deterministic: the caller lints and mock-submits the claim and
// passes the results in, so the editor, the CLI and the tests grade the very same way.
import { dottedIcd } from '../codesets/icd';
import type { CaseKey } from '../practice/model';
import { compareForm } from '../practice/model';

/** A claim as the grader reads it (the normalized claim's fields; anything may be missing). */
export interface GradableClaim {
  diagnoses?: ReadonlyArray<string | undefined | null>;
  services?: ReadonlyArray<{ code?: string | null; modifiers?: ReadonlyArray<string | undefined | null> | null; units?: number | null } | undefined | null>;
}

export interface LintSummary {
  errors: number;
  warnings: number;
}

export type FirstListed = 'correct' | 'sequencing' | 'missing';

export interface LineGrade {
  /** The key line's code, or the claim line's code for a line the key does not have. */
  code: string;
  /** Points this line earned (0..1). */
  credit: number;
  /** True when a claim line with this code answered a key line. */
  matched: boolean;
  /** A key line marked optional: earns nothing and costs nothing. */
  optional: boolean;
  /** 1-based index of the key line (undefined for a claim line the key does not have). */
  keyLine?: number;
  /** 1-based index of the claim line (undefined for a missed key line). */
  claimLine?: number;
  /** Why credit was lost, in a trainee's words (empty when the line earned full credit). */
  issues: string[];
}

export interface GradeResult {
  score: number;
  points: number;
  possible: number;
  /** score ≥ 0.70 and the claim lints with no error. */
  passed: boolean;
  diagnoses: { first: FirstListed; hits: string[]; misses: string[]; overcodes: string[]; points: number; possible: number };
  lines: LineGrade[];
  linePoints: number;
  linePossible: number;
  /** Diagnosis and line codes the key expects that the claim lacks. */
  misses: string[];
  /** Diagnosis and line codes the claim has that the key does not support. */
  overcodes: string[];
  lint: LintSummary;
  submission?: { status: string };
  /** One sentence per lost point, in the order of the claim form. */
  feedback: string[];
}

export const PASS_SCORE = 0.7;

const dxShown = (code: string) => dottedIcd(compareForm(code));
const procShown = (code: string) => String(code).trim().toUpperCase();
const units = (u: number | null | undefined) => (typeof u === 'number' && Number.isFinite(u) ? u : 1);
const present = (s: string | null | undefined): s is string => typeof s === 'string' && s.trim() !== '';

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size !== sb.size) return false;
  for (const x of sa) if (!sb.has(x)) return false;
  return true;
}

function listMods(mods: readonly string[]): string {
  return mods.length ? mods.join(', ') : 'none';
}

export function grade(key: CaseKey, claim: GradableClaim, lint: LintSummary, submission?: { status: string }): GradeResult {
  const feedback: string[] = [];

  // ---- Diagnoses (box 21)
  const D: string[] = [];
  for (const raw of claim.diagnoses ?? []) {
    if (!present(raw)) continue;
    const c = compareForm(raw);
    if (!D.includes(c)) D.push(c);
  }
  const first = compareForm(key.diagnoses.first);
  const others = [...new Set(key.diagnoses.others.map(compareForm))].filter((c) => c !== first);
  const E = [first, ...others];
  const O = new Set(key.diagnoses.optional.map(compareForm));
  const inD = new Set(D);

  let dxPoints = 0;
  let firstListed: FirstListed;
  if (D[0] === first) {
    dxPoints += 1;
    firstListed = 'correct';
  } else if (inD.has(first)) {
    dxPoints += 0.5;
    firstListed = 'sequencing';
    feedback.push(`Box 21: ${dxShown(first)} is listed as ${letter(D.indexOf(first))}, but it is the reason chiefly responsible for this encounter: list it first (A). Half a point lost.`);
  } else {
    firstListed = 'missing';
    feedback.push(`Box 21: the first-listed diagnosis is missing — the documentation supports ${dxShown(first)} as the main reason for the encounter.`);
  }
  const hits: string[] = inD.has(first) ? [dxShown(first)] : [];
  const dxMisses: string[] = inD.has(first) ? [] : [dxShown(first)];
  for (const o of others) {
    if (inD.has(o)) {
      dxPoints += 1;
      hits.push(dxShown(o));
    } else {
      dxMisses.push(dxShown(o));
      feedback.push(`Box 21: ${dxShown(o)} is documented and affects this encounter, but the claim does not report it.`);
    }
  }
  const dxOvercodes = D.filter((c) => !E.includes(c) && !O.has(c)).map(dxShown);
  for (const o of dxOvercodes) feedback.push(`Box 21: ${o} is not supported by the documentation for this encounter (overcoding lowers the score).`);
  const dxPossible = Math.max(E.length, D.filter((c) => !O.has(c)).length);

  // ---- Service lines (box 24)
  const claimLines = (claim.services ?? []).map((l, i) => ({ index: i, code: present(l?.code) ? compareForm(l!.code) : '', shown: present(l?.code) ? procShown(l!.code) : '', modifiers: (l?.modifiers ?? []).filter(present).map((m) => compareForm(m)), units: units(l?.units) })).filter((l) => l.code !== '');
  const taken = new Set<number>();
  const lines: LineGrade[] = [];
  let linePoints = 0;
  let requiredCount = 0;
  let matchedToOptional = 0;
  key.services.forEach((k, ki) => {
    const code = compareForm(k.code);
    const optional = k.optional === true;
    if (!optional) requiredCount++;
    const match = claimLines.find((l) => !taken.has(l.index) && l.code === code);
    if (!match) {
      if (!optional) feedback.push(`Box 24: the service ${procShown(k.code)} is documented but not billed.`);
      lines.push({ code: procShown(k.code), credit: 0, matched: false, optional, keyLine: ki + 1, issues: optional ? [] : ['not billed'] });
      return;
    }
    taken.add(match.index);
    if (optional) {
      matchedToOptional++;
      lines.push({ code: procShown(k.code), credit: 0, matched: true, optional, keyLine: ki + 1, claimLine: match.index + 1, issues: [] });
      return;
    }
    const keyMods = (k.modifiers ?? []).map(compareForm);
    const issues: string[] = [];
    let credit = 0.5;
    if (sameSet(keyMods, match.modifiers)) credit += 0.25;
    else {
      const issue = `modifiers: expected ${listMods([...new Set(keyMods)])}, the claim has ${listMods([...new Set(match.modifiers)])}`;
      issues.push(issue);
      feedback.push(`Line ${match.index + 1} (${match.shown}): ${issue} (a quarter point lost).`);
    }
    if (units(k.units) === match.units) credit += 0.25;
    else {
      const issue = `units: expected ${units(k.units)}, the claim has ${match.units}`;
      issues.push(issue);
      feedback.push(`Line ${match.index + 1} (${match.shown}): ${issue} (a quarter point lost).`);
    }
    linePoints += credit;
    lines.push({ code: procShown(k.code), credit, matched: true, optional, keyLine: ki + 1, claimLine: match.index + 1, issues });
  });
  const lineOvercodes: string[] = [];
  for (const l of claimLines) {
    if (taken.has(l.index)) continue;
    lineOvercodes.push(l.shown);
    lines.push({ code: l.shown, credit: 0, matched: false, optional: false, claimLine: l.index + 1, issues: ['not supported by the documentation'] });
    feedback.push(`Line ${l.index + 1} (${l.shown}): this service is not supported by the documentation for this encounter (overcoding lowers the score).`);
  }
  const linePossible = Math.max(requiredCount, claimLines.length - matchedToOptional);

  const points = dxPoints + linePoints;
  const possible = dxPossible + linePossible;
  const score = possible > 0 ? points / possible : 0;
  const passed = points >= PASS_SCORE * possible - 1e-9 && lint.errors === 0;
  if (lint.errors > 0) feedback.push(`The claim has ${lint.errors} lint error${lint.errors === 1 ? '' : 's'}: a claim with errors does not pass, whatever its codes.`);

  return {
    score,
    points,
    possible,
    passed,
    diagnoses: { first: firstListed, hits, misses: dxMisses, overcodes: dxOvercodes, points: dxPoints, possible: dxPossible },
    lines,
    linePoints,
    linePossible,
    misses: [...dxMisses, ...lines.filter((l) => !l.matched && !l.optional && l.keyLine !== undefined).map((l) => l.code)],
    overcodes: [...dxOvercodes, ...lineOvercodes],
    lint,
    ...(submission ? { submission: { status: submission.status } } : {}),
    feedback,
  };
}

function letter(index: number): string {
  return 'ABCDEFGHIJKL'[index] ?? `#${index + 1}`;
}
