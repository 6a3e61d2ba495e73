// The product makes no network request and sends no telemetry. This guard reads every source file
// and the bundles (built here, from esbuild.js's own build list, so the check never depends on a
// dist/ that may be absent or stale) for network APIs; the only way out is a link the user clicks,
// opened with vscode.env.openExternal.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..', '..');

function files(dir: string, ext: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name), ext) : ext.test(e.name) ? [path.join(dir, e.name)] : []));
}

const FORBIDDEN: [RegExp, string][] = [
  [/\bfetch\s*\(/, 'fetch()'],
  [/\bXMLHttpRequest\b/, 'XMLHttpRequest'],
  [/\bnew\s+WebSocket\b/, 'WebSocket'],
  [/\bEventSource\b/, 'EventSource'],
  [/\bsendBeacon\b/, 'navigator.sendBeacon'],
  [/from\s+['"](node:)?(http|https|http2|net|tls|dns|dgram)['"]/, 'a Node network module'],
  [/require\(\s*['"](node:)?(http|https|http2|net|tls|dns|dgram)['"]\s*\)/, 'a Node network module'],
  [/\btelemetry\b.*\b(send|log)\w*\(/i, 'telemetry'],
];

function checkBundle(f: string): void {
  const text = fs.readFileSync(f, 'utf8');
  assert.doesNotMatch(text, /require\(\s*["'](node:)?(http|https|http2|net|tls|dns|dgram)["']\s*\)/, `a network module in ${path.basename(f)}`);
  assert.doesNotMatch(text, /\bnew\s+XMLHttpRequest\b|\bnew\s+WebSocket\b/, `a network API in ${path.basename(f)}`);
}

describe('no network, no telemetry', () => {
  it('no source file uses a network API', () => {
    const offenders: string[] = [];
    for (const f of files(path.join(ROOT, 'src'), /\.ts$/)) {
      const text = fs.readFileSync(f, 'utf8');
      for (const [re, what] of FORBIDDEN) if (re.test(text)) offenders.push(`${path.relative(ROOT, f)}: ${what}`);
    }
    assert.deepStrictEqual(offenders, []);
  });

  it('links leave the editor only through vscode.env.openExternal after a click', () => {
    const users = files(path.join(ROOT, 'src'), /\.ts$/).filter((f) => /openExternal\s*\(/.test(fs.readFileSync(f, 'utf8')));
    for (const f of users) assert.ok(f.includes(`${path.sep}extension${path.sep}`), `${path.relative(ROOT, f)} opens external links outside src/extension`);
  });

  it('the built bundles contain no network module', async function () {
    this.timeout(60000);
    const { builds } = require(path.join(ROOT, 'esbuild.js')) as { builds: { entryPoints: Record<string, string>; outdir: string }[] };
    const esbuild = await import('esbuild');
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ccc-bundles-'));
    try {
      const entries = builds.flatMap((b) => Object.keys(b.entryPoints));
      for (const e of ['extension', 'cli', 'sidebar', 'remittance']) assert.ok(entries.includes(e), `esbuild.js no longer builds ${e}: update this check`);
      for (const [i, b] of builds.entries()) {
        const entryPoints = Object.fromEntries(Object.entries(b.entryPoints).map(([k, v]) => [k, path.join(ROOT, v)]));
        await esbuild.build({ ...b, entryPoints, outdir: path.join(out, String(i)), absWorkingDir: ROOT, logLevel: 'silent', sourcemap: false, minify: true });
      }
      const bundles = files(out, /\.js$/);
      assert.strictEqual(bundles.length, entries.length, `bundles built: ${bundles.map((f) => path.relative(out, f)).join(', ')}`);
      // the check itself: it finds a network module in a bundle that has one
      const probe = path.join(out, 'probe.js');
      await esbuild.build({ stdin: { contents: "require('https').get('https://example.com')", resolveDir: ROOT }, bundle: true, platform: 'node', outfile: probe, logLevel: 'silent', minify: true });
      assert.throws(() => checkBundle(probe), /network/);
      for (const f of bundles) checkBundle(f);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
