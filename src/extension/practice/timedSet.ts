// The timed set ("Start Timed Set…" / "End Timed Set" / pause-resume, run by the commands in
// src/extension/commands/practice.ts): exam mode. N cases from chosen areas, a
// countdown in the status bar, no hints or answers for the set's cases until it ends, then a summary
// by area. The state is saved atomically (timed-set.json in global storage) on every change and
// every 15 s while running; on start-up a running set comes back paused with the time it had left.
import { randomUUID } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { readJsonFile, writeFileAtomic } from '../../node/practiceFiles';
import { caseProgress } from '../../practice/progress';
import { TimedSetSchema, endSet, markChecked, pauseSet, pickCases, remainingMs, resumeSet, snapshotForRestart, startSet, summarizeSet, type SetSummary, type TimedSet } from '../../practice/timedSet';
import type { TimedSetView } from '../../shared/practiceProtocol';
import { COMMAND } from '../commands';
import type { PracticeFeature } from './feature';
import { domainName } from '../../practice/data';
import { caseMetas } from '../../practice/views';

export interface TimedSetController {
  activeFor(caseId: string): { id: string } | undefined;
  checked(caseId: string): Promise<void>;
  view(): TimedSetView | undefined;
  /** The commands (src/extension/commands/practice.ts): options from a script or the webview, or none to ask. */
  start(opts?: unknown): Promise<TimedSet | undefined>;
  end(opts?: unknown): Promise<SetSummary | undefined>;
  toggle(): Promise<TimedSet | undefined>;
}

interface StartOptions {
  count?: number;
  minutes?: number;
  domains?: string[];
}

const fmt = (ms: number) => {
  const s = Math.ceil(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return `${h ? `${h}:${String(m).padStart(2, '0')}` : m}:${String(sec).padStart(2, '0')}`;
};

export function registerTimedSet(context: vscode.ExtensionContext, feature: PracticeFeature, log: vscode.OutputChannel, onChange: () => void): TimedSetController {
  const file = path.join(vscode.Uri.joinPath(context.globalStorageUri, 'practice').fsPath, 'timed-set.json');
  let set: TimedSet | undefined;
  let lastSummary: SetSummary | undefined;
  const item = vscode.window.createStatusBarItem('cleanClaimCoach.timedSet', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Clean Claim Coach timed set';
  item.command = COMMAND.toggleTimedSet;
  let ticker: ReturnType<typeof setInterval> | undefined;
  let lastSave = 0;

  const save = async () => {
    lastSave = Date.now();
    try {
      if (set) await writeFileAtomic(file, JSON.stringify(set.runningSince ? snapshotForRestart(set, Date.now()) : set));
      else await fs.promises.rm(file, { force: true });
    } catch (e) {
      log.appendLine(`Practice: saving the timed set failed: ${(e as Error).message}`);
    }
  };

  const render = () => {
    if (!set || set.endedAt) {
      item.hide();
      return;
    }
    const left = remainingMs(set, Date.now());
    const done = `${set.checked.length}/${set.caseIds.length}`;
    item.text = `${set.runningSince ? '$(watch)' : '$(debug-pause)'} ${fmt(left)} · ${done} checked`;
    item.tooltip = set.runningSince ? 'Timed set running: click to pause' : 'Timed set paused: click to resume';
    item.accessibilityInformation = { label: `Timed set ${set.runningSince ? 'running' : 'paused'}, ${Math.ceil(left / 60000)} minutes left, ${done} cases checked`, role: 'button' };
    item.show();
  };

  const tick = () => {
    if (!set || set.endedAt) return;
    if (set.runningSince && remainingMs(set, Date.now()) <= 0) {
      void end({ quiet: false, reason: 'Time is up.' });
      return;
    }
    if (set.runningSince && Date.now() - lastSave > 15_000) void save();
    render();
  };
  const setTicker = () => {
    if (ticker) clearInterval(ticker);
    ticker = set?.runningSince && !set.endedAt ? setInterval(tick, 1000) : undefined;
  };
  const changed = async () => {
    await save();
    setTicker();
    render();
    onChange();
  };

  async function start(opts?: StartOptions): Promise<TimedSet | undefined> {
    if (set && !set.endedAt) {
      const answer = opts ? 'End it' : await vscode.window.showWarningMessage('A timed set is in progress. End it and start a new one?', { modal: true }, 'End it');
      if (answer !== 'End it') return undefined;
      await end({ quiet: true });
    }
    const cases = caseMetas(await feature.host.library.all());
    let domains = opts?.domains;
    if (!domains) {
      const areas = [...new Set(cases.flatMap((c) => c.examDomains))];
      const picked = await vscode.window.showQuickPick(
        areas.map((id) => ({ label: domainName(id), description: `${cases.filter((c) => c.examDomains.includes(id)).length} cases`, id })),
        { title: 'Timed set: exam areas (none picked = all areas)', canPickMany: true },
      );
      if (!picked) return undefined;
      domains = picked.map((p) => p.id);
    }
    let count = opts?.count;
    if (count === undefined) {
      const v = await vscode.window.showInputBox({ title: 'Timed set: how many cases?', value: '5', validateInput: (x) => (/^\d+$/.test(x) && +x >= 1 && +x <= 50 ? undefined : 'A number from 1 to 50.') });
      if (!v) return undefined;
      count = +v;
    }
    let minutes = opts?.minutes;
    if (minutes === undefined) {
      const v = await vscode.window.showInputBox({ title: 'Timed set: minutes', value: String(count * 8), prompt: 'The whole set; the CPC exam gives about 2.4 minutes per question, a full case takes longer.', validateInput: (x) => (/^\d+$/.test(x) && +x >= 1 && +x <= 1440 ? undefined : 'Minutes from 1 to 1440.') });
      if (!v) return undefined;
      minutes = +v;
    }
    const entries = await feature.host.store.entries();
    const ids = pickCases(cases, domains, Math.min(50, Math.max(1, count)), (id) => caseProgress(id, entries).attempts);
    set = startSet(randomUUID(), ids, domains, Math.max(1, minutes), Date.now());
    lastSummary = undefined;
    await changed();
    if (!opts) void vscode.window.showInformationMessage(`Timed set started: ${ids.length} case${ids.length === 1 ? '' : 's'} (${ids.join(', ')}). No hints or answers until it ends.`);
    await feature.start(ids[0]);
    return set;
  }

  async function end(opts: { quiet?: boolean; reason?: string } = {}): Promise<SetSummary | undefined> {
    if (!set) {
      if (!opts.quiet) void vscode.window.showInformationMessage('No timed set is running.');
      return undefined;
    }
    const ended = endSet(set, Date.now());
    const cases = caseMetas(await feature.host.library.all());
    lastSummary = summarizeSet(ended, await feature.host.store.entries(), cases);
    set = undefined;
    await changed();
    if (feature.last) await feature.render(); // hints and answers come back for the last result
    if (!opts.quiet) {
      const detail = [
        ...lastSummary.byDomain.map((d) => `${domainName(d.domain)}: ${d.passed} of ${d.cases} passed (mean ${Math.round(d.meanScore * 100)}%)`),
        '',
        ...lastSummary.cases.map((c) => `${c.caseId}: ${c.checked ? `${Math.round(c.score * 100)}% ${c.passed ? 'passed' : 'not passed'}` : 'not checked'}`),
      ].join('\n');
      void vscode.window.showInformationMessage(`${opts.reason ? `${opts.reason} ` : ''}Timed set over: ${Math.round(lastSummary.score * 100)}% overall. Hints and answers are available again.`, { modal: true, detail });
    }
    return lastSummary;
  }

  async function toggle(): Promise<TimedSet | undefined> {
    if (!set) return undefined;
    set = set.runningSince ? pauseSet(set, Date.now()) : resumeSet(set, Date.now());
    await changed();
    return set;
  }

  // Load a saved set: a running one comes back paused with the time it had left.
  void readJsonFile(file).then(async ({ value, corrupt }) => {
    if (corrupt) {
      log.appendLine(`Practice: the timed set file ${file} could not be read (${corrupt}); it was kept as ${file}.corrupt.`);
      await fs.promises.rename(file, `${file}.corrupt`).catch(() => undefined);
      return;
    }
    if (value === undefined) return;
    const r = TimedSetSchema.safeParse(value);
    if (!r.success) {
      log.appendLine(`Practice: the timed set file ${file} is not in the expected shape; ignored.`);
      return;
    }
    if (r.data.endedAt) return;
    set = snapshotForRestart(r.data, Date.now());
    setTicker();
    render();
    onChange();
  });

  context.subscriptions.push(
    item,
    { dispose: () => ticker && clearInterval(ticker) },
    {
      // Closing VS Code: keep the time left (synchronously, temp file + rename).
      dispose: () => {
        if (!set || set.endedAt) return;
        try {
          const tmp = `${file}.exit.tmp`;
          fs.writeFileSync(tmp, JSON.stringify(snapshotForRestart(set, Date.now())));
          fs.renameSync(tmp, file);
        } catch {
          // the last periodic save stands
        }
      },
    },
  );

  return {
    activeFor: (caseId) => (set && !set.endedAt && set.caseIds.some((c) => c.toUpperCase() === caseId.toUpperCase()) ? { id: set.id } : undefined),
    checked: async (caseId) => {
      if (!set) return;
      set = markChecked(set, caseId);
      await changed();
      const next = set.caseIds.find((c) => !set!.checked.includes(c));
      if (next) void vscode.window.setStatusBarMessage(`Recorded. Next in the set: ${next} (Start it from the Practice view).`, 8000);
    },
    view: () => (set ? { id: set.id, caseIds: set.caseIds, checked: set.checked, remainingMs: remainingMs(set, Date.now()), running: !!set.runningSince, ended: !!set.endedAt } : undefined),
    start: (opts) => start(opts && typeof opts === 'object' ? (opts as StartOptions) : undefined),
    end: (opts) => end(opts && typeof opts === 'object' ? (opts as { quiet?: boolean }) : {}),
    toggle: () => toggle(),
  };
}
