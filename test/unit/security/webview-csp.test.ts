// The webviews' CSP allows style sheets from media/ only (no 'unsafe-inline'): a style attribute
// (written into the HTML or set with setAttribute) is dropped by the browser without a word, so a
// bar chart drawn that way has no bars. Sizes are set from script (element.style.x = …, CSSOM, which
// the CSP allows; see sized() in src/webview/common/dom.ts) or with classes. h() refuses a `style`
// attribute at compile time; this guard catches the other ways in.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..', '..');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.ts$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

const FORBIDDEN: [RegExp, string][] = [
  [/setAttribute\(\s*['"]style['"]/, "setAttribute('style', …)"],
  [/[{,]\s*['"]?style['"]?\s*:\s*[`'"]/, 'a style attribute in h(…)'],
  [/\bstyle=/, 'style= in markup'],
  [/\.cssText\s*=/, 'style.cssText (use single properties)'],
];

describe('webviews: no inline style attributes (the CSP drops them)', () => {
  it('no webview source sets a style attribute', () => {
    const offenders: string[] = [];
    for (const f of [...files(path.join(ROOT, 'src', 'webview')), path.join(ROOT, 'src', 'extension', 'webviewHtml.ts')]) {
      const lines = fs.readFileSync(f, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (/^\s*(\/\/|\*)/.test(line)) return;
        for (const [re, what] of FORBIDDEN) if (re.test(line)) offenders.push(`${path.relative(ROOT, f)}:${i + 1}: ${what}`);
      });
    }
    assert.deepStrictEqual(offenders, []);
  });

  it('the CSP has no unsafe-inline or unsafe-eval', () => {
    const html = fs.readFileSync(path.join(ROOT, 'src', 'extension', 'webviewHtml.ts'), 'utf8');
    assert.match(html, /style-src \$\{webview\.cspSource\}`/);
    assert.doesNotMatch(html, /unsafe-(inline|eval)/);
  });
});
