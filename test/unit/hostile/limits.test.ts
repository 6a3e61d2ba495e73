// Bounded work on any input (issue 11): every hostile input is answered with a finding that names
// the limit (or another clear finding) within the time budget, in a child process capped at 300 MB.
import * as assert from 'assert';
import { lintText } from '../../../src/engine/lint';
import { LIMITS } from '../../../src/model/limits';
import { parseClaimText } from '../../../src/parser/parse';
import { generateClaim } from '../../../scripts/bench/generate';
import { budgetMs, runIsolated, type CaseResult } from './isolated';

const lint = (text: string, format: 'yaml' | 'json' = 'yaml') => lintText(text, { format, today: '2026-11-22' });

/** Inputs generated in the child: name → expression building the text (with `gen` = generateClaim). */
const CASES: Record<string, { make: string; format?: 'json'; expect: RegExp }> = {
  '50 MB claim (comments)': { make: `gen(1, 6) + ('# ' + 'x'.repeat(1000) + '\\n').repeat(50 * 1024)`, expect: /limit "maxChars"/ },
  '5 MB claim': { make: `gen(1, 6) + ('# ' + 'x'.repeat(1000) + '\\n').repeat(5 * 1024)`, expect: /limit "maxChars"/ },
  '10,000 service lines': { make: `gen(2, 10000)`, expect: /limit "max(Chars|Lines)"/ },
  '201 service lines': { make: `gen(2, ${LIMITS.maxServiceLines + 1})`, expect: /201 service lines.*limit "maxServiceLines"/ },
  '101 diagnoses': { make: `gen(1, 6).replace(/diagnoses: \\[.*\\]/, 'diagnoses: [' + Array.from({ length: 101 }, (_, i) => 'E11.' + (i % 10)).join(', ') + ']')`, expect: /limit "maxDiagnoses"/ },
  '150,000 keys (one line each)': { make: `'patient:\\n' + Array.from({ length: 150000 }, (_, i) => '  k' + i + ': ' + i).join('\\n')`, expect: /limit "max(Chars|Lines|Entries)"/ },
  '150,000 keys in one flow map': { make: `'x: {' + Array.from({ length: 150000 }, (_, i) => 'k' + i + ': 1').join(', ') + '}'`, expect: /limit "max(Chars|Entries)"/ },
  '4,900 keys in one map (within the limits)': { make: `'patient:\\n' + Array.from({ length: 4900 }, (_, i) => '  k' + i + ': ' + i).join('\\n') + '\\n'`, expect: /Unknown field/ },
  '4,900 keys in one flow map (within the limits)': { make: `'x: {' + Array.from({ length: 4900 }, (_, i) => 'k' + i + ': 1').join(', ') + '}\\n'`, expect: /Unknown field "x"/ },
  '100,000 lines of nothing': { make: `'\\n'.repeat(100000)`, expect: /limit "maxLines"/ },
  'nested explicit keys (60 bytes)': { make: `'? '.repeat(30)`, expect: /plain words or quoted text/ },
  'nested explicit keys on lines': { make: `Array.from({ length: 30 }, (_, i) => ' '.repeat(i) + '? x').join('\\n')`, expect: /plain words or quoted text/ },
  'flow maps used as keys, nested': { make: `(() => { let s = 'a'; for (let i = 0; i < 20; i++) s = '{' + s + ': ' + s + '}'; return s.length > 200000 ? s.slice(0, 200000) : s; })() + ': x'`, expect: /plain words or quoted text|limit "max/ },
  'flow lists used as keys': { make: `'x: { [a, b]: 1, [c]: 2 }\\n[d]: 3\\n'`, expect: /plain words or quoted text/ },
  'an alias used as a key': { make: `'a: &k [1, 2]\\n*k : 3\\n'`, expect: /plain words or quoted text/ },
  'a YAML alias bomb': { make: `Array.from({ length: 9 }, (_, i) => (i === 0 ? 'a0: &a0 [x,x,x,x,x,x,x,x,x,x]' : 'a' + i + ': &a' + i + ' [' + Array(10).fill('*a' + (i - 1)).join(',') + ']')).join('\\n')`, expect: /limit "maxNodes"/ },
  'deeply nested flow YAML': { make: `'['.repeat(100000)`, expect: /limit "maxDepth"/ },
  'deeply nested JSON': { make: `'['.repeat(100000) + ']'.repeat(100000)`, format: 'json', expect: /limit "maxDepth"/ },
  '150,000 JSON keys': { make: `'{' + Array.from({ length: 150000 }, (_, i) => '"k' + i + '": 1').join(',') + '}'`, format: 'json', expect: /limit "max(Chars|Entries)"/ },
};

describe('hostile input: limits (child process, 300 MB)', function () {
  this.timeout(300_000);
  let results: Map<string, CaseResult>;
  let run: ReturnType<typeof runIsolated>;

  before(() => {
    const body = `const gen = req('scripts/bench/generate.ts').generateClaim;\n${Object.entries(CASES)
      .map(([name, c]) => `lint(${JSON.stringify(name)}, ${c.make}, ${JSON.stringify(c.format ?? 'yaml')});`)
      .join('\n')}
      // Two copies of a 2 KB complex-key file in one process crashed V8 before.
      const keys = '? '.repeat(1000) + 'x';
      lint('complex keys, first copy', keys);
      lint('complex keys, second copy', keys);`;
    run = runIsolated(body);
    results = new Map(run.results.map((r) => [r.name, r]));
  });

  it('the child process finished (no crash, no out-of-memory)', () => {
    assert.strictEqual(run.status, 0, `exit ${run.status} ${run.signal ?? ''}\n${run.stderr}`);
  });

  for (const [name, c] of Object.entries(CASES)) {
    it(`${name}: ${c.expect.source}`, () => {
      const r = results.get(name);
      assert.ok(r, `no result (the child stopped before it): ${run.stderr}`);
      assert.ok(
        r.messages.some((m) => c.expect.test(m)),
        `no finding matching ${c.expect}: ${r.messages.slice(0, 3).join(' | ')}`,
      );
      assert.ok(r.ms < budgetMs(), `took ${Math.round(r.ms)} ms (budget ${budgetMs()} ms)`);
    });
  }

  it('two 2 KB complex-key files in one run are both refused', () => {
    for (const name of ['complex keys, first copy', 'complex keys, second copy']) {
      const r = results.get(name);
      assert.ok(r, name);
      assert.deepStrictEqual(r.ruleIds, ['syntax-error']);
      assert.ok(r.ms < budgetMs(), `${name}: ${r.ms} ms`);
    }
  });
});

describe('limits: checked before parsing, named in the finding', () => {
  it('a limit finding is one syntax-error at a valid place, and nothing else is reported', () => {
    const text = generateClaim(1, 6) + '\n'.repeat(LIMITS.maxLines);
    const r = lint(text);
    assert.deepStrictEqual(
      r.findings.map((f) => f.ruleId),
      ['syntax-error'],
    );
    assert.match(r.findings[0].message, /more than 5,000 lines/);
    assert.ok(r.findings[0].range.end <= text.length);
  });

  it('a claim just within every limit is linted normally', () => {
    const text = generateClaim(4, LIMITS.maxServiceLines);
    assert.ok(text.length < LIMITS.maxChars && text.split('\n').length < LIMITS.maxLines);
    const r = lint(text);
    assert.ok(!r.findings.some((f) => f.ruleId === 'syntax-error'), r.findings[0]?.message);
    assert.ok(r.findings.some((f) => f.ruleId === 'too-many-service-lines'));
  });

  it('duplicate keys are still a syntax error (checked without the library’s quadratic scan)', () => {
    const r = lint('claim:\n  id: A\nclaim:\n  id: B\n');
    assert.strictEqual(r.findings[0].ruleId, 'syntax-error');
    assert.match(r.findings[0].message, /Map keys must be unique/);
    assert.strictEqual(r.findings[0].range.start, 'claim:\n  id: A\n'.length);
  });

  it('quoted keys, `?` and `]:` inside values or quotes are not complex keys', () => {
    for (const text of ['"claim":\n  id: A\n', "note: 'what? ok'\n", 'note: "[a]: b"\n', 'note: see [1]:x\n', 'list: [a, "?", b]\n', '# ? a comment\nclaim: {id: A}\n']) {
      const doc = parseClaimText(text, 'yaml');
      assert.deepStrictEqual(doc.syntaxErrors, [], text);
    }
  });

  it('config files have the same limits (they are parsed by the same parser)', () => {
    const doc = parseClaimText('rules:\n' + '  ? x\n', 'yaml');
    assert.match(doc.syntaxErrors[0].message, /plain words/);
  });
});

describe('regular expressions from a workspace config', () => {
  const { patternRisk, PayerProfileSchema } = require('../../../src/model/payer') as typeof import('../../../src/model/payer');
  const { parseConfigText } = require('../../../src/config/config') as typeof import('../../../src/config/config');

  it('patterns that can backtrack exponentially are refused; ordinary ones pass', () => {
    for (const bad of ['^(a+)+$', '(a|aa)*b', '^(\\d+)*$', '(x+x+)+y', '(a*)*', '(.*a){3}(b|c)+', '(\\w)\\1', '(?=a)a', 'a'.repeat(201)]) assert.ok(patternRisk(bad), bad);
    for (const ok of ['^PA\\d{6}$', '^[A-Z]{2}\\d{6,10}$', '^(PA|AU)\\d+$', '^[A-Z0-9]{6,15}$', '^\\d{3}-\\d{4}$', '^(AB)?\\d+$']) assert.strictEqual(patternRisk(ok), undefined, ok);
    assert.ok(!PayerProfileSchema.safeParse({ id: 'X', name: 'X', coverage: 'group', timelyFilingDays: 90, priorAuthorization: { required: [], numberPattern: '^(a+)+$' }, payment: { allowedPercentOfCharge: 0.8, coinsurance: 0.2 } }).success);
  });

  it('a hostile pattern in .claimlint.yaml is a config problem, and linting stays fast', () => {
    const config = `payers:\n  - id: EVIL\n    name: Evil payer\n    coverage: group\n    timelyFilingDays: 90\n    priorAuthorization: { required: ["70551"], numberPattern: "^(a+)+$" }\n    payment: { allowedPercentOfCharge: 0.8, coinsurance: 0.2 }\n`;
    const parsed = parseConfigText(config, 'yaml', new Set());
    assert.ok(parsed.problems.some((p) => /exponential/.test(p.message)), parsed.problems.map((p) => p.message).join('\n'));
    // Even if such a profile reached the engine (e.g. from settings), it is never run.
    const payer = { id: 'EVIL', name: 'Evil', coverage: 'group' as const, timelyFilingDays: 90, priorAuthorization: { required: ['99214'], numberPattern: '^(a+)+$' }, referral: { required: false, exemptPlacesOfService: [], exemptCodes: [] }, insuredSignatureRequired: false, payment: { allowedPercentOfCharge: 0.8, coinsurance: 0.2 } };
    const text = generateClaim(1, 6).replace('id: PRACTICE-MEDICARE', 'id: EVIL') + `priorAuthorization: ${'a'.repeat(40)}!\n`;
    const t = performance.now();
    lintText(text, { format: 'yaml', today: '2026-11-22', payers: [payer] });
    assert.ok(performance.now() - t < budgetMs(), 'a catastrophic pattern ran');
  });
});
