// Hostile input: each case ends in a clear finding or message within a bounded time, never a crash.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type Io } from '../../../src/cli/main';
import { lintText } from '../../../src/engine/lint';
import { generateClaim } from '../../../scripts/bench/generate';

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t };
}

async function cli(argv: string[], cwd: string) {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), cwd, now: () => new Date('2026-11-22T12:00:00Z') };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('hostile input', function () {
  this.timeout(60000);

  // Big inputs (5 MB, 10,000 service lines, 50 MB) are in limits.test.ts: refused by a named limit.

  for (const [name, text] of Object.entries({
    'deeply nested YAML': `${'a:\n'.split('\n')[0]}${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')}\n`,
    'deeply nested flow YAML': '['.repeat(100000),
    'a YAML alias bomb': Array.from({ length: 9 }, (_, i) => (i === 0 ? 'a0: &a0 [x,x,x,x,x,x,x,x,x,x]' : `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]`)).join('\n'),
    'binary garbage': Buffer.from(Array.from({ length: 200000 }, (_, i) => (i * 7919) % 256)).toString('latin1'),
  })) {
    it(`${name} gives a clear finding at a valid place`, () => {
      const { value, ms } = timed(() => lintText(text, { format: 'yaml', today: '2026-11-22' }));
      assert.ok(value.findings.length > 0, 'no finding');
      for (const f of value.findings) {
        assert.ok(f.range.end <= text.length);
        assert.ok(f.message.length > 10 && !/Internal error/.test(f.message), f.message);
      }
      assert.ok(ms < 10000, `took ${ms} ms`);
    });
  }

  describe('CLI paths', () => {
    let dir: string;
    beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'))));
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('a claim path that is a folder named like a claim is searched, not read', async () => {
      fs.mkdirSync(path.join(dir, 'odd.claim.yaml'));
      const r = await cli(['--today', '2026-11-22', dir], dir);
      assert.strictEqual(r.code, 0, r.err);
      assert.match(r.out, /0 claims checked/);
    });

    it('a broken symlink given as PATH exits 2 with a one-line reason', async () => {
      fs.symlinkSync(path.join(dir, 'missing.claim.yaml'), path.join(dir, 'link.claim.yaml'));
      const r = await cli(['link.claim.yaml'], dir);
      assert.strictEqual(r.code, 2);
      assert.match(r.err, /^claimlint: cannot read link\.claim\.yaml/);
      assert.strictEqual(r.err.trim().split('\n').length <= 2, true);
    });

    it('a broken symlink inside a folder is named on stderr and the run exits 2 (never a silent pass)', async () => {
      fs.symlinkSync(path.join(dir, 'missing.claim.yaml'), path.join(dir, 'link.claim.yaml'));
      const r = await cli(['--today', '2026-11-22', '.'], dir);
      assert.strictEqual(r.code, 2, r.err);
      assert.match(r.err, /cannot read link\.claim\.yaml: broken link/);
      assert.match(r.out, /0 claims checked: no problems found; 1 file could not be read/);
    });

    it('an invalid config file is reported and linting goes on', async () => {
      fs.writeFileSync(path.join(dir, '.claimlint.yaml'), 'rules: [oops\n');
      fs.writeFileSync(path.join(dir, 'a.claim.yaml'), generateClaim(3, 1));
      const r = await cli(['--today', '2026-11-22', '.'], dir);
      assert.match(r.err, /\.claimlint\.yaml: /);
      assert.match(r.out, /1 claim checked/);
    });
  });
});
