// The packaged VSIX holds exactly the allow-listed files of .vscodeignore: the two bundles, the CLI
// launcher, media, data, docs, README, CHANGELOG, LICENSE and package.json; never sources, tests,
// source maps or node_modules.
// Uses the VSIX named by CCC_VSIX, else <name>-<version>.vsix in the repo root (built with
// `npm run package` when absent). Run: npx mocha test/package/vsix.test.ts
import * as assert from 'assert';
import { execSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

const REPO = path.resolve(__dirname, '..', '..');

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** Central-directory listing of a zip file (a VSIX is one). */
function listZip(buf: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  assert.ok(eocd >= 0, 'not a zip file (no end-of-central-directory record)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    assert.strictEqual(buf.readUInt32LE(p), 0x02014b50, 'corrupt central directory');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    out.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      localOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function readEntry(buf: Buffer, e: ZipEntry): Buffer {
  const start = e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  return e.method === 0 ? data : zlib.inflateRawSync(data);
}

/** Paths inside extension/ that .vscodeignore allows (vsce renames LICENSE, README, CHANGELOG). */
const ALLOWED = [
  /^dist\/extension\.js$/,
  /^dist\/cli\.js$/,
  /^dist\/codesets\/(manifest\.json|icd10cm-changes\.json|[a-z0-9-]+\.idx)$/,
  /^dist\/edit-tables\/(manifest\.json|[a-z0-9-]+\.json\.gz)$/,
  /^bin\/.+/,
  /^media\/.+/,
  /^data\/[^/]+\.json$/,
  /^docs\/.+/,
  /^schemas\/.+/,
  /^snippets\/.+/,
  /^syntaxes\/.+/,
  /^examples\/.+/,
  /^cases\/.+\.case\.(ya?ml|json)$/,
  /^readme\.md$/i,
  /^changelog\.md$/i,
  /^license(\.txt)?$/i,
  /^package\.json$/,
];
const FORBIDDEN = [/(^|\/)src\//, /(^|\/)test\//, /(^|\/)node_modules\//, /(^|\/)out\//, /(^|\/)scripts\//, /\.map$/, /\.tsx?$/, /\.vsix$/, /(^|\/)\.vscode-test\//];

describe('VSIX contents', function () {
  this.timeout(180000);
  let buf: Buffer;
  let files: string[];

  before(() => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { name: string; version: string };
    const vsix = process.env.CCC_VSIX ? path.resolve(process.env.CCC_VSIX) : path.join(REPO, `${pkg.name}-${pkg.version}.vsix`);
    if (!fs.existsSync(vsix)) execSync('npm run package', { cwd: REPO, stdio: 'ignore' });
    buf = fs.readFileSync(vsix);
    const entries = listZip(buf);
    files = entries.map((e) => e.name);
  });

  it('has the VSIX manifest and everything else under extension/', () => {
    assert.ok(files.includes('extension.vsixmanifest'), 'extension.vsixmanifest');
    assert.ok(files.includes('[Content_Types].xml'), '[Content_Types].xml');
    const stray = files.filter((f) => !f.startsWith('extension/') && f !== 'extension.vsixmanifest' && f !== '[Content_Types].xml');
    assert.deepStrictEqual(stray, []);
  });

  it('holds only allow-listed files', () => {
    const inExt = files.filter((f) => f.startsWith('extension/')).map((f) => f.slice('extension/'.length));
    assert.deepStrictEqual(
      inExt.filter((f) => !ALLOWED.some((re) => re.test(f))),
      [],
      'files outside the .vscodeignore allow-list',
    );
    assert.deepStrictEqual(
      inExt.filter((f) => FORBIDDEN.some((re) => re.test(f))),
      [],
      'sources, tests, maps or node_modules in the VSIX',
    );
  });

  it('holds what the extension needs at run time', () => {
    for (const f of ['package.json', 'dist/extension.js', 'dist/cli.js', 'dist/codesets/manifest.json', 'dist/codesets/icd10cm-2026.idx', 'dist/codesets/icd10cm-changes.json', 'dist/edit-tables/manifest.json', 'dist/edit-tables/hcpcs.json.gz', 'dist/edit-tables/mce.json.gz', 'dist/edit-tables/excludes.json.gz', 'bin/claimlint.js', 'media/icon.png', 'media/icon.svg']) {
      assert.ok(files.includes(`extension/${f}`), `extension/${f} missing`);
    }
    assert.ok(files.some((f) => /^extension\/license(\.txt)?$/i.test(f)), 'LICENSE missing');
    assert.ok(files.some((f) => /^extension\/readme\.md$/i.test(f)), 'README missing');
  });

  it('ships the practice case library beside dist/ (claimlint grade finds it there)', () => {
    const cases = files.filter((f) => /^extension\/cases\/[^/]+\.case\.ya?ml$/.test(f));
    const onDisk = fs.readdirSync(path.join(REPO, 'cases')).filter((f) => /\.case\.ya?ml$/.test(f));
    assert.strictEqual(cases.length, onDisk.length, 'every cases/*.case.yaml is packaged');
    assert.ok(cases.length >= 6);
  });

  it('has a manifest whose main and icon are in the package', () => {
    const entry = listZip(buf).find((e) => e.name === 'extension/package.json');
    assert.ok(entry);
    const manifest = JSON.parse(readEntry(buf, entry).toString('utf8')) as { main: string; icon: string; scripts?: unknown; devDependencies?: unknown };
    for (const p of [manifest.main, manifest.icon]) {
      const rel = path.posix.normalize(p.replace(/^\.\//, ''));
      assert.ok(files.includes(`extension/${rel}`), `${p} is referenced by package.json but not packaged`);
    }
  });
});
