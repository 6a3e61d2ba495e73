// Commands are declared once (src/extension/commands/index.ts) and the manifest names exactly those.
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

/**
 * Feature registries not yet folded into COMMANDS (each declares its ids once, in one module):
 * the practice loop (src/extension/practice/commandIds.ts) and the 837P feature
 * (src/extension/x12/commandIds.ts). Fold them into COMMANDS next.
 */
function featureIds(file: string, objectName: string): string[] {
  const src = fs.readFileSync(path.join(root, file), 'utf8');
  const body = new RegExp(`export const ${objectName} = \\{([\\s\\S]*?)\\} as const`).exec(src)?.[1];
  assert.ok(body, `${objectName} not found in ${file}`);
  return [...body.matchAll(/'(cleanClaimCoach\.[\w.]+)'/g)].map((m) => m[1]).filter((id) => !id.endsWith('.focus'));
}

describe('architecture: commands (src/extension/commands/index.ts)', () => {
  const list = declared();
  const product = [...list.filter((c) => !c.testOnly).map((c) => c.id), ...featureIds('src/extension/practice/commandIds.ts', 'PRACTICE_COMMANDS'), ...featureIds('src/extension/x12/commandIds.ts', 'X12_COMMANDS')];

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
