// Virtual workspaces behave as package.json declares (capabilities.virtualWorkspaces: "limited"):
// a claim served by a non-`file` FileSystemProvider is linted with the user's settings, but a
// `.claimlint.yaml` beside it and the ICD-10-CM code set it names are not read (they are read only
// from the local file system). Untitled documents are not claims (no *.claim.yaml name): not linted.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, extension, DIAGNOSTIC_SOURCE, fixtureUri, openFixture, ruleIdOf, waitFor, waitForDiagnostics } from './helpers';

interface Api {
  linter: {
    runs: number;
    pending: number;
    result(uri: vscode.Uri): { setup: { config: { file?: string } }; result: { findings: { ruleId: string }[] } } | undefined;
  };
}

const SCHEME = 'cccmem';
/** What this file checks; the declaration in package.json must say exactly this. */
const DECLARED_VIRTUAL = {
  supported: 'limited',
  description: 'Claims in virtual workspaces are linted with your settings, but .claimlint.yaml files and the official ICD-10-CM code set are read only from the local file system.',
};
/** two-problems.claim.yaml has exactly these findings with the bundled defaults. */
const TWO_PROBLEMS = ['invalid-diagnosis-pointer', 'missing-member-id'];
const CONFIG_OFF = 'rules:\n  missing-member-id: off\n';

const ours = (ds: readonly vscode.Diagnostic[]) => ds.filter((d) => d.source === DIAGNOSTIC_SOURCE);
const ids = (ds: readonly vscode.Diagnostic[]) => ours(ds).map(ruleIdOf).sort();

type Entry = { type: vscode.FileType.File; ctime: number; mtime: number; size: number; data: Uint8Array } | { type: vscode.FileType.Directory; ctime: number; mtime: number; size: number };

/** A minimal in-memory file system, keyed by URI path. */
class MemFs implements vscode.FileSystemProvider {
  private readonly entries = new Map<string, Entry>([['/', { type: vscode.FileType.Directory, ctime: Date.now(), mtime: Date.now(), size: 0 }]]);
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const e = this.entries.get(uri.path);
    if (!e) throw vscode.FileSystemError.FileNotFound(uri);
    return { type: e.type, ctime: e.ctime, mtime: e.mtime, size: e.size };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const dir = this.entries.get(uri.path);
    if (!dir) throw vscode.FileSystemError.FileNotFound(uri);
    if (dir.type !== vscode.FileType.Directory) throw vscode.FileSystemError.FileNotADirectory(uri);
    const prefix = uri.path === '/' ? '/' : `${uri.path}/`;
    return [...this.entries]
      .filter(([p]) => p !== '/' && p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
      .map(([p, e]) => [p.slice(prefix.length), e.type]);
  }

  createDirectory(uri: vscode.Uri): void {
    if (this.entries.has(uri.path)) throw vscode.FileSystemError.FileExists(uri);
    this.parentDir(uri);
    this.entries.set(uri.path, { type: vscode.FileType.Directory, ctime: Date.now(), mtime: Date.now(), size: 0 });
    this.emitter.fire([{ type: vscode.FileChangeType.Created, uri }]);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const e = this.entries.get(uri.path);
    if (!e) throw vscode.FileSystemError.FileNotFound(uri);
    if (e.type !== vscode.FileType.File) throw vscode.FileSystemError.FileIsADirectory(uri);
    return e.data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array, options: { create: boolean; overwrite: boolean }): void {
    const e = this.entries.get(uri.path);
    if (e?.type === vscode.FileType.Directory) throw vscode.FileSystemError.FileIsADirectory(uri);
    if (!e && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (e && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    this.parentDir(uri);
    const now = Date.now();
    this.entries.set(uri.path, { type: vscode.FileType.File, ctime: e?.ctime ?? now, mtime: now, size: content.byteLength, data: content });
    this.emitter.fire([{ type: e ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri, options: { recursive: boolean }): void {
    if (!this.entries.has(uri.path)) throw vscode.FileSystemError.FileNotFound(uri);
    const below = [...this.entries.keys()].filter((p) => p.startsWith(`${uri.path}/`));
    if (below.length && !options.recursive) throw vscode.FileSystemError.NoPermissions(`${uri.toString()} is not empty`);
    for (const p of [uri.path, ...below]) this.entries.delete(p);
    this.emitter.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(oldUri: vscode.Uri, newUri: vscode.Uri, options: { overwrite: boolean }): void {
    if (!this.entries.has(oldUri.path)) throw vscode.FileSystemError.FileNotFound(oldUri);
    if (this.entries.has(newUri.path) && !options.overwrite) throw vscode.FileSystemError.FileExists(newUri);
    this.parentDir(newUri);
    for (const [p, e] of [...this.entries]) {
      if (p === oldUri.path || p.startsWith(`${oldUri.path}/`)) {
        this.entries.delete(p);
        this.entries.set(newUri.path + p.slice(oldUri.path.length), e);
      }
    }
    this.emitter.fire([
      { type: vscode.FileChangeType.Deleted, uri: oldUri },
      { type: vscode.FileChangeType.Created, uri: newUri },
    ]);
  }

  private parentDir(uri: vscode.Uri): void {
    const parent = uri.path.slice(0, uri.path.lastIndexOf('/')) || '/';
    if (this.entries.get(parent)?.type !== vscode.FileType.Directory) throw vscode.FileSystemError.FileNotFound(uri.with({ path: parent }));
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

async function fixtureBytes(relativePath: string): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(fixtureUri(relativePath));
}

const memUri = (path: string) => vscode.Uri.from({ scheme: SCHEME, path });

describe('virtual workspaces behave as declared', function () {
  this.timeout(60000);
  let api: Api;
  let memfs: MemFs;
  let registration: vscode.Disposable;

  before(async () => {
    api = await activateExtension<Api>();
    memfs = new MemFs();
    registration = vscode.workspace.registerFileSystemProvider(SCHEME, memfs, { isCaseSensitive: true });
    const fs = vscode.workspace.fs;
    await fs.createDirectory(memUri('/claims'));
    await fs.writeFile(memUri('/claims/a.claim.yaml'), await fixtureBytes('linting/two-problems.claim.yaml'));
    await fs.writeFile(memUri('/claims/.claimlint.yaml'), new TextEncoder().encode(CONFIG_OFF));
    await fs.createDirectory(memUri('/codeset'));
    for (const name of ['official.claim.yaml', '.claimlint.yaml', 'icd10cm_order_2026.txt']) await fs.writeFile(memUri(`/codeset/${name}`), await fixtureBytes(`codeset/${name}`));
  });
  after(async () => {
    await closeAllEditors();
    registration?.dispose();
    memfs?.dispose();
  });
  afterEach(closeAllEditors);

  it('a claim on a virtual file system is linted, but the .claimlint.yaml beside it is not read', async () => {
    // Control: the same config text beside the same claim on the local file system does turn the rule off,
    // so the virtual case below would fail if the virtual config were read.
    const local = fixtureUri('virtual-control/a.claim.yaml');
    await vscode.workspace.fs.writeFile(local, await fixtureBytes('linting/two-problems.claim.yaml'));
    await vscode.workspace.fs.writeFile(fixtureUri('virtual-control/.claimlint.yaml'), new TextEncoder().encode(CONFIG_OFF));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(local), { preview: false });
      const localDs = await waitForDiagnostics(local, (d) => ours(d).length > 0);
      assert.deepStrictEqual(ids(localDs), ['invalid-diagnosis-pointer'], 'control: a local .claimlint.yaml with this text turns missing-member-id off');
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(fixtureUri('virtual-control'), { recursive: true });
    }

    const uri = memUri('/claims/a.claim.yaml');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    assert.strictEqual(editor.document.uri.scheme, SCHEME);
    // One lint publishes all findings at once: the first diagnostics from us are the whole result.
    const ds = await waitForDiagnostics(uri, (d) => ours(d).length > 0, 15000).catch((e: Error) => {
      throw new Error(`the claim on the ${SCHEME}: file system was not linted, though virtual workspaces are declared "limited" (claims are linted): ${e.message}`);
    });
    assert.ok(
      ids(ds).includes('missing-member-id'),
      `missing-member-id is turned off in ${SCHEME}:/claims/.claimlint.yaml, but config files are declared to be read only from the local file system, so it must still be reported; got ${JSON.stringify(ids(ds))}`,
    );
    assert.deepStrictEqual(ids(ds), TWO_PROBLEMS, 'a virtual claim gets the settings (none here) and bundled defaults: the same findings as with no config');
    const pointer = ours(ds).find((d) => ruleIdOf(d) === 'invalid-diagnosis-pointer')!;
    assert.strictEqual(editor.document.getText(pointer.range), 'C', 'diagnostics of a virtual document point into that document');
    assert.strictEqual(api.linter.result(uri)?.setup.config.file, undefined, 'no config file is resolved for a non-file URI');
  });

  it('the user\'s settings do apply to a virtual claim', async () => {
    const config = vscode.workspace.getConfiguration('cleanClaimCoach');
    const before = config.inspect('rules')?.workspaceValue;
    const uri = memUri('/claims/a.claim.yaml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    await waitForDiagnostics(uri, (d) => ids(d).includes('invalid-diagnosis-pointer'));
    try {
      await config.update('rules', { 'invalid-diagnosis-pointer': 'off' }, vscode.ConfigurationTarget.Workspace);
      const ds = await waitForDiagnostics(uri, (d) => !ids(d).includes('invalid-diagnosis-pointer'), 15000).catch((e: Error) => {
        throw new Error(`cleanClaimCoach.rules turned invalid-diagnosis-pointer off, but the virtual claim still shows it: ${e.message}`);
      });
      assert.deepStrictEqual(ids(ds), ['missing-member-id']);
    } finally {
      await config.update('rules', before, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('a virtual claim is checked against the bundled code sets, not an ICD-10-CM file named by a virtual .claimlint.yaml', async () => {
    // Control: locally, this .claimlint.yaml makes the official file apply (J45.909 unknown, A00.1 known).
    const local = await openFixture('codeset/official.claim.yaml');
    const localDs = await waitForDiagnostics(local.document.uri, (d) => ids(d).includes('unknown-diagnosis'));
    assert.deepStrictEqual(
      ours(localDs).filter((d) => ruleIdOf(d) === 'unknown-diagnosis').map((d) => local.document.getText(d.range)),
      ['J45.909'],
      'control: locally the configured order file is the code set',
    );
    await closeAllEditors();

    const uri = memUri('/codeset/official.claim.yaml');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    // The virtual claim is linted (it gets the FY2026 'Excludes notes not bundled' information) with the
    // bundled code sets: J45.909, missing from the order file the virtual .claimlint.yaml names, is known.
    const ds = await waitForDiagnostics(uri, (d) => ours(d).length > 0, 15000).catch((e: Error) => {
      throw new Error(`the virtual copy of codeset/official.claim.yaml got no finding (is it linted at all?): ${e.message}`);
    });
    assert.deepStrictEqual(
      ours(ds).filter((d) => ruleIdOf(d) === 'unknown-diagnosis').map((d) => editor.document.getText(d.range)),
      [],
      `the official ICD-10-CM file named by a .claimlint.yaml is declared to be read only from the local file system: the ${SCHEME}: copy must not load it (J45.909 is not in that file, but is in the bundled FY2026 code set)`,
    );
  });

  it('an untitled document is not linted, even with claim content (its name is not *.claim.yaml)', async () => {
    const content = new TextDecoder().decode(await fixtureBytes('linting/two-problems.claim.yaml'));
    const untitled = await vscode.workspace.openTextDocument({ language: 'yaml', content });
    assert.strictEqual(untitled.uri.scheme, 'untitled');
    await vscode.window.showTextDocument(untitled, { preview: false });
    // A claim opened afterwards is linted: by then the untitled document would have been too (open
    // events are handled in order, both with no debounce). Then give a slow run some more time.
    const probe = memUri('/claims/a.claim.yaml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(probe), { preview: false });
    await waitForDiagnostics(probe, (d) => ours(d).length > 0).catch((e: Error) => {
      throw new Error(`the probe claim opened after the untitled document was not linted, so this test cannot tell: ${e.message}`);
    });
    await waitFor('the linter to be idle', () => api.linter.pending === 0);
    assert.deepStrictEqual(ours(vscode.languages.getDiagnostics(untitled.uri)), [], 'an untitled document got diagnostics');
    assert.strictEqual(api.linter.result(untitled.uri), undefined, 'an untitled document was linted');
    // Close without the save prompt (the untitled document is dirty).
    await vscode.window.showTextDocument(untitled);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the untitled document to close', () => untitled.isClosed || !vscode.window.visibleTextEditors.some((e) => e.document === untitled));
  });

  it('package.json declares exactly the virtual-workspace support these tests check', () => {
    const caps = (extension().packageJSON as { capabilities?: { virtualWorkspaces?: unknown; untrustedWorkspaces?: unknown } }).capabilities;
    assert.deepStrictEqual(
      caps?.virtualWorkspaces,
      DECLARED_VIRTUAL,
      'capabilities.virtualWorkspaces changed: update the behaviour and these tests together (test/integration/virtual.test.ts)',
    );
    // Not exercised here (the runner disables workspace trust), but a change must be deliberate.
    assert.deepStrictEqual(caps?.untrustedWorkspaces, { supported: true }, 'capabilities.untrustedWorkspaces changed');
  });
});
