// The product makes no network request and sends no telemetry. This guard reads every source file
// (and the built bundles when present) for network APIs; the only way out is a link the user
// clicks, opened with vscode.env.openExternal.
import * as assert from 'assert';
import * as fs from 'fs';
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

  it('the built bundles contain no network module', () => {
    const bundles = [...files(path.join(ROOT, 'dist'), /\.js$/), ...files(path.join(ROOT, 'media', 'dist'), /\.js$/)];
    for (const f of bundles) {
      const text = fs.readFileSync(f, 'utf8');
      assert.doesNotMatch(text, /require\(\s*["'](node:)?(http|https|http2|net|tls|dns|dgram)["']\s*\)/, path.relative(ROOT, f));
      assert.doesNotMatch(text, /\bnew\s+XMLHttpRequest\b|\bnew\s+WebSocket\b/, path.relative(ROOT, f));
    }
  });
});
