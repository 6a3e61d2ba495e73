// claimlint's one command-line reader (src/cli/args.ts readCommandLine) and each subcommand's
// options built on it: lint / submit (parseArgs), grade, pack, export / import.
import * as assert from 'assert';
import { parseArgs, readCommandLine, UsageError, type OptionSpec } from '../../../src/cli/args';
import { parseGradeArgs } from '../../../src/cli/grade';
import { parsePackArgs } from '../../../src/cli/pack';
import { parseX12Args } from '../../../src/cli/x12';

/** The UsageError message `f` throws (fails when it returns). */
function usage(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof UsageError, String(e));
    return e.message;
  }
  assert.fail('no UsageError');
}

describe('claimlint command line (src/cli/args.ts)', () => {
  describe('readCommandLine', () => {
    const read = (argv: string[], help = false) => {
      const got: string[] = [];
      const options: Record<string, OptionSpec> = {
        '--name': { value: true, set: (v) => got.push(`name=${v}`) },
        '--dir': { value: true, set: (v) => got.push(`dir=${v}`), missing: 'the DIR folder' },
        '--flag': { set: () => got.push('flag') },
        '--other': { refuse: '--other is an option of another command' },
      };
      const paths = readCommandLine(argv, options, { help });
      return { got, paths };
    };

    it('reads values written apart or after =, switches, and PATHs in order', () => {
      assert.deepStrictEqual(read(['a', '--name', 'x', 'b', '--name=y=z', '--flag', '-', 'c']), { got: ['name=x', 'name=y=z', 'flag'], paths: ['a', 'b', '-', 'c'] });
    });

    it('-- ends the options: what follows is a PATH, even when it starts with -', () => {
      assert.deepStrictEqual(read(['--flag', '--', '--name', '-x']), { got: ['flag'], paths: ['--name', '-x'] });
    });

    it('a value that is missing or empty is an error naming the option', () => {
      assert.strictEqual(usage(() => read(['--name'])), '--name needs a value');
      assert.strictEqual(usage(() => read(['--name='])), '--name needs a value');
      assert.strictEqual(usage(() => read(['--dir'])), '--dir needs the DIR folder');
    });

    it('an unknown option is an error (named without its value); a refused one says why before reading a value', () => {
      assert.strictEqual(usage(() => read(['--bogus=1'])), 'unknown option --bogus');
      assert.strictEqual(usage(() => read(['-x'])), 'unknown option -x');
      assert.strictEqual(usage(() => read(['--other'])), '--other is an option of another command');
      assert.strictEqual(usage(() => read(['--constructor'])), 'unknown option --constructor');
    });

    it('--help and -h ask for the usage only where the subcommand has one', () => {
      assert.strictEqual(usage(() => read(['x', '--help'], true)), 'help');
      assert.strictEqual(usage(() => read(['-h'], true)), 'help');
      assert.strictEqual(usage(() => read(['--help'])), 'unknown option --help');
    });
  });

  describe('subcommands', () => {
    it('lint and submit', () => {
      assert.deepStrictEqual(parseArgs(['--format=sarif', '--today', '2026-11-22', '--fix', 'a', 'b']), { command: 'lint', format: 'sarif', today: '2026-11-22', fix: true, paths: ['a', 'b'] });
      assert.deepStrictEqual(parseArgs(['submit', '--format', 'x12', '--config', 'c.yaml', 'f.claim.yaml']), { command: 'submit', format: 'x12', config: 'c.yaml', fix: false, paths: ['f.claim.yaml'] });
      assert.strictEqual(usage(() => parseArgs(['--format', 'x12', 'a'])), '--format must be one of text, json, sarif');
      assert.strictEqual(usage(() => parseArgs(['submit', '--fix', 'a'])), '--fix is not an option of submit');
      assert.strictEqual(usage(() => parseArgs(['--today', '2026-02-30', 'a'])), '--today must be a date written YYYY-MM-DD');
      assert.strictEqual(usage(() => parseArgs(['a', ''])), 'an empty PATH was given (write . for the current folder)');
      assert.strictEqual(usage(() => parseArgs([])), 'no PATH given');
      assert.strictEqual(usage(() => parseArgs(['submit', 'a', 'b'])), 'submit takes exactly one claim FILE');
    });

    it('grade', () => {
      assert.deepStrictEqual(parseGradeArgs(['--cases', 'k1', '--cases=k2', '--format', 'csv', 'students']), { format: 'csv', cases: ['k1', 'k2'], paths: ['students'] });
      assert.strictEqual(usage(() => parseGradeArgs(['--format', 'sarif', 'x'])), '--format must be one of text, json, classroom, csv');
      assert.strictEqual(usage(() => parseGradeArgs(['--cases'])), '--cases needs a value');
      assert.strictEqual(usage(() => parseGradeArgs(['-h'])), 'help');
      assert.strictEqual(usage(() => parseGradeArgs([])), 'grade needs claim files or folders (PATH)');
    });

    it('pack', () => {
      assert.deepStrictEqual(parsePackArgs(['--student', 'out', 'a', 'b']), { out: 'out', cases: ['a', 'b'] });
      assert.deepStrictEqual(parsePackArgs(['a', '--student=out']), { out: 'out', cases: ['a'] });
      assert.strictEqual(usage(() => parsePackArgs(['--student'])), '--student needs the OUT folder');
      assert.strictEqual(usage(() => parsePackArgs(['a'])), 'pack needs --student OUT (only student copies can be packed)');
      assert.strictEqual(usage(() => parsePackArgs(['--student', 'out'])), 'pack needs case files or folders (CASES)');
    });

    it('export and import', () => {
      assert.deepStrictEqual(parseX12Args('export', ['--out=-', '--batch', '--today', '2026-11-22', 'a.claim.yaml']), { out: '-', batch: true, today: '2026-11-22', files: ['a.claim.yaml'] });
      assert.deepStrictEqual(parseX12Args('import', ['--out', 'dir', 'a.837p.x12']), { out: 'dir', batch: false, files: ['a.837p.x12'] });
      assert.strictEqual(usage(() => parseX12Args('import', ['--batch', 'a'])), '--batch is an option of export');
      assert.strictEqual(usage(() => parseX12Args('import', ['--config'])), '--config is not an option of import');
      assert.strictEqual(usage(() => parseX12Args('import', ['--today', '2026-11-22', 'a'])), '--today is not an option of import');
      assert.strictEqual(usage(() => parseX12Args('export', ['--help'])), 'unknown option --help');
      assert.strictEqual(usage(() => parseX12Args('export', [])), 'export needs at least one FILE');
    });
  });
});
