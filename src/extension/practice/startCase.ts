// "Start Practice Case…": a case id argument, or a quick pick of the library with each case's state.
import * as vscode from 'vscode';
import { caseProgress } from '../../practice/progress';
import type { PracticeFeature } from './feature';
import { domainName } from '../../practice/data';

export async function startCase(feature: PracticeFeature, arg?: unknown, start: (id: string) => Promise<unknown> = (id) => feature.start(id)): Promise<unknown> {
  if (typeof arg === 'string' && arg.trim()) return start(arg.trim());
  const cases = await feature.host.library.all();
  const entries = await feature.host.store.entries();
  const picked = await vscode.window.showQuickPick(
    cases.map((c) => {
      const p = caseProgress(c.case.case.id, entries);
      return {
        label: c.case.case.id,
        description: c.case.case.title,
        detail: `${p.state === 'passed' ? '$(pass) passed' : p.state === 'attempted' ? '$(circle-large-outline) attempted' : 'new'}${p.bestScore !== undefined ? ` · best ${Math.round(p.bestScore * 100)}%` : ''} · difficulty ${c.case.case.difficulty} · ${c.case.case.examDomains.map(domainName).join('; ')}${c.source === 'workspace' ? ' · from this workspace' : ''}`,
        id: c.case.case.id,
      };
    }),
    { title: 'Start a practice case', placeHolder: 'Type an id, a title word or an exam area', matchOnDescription: true, matchOnDetail: true },
  );
  return picked ? start(picked.id) : undefined;
}
