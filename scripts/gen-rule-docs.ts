// Writes docs/rules/<id>.md and docs/rules/README.md from the rule modules.
// Run: npx tsx scripts/gen-rule-docs.ts   (a unit test fails when the committed docs are stale)
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../src/engine/rules';
import { renderRuleDoc, renderRuleIndex } from '../src/engine/ruleDocs';
import { X12_RULES } from '../src/x12/rules';
import { renderX12RuleDoc, renderX12RuleIndex } from '../src/x12/ruleDocs';

export function expectedDocs(): Map<string, string> {
  const files = new Map<string, string>();
  for (const r of RULES) files.set(`${r.id}.md`, renderRuleDoc(r));
  for (const r of X12_RULES) files.set(`${r.id}.md`, renderX12RuleDoc(r));
  files.set('README.md', renderRuleIndex(RULES) + renderX12RuleIndex(X12_RULES));
  return files;
}

if (require.main === module) {
  const dir = path.join(__dirname, '..', 'docs', 'rules');
  fs.mkdirSync(dir, { recursive: true });
  const expected = expectedDocs();
  for (const f of fs.readdirSync(dir)) if (!expected.has(f)) fs.unlinkSync(path.join(dir, f));
  for (const [name, text] of expected) fs.writeFileSync(path.join(dir, name), text);
  console.log(`wrote ${expected.size} files to docs/rules`);
}
