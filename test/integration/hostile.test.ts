// Hostile input inside the editor: huge or malicious claims give a clear diagnostic in bounded
// time, and the editor keeps answering (another claim still lints right after).
import * as vscode from 'vscode';
import { closeAllEditors, DIAGNOSTIC_SOURCE, fixtureUri, ruleIdOf, waitForDiagnostics } from './helpers';

function bigClaim(lines: number): string {
  const line = '  - from: 2026-10-01\n    placeOfService: "11"\n    code: "99213"\n    pointers: [A]\n    charge: 10.00\n    units: 1\n';
  return `payer: { id: PRACTICE-MEDICARE, coverage: medicare }\ndiagnoses: [I10]\nservices:\n${line.repeat(lines)}`;
}

const bomb = Array.from({ length: 9 }, (_, i) => (i === 0 ? 'a0: &a0 [x,x,x,x,x,x,x,x,x,x]' : `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]`)).join('\n');

describe('hostile input in the editor', function () {
  this.timeout(90000);
  afterEach(closeAllEditors);

  for (const [name, text, rule] of [
    ['10,000 service lines (past the documented limits)', bigClaim(10000), 'syntax-error'],
    ['51 service lines', bigClaim(51), 'too-many-service-lines'],
    ['an alias bomb', bomb, 'syntax-error'],
    ['binary garbage', '\u0000\u0001PK\u0003\u0004'.repeat(20000), 'schema-violation'],
  ] as const) {
    it(`${name}: a clear diagnostic, and the editor keeps answering`, async () => {
      const uri = fixtureUri(`linting/hostile-${name.replace(/\W+/g, '-')}.claim.yaml`);
      const probe = fixtureUri(`linting/hostile-probe-${name.replace(/\W+/g, '-')}.claim.yaml`);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      try {
        if (name === 'binary garbage') {
          // VS Code will not open a binary file as text: Lint All reads it from disk instead.
          await vscode.commands.executeCommand('cleanClaimCoach.lintAll', { silent: true });
        } else {
          await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        }
        // (the waits fail the test when they time out; how fast linting is: npm run bench)
        await waitForDiagnostics(uri, (d) => d.some((x) => x.source === DIAGNOSTIC_SOURCE && ruleIdOf(x) === rule), 45000);
        // Another claim, new to the editor (so no earlier result can answer), is linted afterwards: nothing is stuck.
        await vscode.workspace.fs.writeFile(probe, await vscode.workspace.fs.readFile(fixtureUri('linting/two-problems.claim.yaml')));
        const small = await vscode.workspace.openTextDocument(probe);
        await vscode.window.showTextDocument(small);
        await waitForDiagnostics(small.uri, (d) => d.some((x) => x.source === DIAGNOSTIC_SOURCE), 30000);
      } finally {
        await closeAllEditors();
        await vscode.workspace.fs.delete(uri);
        await vscode.workspace.fs.delete(probe).then(undefined, () => undefined);
      }
    });
  }
});
