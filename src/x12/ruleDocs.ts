// Documentation pages of the X12 structure rules, in the same layout as the practice-claim rules.
import { payerOutcomeText } from '../engine/ruleDocs';
import type { X12Rule } from './rules';

const x12Block = (s: string) => `\`\`\`text\n${s.trimEnd()}\n\`\`\``;

export function renderX12RuleDoc(rule: X12Rule): string {
  return [
    `# ${rule.id}`,
    '',
    `**${rule.title}**`,
    '',
    '| | |',
    '|---|---|',
    `| CMS-1500 box | ${rule.box} |`,
    `| 837P | ${rule.x12} |`,
    `| WEDI-SNIP type | ${rule.snip} |`,
    `| Default severity | ${rule.defaultSeverity} |`,
    `| Mock payer | The 999 acknowledgment rejects the transaction set: no claim in it reaches the payer. |`,
    `| Section | ${rule.section} |`,
    '',
    '## What it means',
    '',
    rule.docs.meaning,
    '',
    '## Why payers care',
    '',
    rule.docs.why,
    '',
    '## How to fix it',
    '',
    rule.docs.fix,
    '',
    '## Example',
    '',
    'Triggers the rule (837P fragment):',
    '',
    x12Block(rule.docs.bad),
    '',
    'Fixed:',
    '',
    x12Block(rule.docs.good),
    '',
    '## Turning it off',
    '',
    `In \`.claimlint.yaml\`: \`rules: { ${rule.id}: off }\` (or another severity). X12 files have no comments, so there is no per-line suppression.`,
    '',
  ].join('\n');
}

export function renderX12RuleIndex(rules: readonly X12Rule[]): string {
  const out = ['', `## ${rules[0]?.section ?? 'X12 837P structure'}`, '', 'Checked on `*.837p.x12`, `*.837`, `*.x12` and `*.edi` files; every practice-claim rule above applies to each claim in them as well.', '', '| Rule | 837P | Default | Mock payer |', '|---|---|---|---|'];
  for (const r of rules) out.push(`| [${r.id}](${r.id}.md) — ${r.title} | ${r.x12} | ${r.defaultSeverity} | ${payerOutcomeText(r.payer).split(':')[0].replace('277CA-style', '999')} |`);
  out.push('');
  return out.join('\n');
}
