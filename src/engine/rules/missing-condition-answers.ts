import { defineRule } from '../rule';
import { listWords, missingParts } from '../util/fields';

const LABEL: Record<string, string> = { employment: 'employment (10a)', autoAccident: 'auto accident (10b)', otherAccident: 'other accident (10c)' };

export default defineRule({
  id: 'missing-condition-answers',
  title: 'Box 10a–c (employment / auto / other accident) not all answered',
  section: 'Patient, insured, coverage',
  box: '10a–c',
  x12: '2300 CLM11',
  defaultSeverity: 'warning',
  payer: { action: 'none' },
  docs: {
    meaning: 'Boxes 10a, 10b and 10c ask whether the condition is related to employment, an auto accident or another accident. Each needs a yes or no answer.',
    why: 'A "yes" moves the bill to workers\' compensation or auto/liability insurance first (coordination of benefits); an unanswered box makes payers pend the claim and ask.',
    fix: 'Answer all three under `condition` with true or false.',
    bad: 'condition:\n  employment: false',
    good: 'condition:\n  employment: false\n  autoAccident: false\n  otherAccident: false',
  },
  check(ctx, report) {
    const c = ctx.claim.condition;
    const missing = missingParts(ctx, ['condition'], c, ['employment', 'autoAccident', 'otherAccident']);
    if (!missing.length) return;
    const edits = missing.flatMap((k) => ctx.edits.insertProperty(['condition'], k, false) ?? []);
    report({
      path: ['condition'],
      at: 'key',
      message: `Box 10 is not fully answered: ${listWords(missing.map((m) => LABEL[m]))} ${missing.length === 1 ? 'needs' : 'need'} true or false.`,
      fixes: missing.length === 1 && edits.length ? [{ title: `Answer ${LABEL[missing[0]]}: no`, edits, safe: false }] : [],
    });
  },
});
