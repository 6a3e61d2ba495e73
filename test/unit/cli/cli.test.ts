import * as assert from 'assert';
import * as fs from 'fs';
import nodeFs from 'fs'; // the module object itself (writable), for stubbing
import * as os from 'os';
import * as path from 'path';
import { main, type Io } from '../../../src/cli/main';

const CLEAN = fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'rules', '_clean', 'clean-medicare.claim.yaml'), 'utf8');

function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), cwd, now: () => new Date('2026-11-22T12:00:00Z') };
  return main(argv, io).then((code) => ({ code, out, err }));
}

describe('claimlint CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'clean.claim.yaml'), CLEAN);
    fs.writeFileSync(path.join(dir, 'sub', 'broken.claim.yaml'), CLEAN.replace('  memberId: 1EG4TE5MK73\n', ''));
    fs.writeFileSync(path.join(dir, 'sub', 'notes.txt'), 'not a claim');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 0 and says so for a clean claim', async () => {
    const r = await run(['--today', '2026-11-22', 'clean.claim.yaml'], dir);
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.match(r.out, /1 claim checked: no problems found/);
  });

  it('searches folders recursively, prints file:line:column severity rule-id message, exits 1 on an error', async () => {
    const r = await run(['--today', '2026-11-22', '.'], dir);
    assert.strictEqual(r.code, 1);
    const lines = r.out.trim().split('\n');
    assert.match(lines[0], /^sub\/broken\.claim\.yaml:\d+:\d+ error missing-member-id .+/);
    assert.match(lines[lines.length - 1], /2 claims checked, 1 with findings: 1 error/);
  });

  it('json: an array of findings with 1-based positions', async () => {
    const r = await run(['--format', 'json', '--today', '2026-11-22', 'sub/broken.claim.yaml'], dir);
    const findings = JSON.parse(r.out);
    assert.strictEqual(r.code, 1);
    assert.deepStrictEqual(Object.keys(findings[0]).sort(), ['column', 'endColumn', 'endLine', 'file', 'line', 'message', 'ruleId', 'severity']);
    assert.strictEqual(findings[0].ruleId, 'missing-member-id');
    assert.strictEqual(findings[0].file, 'sub/broken.claim.yaml');
    assert.ok(findings[0].line >= 1 && findings[0].column >= 1);
  });

  it('sarif: one run with rules that carry a help URI', async () => {
    const r = await run(['--format', 'sarif', '--today', '2026-11-22', 'sub'], dir);
    const sarif = JSON.parse(r.out);
    assert.strictEqual(sarif.version, '2.1.0');
    assert.strictEqual(sarif.runs.length, 1);
    const rule = sarif.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'missing-member-id');
    assert.match(rule.helpUri, /docs\/rules\/missing-member-id\.md$/);
    assert.strictEqual(sarif.runs[0].results[0].ruleId, 'missing-member-id');
    assert.strictEqual(sarif.runs[0].results[0].level, 'error');
  });

  it('exits 2 with a one-line reason for bad arguments or unreadable paths', async () => {
    for (const argv of [['--format', 'xml', '.'], [], ['nope.claim.yaml'], ['--today', '2026-13-01', '.'], ['--config', 'missing.yaml', '.'], ['--bogus', '.']]) {
      const r = await run(argv, dir);
      assert.strictEqual(r.code, 2, argv.join(' '));
      assert.match(r.err, /^claimlint: .+\n$/, `exactly one line on stderr for ${argv.join(' ')}: ${JSON.stringify(r.err)}`);
      assert.doesNotMatch(r.err, /at .+\(.+:\d+:\d+\)/, 'no stack trace');
    }
  });

  it('submit: exits 2 with a one-line reason when it cannot run', async () => {
    for (const argv of [['submit'], ['submit', 'nope.claim.yaml'], ['submit', 'sub'], ['submit', '--format', 'sarif', 'clean.claim.yaml'], ['submit', 'a', 'b']]) {
      const r = await run(argv, dir);
      assert.strictEqual(r.code, 2, argv.join(' '));
      assert.match(r.err, /^claimlint: .+\n$/, `exactly one line on stderr for ${argv.join(' ')}: ${JSON.stringify(r.err)}`);
    }
  });

  it('exits 2 for a folder PATH that cannot be listed (not "0 claims checked")', async () => {
    // Permissions do not stop root, so make the listing fail the way EACCES would.
    const realReaddir = nodeFs.readdirSync;
    const locked = path.join(dir, 'sub');
    (nodeFs as { readdirSync: unknown }).readdirSync = function (this: unknown, p: fs.PathLike, ...rest: unknown[]) {
      if (path.resolve(String(p)) === locked) throw Object.assign(new Error(`EACCES: permission denied, scandir '${locked}'`), { code: 'EACCES' });
      return (realReaddir as (...a: unknown[]) => unknown).call(this, p, ...rest);
    };
    try {
      const r = await run(['--today', '2026-11-22', 'sub'], dir);
      assert.strictEqual(r.code, 2, r.out + r.err);
      assert.strictEqual(r.err, 'claimlint: cannot read sub: EACCES\n');
      assert.strictEqual(r.out, '');
    } finally {
      nodeFs.readdirSync = realReaddir;
    }
  });

  it('applies config severities from the nearest .claimlint.yaml, and --config wins', async () => {
    fs.writeFileSync(path.join(dir, 'sub', '.claimlint.yaml'), 'rules:\n  missing-member-id: warning\n');
    let r = await run(['--today', '2026-11-22', 'sub'], dir);
    assert.strictEqual(r.code, 0, r.out);
    assert.match(r.out, / warning missing-member-id /);
    fs.writeFileSync(path.join(dir, 'off.yaml'), 'rules:\n  missing-member-id: "off"\n');
    r = await run(['--config', 'off.yaml', '--today', '2026-11-22', 'sub'], dir);
    assert.match(r.out, /no problems found/);
  });

  it('reports an invalid config file on stderr and still lints', async () => {
    fs.writeFileSync(path.join(dir, '.claimlint.yaml'), 'rules:\n  no-such-rule: error\n  missing-member-id: loud\n');
    const r = await run(['--today', '2026-11-22', 'sub'], dir);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /no-such-rule/);
    assert.match(r.err, /missing-member-id/);
  });
});
