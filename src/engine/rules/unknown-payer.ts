import { defineRule, isBlank } from '../rule';

export default defineRule({
  id: 'unknown-payer',
  title: 'payer.id names no payer profile',
  section: 'Structure',
  box: '—',
  x12: '2010BB NM109',
  defaultSeverity: 'information',
  payer: { action: 'none' },
  docs: {
    meaning: 'The claim names a payer id for which no practice payer profile exists, so only the generic rules run: payer-specific checks (prior authorization, referrals, filing limits) are skipped.',
    why: 'Real payers add their own edits on top of the CMS-1500 rules. Without a profile the linter cannot know them, so a claim that looks clean here may still be denied by that payer.',
    fix: 'Use one of the bundled ids (PRACTICE-MEDICARE, PRACTICE-MEDICAID, PRACTICE-PPO, PRACTICE-HMO), or add a profile for your payer under `payers:` in .claimlint.yaml.',
    bad: 'payer:\n  id: ACME-GOLD',
    good: 'payer:\n  id: PRACTICE-PPO',
  },
  check(ctx, report) {
    const id = ctx.claim.payer?.id;
    if (isBlank(id) || ctx.payer) return;
    report({ path: ['payer', 'id'], message: `No payer profile is named "${id}": the claim is checked with the generic rules only (no prior authorization, referral or filing-limit checks).` });
  },
});
