// The nesting pre-scans that keep deeply nested YAML and JSON away from the parser libraries' recursion.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { jsonTooDeepAt, yamlTooDeepAt } from '../../../src/parser/nesting';
import { parseClaimText, PARSE_LIMITS } from '../../../src/parser/parse';

const ROOT = path.join(__dirname, '../../..');
const LIMIT = PARSE_LIMITS.maxDepth;

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? yamlFiles(p) : /\.(ya?ml|json)$/.test(e.name) ? [p] : [];
  });
}

describe('YAML nesting pre-scan', () => {
  it('passes every example and fixture claim', () => {
    const files = [...yamlFiles(path.join(ROOT, 'examples')), ...yamlFiles(path.join(ROOT, 'test/fixtures'))];
    assert.ok(files.length > 100, `only ${files.length} files`);
    for (const f of files) {
      const scan = f.endsWith('.json') ? jsonTooDeepAt : yamlTooDeepAt;
      assert.equal(scan(fs.readFileSync(f, 'utf8'), LIMIT), -1, path.relative(ROOT, f));
      // Even a much stricter limit passes them: claims nest a handful of levels.
      assert.equal(scan(fs.readFileSync(f, 'utf8'), 12), -1, path.relative(ROOT, f));
    }
  });

  it('finds where flow brackets or block indentation go past the limit', () => {
    // The top-level line is one level, each open bracket one more.
    assert.equal(yamlTooDeepAt('['.repeat(LIMIT - 1), LIMIT), -1);
    assert.equal(yamlTooDeepAt('['.repeat(LIMIT), LIMIT), LIMIT - 1, 'the first bracket past the limit');
    const block = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    const at = yamlTooDeepAt(block, LIMIT);
    assert.ok(at > 0 && block.slice(0, at).split('\n').length === LIMIT + 1, `line ${block.slice(0, at).split('\n').length}`);
    assert.ok(yamlTooDeepAt(`a:\n${Array.from({ length: 70 }, () => '- ').join('')}x\n`, LIMIT) > 0, 'compact sequences count per "- "');
    assert.ok(yamlTooDeepAt(`a: ${'{b: '.repeat(70)}1`, LIMIT) > 0, 'flow maps count too');
  });

  it('JSON: counts brackets outside strings, escaped quotes included', () => {
    assert.equal(jsonTooDeepAt('['.repeat(LIMIT), LIMIT), -1);
    assert.equal(jsonTooDeepAt('['.repeat(LIMIT + 1), LIMIT), LIMIT);
    assert.equal(jsonTooDeepAt(`{"a": "${'['.repeat(200)}", "b": "\\"${'{'.repeat(200)}"}`, LIMIT), -1);
    assert.equal(jsonTooDeepAt('[[]]'.repeat(1000), 3), -1, 'siblings do not add up');
  });

  it('does not count brackets in quotes, comments or block scalars, nor deeper-indented block scalar text', () => {
    const many = '['.repeat(200);
    assert.equal(yamlTooDeepAt(`a: "${many}"\nb: '${many}'\n# ${many}\nc: x # ${many}\n`, LIMIT), -1);
    assert.equal(yamlTooDeepAt(`a: "say \\" ${many}"\nb: 'it''s ${many}'\n`, LIMIT), -1, 'escaped quotes');
    const steps = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i + 2)}${many}`).join('\n');
    assert.equal(yamlTooDeepAt(`note: |\n${steps}\nnext: 1\n`, LIMIT), -1, 'literal block scalar');
    assert.equal(yamlTooDeepAt(`- >-\n${steps}\n- 2\n`, LIMIT), -1, 'folded block scalar in a list');
    assert.equal(yamlTooDeepAt(`a: "${many}\n  ${many}"\n`, LIMIT), -1, 'multi-line quoted scalar');
  });

  it('a too-deep text is one syntax error at the place it goes too deep, without the library', () => {
    const text = `claim:\n  id: X\nservices: ${'['.repeat(500)}`;
    const doc = parseClaimText(text, 'yaml');
    assert.equal(doc.syntaxErrors.length, 1);
    assert.match(doc.syntaxErrors[0].message, /nested more than 64 levels/);
    assert.equal(text[doc.syntaxErrors[0].range.start], '[');
  });

  it('linting thousands of levels again and again does not crash the process (V8 died with a fatal error before)', function () {
    this.timeout(60000);
    const script = `
      const { lintText } = require(${JSON.stringify(path.join(ROOT, 'src/engine/lint.ts'))});
      const texts = ['['.repeat(100000), '['.repeat(10000), Array.from({ length: 3000 }, (_, i) => ' '.repeat(i) + 'k' + i + ':').join('\\n')];
      const json = ['['.repeat(100000) + ']'.repeat(100000), '{"a":'.repeat(10000) + '1' + '}'.repeat(10000)];
      for (let round = 0; round < 3; round++) for (const [t, format] of [...texts.map((t) => [t, 'yaml']), ...json.map((t) => [t, 'json'])]) {
        const r = lintText(t, { format, today: '2026-11-22' });
        if (!r.findings.some((f) => /nested more than|the limit "max/.test(f.message))) throw new Error('no depth or limit finding');
      }
      console.log('ok');`;
    const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 50000 });
    assert.equal(r.status, 0, `exit ${r.status} ${r.signal ?? ''}\n${r.stderr.split('\n').slice(0, 8).join('\n')}`);
    assert.match(r.stdout, /ok/);
  });
});
