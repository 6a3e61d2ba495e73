// Hints before answers. From a grade and the case, three levels:
//   1. what kind of thing is wrong ("one diagnosis is missing", "a line's units are wrong");
//   2. where to look in the note (the section and note lines relevant to each problem);
//   3. the key with its rationale, only when the claim passed, after three attempts, or when the
//      trainee explicitly asks for the answer.
// Also the review of one attempt (each diagnosis and line as hit / partial / missed / overcoded),
// redacted so that no key code the trainee has not written shows before level 3. Pure.
import { dottedIcd } from '../codesets/icd';
import type { GradeResult } from './grade';
import { compareForm, type PracticeCase } from '../practice/model';

export const ANSWER_AFTER_ATTEMPTS = 3;

export type ProblemKind = 'first-listed-missing' | 'sequencing' | 'dx-missing' | 'dx-overcoded' | 'line-missing' | 'line-overcoded' | 'units' | 'modifiers' | 'lint-errors';

export interface Hint {
  kind: ProblemKind;
  /** Level 1: the kind of problem, never a key code. */
  text: string;
  /** Level 2: where to look in the note. */
  where?: NotePointer;
}

export interface NotePointer {
  /** A sentence naming the section, e.g. "Read the A/P section (note lines 13–17)". */
  text: string;
  /** 1-based note lines, inclusive. */
  fromLine: number;
  toLine: number;
}

export interface AnswerKey {
  diagnoses: { first: string; others: string[]; optional: string[] };
  services: { code: string; modifiers: string[]; units: number; optional: boolean }[];
  rationale: { codes: string[]; guideline?: string; text: string }[];
}

export type ItemStatus = 'hit' | 'partial' | 'missed' | 'overcoded' | 'optional';

export interface ReviewItem {
  kind: 'diagnosis' | 'line';
  status: ItemStatus;
  /** The code as the claim has it; for a missed item, the key code only when the answer is shown. */
  code?: string;
  /** Claim position: box 21 letter or line number. */
  where?: string;
  /** Why credit was lost (redacted before the answer: no expected values). */
  why?: string;
}

export interface Review {
  items: ReviewItem[];
  hints: Hint[];
  /** True when level 3 (the key) may be shown. */
  answerUnlocked: boolean;
  /** Why it is (or is not) unlocked, for the panel. */
  answerNote: string;
  answer?: AnswerKey;
}

export interface ReviewOptions {
  /** Attempts at this case so far, this one included. */
  attempts: number;
  /** The trainee asked for the answer. */
  showAnswer?: boolean;
  /** Exam mode: no hints and no answer until the set ends. */
  examMode?: boolean;
  /** ICD-10-CM title lookup, to point at the note line that documents a missed diagnosis. */
  titleOf?: (code: string) => string | undefined;
  /** Lines shown above the note where it is displayed (pointers then name displayed lines). */
  lineOffset?: number;
}

const LETTERS = 'ABCDEFGHIJKL';
const dxShown = (c: string) => dottedIcd(compareForm(c));

export function answerUnlocked(passed: boolean, attempts: number, showAnswer = false): boolean {
  return passed || attempts >= ANSWER_AFTER_ATTEMPTS || showAnswer;
}

/** The review of one graded attempt. */
export function reviewAttempt(g: GradeResult, c: PracticeCase, claimDiagnoses: readonly (string | null | undefined)[], options: ReviewOptions): Review {
  const unlocked = !options.examMode && answerUnlocked(g.passed, options.attempts, options.showAnswer);
  const key = c.key;
  const items: ReviewItem[] = [];

  // Box 21, in the claim's order.
  const E = new Set(key ? [key.diagnoses.first, ...key.diagnoses.others].map(compareForm) : []);
  const O = new Set(key ? key.diagnoses.optional.map(compareForm) : []);
  const first = key ? compareForm(key.diagnoses.first) : '';
  const seen = new Set<string>();
  let index = 0;
  for (const raw of claimDiagnoses) {
    const pos = index++;
    if (typeof raw !== 'string' || !raw.trim()) continue;
    const c2 = compareForm(raw);
    if (seen.has(c2)) continue;
    seen.add(c2);
    const where = LETTERS[pos] ?? `#${pos + 1}`;
    const code = dxShown(c2);
    if (c2 === first && g.diagnoses.first === 'sequencing') items.push({ kind: 'diagnosis', status: 'partial', code, where, why: 'right code, wrong place: it should be listed first (A)' });
    else if (E.has(c2)) items.push({ kind: 'diagnosis', status: 'hit', code, where });
    else if (O.has(c2)) items.push({ kind: 'diagnosis', status: 'optional', code, where, why: 'optional: neither credit nor penalty' });
    else items.push({ kind: 'diagnosis', status: 'overcoded', code, where, why: 'not supported by the note for this encounter' });
  }
  for (const m of g.diagnoses.misses) items.push({ kind: 'diagnosis', status: 'missed', ...(unlocked ? { code: m } : {}), why: 'documented but not on the claim' });

  // Box 24: claim lines in claim order, then key lines nobody billed.
  const claimSide = g.lines.filter((l) => l.claimLine !== undefined).sort((a, b) => a.claimLine! - b.claimLine!);
  for (const l of claimSide) {
    const where = `line ${l.claimLine}`;
    if (!l.matched) items.push({ kind: 'line', status: 'overcoded', code: l.code, where, why: 'not supported by the note' });
    else if (l.optional) items.push({ kind: 'line', status: 'optional', code: l.code, where, why: 'optional: neither credit nor penalty' });
    else if (l.credit >= 1) items.push({ kind: 'line', status: 'hit', code: l.code, where });
    else items.push({ kind: 'line', status: 'partial', code: l.code, where, why: unlocked ? l.issues.join('; ') : l.issues.map((i) => (i.startsWith('units') ? 'the units are wrong' : i.startsWith('modifiers') ? 'the modifiers are wrong' : 'not full credit')).join('; ') });
  }
  for (const l of g.lines.filter((x) => x.claimLine === undefined && !x.optional && !x.matched)) items.push({ kind: 'line', status: 'missed', ...(unlocked ? { code: l.code } : {}), why: 'documented but not billed' });

  const hints = options.examMode ? [] : hintsFor(g, c, options.titleOf, options.lineOffset);
  const answerNote = options.examMode
    ? 'Exam mode: hints and answers come when the timed set ends.'
    : g.passed
      ? 'Passed: here is the key and why.'
      : options.attempts >= ANSWER_AFTER_ATTEMPTS
        ? `After ${options.attempts} attempts the key is shown.`
        : options.showAnswer
          ? 'You asked for the answer.'
          : `The key is shown after a pass or ${ANSWER_AFTER_ATTEMPTS} attempts (${ANSWER_AFTER_ATTEMPTS - options.attempts} to go), or if you ask for it.`;
  return { items, hints, answerUnlocked: unlocked, answerNote, ...(unlocked && key ? { answer: answerOf(c) } : {}) };
}

export function answerOf(c: PracticeCase): AnswerKey | undefined {
  const key = c.key;
  if (!key) return undefined;
  return {
    diagnoses: { first: dxShown(key.diagnoses.first), others: key.diagnoses.others.map(dxShown), optional: key.diagnoses.optional.map(dxShown) },
    services: key.services.map((s) => ({ code: s.code.trim().toUpperCase(), modifiers: s.modifiers.map((m) => m.toUpperCase()), units: s.units ?? 1, optional: s.optional })),
    rationale: key.rationale.map((r) => ({ codes: r.codes, ...(r.guideline ? { guideline: r.guideline } : {}), text: r.text.trim() })),
  };
}

const count = (n: number, one: string, many: string) => (n === 1 ? one : `${n} ${many}`);

/** Level 1 and 2 hints, in the order of the claim form. Never names a key code. */
export function hintsFor(g: GradeResult, c: PracticeCase, titleOf?: (code: string) => string | undefined, lineOffset = 0): Hint[] {
  const note = noteSections(c.note, lineOffset);
  const hints: Hint[] = [];
  const dxPointer = note.find(/^(A\/P|ASSESSMENT|IMPRESSION|DX|DIAGNOS|PLAN|POST-?OP|PRE-?OP)/i);
  if (g.diagnoses.first === 'missing') hints.push({ kind: 'first-listed-missing', text: 'The first-listed diagnosis (box 21 A) is not the main reason for this encounter.', where: dxPointer ?? note.whole() });
  if (g.diagnoses.first === 'sequencing') hints.push({ kind: 'sequencing', text: 'Your diagnoses are in the wrong order: the main reason for the encounter goes first (A).', where: dxPointer ?? note.whole() });
  const otherMisses = g.diagnoses.misses.filter((m) => compareForm(m) !== compareForm(c.key?.diagnoses.first ?? ''));
  if (otherMisses.length) {
    const byTitle = otherMisses.map((m) => note.bestLineFor(titleOf?.(m))).find((p) => p !== undefined);
    hints.push({ kind: 'dx-missing', text: `${count(otherMisses.length, 'One diagnosis is', 'diagnoses are')} missing: the note documents ${otherMisses.length === 1 ? 'a condition' : 'conditions'} that affected this encounter.`, where: byTitle ?? dxPointer ?? note.whole() });
  }
  if (g.diagnoses.overcodes.length) hints.push({ kind: 'dx-overcoded', text: `${count(g.diagnoses.overcodes.length, 'One diagnosis', 'diagnoses')} on the claim ${g.diagnoses.overcodes.length === 1 ? 'is' : 'are'} not supported for this encounter (history, resolved or ruled-out conditions are not coded).`, where: dxPointer ?? note.whole() });

  const procPointer = note.find(/^(PROCEDURE|OPERATIVE|OPERATION|TREATMENT|IMMUNIZATION|GIVEN|IN-OFFICE|SEDATION|TECHNIQUE|ANESTHESIA|FINDINGS|IMPRESSION|DATA|TEST)/i);
  const lineMisses = g.lines.filter((l) => l.claimLine === undefined && !l.optional && !l.matched);
  if (lineMisses.length) {
    const em = lineMisses.some((l) => /^99\d{3}$/.test(l.code)) ? note.lineMatching(/\b(minutes|total time|MDM|medical decision)\b/i) : undefined;
    hints.push({ kind: 'line-missing', text: `${count(lineMisses.length, 'A service is', 'services are')} documented but not billed.`, where: em ?? procPointer ?? note.whole() });
  }
  const units = g.lines.filter((l) => l.matched && l.issues.some((i) => i.startsWith('units')));
  if (units.length) hints.push({ kind: 'units', text: `${units.length === 1 ? "A line's units are" : `${units.length} lines' units are`} wrong (line ${units.map((l) => l.claimLine).join(', ')}): count what the note says was done.`, where: note.lineMatching(/\b\d+(\.\d+)?\s*(cm|mm|units?|mg|mL|minutes|min|lesions?|sites?|views?)\b|\bx\s?\d\b/i) ?? procPointer ?? note.whole() });
  const mods = g.lines.filter((l) => l.matched && l.issues.some((i) => i.startsWith('modifiers')));
  if (mods.length) hints.push({ kind: 'modifiers', text: `${mods.length === 1 ? "A line's modifiers are" : `${mods.length} lines' modifiers are`} wrong (line ${mods.map((l) => l.claimLine).join(', ')}): check laterality, separate procedures and significant, separately identifiable services.`, where: note.lineMatching(/\b(left|right|bilat\w*|separate|distinct|significant|L|R|RT|LT)\b/) ?? procPointer ?? note.whole() });
  const over = g.lines.filter((l) => !l.matched && l.claimLine !== undefined);
  if (over.length) hints.push({ kind: 'line-overcoded', text: `${count(over.length, 'A line bills', 'lines bill')} a service the note does not support.`, where: procPointer ?? note.whole() });
  if (g.lint.errors > 0) hints.push({ kind: 'lint-errors', text: `The claim has ${count(g.lint.errors, 'a lint error', 'lint errors')} (red squiggles): a claim with errors does not pass, whatever its codes.` });
  return hints;
}

interface Section {
  name: string;
  from: number;
  to: number;
}

/** The note split into sections ("A/P:", "PROCEDURE:", "Technique:" …), with 1-based lines. */
export function noteSections(note: string, offset = 0) {
  const lines = note.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  const sections: Section[] = [];
  lines.forEach((l, i) => {
    const m = /^\s*([A-Za-z][A-Za-z /&()#-]{0,39}):/.exec(l);
    if (m) {
      if (sections.length) sections[sections.length - 1].to = i;
      sections.push({ name: m[1].trim(), from: i + 1, to: lines.length });
    }
  });
  const pointer = (name: string, from: number, to: number): NotePointer => ({ text: from === to ? `Read the ${name} part of the note (line ${from + offset}).` : `Read the ${name} part of the note (lines ${from + offset}–${to + offset}).`, fromLine: from + offset, toLine: to + offset });
  return {
    lines,
    sections,
    find(re: RegExp): NotePointer | undefined {
      const s = sections.find((x) => re.test(x.name));
      return s ? pointer(s.name, s.from, s.to) : undefined;
    },
    lineMatching(re: RegExp): NotePointer | undefined {
      const i = lines.findIndex((l) => re.test(l));
      if (i < 0) return undefined;
      const s = sections.find((x) => x.from <= i + 1 && i + 1 <= x.to);
      return { text: `Look at line ${i + 1 + offset} of the note${s ? ` (${s.name})` : ''}.`, fromLine: i + 1 + offset, toLine: i + 1 + offset };
    },
    /** The note line sharing the most words (≥ 4 letters) with a code title. */
    bestLineFor(title: string | undefined): NotePointer | undefined {
      if (!title) return undefined;
      const words = new Set((title.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)));
      if (!words.size) return undefined;
      let best = -1;
      let bestScore = 0;
      lines.forEach((l, i) => {
        const score = new Set((l.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => words.has(w) || [...words].some((t) => t.length >= 6 && w.startsWith(t.slice(0, 6))))).size;
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      });
      if (best < 0) return undefined;
      const s = sections.find((x) => x.from <= best + 1 && best + 1 <= x.to);
      return { text: `Look at line ${best + 1 + offset} of the note${s ? ` (${s.name})` : ''}: what does it document?`, fromLine: best + 1 + offset, toLine: best + 1 + offset };
    },
    whole(): NotePointer {
      return { text: `Read the whole note again (lines ${1 + offset}–${lines.length + offset}).`, fromLine: 1 + offset, toLine: lines.length + offset };
    },
  };
}

const STOP = new Set(['with', 'without', 'other', 'unspecified', 'specified', 'encounter', 'initial', 'subsequent', 'type', 'current', 'long', 'term', 'use', 'disease', 'disorder', 'site', 'part', 'than', 'from', 'into', 'elsewhere', 'classified']);
