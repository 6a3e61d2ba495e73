// claimlint --fix never loses data (issue 11): non-UTF-8 files, edits saved while it runs, read-only
// files, modes, owners, hard links and symlinks, unreadable claims in a folder run, empty PATH; and
// the run never passes silently, never prints a stack trace, and claim content never shapes output.
import * as assert from 'assert';
import { spawnSync, execFileSync } from 'child_process';
import * as fs from 'fs';
import nodeFs from 'fs'; // the module object itself (writable), for stubbing
import * as os from 'os';
import * as path from 'path';
import { main, type Io } from '../../../src/cli/main';
import { OutputError } from '../../../src/cli/output';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLEAN = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'rules', '_clean', 'clean-medicare.claim.yaml'), 'utf8');
/** A claim whose only problems have safe fixes: an NPI written with a dash. */
const FIXABLE = CLEAN.replace('renderingNpi: "1234567893"', 'renderingNpi: "1234-567893"');
const FIXED = CLEAN;

function run(argv: string[], cwd: string, out?: (s: string) => void): Promise<{ code: number; out: string; err: string }> {
  let o = '';
  let err = '';
  const io: Io = { out: out ?? ((s) => (o += s)), err: (s) => (err += s), cwd, now: () => new Date('2026-11-22T12:00:00Z') };
  return main(argv, io).then((code) => ({ code, out: o, err }));
}

const T = ['--today', '2026-11-22'];

describe('claimlint --fix: never loses data', () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-fix-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('fixes a claim and says so on stderr', async () => {
    fs.writeFileSync(file('a.claim.yaml'), FIXABLE);
    const r = await run([...T, '--fix', 'a.claim.yaml'], dir);
    assert.strictEqual(fs.readFileSync(file('a.claim.yaml'), 'utf8'), FIXED);
    assert.match(r.err, /^claimlint: fixed a\.claim\.yaml: 1 fix applied\n$/);
    assert.strictEqual(r.code, 0, r.out);
  });

  it('a file that is not UTF-8 is never rewritten; it gets a finding', async () => {
    const latin1 = Buffer.concat([Buffer.from(FIXABLE.replace('name: { last: DOE, first: JANE }', 'name: { last: MU')), Buffer.from([0xd1]), Buffer.from('OZ, first: JANE }')]);
    assert.notStrictEqual(latin1.indexOf(0xd1), -1);
    fs.writeFileSync(file('l.claim.yaml'), latin1);
    const r = await run([...T, '--fix', 'l.claim.yaml'], dir);
    assert.ok(fs.readFileSync(file('l.claim.yaml')).equals(latin1), 'the bytes changed');
    assert.match(r.out, /l\.claim\.yaml:1:1 error syntax-error The file is not UTF-8 text/);
    assert.strictEqual(r.code, 1);
  });

  it('edits saved while --fix runs are not lost: the file is skipped and the run says so', async () => {
    fs.writeFileSync(file('a.claim.yaml'), FIXABLE);
    const realReadFile = nodeFs.promises.readFile;
    let reads = 0;
    (nodeFs.promises as { readFile: unknown }).readFile = async function (p: fs.PathLike, ...rest: unknown[]) {
      const data = await (realReadFile as (...a: unknown[]) => Promise<Buffer>).call(this, p, ...rest);
      // The trainee saves right after claimlint read the file.
      if (String(p) === file('a.claim.yaml') && reads++ === 0) fs.appendFileSync(file('a.claim.yaml'), '# saved by the trainee\n');
      return data;
    };
    try {
      const r = await run([...T, '--fix', 'a.claim.yaml'], dir);
      assert.match(r.err, /a\.claim\.yaml changed while it was being fixed: not rewritten/);
    } finally {
      nodeFs.promises.readFile = realReadFile;
    }
    assert.strictEqual(fs.readFileSync(file('a.claim.yaml'), 'utf8'), `${FIXABLE}# saved by the trainee\n`);
  });

  it('respects a read-only file (by its mode bits, also as root)', async () => {
    fs.writeFileSync(file('ro.claim.yaml'), FIXABLE);
    fs.chmodSync(file('ro.claim.yaml'), 0o444);
    const r = await run([...T, '--fix', 'ro.claim.yaml'], dir);
    assert.strictEqual(fs.readFileSync(file('ro.claim.yaml'), 'utf8'), FIXABLE);
    assert.match(r.err, /ro\.claim\.yaml is read-only: 1 fix not written/);
    assert.strictEqual(fs.statSync(file('ro.claim.yaml')).mode & 0o777, 0o444);
  });

  it('keeps the mode (0600) and the owner', async function () {
    fs.writeFileSync(file('p.claim.yaml'), FIXABLE);
    fs.chmodSync(file('p.claim.yaml'), 0o600);
    const canChown = process.getuid?.() === 0;
    if (canChown) fs.chownSync(file('p.claim.yaml'), 4321, 4321);
    await run([...T, '--fix', 'p.claim.yaml'], dir);
    const st = fs.statSync(file('p.claim.yaml'));
    assert.strictEqual(fs.readFileSync(file('p.claim.yaml'), 'utf8'), FIXED);
    assert.strictEqual(st.mode & 0o777, 0o600);
    if (canChown) assert.deepStrictEqual([st.uid, st.gid], [4321, 4321]);
  });

  it('writes through a hard link (both names see the fix, the link stays)', async () => {
    fs.writeFileSync(file('h.claim.yaml'), FIXABLE);
    fs.linkSync(file('h.claim.yaml'), file('other-name.txt'));
    await run([...T, '--fix', 'h.claim.yaml'], dir);
    assert.strictEqual(fs.readFileSync(file('other-name.txt'), 'utf8'), FIXED);
    assert.strictEqual(fs.statSync(file('h.claim.yaml')).nlink, 2);
    assert.strictEqual(fs.statSync(file('h.claim.yaml')).ino, fs.statSync(file('other-name.txt')).ino);
  });

  it('writes through a symlink (the link stays a link, the real file is fixed); symlinked claims in a folder are checked', async () => {
    fs.mkdirSync(file('real'));
    fs.writeFileSync(file('real/target.yaml'), FIXABLE);
    fs.mkdirSync(file('claims'));
    fs.symlinkSync(file('real/target.yaml'), file('claims/s.claim.yaml'));
    const r = await run([...T, '--fix', 'claims'], dir);
    assert.ok(fs.lstatSync(file('claims/s.claim.yaml')).isSymbolicLink());
    assert.strictEqual(fs.readFileSync(file('real/target.yaml'), 'utf8'), FIXED);
    assert.match(r.out, /^1 claim checked/m);
    assert.deepStrictEqual(fs.readdirSync(file('real')), ['target.yaml'], 'no temp file left');
  });

  it('a claim that cannot be read in a folder run: the others are fixed and reported, the unreadable one is named, exit 2', async () => {
    fs.writeFileSync(file('a.claim.yaml'), FIXABLE);
    fs.writeFileSync(file('b.claim.yaml'), FIXABLE.replace('  memberId: 1EG4TE5MK73\n', ''));
    fs.writeFileSync(file('c.claim.yaml'), FIXABLE);
    const realReadFile = nodeFs.promises.readFile;
    (nodeFs.promises as { readFile: unknown }).readFile = function (p: fs.PathLike, ...rest: unknown[]) {
      if (String(p) === file('b.claim.yaml')) return Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
      return (realReadFile as (...a: unknown[]) => Promise<Buffer>).call(this, p, ...rest);
    };
    let r;
    try {
      r = await run([...T, '--fix', '.'], dir);
    } finally {
      nodeFs.promises.readFile = realReadFile;
    }
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /fixed a\.claim\.yaml: 1 fix applied/);
    assert.match(r.err, /cannot read b\.claim\.yaml: EACCES/);
    assert.match(r.err, /fixed c\.claim\.yaml: 1 fix applied/);
    assert.match(r.out, /2 claims checked: no problems found; 1 file could not be read\./);
    assert.strictEqual(fs.readFileSync(file('c.claim.yaml'), 'utf8'), FIXED);
  });

  it('`claimlint --fix ""` is refused (it must not mean the whole current folder)', async () => {
    fs.writeFileSync(file('a.claim.yaml'), FIXABLE);
    const r = await run(['--fix', ''], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /^claimlint: an empty PATH was given/);
    assert.strictEqual(fs.readFileSync(file('a.claim.yaml'), 'utf8'), FIXABLE);
  });

  it('never applies the total-charge fix (money is never a safe fix)', async () => {
    const text = CLEAN.replace('totalCharge: 145.00', 'totalCharge: 154.00');
    fs.writeFileSync(file('t.claim.yaml'), text);
    const r = await run([...T, '--fix', 't.claim.yaml'], dir);
    assert.strictEqual(fs.readFileSync(file('t.claim.yaml'), 'utf8'), text);
    assert.match(r.out, /error total-charge-mismatch/);
    assert.strictEqual(r.code, 1);
  });

  it('keeps `- *visit` service lines (fixes never edit through aliases)', async () => {
    const services = CLEAN.slice(CLEAN.indexOf('services:\n'), CLEAN.indexOf('billingProvider:'));
    const aliased = CLEAN.replace(services, services.replace('  - from:', '  - &visit\n    from:').replace('[A, B]', '[A, A]') + '  - *visit\n').replace('totalCharge: 145.00', 'totalCharge: 290.00');
    fs.writeFileSync(file('v.claim.yaml'), aliased);
    await run([...T, '--fix', 'v.claim.yaml'], dir);
    const after = fs.readFileSync(file('v.claim.yaml'), 'utf8');
    assert.match(after, /\n  - \*visit\n/);
    assert.match(after, /totalCharge: 290\.00/);
  });
});

describe('claimlint: nothing is skipped silently, output errors are one line', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-run-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a FIFO named like a claim is named on stderr and the run exits 2 (it is never opened)', async function () {
    try {
      execFileSync('mkfifo', [path.join(dir, 'pipe.claim.yaml')]);
    } catch {
      this.skip();
    }
    fs.writeFileSync(path.join(dir, 'a.claim.yaml'), CLEAN);
    const r = await run([...T, '.'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /cannot read pipe\.claim\.yaml: not a regular file/);
    assert.match(r.out, /1 claim checked: no problems found; 1 file could not be read/);
  });

  it('an unreadable sub-folder is named and the run exits 2', async () => {
    fs.mkdirSync(path.join(dir, 'locked'));
    fs.writeFileSync(path.join(dir, 'a.claim.yaml'), CLEAN);
    const realReaddir = nodeFs.readdirSync;
    const locked = path.join(dir, 'locked');
    (nodeFs as { readdirSync: unknown }).readdirSync = function (this: unknown, p: fs.PathLike, ...rest: unknown[]) {
      if (path.resolve(String(p)) === locked) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      return (realReaddir as (...a: unknown[]) => unknown).call(this, p, ...rest);
    };
    try {
      const r = await run([...T, '.'], dir);
      assert.strictEqual(r.code, 2);
      assert.match(r.err, /cannot read locked: EACCES/);
    } finally {
      nodeFs.readdirSync = realReaddir;
    }
  });

  it('an output error (closed pipe, full disk) is exit 2 with one line, no stack trace', async () => {
    fs.writeFileSync(path.join(dir, 'a.claim.yaml'), CLEAN.replace('  memberId: 1EG4TE5MK73\n', ''));
    const r = await run([...T, '.'], dir, () => {
      throw new OutputError('cannot write the output: ENOSPC');
    });
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.err, 'claimlint: cannot write the output: ENOSPC\n');
  });

  it('`claimlint … | head -1`: a real closed pipe is exit 2 with one line', function () {
    this.timeout(60000);
    for (let i = 0; i < 150; i++) fs.writeFileSync(path.join(dir, `c${i}.claim.yaml`), CLEAN.replace('  memberId: 1EG4TE5MK73\n', '').replace('renderingNpi: "1234567893"', 'renderingNpi: "12"'));
    const script = `require(${JSON.stringify(path.join(ROOT, 'src/cli/main.ts'))}).main(['--today', '2026-11-22', '.']).then((c) => { process.exitCode = c; });`;
    const piped = spawnSync('bash', ['-c', `cd ${shellQuote(dir)} && ${shellQuote(process.execPath)} --require tsx/cjs -e ${shellQuote(script)} 2>err.txt | head -c 10 >/dev/null; echo \${PIPESTATUS[0]}`], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') } });
    const code = piped.stdout.trim();
    const err = fs.readFileSync(path.join(dir, 'err.txt'), 'utf8');
    assert.strictEqual(code, '2', `exit ${code}; stderr: ${err}`);
    assert.match(err, /^claimlint: cannot write the output: the reading end was closed \(EPIPE\)\n$/);
  });

  it('claim content never changes the shape of the output nor reaches the terminal as control characters', async () => {
    const evil = CLEAN.replace('priorAuthorization', 'x').replace('payer:\n  id: PRACTICE-MEDICARE', 'payer:\n  id: "EVIL\\e[31m\\nsub/x.claim.yaml:1:1 error fake-rule injected\\u009b2J\\u2028"');
    fs.writeFileSync(path.join(dir, 'e.claim.yaml'), evil);
    const text = await run([...T, 'e.claim.yaml'], dir);
    const findings = JSON.parse((await run([...T, '--format', 'json', 'e.claim.yaml'], dir)).out) as { message: string }[];
    assert.ok(findings.length >= 1);
    assert.strictEqual(text.out.split('\n').length - 1, findings.length + 1, `one line per finding plus the summary:\n${text.out}`);
    assert.doesNotMatch(text.out, /^sub\/x\.claim\.yaml/m, 'an injected problem-matcher line');
    // eslint-disable-next-line no-control-regex
    for (const out of [text.out, (await run([...T, '--format', 'json', 'e.claim.yaml'], dir)).out, (await run([...T, '--format', 'sarif', 'e.claim.yaml'], dir)).out]) assert.doesNotMatch(out, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
  });

  it('JSON output streams: 100,000 claims in a 100 MB process', function () {
    this.timeout(120000);
    const script = `
      const { jsonSink } = require(${JSON.stringify(path.join(ROOT, 'src/cli/format.ts'))});
      const { lintText } = require(${JSON.stringify(path.join(ROOT, 'src/engine/lint.ts'))});
      const fs = require('fs');
      const result = lintText(${JSON.stringify(CLEAN.replace('  memberId: 1EG4TE5MK73\n', ''))}, { format: 'yaml', today: '2026-11-22' });
      const fd = fs.openSync('/dev/null', 'w');
      let bytes = 0;
      const sink = jsonSink((s) => { bytes += s.length; fs.writeSync(fd, s); });
      for (let i = 0; i < 100000; i++) sink.file({ file: 'claims/c' + i + '.claim.yaml', absolute: '/x/c' + i, result: { ...result, findings: Array(20).fill(result.findings[0]) } });
      sink.end({ unreadable: 0 });
      console.log(bytes);`;
    const r = spawnSync(process.execPath, ['--max-old-space-size=100', '--require', 'tsx/cjs', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr.split('\n').slice(0, 5).join('\n'));
    assert.ok(Number(r.stdout) > 300 * 1024 * 1024, `only ${r.stdout} characters: more than one string could hold in 100 MB`);
  });
});

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
