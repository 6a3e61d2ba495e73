// Rules walk service lines through one helper (src/engine/util/serviceLines.ts): forEachLine visits
// each written line whose field the schema did not reject. A rule that walks lines by hand repeats
// that preamble and sooner or later forgets half of it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintText } from '../../../src/engine/lint';
import type { RuleContext } from '../../../src/engine/rule';
import { RULES_BY_ID } from '../../../src/engine/rules';
import { forEachLine, forEachLineWith } from '../../../src/engine/util/serviceLines';

const rulesDir = path.resolve(__dirname, '../../../src/engine/rules');

/** Rules that still walk `ctx.services` themselves, and why the helper does not fit. */
const BY_HAND: Record<string, string> = {
  'future-service-date': 'two fields per line (from, else to), one finding per line',
  'units-exceed-limit': 'first counts every line per code and date, rejected fields included, before its forEachLine walk',
  'authorization-not-valid-for-date': 'walks the lines needing an authorization (line indexes), not every line',
  'birth-date-after-service': 'one finding for all lines before the birth date',
  'bundled-procedures': 'pairs of lines (NCCI column 1 / column 2)',
};

describe('rules walk service lines with forEachLine (src/engine/util/serviceLines.ts)', () => {
  it('no rule repeats the walking preamble by hand, except the listed ones', () => {
    const byHand = fs
      .readdirSync(rulesDir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .filter((f) => /ctx\.services\.(forEach|map)\(/.test(fs.readFileSync(path.join(rulesDir, f), 'utf8')))
      .map((f) => f.replace(/\.ts$/, ''));
    assert.deepStrictEqual(byHand.sort(), Object.keys(BY_HAND).sort());
    for (const id of byHand) assert.ok(RULES_BY_ID.has(id), id);
  });

  it('forEachLine skips missing lines and lines whose field (or the line) the schema rejected; forEachLineWith also lines without the field', () => {
    const rejected = new Set(['services.2.code', 'services.4']);
    const ctx = {
      services: [{ code: '99213' }, undefined, { code: 'X' }, {}, { code: '99214' }],
      isInvalid: (p: (string | number)[]) => p.some((_, i) => rejected.has(p.slice(0, i + 1).join('.'))),
    } as unknown as RuleContext;
    const seen: string[] = [];
    forEachLine(ctx, 'code', (_line, i, p) => seen.push(`${i}:${p.join('.')}`));
    assert.deepStrictEqual(seen, ['0:services.0.code', '3:services.3.code']);
    const withCode: number[] = [];
    forEachLineWith(ctx, 'code', (line, i) => {
      assert.strictEqual(typeof line.code, 'string');
      withCode.push(i);
    });
    assert.deepStrictEqual(withCode, [0]);
  });

  it('a line whose field the schema rejected is not visited (no second finding on it)', () => {
    const claim = 'services:\n  - from: 2026-10-01\n    code: "99213"\n    placeOfService: [11]\n    charge: -5\n    units: 1\n';
    const onLine = lintText(claim, { format: 'yaml', today: '2026-11-01' })
      .findings.filter((f) => f.path.startsWith('services.'))
      .map((f) => `${f.ruleId} ${f.path}`);
    assert.deepStrictEqual(onLine.sort(), ['invalid-charge services.0.charge', 'missing-diagnosis-pointer services.0.pointers', 'schema-violation services.0.placeOfService']);
  });
});
