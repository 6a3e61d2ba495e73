// The one HTML shell of every webview: strict CSP (no inline code, scripts only by nonce), styles
// and the script only from media/ (the webviews' sole localResourceRoot).
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';

export interface WebviewPage {
  title: string;
  /** Style sheets under media/. */
  styles: string[];
  /** The bundle under media/dist/. */
  script: string;
  /** Placeholder shown until the script renders (plain text, escaped). */
  loading: string;
  /** Attributes of <main id="app">, e.g. 'aria-busy="true"'. */
  mainAttributes?: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function webviewHtml(webview: vscode.Webview, media: vscode.Uri, page: WebviewPage): string {
  const nonce = randomBytes(16).toString('base64');
  const src = (...p: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(media, ...p)).toString();
  const csp = ["default-src 'none'", `img-src ${webview.cspSource}`, `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`, `font-src ${webview.cspSource}`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${page.styles.map((s) => `<link rel="stylesheet" href="${src(s)}">`).join('\n')}
<title>${escapeHtml(page.title)}</title>
</head>
<body>
<main id="app" ${page.mainAttributes ?? ''}><p>${escapeHtml(page.loading)}</p></main>
<script nonce="${nonce}" src="${src('dist', page.script)}"></script>
</body>
</html>`;
}
