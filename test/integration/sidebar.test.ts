// The "Career & Claims" sidebar in a real extension host: the webview view resolves and completes its
// ready handshake, messages go both ways (extension → webview state, webview → extension pong), state
// survives a reload of the view, and progress export/import round-trips through real files.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, fixtureUri, openFixture, waitFor } from './helpers';

const STATE = 'cleanClaimCoach._test.guideState';
const MESSAGE = 'cleanClaimCoach._test.guideMessage';
const PING = 'cleanClaimCoach._test.guidePing';

interface GuideSnapshot {
  resolved: boolean;
  visible: boolean;
  resolveCount: number;
  readyCount: number;
  invalidMessages: number;
  state: { pathDone: Record<string, string>; ceuLog: Array<{ id: string; title: string }>; profile: { education: string; monthsExperience: number } };
  persisted: unknown;
  claims: Array<{ label: string; errors: number; warnings: number; checked: boolean }>;
}
interface Pong {
  tab: string;
  stepsDone: string[];
  ceuEntries: number;
  education: string;
}

const snapshot = () => vscode.commands.executeCommand<GuideSnapshot>(STATE);
const send = (msg: unknown) => vscode.commands.executeCommand<boolean>(MESSAGE, msg);
const ping = () => vscode.commands.executeCommand<Pong>(PING);

/** Pings until the webview's view of the world satisfies `ok` (state messages are asynchronous). */
async function pingUntil(what: string, ok: (p: Pong) => boolean, timeoutMs = 10000): Promise<Pong> {
  let last: Pong | undefined;
  return waitFor(
    what,
    async () => {
      try {
        last = await ping();
      } catch {
        return undefined;
      }
      return ok(last) ? last : undefined;
    },
    timeoutMs,
  ).catch((e: Error) => {
    throw new Error(`${e.message}; last pong: ${JSON.stringify(last)}`);
  });
}

describe('career guide sidebar', function () {
  this.timeout(60000);

  before(async () => {
    await activateExtension();
  });
  after(closeAllEditors);

  it('the webview view resolves and says ready', async () => {
    await vscode.commands.executeCommand('cleanClaimCoach.guide.focus');
    const s = await waitFor('the guide view to resolve and send ready', async () => {
      const x = await snapshot();
      return x.resolved && x.readyCount > 0 ? x : undefined;
    }, 20000);
    assert.ok(s.resolveCount >= 1);
    await pingUntil('a pong from the webview', () => true);
  });

  it('a message round-trip updates state (extension store → webview → pong)', async () => {
    const before = await snapshot();
    assert.strictEqual(await send({ type: 'setStepDone', stepId: 'entry-job', done: true }), true);
    assert.strictEqual(await send({ type: 'setProfile', profile: { ...before.state.profile, education: 'associate', monthsExperience: 7 } }), true);
    assert.strictEqual(await send({ type: 'addCeu', entry: { credentialId: 'CPC', date: '2026-01-15', hours: 1.5, provider: 'Integration', title: 'Round-trip entry' } }), true);
    const after = await snapshot();
    assert.ok('entry-job' in after.state.pathDone);
    assert.strictEqual(after.state.profile.monthsExperience, 7);
    assert.ok(after.state.ceuLog.some((e) => e.title === 'Round-trip entry'));
    assert.deepStrictEqual((after.persisted as { pathDone: unknown }).pathDone, after.state.pathDone, 'written to globalState');

    await vscode.commands.executeCommand(MESSAGE, undefined); // nothing
    assert.strictEqual(await send({ type: 'setStepDone', stepId: 'entry-job', done: 'yes' }), false, 'invalid message dropped');
    assert.strictEqual(await send({ type: 'runCommand', command: 'workbench.action.quit' }), false, 'unknown command refused');
    assert.ok((await snapshot()).invalidMessages >= 2);

    const pong = await pingUntil('the webview to render the new state', (p) => p.stepsDone.includes('entry-job') && p.ceuEntries >= 1 && p.education === 'associate');
    assert.ok(pong.stepsDone.includes('entry-job'));
  });

  it('the webview keeps its UI state and the progress across a reload of the view', async () => {
    // openGuide posts selectTab (extension → webview); the webview keeps the tab with vscode.setState.
    await vscode.commands.executeCommand('cleanClaimCoach.openGuide', 'ceus');
    await pingUntil('the webview to switch to the CEU tab', (p) => p.tab === 'ceus');
    const s0 = await snapshot();
    assert.strictEqual(await send({ type: 'ready' }), true); // a second ready re-sends state, harmless
    await vscode.commands.executeCommand('workbench.action.webview.reloadWebviewAction');
    const s1 = await waitFor('the reloaded webview to say ready', async () => {
      const x = await snapshot();
      return x.readyCount > s0.readyCount + 1 ? x : undefined;
    }, 20000);
    assert.ok(s1.resolved);
    const pong = await pingUntil('the reloaded webview to show the saved progress', (p) => p.stepsDone.includes('entry-job') && p.education === 'associate');
    assert.ok(pong.ceuEntries >= 1);
    assert.strictEqual(pong.tab, 'ceus', 'UI state (selected tab) restored from getState');
  });

  it('hiding and showing the view re-resolves it with the same state', async () => {
    const s0 = await snapshot();
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await waitFor('the view to be hidden', async () => !(await snapshot()).visible, 20000);
    await vscode.commands.executeCommand('cleanClaimCoach.guide.focus');
    // Shown again: re-resolved (a new page that said ready), or kept alive by the workbench while hidden.
    await waitFor('the view to be shown again', async () => {
      const x = await snapshot();
      return x.resolved && x.visible && (x.readyCount > s0.readyCount || x.resolveCount === s0.resolveCount) ? x : undefined;
    }, 20000);
    await pingUntil('the view to show the saved progress', (p) => p.stepsDone.includes('entry-job'));
  });

  it('lists the practice claims of the workspace with their problem counts', async () => {
    await openFixture('missing-member-id.claim.yaml');
    await send({ type: 'refreshClaims' });
    const s = await waitFor('the claims list to show a claim with problems', async () => {
      await send({ type: 'refreshClaims' });
      const x = await snapshot();
      return x.claims.some((c) => c.label.endsWith('missing-member-id.claim.yaml') && c.errors + c.warnings > 0) ? x : undefined;
    }, 20000);
    assert.ok(s.claims.some((c) => c.label.endsWith('clean.claim.yaml')));
    // A claim nobody has linted yet is "not checked", not "0 errors"; Lint All checks it.
    const fresh = fixtureUri('sidebar-unchecked.claim.yaml');
    await vscode.workspace.fs.writeFile(fresh, await vscode.workspace.fs.readFile(fixtureUri('missing-member-id.claim.yaml')));
    try {
      const before = await waitFor('the new claim in the list', async () => {
        await send({ type: 'refreshClaims' });
        const x = await snapshot();
        return x.claims.find((c) => c.label.endsWith('sidebar-unchecked.claim.yaml'));
      }, 20000);
      assert.strictEqual(before.checked, false, 'a claim no one has linted is not shown as clean');
      assert.strictEqual(await send({ type: 'runCommand', command: 'lintAll' }), true);
      const after = await waitFor('the claim to be checked', async () => {
        await send({ type: 'refreshClaims' });
        const c = (await snapshot()).claims.find((x) => x.label.endsWith('sidebar-unchecked.claim.yaml'));
        return c?.checked ? c : undefined;
      }, 20000);
      assert.ok(after.errors > 0, 'after Lint All it shows its errors');
    } finally {
      await vscode.workspace.fs.delete(fresh);
    }
  });

  it('exports progress atomically and imports it back; a bad file changes nothing', async () => {
    const file = fixtureUri('guide-progress.test-export.json');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('cleanClaimCoach.exportProgress', file);
    assert.ok(written, 'export returned the file');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    const exported = JSON.parse(text) as { format: string; state: { pathDone: Record<string, string> } };
    assert.strictEqual(exported.format, 'clean-claim-coach-progress');
    assert.ok('entry-job' in exported.state.pathDone);
    const siblings = await vscode.workspace.fs.readDirectory(fixtureUri('.'));
    assert.ok(!siblings.some(([name]) => name.includes('.tmp-')), 'no temp file left behind');

    await send({ type: 'setStepDone', stepId: 'entry-job', done: false });
    assert.ok(!('entry-job' in (await snapshot()).state.pathDone));

    const bad = fixtureUri('guide-progress.bad.json');
    await vscode.workspace.fs.writeFile(bad, new TextEncoder().encode('{"format":"clean-claim-coach-progress","state":{"schemaVersion":1}}'));
    const beforeBad = (await snapshot()).state;
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('cleanClaimCoach.importProgress', bad), false);
    assert.deepStrictEqual((await snapshot()).state, beforeBad, 'a bad file changes nothing');

    assert.strictEqual(await vscode.commands.executeCommand<boolean>('cleanClaimCoach.importProgress', file), true);
    assert.ok('entry-job' in (await snapshot()).state.pathDone, 'imported state restored');
    await pingUntil('the webview to show the imported state', (p) => p.stepsDone.includes('entry-job'));
    await vscode.workspace.fs.delete(file);
    await vscode.workspace.fs.delete(bad);
  });

  it('opens an example claim for the walkthrough', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('cleanClaimCoach.openExample');
    assert.ok(uri && /\.claim\.(ya?ml|json)$/.test(uri.path), `opened ${uri?.toString()}`);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
  });
});
