// Renders a rule's documentation page (docs/rules/<id>.md) from the rule module, so the docs can
// never drift from the metadata the engine uses. Pure; the generator script writes the files.
import type { Rule } from './rule';
import type { PayerOutcome } from './types';

export function payerOutcomeText(p: PayerOutcome): string {
  switch (p.action) {
    case 'none':
      return 'None: the mock payer does not act on it.';
    case 'reject':
      return `Front-end rejection (277CA-style): the claim never reaches adjudication${p.rarc?.length ? ` (remark ${p.rarc.join(', ')})` : ''}.`;
    case 'deny':
      return `Denial in adjudication (835-style): CARC ${p.carc}${p.rarc?.length ? ` with RARC ${p.rarc.join(', ')}` : ''}${p.group ? `, group ${p.group}` : ''}.`;
  }
}

const yamlBlock = (s: string) => `\`\`\`yaml\n${s.trimEnd()}\n\`\`\``;

export function renderRuleDoc(rule: Rule): string {
  const lines = [
    `# ${rule.id}`,
    '',
    `**${rule.title}**`,
    '',
    '| | |',
    '|---|---|',
    `| CMS-1500 box | ${rule.box} |`,
    `| 837P | ${rule.x12 ?? '—'} |`,
    `| Default severity | ${rule.defaultSeverity}${rule.severityNote ? ` (${rule.severityNote})` : ''} |`,
    `| Mock payer | ${payerOutcomeText(rule.payer)}${rule.payerNote ? ` ${rule.payerNote}.` : ''} |`,
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
    'Triggers the rule:',
    '',
    yamlBlock(rule.docs.bad),
    '',
    'Fixed:',
    '',
    yamlBlock(rule.docs.good),
    '',
    '## Turning it off',
    '',
    `In \`.claimlint.yaml\`: \`rules: { ${rule.id}: off }\` (or another severity). For one line: \`# claimlint-disable-next-line ${rule.id}\`.`,
    '',
  ];
  return lines.join('\n');
}

export function renderRuleIndex(rules: readonly Rule[]): string {
  const out = ['# Clean Claim Coach rules', '', 'Every rule the linter and the mock payer know, in catalogue order.', ''];
  let section = '';
  for (const r of rules) {
    if (r.section !== section) {
      section = r.section;
      out.push('', `## ${section}`, '', '| Rule | Box | Default | Mock payer |', '|---|---|---|---|');
    }
    out.push(`| [${r.id}](${r.id}.md) — ${r.title} | ${r.box} | ${r.defaultSeverity} | ${payerOutcomeText(r.payer).split(':')[0]} |`);
  }
  out.push('');
  return out.join('\n');
}
