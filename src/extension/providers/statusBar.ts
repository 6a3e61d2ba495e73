// The status bar item of the active claim: its error and warning counts and the active code set.
import * as vscode from 'vscode';
import { isClaimDocument, PRODUCT, type ClaimLinter } from '../linting';
import { peekBundledCodeSets } from '../../node/bundledCodeSets';
import { codesOf } from './common';

/** "Loaded: ICD-10-CM FY2026 from …; ICD-10-CM FY2027 from FY2026 official file + FY2027 change list (derived)." */
function loadedCodeSets(): string {
  const b = peekBundledCodeSets(); // never loads them: the status bar shows at activation
  if (!b) return '';
  if (!b.provider) return 'Bundled code sets not loaded (shape checks only).';
  return `Loaded: ${b.provider.years.map((y) => { const s = b.provider!.forYear(y)!; return `${s.label} from ${s.origin}`; }).join('; ')}.`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function registerStatusBar(context: vscode.ExtensionContext, linter: ClaimLinter): void {
  const status = vscode.window.createStatusBarItem('cleanClaimCoach.status', vscode.StatusBarAlignment.Left, 50);
  status.name = `${PRODUCT}: claim status`;
  status.command = 'workbench.actions.view.problems';
  const update = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isClaimDocument(editor.document)) {
      status.hide();
      return;
    }
    const r = linter.result(editor.document.uri);
    const errors = r?.result.findings.filter((f) => f.severity === 'error').length ?? 0;
    const warnings = r?.result.findings.filter((f) => f.severity === 'warning').length ?? 0;
    const codes = codesOf(r);
    const codeSet = codes.label;
    status.text = `$(checklist) Claim $(error) ${errors} $(warning) ${warnings} · ${codeSet}`;
    status.tooltip = `${PRODUCT}: ${errors} error(s), ${warnings} warning(s). Code set of this claim's dates: ${codeSet}${codes.origin ? ` — ${codes.origin}` : ''}. ${loadedCodeSets()} Click to open the Problems panel.`;
    status.accessibilityInformation = { label: `Practice claim: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}. Code set: ${codeSet}. Opens the Problems panel.` };
    status.show();
  };
  context.subscriptions.push(status, linter.onDidLint(update), vscode.window.onDidChangeActiveTextEditor(update));
  update();
}
