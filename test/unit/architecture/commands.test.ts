// Commands are declared once (src/extension/commands/index.ts), registered there only, and the
// manifest names exactly those.
// The list is read from the source: the module imports `vscode`, which unit tests cannot load (the
// integration suite checks the same ids are really registered: test/integration/commands.test.ts).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CLAIM_GLOB, CONFIG_FILE_NAMES, isClaimFileName } from '../../../src/model/files';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const commandsDir = path.join(root, 'src/extension/commands');

function declared(): { name: string; id: string; run: string; testOnly: boolean }[] {
  const src = fs.readFileSync(path.join(commandsDir, 'index.ts'), 'utf8');
  const body = /export const COMMANDS = \{\n([\s\S]*?)\n\} as const/.exec(src)?.[1];
  assert.ok(body, 'COMMANDS object not found in commands/index.ts');
  return body.split('\n').map((line) => {
    const m = /^ {2}(\w+): \{ id: '([^']+)', run: (\w+)(, testOnly: true)? \},$/.exec(line);
    assert.ok(m, `one command per line, as { id, run[, testOnly] }: ${line}`);
    return { name: m[1], id: m[2], run: m[3], testOnly: !!m[4] };
  });
}

/** Every .ts file under src/, relative to the repository root with forward slashes. */
function sourceFiles(dir = path.join(root, 'src')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') ? [path.relative(root, full).split(path.sep).join('/')] : [];
  });
}

/** Source text without comments (a comment may name a command or the API). */
const code = (file: string) => fs.readFileSync(path.join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:'"`])\/\/[^\n]*/g, '$1');

describe('architecture: commands (src/extension/commands/index.ts)', () => {
  const list = declared();
  const product = list.filter((c) => !c.testOnly).map((c) => c.id);

  it('declares each id once, in the extension namespace, test hooks under _test', () => {
    assert.strictEqual(new Set(list.map((c) => c.id)).size, list.length);
    for (const c of list) {
      assert.match(c.id, /^cleanClaimCoach\./);
      assert.strictEqual(c.testOnly, c.id.startsWith('cleanClaimCoach._test.'), c.id);
    }
  });

  it('contributes.commands names exactly the registered product commands', () => {
    const contributed = (manifest.contributes.commands as { command: string }[]).map((c) => c.command);
    assert.deepStrictEqual([...contributed].sort(), [...product].sort());
  });

  it('menus, keybindings and walkthrough links name registered commands only', () => {
    const menus = Object.values(manifest.contributes.menus ?? {}).flatMap((items) => (items as { command?: string }[]).map((i) => i.command).filter(Boolean));
    const keys = ((manifest.contributes.keybindings ?? []) as { command: string }[]).map((k) => k.command);
    const links = JSON.stringify(manifest.contributes.walkthroughs ?? []).match(/command:cleanClaimCoach\.[\w.]+/g) ?? [];
    const completions = ((manifest.contributes.walkthroughs ?? []) as { steps: { completionEvents?: string[] }[] }[]).flatMap((w) => w.steps.flatMap((s) => s.completionEvents ?? [])).filter((e) => e.startsWith('onCommand:cleanClaimCoach.'));
    const named = [...menus, ...keys, ...links.map((l) => l.slice('command:'.length)), ...completions.map((e) => e.slice('onCommand:'.length))];
    assert.ok(named.length > 0);
    for (const id of named) assert.ok(product.includes(id as string), `${id} is not a registered command`);
  });

  it('every command is implemented by a module in src/extension/commands/', () => {
    const src = fs.readFileSync(path.join(commandsDir, 'index.ts'), 'utf8');
    for (const c of list) {
      const m = new RegExp(`import \\{[^}]*\\b${c.run}\\b[^}]*\\} from '\\./(\\w+)';`).exec(src);
      assert.ok(m, `${c.run} is imported from a file of the commands folder`);
      assert.ok(fs.existsSync(path.join(commandsDir, `${m[1]}.ts`)));
    }
  });

  it('only commands/index.ts registers commands (vscode.commands.registerCommand and its kin)', () => {
    const registering = sourceFiles().filter((f) => /\bregister(TextEditor)?Command\s*\(/.test(code(f)));
    assert.deepStrictEqual(registering, ['src/extension/commands/index.ts']);
  });

  it('no other file spells a command id: code names it through COMMAND', () => {
    const ids = new Set(list.map((c) => c.id));
    const spelled = sourceFiles()
      .filter((f) => f !== 'src/extension/commands/index.ts')
      .flatMap((f) => [...code(f).matchAll(/['"`](cleanClaimCoach\.[\w.]+)['"`]/g)].filter((m) => ids.has(m[1])).map((m) => `${f}: ${m[1]}`));
    assert.deepStrictEqual(spelled, []);
  });

  it('the manifest spells the claim and config file names of src/model/files.ts', () => {
    assert.ok(manifest.activationEvents.includes(`workspaceContains:${CLAIM_GLOB}`));
    const whens = JSON.stringify(manifest.contributes.menus).match(/resourceFilename =~ \/(.*?)\/"/g) ?? [];
    assert.ok(whens.length > 0);
    for (const w of whens) {
      const re = new RegExp(JSON.parse(`"${/=~ \/(.*)\/"$/.exec(w)![1]}"`));
      for (const name of ['a.claim.yaml', 'a.claim.yml', 'a.claim.json', 'claim.yaml', 'a.claim.yaml.bak']) assert.strictEqual(re.test(name), isClaimFileName(name), `${w} on ${name}`);
    }
    assert.deepStrictEqual(CONFIG_FILE_NAMES, ['.claimlint.yaml', '.claimlint.yml', '.claimlint.json']);
  });
});
