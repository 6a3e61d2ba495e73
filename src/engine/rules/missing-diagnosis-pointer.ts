import { forEachLine } from '../util/serviceLines';
import { POINTER_LETTERS } from '../../model/claim';
import { defineRule, isBlank } from '../rule';

export default defineRule({
  id: 'missing-diagnosis-pointer',
  title: 'Service line has no diagnosis pointer',
  section: 'Diagnoses and procedures',
  box: '24E',
  x12: '2400 SV107',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning:
      'Every service line must point at one or more diagnoses in box 21 (letters A–L) that explain why the service was needed. This line points at none.',
    why: 'Without a pointer the payer cannot link the service to a medical reason, so the claim cannot be adjudicated: clearinghouses reject it at the front end.',
    fix: 'Add `pointers` to the line with the letter of the diagnosis that justifies it, primary reason first (at most 4), e.g. `pointers: [A]`.',
    bad: 'diagnoses: [E11.9]\nservices:\n  - code: "99213"\n    charge: 110.00',
    good: 'diagnoses: [E11.9]\nservices:\n  - code: "99213"\n    pointers: [A]\n    charge: 110.00',
  },
  check(ctx, report) {
    forEachLine(ctx, 'pointers', (line, i) => {
      const pointers = line.pointers ?? [];
      if (pointers.some((p) => !isBlank(p))) return;
      const fixes = ctx.diagnoses.length
        ? [
            {
              title: `Point line ${i + 1} at diagnosis A (${ctx.diagnoses[0] ?? ''})`,
              edits: (ctx.isPresent(['services', i, 'pointers'])
                ? ctx.edits.replaceValue(['services', i, 'pointers'], [POINTER_LETTERS[0]])
                : ctx.edits.insertProperty(['services', i], 'pointers', [POINTER_LETTERS[0]])) ?? [],
              safe: false,
            },
          ].filter((f) => f.edits.length)
        : [];
      report({
        path: ['services', i, 'pointers'],
        serviceLine: i,
        message: `Service line ${i + 1} has no diagnosis pointer (box 24E): point it at the diagnosis in box 21 that justifies it, e.g. pointers: [A].`,
        fixes,
      });
    });
  },
});
