import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';
import { compactIcd, dottedIcd } from '../../codesets/icd';
import { indexOfLetter, letterOf, removeDiagnosisEdits } from '../util/pointers';

const MAX_LINE_FIXES = 6;

export default defineRule({
  id: 'unreferenced-diagnosis',
  title: 'A diagnosis no service line points at',
  section: 'Diagnoses and procedures',
  box: '21',
  x12: '2300 HI / 2400 SV107',
  defaultSeverity: 'warning',
  payer: { action: 'none' },
  docs: {
    meaning:
      'Each diagnosis in box 21 should be the reason for at least one service: some line should point at its letter in box 24E. No line points at this one.',
    why: 'Diagnoses on a professional claim are there to support the services billed. An unused code is often a sign of a missing pointer (the service it justifies points elsewhere) or of a code copied from the problem list that does not belong on this claim. Payers check medical necessity through the pointers, not through box 21 alone.',
    fix: 'Add the letter to the `pointers` of the line(s) the diagnosis justifies (at most 4 per line, most important first). If no service on this claim was for this condition, remove the code from box 21 (the quick fix re-letters the other pointers for you).',
    bad: 'diagnoses: [E11.9, I10]\nservices:\n  - code: "99214"\n    pointers: [A]',
    good: 'diagnoses: [E11.9, I10]\nservices:\n  - code: "99214"\n    pointers: [A, B]',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['diagnoses']) || ctx.isInvalid(['services'])) return;
    const lines = ctx.services;
    if (lines.length === 0) return;
    // When a line's pointers are missing or unreadable we cannot tell which diagnoses it meant; the
    // finding for that line (missing-diagnosis-pointer or schema-violation) covers the cause.
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (!line || ctx.isInvalid(['services', i, 'pointers'])) return;
      if (!line.pointers?.some((p) => !isBlank(p))) return;
      if (line.pointers.some((p) => p === undefined)) return;
    }
    const referenced = new Set<number>();
    for (const line of lines) for (const p of line?.pointers ?? []) {
      const idx = indexOfLetter(p);
      if (idx >= 0) referenced.add(idx);
    }
    // A code written twice counts as referenced when either copy is (duplicate-diagnosis owns the copy).
    const groups = new Map<string, number[]>();
    ctx.diagnoses.forEach((d, j) => {
      if (isBlank(d) || ctx.isInvalid(['diagnoses', j])) return;
      const key = compactIcd(d as string);
      groups.set(key, [...(groups.get(key) ?? []), j]);
    });
    for (const [key, indexes] of groups) {
      const j = indexes[0];
      if (j >= 12) continue; // too-many-diagnoses: no letter can name it
      if (indexes.some((k) => referenced.has(k))) continue;
      const letter = letterOf(j);
      const fixes: Fix[] = [];
      lines.forEach((line, i) => {
        if (!line?.pointers || fixes.length >= MAX_LINE_FIXES) return;
        if (line.pointers.length >= 4) return;
        const edits = ctx.edits.appendItem(['services', i, 'pointers'], letter);
        if (edits) fixes.push({ title: `Point line ${i + 1}${line.code ? ` (${line.code})` : ''} at ${letter} (${dottedIcd(key)})`, edits, safe: false, isPreferred: lines.length === 1 });
      });
      if (indexes.length === 1 && groups.size > 1) {
        const edits = removeDiagnosisEdits(ctx, j);
        if (edits) fixes.push({ title: `Remove ${dottedIcd(key)} (${letter}) from box 21`, edits, safe: false });
      }
      report({
        path: ['diagnoses', j],
        diagnosis: j,
        message: `No service line points at diagnosis ${letter} ${dottedIcd(key)} (box 21): add ${letter} to the pointers (box 24E) of the line it justifies, or remove the code if no service was for it.`,
        fixes,
      });
    }
  },
});
