// The fast YAML path must read every text it accepts exactly as the `yaml` library does — the same
// value and the same location for every field, in the same order — and hand everything else back.
// Checked on every example and fixture and on thousands of line-level mutations of them (comments and
// blank lines at every indentation, trailing spaces and comments, emptied values, moved lines…).
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parseYamlFast } from '../../../src/parser/fastYaml';
import { parseYamlWithLibrary } from '../../../src/parser/parse';

const ROOT = path.join(__dirname, '../../..');
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(e.name) && !e.name.startsWith('.') ? [p] : [];
  });
}
const FILES = [...yamlFiles(path.join(ROOT, 'examples')), ...yamlFiles(path.join(ROOT, 'test/fixtures'))];
const TEXTS = FILES.map((f) => fs.readFileSync(f, 'utf8'));

/** Undefined when the fast path declined; otherwise a description of the first difference, or ''. */
function difference(text: string): string | undefined {
  const fast = parseYamlFast(text);
  if (!fast) return undefined;
  const lib = parseYamlWithLibrary(text);
  if (lib.syntaxErrors.length) return `the library reports ${lib.syntaxErrors[0].message}`;
  if (!isDeepStrictEqual(fast.value, lib.value)) return `values differ: ${JSON.stringify(fast.value).slice(0, 200)} vs ${JSON.stringify(lib.value).slice(0, 200)}`;
  const a = [...fast.locations];
  const b = [...lib.locations];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (!isDeepStrictEqual(a[i], b[i])) return `location ${i}: fast ${JSON.stringify(a[i])} vs library ${JSON.stringify(b[i])}`;
  }
  return '';
}

describe('fast YAML path', function () {
  this.timeout(120000);

  it('reads every example and fixture as the library does, and takes nearly all of them', () => {
    let taken = 0;
    for (const [i, text] of TEXTS.entries()) {
      const d = difference(text);
      if (d === undefined) continue;
      taken++;
      assert.equal(d, '', path.relative(ROOT, FILES[i]));
      // The same file with Windows line endings.
      const crlf = difference(text.replace(/\n/g, '\r\n'));
      assert.notEqual(crlf, undefined, `${path.relative(ROOT, FILES[i])} with CRLF is handed back`);
      assert.equal(crlf, '', `${path.relative(ROOT, FILES[i])} with CRLF`);
    }
    assert.ok(taken >= FILES.length * 0.9, `fast path took only ${taken} of ${FILES.length}`);
  });

  it('hands back what it does not fully understand', () => {
    for (const t of [
      '',
      '# only a comment\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: |\n  text\n',
      'a: "open\n  close"\n',
      'a: [1,\n  2]\n',
      'a: 1\na: 2\n',
      'a:\tb\n',
      'a: 1\rb: 2\r',
      '\ufeffa: 1\n',
      '- 1\n- 2\n',
      'a: 1\n---\nb: 2\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: b: c\n',
      'a: 0x1F\n',
      'a: .inf\n',
      'a:\n  text on the next line\n',
      'a: one\n  continued\n',
      'True: 1\n',
      '__proto__: 1\n',
      '"quoted key": 1\n',
      'a: [x, ]\n',
      'a: { b }\n',
      'a: [[1]]\n',
      'a: "\\x41"\n',
      'a: x # c\n - 1\n',
      'a: { b: -, c: 1 }\n',
      'a: -\n',
    ]) {
      assert.equal(parseYamlFast(t), undefined, JSON.stringify(t));
    }
  });

  it('agrees with the library on the shapes it reads', () => {
    for (const t of [
      'a: 1\n',
      'a: 1',
      '---\na: 1\n',
      '# top\n\na: "x \\"y\\" \\u00e9"\nb: \'it\'\'s\'\nc: ~\nd: null\ne: true\nf: -1.5e3\ng: 00812\nh: .5\ni: 2026-10-01\nj: +7\n',
      'a:\nb:   # empty\nc: \n',
      'list:\n- a\n-\n- b # c\nnext: 1\n',
      'list:\n  - x: 1\n    y: [A, B]\n  - { last: DOE, first: JANE }\n  -\n    z: 2\n  - []\n  - {}\n',
      'a:\n  b:\n    c: 1\n\n    # deep\n  # two\nd: 1\n',
      'a:\n  b: 1\n    # deep\n  c: 2\n  # same\n# zero\ne: 3\n  # trailing\n',
      'a:\n  - 1\n    # deep\n# z\n',
      'a: x#y\nb: (paren) and, comma\nc: "a # b"\n',
    ]) {
      assert.equal(difference(t), '', JSON.stringify(t));
    }
  });

  it('agrees with the library on random line-level mutations of the examples and fixtures', () => {
    let taken = 0;
    const op = fc.record({
      kind: fc.constantFrom('comment', 'blank', 'trailing-space', 'trailing-comment', 'delete', 'duplicate', 'indent', 'dedent', 'empty-value', 'swap'),
      line: fc.nat(),
      other: fc.nat(),
      indent: fc.nat({ max: 10 }),
    });
    fc.assert(
      fc.property(fc.nat(), fc.array(op, { minLength: 1, maxLength: 6 }), fc.boolean(), (which, ops, crlf) => {
        const lines = TEXTS[which % TEXTS.length].split('\n');
        for (const o of ops) {
          const i = o.line % lines.length;
          const j = o.other % lines.length;
          if (o.kind === 'comment') lines.splice(i, 0, `${' '.repeat(o.indent)}# note`);
          else if (o.kind === 'blank') lines.splice(i, 0, ' '.repeat(o.indent % 3));
          else if (o.kind === 'trailing-space') lines[i] += ' '.repeat(1 + (o.indent % 3));
          else if (o.kind === 'trailing-comment') lines[i] += ' # why';
          else if (o.kind === 'delete') lines.splice(i, 1);
          else if (o.kind === 'duplicate') lines.splice(i, 0, lines[i]);
          else if (o.kind === 'indent') lines[i] = ` ${lines[i]}`;
          else if (o.kind === 'dedent') lines[i] = lines[i].replace(/^ {1,2}/, '');
          else if (o.kind === 'empty-value') lines[i] = lines[i].replace(/:\s.*$/, ':');
          else [lines[i], lines[j]] = [lines[j], lines[i]];
          if (!lines.length) lines.push('');
        }
        const text = lines.join(crlf ? '\r\n' : '\n');
        const d = difference(text);
        if (d !== undefined) taken++;
        assert.equal(d ?? '', '', `${d}\n--- text ---\n${text}`);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    assert.ok(taken > RUNS / 4, `fast path took only ${taken} of ${RUNS} mutations`);
  });
  it('agrees with the library on random character-level edits (or hands them back)', () => {
    let taken = 0;
    const edit = fc.record({
      at: fc.nat(),
      len: fc.nat({ max: 12 }),
      insert: fc.oneof(
        fc.string({ maxLength: 6 }),
        fc.constantFrom(': ', ':', '- ', '-', '-,', ', -', ' ', '  ', '\n', '\n  ', '\n    ', '[', ']', '{', '}', ', ', '"', "'", "''", '\\"', '#', ' #', '&a ', '*a', '!', '|', '>', '?', '%', '@', '`', '---', '...', '0', '00', '-1', '1.5', '.5', '1e3', '0x1', 'null', '~', 'true', 'False', 'yes', '__proto__', '\t', '\r', '\u00e9', '\ufeff'),
      ),
    });
    fc.assert(
      fc.property(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 3 }), (which, edits) => {
        let text = TEXTS[which % TEXTS.length];
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + (e.len % 3 === 0 ? 0 : e.len));
        }
        const d = difference(text);
        if (d !== undefined) taken++;
        assert.equal(d ?? '', '', `${d}\n--- text ---\n${text}`);
      }),
      { numRuns: RUNS, seed: SEED + 1 },
    );
    assert.ok(taken > RUNS / 10, `fast path took only ${taken} of ${RUNS} edits`);
  });
});
