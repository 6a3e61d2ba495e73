// Rule documentation links: docs/rules/<id>.md inside the extension. Diagnostic links use the
// extension's URI handler (vscode://<extension-id>/rule?id=…), which opens the preview in the same
// window, like the "Open Rule Documentation" command (commands/openRuleDocs.ts).

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

/** A rule's page in the Markdown preview; without an id, a pick list of every rule first. */
export async function showRuleDocs(ruleId?: string): Promise<boolean> {
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
    vscode.window.registerUriHandler({
      handleUri(uri: vscode.Uri) {
        if (uri.path === '/rule') void showRuleDocs(new URLSearchParams(uri.query).get('id') ?? undefined);
      },
    }),
  );
}
