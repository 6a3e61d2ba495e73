import { defineRule } from '../rule';
import { dottedIcd } from '../../codesets/icd';
import { lookupIcd } from '../util/codeBook';
import { shapedDiagnoses } from '../util/codeEditor';

export default defineRule({
  id: 'manifestation-first-listed',
  title: 'First-listed diagnosis is a manifestation code (code the underlying condition first)',
  section: 'Diagnoses and procedures',
  box: '21',
  x12: '2300 HI01-1 (ABK principal diagnosis)',
  defaultSeverity: 'error',
  payer: { action: 'reject', rarc: ['M76'] },
  docs: {
    meaning:
      'Some conditions are coded as a pair: the underlying disease (the etiology) and the way it shows in one organ (the manifestation), e.g. diabetes (E11.-) and a cataract it caused, or Alzheimer disease (G30.-) and the dementia it causes (F02.-). Manifestation codes carry a "code first" note and many have "in diseases classified elsewhere" in their title; they may never be listed first. Diagnosis A here is such a code.',
    why: 'The ICD-10-CM Official Guidelines (section I.A.13, etiology/manifestation convention) require the underlying condition to be sequenced before the manifestation, and the Medicare Code Editor has an edit for it ("manifestation code as principal diagnosis"). Scrubbers and payer front ends treat such a claim as carrying an invalid principal diagnosis (remark M76). The list used here is the MCE manifestation list for FY2026 as parsed by a third party from the CMS "Definitions of Medicare Code Edits" (derived, not an official CMS file; spot-checked against the CMS definitions).',
    fix: 'Find the underlying condition the documentation names (the "code first" note under the manifestation code tells you which codes fit), list it as diagnosis A and move the manifestation code after it. Point the service line at both when both were addressed.',
    bad: 'diagnoses:\n  - F02.80   # dementia in other diseases classified elsewhere\n  - G30.9    # Alzheimer disease',
    good: 'diagnoses:\n  - G30.9    # the underlying disease first\n  - F02.80   # then its manifestation',
  },
  check(ctx, report) {
    const mce = ctx.tables.mce;
    if (!mce) return;
    const first = shapedDiagnoses(ctx).find((d) => d.index === 0);
    if (!first || !mce.isManifestation(first.compact)) return;
    const title = lookupIcd(ctx.codes, first.code)?.title;
    report({
      path: ['diagnoses', 0],
      diagnosis: 0,
      message: `Diagnosis A ${dottedIcd(first.code)}${title ? ` (${title})` : ''} is a manifestation code, which may not be the first-listed diagnosis (ICD-10-CM guideline I.A.13; Medicare Code Editor list, derived): list the underlying condition first and this code after it.`,
    });
  },
});
