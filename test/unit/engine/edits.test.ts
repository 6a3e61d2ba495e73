// EditBuilder's removals: the exact spans they take in block YAML, flow YAML and JSON, and that many
// removals on one document walk its locations once (removing spans used to be quadratic).
import * as assert from 'assert';
import { EditBuilder } from '../../../src/engine/edits';
import { parseClaimText } from '../../../src/parser/parse';
import type { ParsedDocument } from '../../../src/parser/document';
import type { TextEdit } from '../../../src/engine/types';

function apply(text: string, edits: TextEdit[] | undefined): string {
  assert.ok(edits, 'no edits');
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

function builder(text: string, format: 'yaml' | 'json'): { b: EditBuilder; doc: ParsedDocument } {
  const doc = parseClaimText(text, format);
  assert.deepStrictEqual(doc.syntaxErrors, []);
  return { b: new EditBuilder(doc), doc };
}

describe('EditBuilder removals', () => {
  it('removes a block YAML list item or map entry with its whole line', () => {
    const text = 'a:\n  - x\n  - y\n  - z\nb:\n  c: 1\n  d: 2\n';
    const { b } = builder(text, 'yaml');
    assert.strictEqual(apply(text, b.removeItem(['a', 1])), 'a:\n  - x\n  - z\nb:\n  c: 1\n  d: 2\n');
    assert.strictEqual(apply(text, b.removeProperty(['b', 'c'])), 'a:\n  - x\n  - y\n  - z\nb:\n  d: 2\n');
  });

  it('removes a flow YAML item with one neighbouring comma', () => {
    const text = 'mods: [25, 59 ,  76]\nx:\n  y: { p: 1, q: 2 }\n';
    const { b } = builder(text, 'yaml');
    assert.strictEqual(apply(text, b.removeItem(['mods', 0])), 'mods: [59 ,  76]\nx:\n  y: { p: 1, q: 2 }\n');
    assert.strictEqual(apply(text, b.removeItem(['mods', 1])), 'mods: [25, 76]\nx:\n  y: { p: 1, q: 2 }\n');
    assert.strictEqual(apply(text, b.removeItem(['mods', 2])), 'mods: [25, 59]\nx:\n  y: { p: 1, q: 2 }\n');
    assert.strictEqual(apply(text, b.removeProperty(['x', 'y', 'q'])), 'mods: [25, 59 ,  76]\nx:\n  y: { p: 1 }\n');
  });

  it('removes a JSON item or property with one neighbouring comma', () => {
    const text = '{\n  "a": ["x", "y"],\n  "b": 1\n}\n';
    const { b } = builder(text, 'json');
    assert.strictEqual(apply(text, b.removeItem(['a', 1])), '{\n  "a": ["x"],\n  "b": 1\n}\n');
    assert.strictEqual(apply(text, b.removeProperty(['b'])), '{\n  "a": ["x", "y"]\n}\n');
    assert.strictEqual(apply(text, b.removeProperty(['a'])), '{\n  "b": 1\n}\n');
  });

  it('walks the locations once for many removals, not once per removal', () => {
    const n = 2000;
    const text = `dx: [${Array.from({ length: n }, (_, i) => `"A${i}"`).join(', ')}]\nx:\n${Array.from({ length: n }, (_, i) => `  k${i}: v`).join('\n')}\n`;
    const { doc } = builder(text, 'yaml');
    let walks = 0;
    const locations = doc.locations;
    const counted = new Proxy(locations, {
      get(target, prop) {
        if (prop === 'values' || prop === 'entries' || prop === Symbol.iterator || prop === 'forEach') walks++;
        const v = Reflect.get(target, prop, target) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const b = new EditBuilder({ ...doc, locations: counted });
    for (let i = 0; i < n; i++) {
      const item = b.removeItem(['dx', i]);
      assert.ok(item && item.length === 1);
      assert.match(text.slice(item[0].start, item[0].end), i === n - 1 ? /^, "A\d+"$/ : /^"A\d+", $/);
      const prop = b.removeProperty(['x', `k${i}`]);
      assert.ok(prop && text.slice(prop[0].start, prop[0].end) === `  k${i}: v\n`);
    }
    assert.ok(walks <= 2, `the locations were walked ${walks} times for ${2 * n} removals`);
  });
});
