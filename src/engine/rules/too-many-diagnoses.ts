import { defineRule } from '../rule';

const MAX = 12;

export default defineRule({
  id: 'too-many-diagnoses',
  title: 'More than 12 diagnosis codes on one claim',
  section: 'Diagnoses and procedures',
  box: '21',
  x12: '2300 HI01–HI12 (at most 12)',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning:
      'Box 21 has room for 12 diagnoses, lettered A to L, and the 837P HI segment carries at most 12. This claim lists more.',
    why: 'A claim cannot carry a 13th diagnosis: the form has no box for it and the electronic format no element. Clearinghouses reject such a claim before it reaches the payer.',
    fix: 'Keep the 12 codes that matter most for the services billed (each line points at its own diagnoses), most important first. When more diagnoses are truly needed, split the services over two claims, each with its own box 21 and pointers.',
    bad: 'diagnoses: [E11.9, I10, E78.5, J06.9, M54.50, R51.9, K21.9, F41.1, G47.00, N39.0, L40.0, H52.4, Z79.4]',
    good: 'diagnoses: [E11.9, I10, E78.5, J06.9, M54.50, R51.9, K21.9, F41.1, G47.00, N39.0, L40.0, Z79.4]',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['diagnoses'])) return;
    const n = ctx.diagnoses.length;
    if (n <= MAX) return;
    report({
      path: ['diagnoses', MAX],
      diagnosis: MAX,
      message: `Box 21 holds at most 12 diagnoses (A–L), but this claim lists ${n}: keep the 12 that support the services billed, or split the services over two claims.`,
    });
  },
});
