// Every command the manifest contributes, and the test hooks, are really registered once the
// extension is active (the unit test test/unit/architecture/commands.test.ts checks the list
// against the manifest).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension } from './helpers';

describe('commands', function () {
  this.timeout(60000);
  before(() => activateExtension());

  it('registers every contributed command and the test hooks', async () => {
    const manifest = vscode.extensions.all.find((e) => e.packageJSON?.name === 'clean-claim-coach')?.packageJSON as { contributes: { commands: { command: string }[] } };
    assert.ok(manifest, 'the extension is installed');
    const registered = new Set(await vscode.commands.getCommands(true));
    const expected = [...manifest.contributes.commands.map((c) => c.command), 'cleanClaimCoach._test.guideState', 'cleanClaimCoach._test.guideMessage', 'cleanClaimCoach._test.guidePing', 'cleanClaimCoach._test.practiceState', 'cleanClaimCoach._test.practicePing', 'cleanClaimCoach._test.practiceMessage'];
    assert.deepStrictEqual(expected.filter((id) => !registered.has(id)), []);
  });
});
