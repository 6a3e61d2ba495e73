// Rule documentation: docs/rules/<id>.md inside the extension, opened in the Markdown preview.
// Diagnostic links use the extension's URI handler (vscode://<extension-id>/rule?id=…), which opens
// the preview in the same window; the command does the same from the palette.
import * as vscode from 'vscode';
import { RULES, RULES_BY_ID } from '../engine/rules';
import { isX12RuleId } from '../x12';

let extensionUri: vscode.Uri | undefined;
let extensionId = 'clean-claim-coach.clean-claim-coach';

export function ruleDocTarget(ruleId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: vscode.env.uriScheme, authority: extensionId, path: '/rule', query: `id=${encodeURIComponent(ruleId)}` });
}

export function ruleDocFile(ruleId: string): vscode.Uri | undefined {
  if (!extensionUri || !(RULES_BY_ID.has(ruleId) || isX12RuleId(ruleId))) return undefined;
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`);
}

export async function openRuleDocs(ruleId?: string): Promise<boolean> {
  let id = ruleId;
  if (!id) {
    const picked = await vscode.window.showQuickPick(
      RULES.map((r) => ({ label: r.id, description: r.box && r.box !== '—' ? `box ${r.box}` : 'no CMS-1500 box', detail: r.title })),
      { title: 'Open Rule Documentation', placeHolder: 'Type a rule id or words from its title', matchOnDetail: true },
    );
    id = picked?.label;
  }
  if (!id) return false;
  const file = ruleDocFile(id);
  if (!file) {
    void vscode.window.showWarningMessage(`Clean Claim Coach has no rule named "${id}".`);
    return false;
  }
  await vscode.commands.executeCommand('markdown.showPreview', file);
  return true;
}

export function registerRuleDocs(context: vscode.ExtensionContext): void {
  extensionUri = context.extensionUri;
  extensionId = context.extension.id;
  context.subscriptions.push(
    vscode.commands.registerCommand('cleanClaimCoach.openRuleDocs', (arg?: unknown) => openRuleDocs(ruleIdFromArg(arg))),
    vscode.window.registerUriHandler({
      handleUri(uri: vscode.Uri) {
        if (uri.path === '/rule') {
          const id = new URLSearchParams(uri.query).get('id') ?? undefined;
          void openRuleDocs(id);
        }
      },
    }),
  );
}

/** The command accepts a rule id, or a Diagnostic / { ruleId } from code actions and webviews. */
function ruleIdFromArg(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (arg && typeof arg === 'object') {
    const o = arg as { ruleId?: unknown; code?: unknown };
    if (typeof o.ruleId === 'string') return o.ruleId;
    const code = o.code as { value?: unknown } | string | undefined;
    if (typeof code === 'string') return code;
    if (code && typeof code.value === 'string') return code.value;
  }
  return undefined;
}
