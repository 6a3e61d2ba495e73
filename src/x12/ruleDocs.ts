// Documentation pages of the X12 structure rules, in the one rule-page layout (renderRulePage).
import { payerOutcomeText, renderRulePage } from '../engine/ruleDocs';
import type { X12Rule } from './rules';

export function renderX12RuleDoc(rule: X12Rule): string {
  return renderRulePage({
    id: rule.id,
    title: rule.title,
    facts: [
      ['CMS-1500 box', rule.box],
      ['837P', rule.x12],
      ['WEDI-SNIP type', String(rule.snip)],
      ['Default severity', rule.defaultSeverity],
      ['Mock payer', 'The 999 acknowledgment rejects the transaction set: no claim in it reaches the payer.'],
      ['Section', rule.section],
    ],
    docs: rule.docs,
    example: { language: 'text', triggers: 'Triggers the rule (837P fragment)' },
    turnOff: `In \`.claimlint.yaml\`: \`rules: { ${rule.id}: off }\` (or another severity). X12 files have no comments, so there is no per-line suppression.`,
  });
}

export function renderX12RuleIndex(rules: readonly X12Rule[]): string {
  const out = ['', `## ${rules[0]?.section ?? 'X12 837P structure'}`, '', 'Checked on `*.837p.x12`, `*.837`, `*.x12` and `*.edi` files; every practice-claim rule above applies to each claim in them as well.', '', '| Rule | 837P | Default | Mock payer |', '|---|---|---|---|'];
  for (const r of rules) out.push(`| [${r.id}](${r.id}.md) — ${r.title} | ${r.x12} | ${r.defaultSeverity} | ${payerOutcomeText(r.payer).split(':')[0].replace('277CA-style', '999')} |`);
  out.push('');
  return out.join('\n');
}
