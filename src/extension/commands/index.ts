// Every command of the extension, declared once: its id and the file that implements it. The
// manifest (package.json contributes.commands, menus, keybindings) must name exactly these ids
// (test/unit/architecture/commands.test.ts). A new command: one file in this folder exporting its
// implementation `(services, ...args) => …`, one line below, and its entry in package.json.
import * as vscode from 'vscode';
import { disableRule } from './disableRule';
import { enterFixValue, fillOriginalReference } from './enterFixValue';
import { exportHistoryCsv, showHistory, submitClaim } from './submission';
import { exportProgress, importProgress, openExample, openGuide, testGuideMessage, testGuidePing, testGuideState } from './guide';
import { findCodeCommand, searchCodesCommand } from './findCode';
import { fixAll } from './fixAll';
import { lintAll } from './lintAll';
import { newClaim } from './newClaim';
import { openRuleDocs } from './openRuleDocs';
import { endTimedSet, practiceCheck, practiceDispute, practiceShowAnswer, practiceStart, startTimedSet, testPracticeMessage, testPracticePing, testPracticeState, toggleTimedSet } from './practice';
import { exportClaim837p, import837p, openX12Answer, show837pPreview } from './x12';
import type { CommandRun, Services } from './services';

interface CommandSpec {
  id: string;
  run: CommandRun;
  /** Registered only when the extension runs under its test runner (never in the shipped product). */
  testOnly?: boolean;
}

export const COMMANDS = {
  lintAll: { id: 'cleanClaimCoach.lintAll', run: lintAll },
  openRuleDocs: { id: 'cleanClaimCoach.openRuleDocs', run: openRuleDocs },
  findCode: { id: 'cleanClaimCoach.findCode', run: findCodeCommand },
  searchCodes: { id: 'cleanClaimCoach.searchCodes', run: searchCodesCommand },
  fixAll: { id: 'cleanClaimCoach.fixAll', run: fixAll },
  disableRule: { id: 'cleanClaimCoach.disableRule', run: disableRule },
  newClaim: { id: 'cleanClaimCoach.newClaim', run: newClaim },
  enterFixValue: { id: 'cleanClaimCoach.enterFixValue', run: enterFixValue },
  fillOriginalReference: { id: 'cleanClaimCoach.fillOriginalReference', run: fillOriginalReference },
  submitClaim: { id: 'cleanClaimCoach.submitClaim', run: submitClaim },
  showHistory: { id: 'cleanClaimCoach.showHistory', run: showHistory },
  exportHistoryCsv: { id: 'cleanClaimCoach.exportHistoryCsv', run: exportHistoryCsv },
  openGuide: { id: 'cleanClaimCoach.openGuide', run: openGuide },
  openExample: { id: 'cleanClaimCoach.openExample', run: openExample },
  exportProgress: { id: 'cleanClaimCoach.exportProgress', run: exportProgress },
  importProgress: { id: 'cleanClaimCoach.importProgress', run: importProgress },
  testGuideState: { id: 'cleanClaimCoach._test.guideState', run: testGuideState, testOnly: true },
  testGuideMessage: { id: 'cleanClaimCoach._test.guideMessage', run: testGuideMessage, testOnly: true },
  testGuidePing: { id: 'cleanClaimCoach._test.guidePing', run: testGuidePing, testOnly: true },
  practiceStart: { id: 'cleanClaimCoach.practice.start', run: practiceStart },
  practiceCheck: { id: 'cleanClaimCoach.practice.check', run: practiceCheck },
  practiceShowAnswer: { id: 'cleanClaimCoach.practice.showAnswer', run: practiceShowAnswer },
  practiceDispute: { id: 'cleanClaimCoach.practice.dispute', run: practiceDispute },
  startTimedSet: { id: 'cleanClaimCoach.practice.startTimedSet', run: startTimedSet },
  endTimedSet: { id: 'cleanClaimCoach.practice.endTimedSet', run: endTimedSet },
  toggleTimedSet: { id: 'cleanClaimCoach.practice.toggleTimedSet', run: toggleTimedSet },
  testPracticeState: { id: 'cleanClaimCoach._test.practiceState', run: testPracticeState, testOnly: true },
  testPracticePing: { id: 'cleanClaimCoach._test.practicePing', run: testPracticePing, testOnly: true },
  testPracticeMessage: { id: 'cleanClaimCoach._test.practiceMessage', run: testPracticeMessage, testOnly: true },
  exportClaim837p: { id: 'cleanClaimCoach.exportClaim837p', run: exportClaim837p },
  import837p: { id: 'cleanClaimCoach.import837p', run: import837p },
  show837pPreview: { id: 'cleanClaimCoach.show837pPreview', run: show837pPreview },
  openX12Answer: { id: 'cleanClaimCoach.openX12Answer', run: openX12Answer },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

/** Command ids by name, for code that runs or links a command (code actions, code lenses, webviews). */
export const COMMAND = Object.fromEntries(Object.entries(COMMANDS).map(([name, c]) => [name, c.id])) as { readonly [K in CommandName]: (typeof COMMANDS)[K]['id'] };

/** The ids registered in this mode (tests compare them with the manifest). */
export function commandIds(mode: 'product' | 'test'): string[] {
  return Object.values(COMMANDS as Record<string, CommandSpec>)
    .filter((c) => mode === 'test' || !c.testOnly)
    .map((c) => c.id);
}

export function registerCommands(context: vscode.ExtensionContext, services: Services): void {
  const testMode = context.extensionMode === vscode.ExtensionMode.Test;
  for (const c of Object.values(COMMANDS as Record<string, CommandSpec>)) {
    if (c.testOnly && !testMode) continue;
    const run = c.run as (s: Services, ...args: unknown[]) => unknown;
    context.subscriptions.push(vscode.commands.registerCommand(c.id, (...args: unknown[]) => run(services, ...args)));
  }
}
