// Renders a rule's documentation page (docs/rules/<id>.md) from the rule module, so the docs can
// never drift from the metadata the engine uses. One page layout (renderRulePage) for every rule.
// Pure; the generator script writes the files, and the editor opens them in the Markdown preview
// (src/extension/ruleDocs.ts).
import type { Rule } from './rule';
import type { PayerOutcome, RuleDocs } from './types';

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

/**
 * What a rule's page says: every rule page (practice-claim rules here, X12 structure rules in
 * src/x12/ruleDocs.ts) is this, rendered by renderRulePage, so the pages share one layout.
 */
export interface RulePage {
  id: string;
  title: string;
  /** The table under the title: label and value per row. */
  facts: readonly (readonly [string, string])[];
  docs: RuleDocs;
  /** The examples' code-block language and the caption above the failing one. */
  example: { language: string; triggers: string };
  /** The "Turning it off" paragraph. */
  turnOff: string;
}

const codeBlock = (language: string, s: string) => `\`\`\`${language}\n${s.trimEnd()}\n\`\`\``;

/** A rule's documentation page (docs/rules/<id>.md, shown in the editor's Markdown preview). */
export function renderRulePage(page: RulePage): string {
  return [
    `# ${page.id}`,
    '',
    `**${page.title}**`,
    '',
    '| | |',
    '|---|---|',
    ...page.facts.map(([label, value]) => `| ${label} | ${value} |`),
    '',
    '## What it means',
    '',
    page.docs.meaning,
    '',
    '## Why payers care',
    '',
    page.docs.why,
    '',
    '## How to fix it',
    '',
    page.docs.fix,
    '',
    '## Example',
    '',
    `${page.example.triggers}:`,
    '',
    codeBlock(page.example.language, page.docs.bad),
    '',
    'Fixed:',
    '',
    codeBlock(page.example.language, page.docs.good),
    '',
    '## Turning it off',
    '',
    page.turnOff,
    '',
  ].join('\n');
}

export function renderRuleDoc(rule: Rule): string {
  return renderRulePage({
    id: rule.id,
    title: rule.title,
    facts: [
      ['CMS-1500 box', rule.box],
      ['837P', rule.x12 ?? '—'],
      ['Default severity', `${rule.defaultSeverity}${rule.severityNote ? ` (${rule.severityNote})` : ''}`],
      ['Mock payer', `${payerOutcomeText(rule.payer)}${rule.payerNote ? ` ${rule.payerNote}.` : ''}`],
      ['Section', rule.section],
    ],
    docs: rule.docs,
    example: { language: 'yaml', triggers: 'Triggers the rule' },
    turnOff: `In \`.claimlint.yaml\`: \`rules: { ${rule.id}: off }\` (or another severity). For one line: \`# claimlint-disable-next-line ${rule.id}\`.`,
  });
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
