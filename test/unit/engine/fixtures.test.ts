// One harness for every rule fixture. A fixture is a claim file under test/fixtures/rules/<rule-id>/
// whose expected findings are written inline:
//   YAML:  a trailing comment `# expect: rule-id [rule-id …]` on the line where each finding starts;
//          `# expect-above: rule-id` on its own line marks the line above it (for lines that
//          cannot carry a comment, e.g. inside a block scalar).
//   JSON:  a sibling file `<name>.expect` with lines `LINE rule-id` (1-based line).
// Optional first-line directive `# fixture: {"today": "2026-11-22", "rules": {"id": "off"}}`; fixtures are
// linted with the bundled ICD-10-CM code sets by date of service, as the CLI and the editor do
// (`"codeSets": "practice"` lints with the practice code book only).
// Every finding of every rule is compared, so a fixture also proves nothing else fires.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintText } from '../../../src/engine/lint';
import { RULES } from '../../../src/engine/rules';
import { formatFromFileName } from '../../../src/parser/parse';
import { testTables } from '../codesets/tables';
import { bundledCodeSets } from '../../../src/node/bundledCodeSets';

const ROOT = path.join(__dirname, '..', '..', 'fixtures', 'rules');
const DEFAULT_TODAY = '2026-11-22';

interface Expectation {
  line: number; // 1-based
  ruleId: string;
}

export function expectedFindings(file: string, text: string): Expectation[] {
  const out: Expectation[] = [];
  if (file.endsWith('.json')) {
    const side = file.replace(/\.json$/, '.expect');
    if (fs.existsSync(side)) {
      for (const l of fs.readFileSync(side, 'utf8').split(/\r?\n/)) {
        const m = /^(\d+)\s+([a-z0-9-]+)/.exec(l.trim());
        if (m) out.push({ line: Number(m[1]), ruleId: m[2] });
      }
    }
    return out;
  }
  text.split(/\r?\n/).forEach((l, i) => {
    const above = /^\s*#\s*expect-above:\s*(.+)$/.exec(l);
    if (above) {
      for (const id of above[1].trim().split(/[\s,]+/)) out.push({ line: i, ruleId: id });
      return;
    }
    const m = /#\s*expect:\s*([a-z0-9 ,-]+)\s*$/.exec(l);
    if (m) for (const id of m[1].trim().split(/[\s,]+/)) out.push({ line: i + 1, ruleId: id });
  });
  return out;
}

function fixtureOptions(text: string): { today?: string; rules?: Record<string, never>; codeSets?: 'practice' } {
  const m = /^#\s*fixture:\s*(\{.*\})\s*$/m.exec(text.split(/\r?\n/)[0] ?? '');
  return m ? JSON.parse(m[1]) : {};
}

function listFixtures(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFixtures(path.join(dir, e.name)) : /\.claim\.(ya?ml|json)$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

const fmt = (xs: Expectation[]) =>
  xs
    .map((x) => `${x.line} ${x.ruleId}`)
    .sort()
    .join('\n');

describe('rule fixtures (inline expectations)', () => {
  for (const file of listFixtures(ROOT)) {
    const rel = path.relative(ROOT, file);
    it(rel, () => {
      const text = fs.readFileSync(file, 'utf8');
      const opts = fixtureOptions(text);
      const codeSets = opts.codeSets === 'practice' ? undefined : bundledCodeSets().provider;
      const result = lintText(text, { format: formatFromFileName(file), today: opts.today ?? DEFAULT_TODAY, rules: opts.rules, codeSets, tables: testTables() });
      const actual = result.findings.map((f) => ({ line: result.doc.lines.positionAt(f.range.start).line + 1, ruleId: f.ruleId }));
      const detail = result.findings.map((f) => `  ${result.doc.lines.positionAt(f.range.start).line + 1} ${f.ruleId}: ${f.message}`).join('\n');
      assert.strictEqual(fmt(actual), fmt(expectedFindings(file, text)), `findings differ in ${rel}; actual:\n${detail}`);
    });
  }
});

describe('rule catalogue', () => {
  it('every rule has a failing and a passing fixture', () => {
    const files = listFixtures(ROOT);
    const missing: string[] = [];
    for (const rule of RULES) {
      const own = files.filter((f) => path.relative(ROOT, f).split(path.sep)[0] === rule.id);
      const fails = own.filter((f) => expectedFindings(f, fs.readFileSync(f, 'utf8')).some((e) => e.ruleId === rule.id));
      const passes = own.filter((f) => !expectedFindings(f, fs.readFileSync(f, 'utf8')).some((e) => e.ruleId === rule.id));
      if (!fails.length || !passes.length) missing.push(`${rule.id} (${fails.length} failing, ${passes.length} passing)`);
    }
    assert.deepStrictEqual(missing, [], `rules without both fixtures:\n${missing.join('\n')}`);
  });

  it('every rule has complete metadata and docs', () => {
    for (const r of RULES) {
      assert.match(r.id, /^[a-z0-9-]+$/);
      assert.ok(r.title && r.title.length <= 90, `${r.id}: title`);
      for (const k of ['meaning', 'why', 'fix', 'bad', 'good'] as const) assert.ok(r.docs[k] && r.docs[k] !== 'TODO', `${r.id}: docs.${k}`);
    }
  });
});
