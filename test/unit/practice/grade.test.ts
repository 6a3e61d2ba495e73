// The scoring rules of practice-cases.md, one hand-worked example each, and property tests.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { grade, type GradableClaim } from '../../../src/grading/grade';
import { CaseKeySchema, type CaseKey } from '../../../src/practice/model';

const NO_LINT = { errors: 0, warnings: 0 };
const key = (k: unknown): CaseKey => CaseKeySchema.parse(k);
const line = (code: string, modifiers: string[] = [], units?: number) => ({ code, modifiers, ...(units === undefined ? {} : { units }) });

/** The spec's example: key E11.9 first, others I10, one line 99214 ×1. */
const EXAMPLE = key({ diagnoses: { first: 'E11.9', others: ['I10'] }, services: [{ code: '99214', units: 1 }] });

describe('grader: the scoring rules of practice-cases.md', () => {
  it("the spec's worked example scores 2.25 / 4 = 0.5625", () => {
    const g = grade(EXAMPLE, { diagnoses: ['I10', 'E11.9', 'Z00.00'], services: [line('99214', ['25'], 1)] }, NO_LINT);
    assert.strictEqual(g.diagnoses.points, 1.5);
    assert.strictEqual(g.diagnoses.possible, 3);
    assert.strictEqual(g.linePoints, 0.75);
    assert.strictEqual(g.linePossible, 1);
    assert.strictEqual(g.points, 2.25);
    assert.strictEqual(g.possible, 4);
    assert.strictEqual(g.score, 0.5625);
    assert.strictEqual(g.diagnoses.first, 'sequencing');
    assert.deepStrictEqual(g.overcodes, ['Z00.00']);
    assert.deepStrictEqual(g.lines[0].issues, ['modifiers: expected none, the claim has 25']);
    assert.strictEqual(g.passed, false);
  });

  describe('diagnoses', () => {
    const lines = [line('99214')];
    it('first-listed: 1 when D[0] is first', () => {
      const g = grade(EXAMPLE, { diagnoses: ['E11.9', 'I10'], services: lines }, NO_LINT);
      assert.strictEqual(g.diagnoses.first, 'correct');
      assert.strictEqual(g.diagnoses.points, 2);
      assert.strictEqual(g.score, 1);
    });
    it('first-listed: 0.5 when present but not first (sequencing)', () => {
      const g = grade(EXAMPLE, { diagnoses: ['I10', 'E11.9'], services: lines }, NO_LINT);
      assert.strictEqual(g.diagnoses.points, 1.5);
      assert.strictEqual(g.score, 2.5 / 3);
      assert.match(g.feedback[0], /E11\.9 is listed as B/);
    });
    it('first-listed: 0 when absent (a miss)', () => {
      const g = grade(EXAMPLE, { diagnoses: ['I10'], services: lines }, NO_LINT);
      assert.strictEqual(g.diagnoses.first, 'missing');
      assert.deepStrictEqual(g.diagnoses.misses, ['E11.9']);
      // 1 (I10) + 1 (line) over max(2, 1) + 1
      assert.strictEqual(g.score, 2 / 3);
    });
    it('each other code found earns 1; a missing one is a miss', () => {
      const g = grade(key({ diagnoses: { first: 'E11.65', others: ['I10', 'E78.5', 'Z79.84'] }, services: [{ code: '99214' }] }), { diagnoses: ['E11.65', 'E78.5'], services: lines }, NO_LINT);
      assert.strictEqual(g.diagnoses.points, 2);
      assert.strictEqual(g.diagnoses.possible, 4);
      assert.deepStrictEqual(g.diagnoses.hits, ['E11.65', 'E78.5']);
      assert.deepStrictEqual(g.diagnoses.misses, ['I10', 'Z79.84']);
      assert.strictEqual(g.score, 3 / 5);
    });
    it('codes compare without the dot and case-insensitively; duplicates count once', () => {
      const g = grade(EXAMPLE, { diagnoses: ['e119', 'i10', 'E11.9', ''], services: lines }, NO_LINT);
      assert.strictEqual(g.score, 1);
    });
    it('optional codes earn nothing and cost nothing', () => {
      const k = key({ diagnoses: { first: 'M17.11', optional: ['E11.9', 'Z79.84'] }, services: [{ code: '20610', modifiers: ['RT'] }] });
      const without = grade(k, { diagnoses: ['M17.11'], services: [line('20610', ['RT'])] }, NO_LINT);
      const withOptional = grade(k, { diagnoses: ['M17.11', 'E11.9', 'Z79.84'], services: [line('20610', ['RT'])] }, NO_LINT);
      assert.strictEqual(without.score, 1);
      assert.strictEqual(withOptional.score, 1);
      assert.strictEqual(withOptional.possible, 2);
    });
    it('overcoding raises dxPossible to |D \\ O| (max(|E|, |D \\ O|))', () => {
      const g = grade(EXAMPLE, { diagnoses: ['E11.9', 'I10', 'R35.0', 'R63.1'], services: lines }, NO_LINT);
      assert.strictEqual(g.diagnoses.possible, 4);
      assert.deepStrictEqual(g.diagnoses.overcodes, ['R35.0', 'R63.1']);
      assert.strictEqual(g.score, 3 / 5);
    });
  });

  describe('service lines', () => {
    const dx = ['E11.9', 'I10'];
    it('a matched line earns 0.5 + 0.25 (modifiers equal as sets) + 0.25 (units equal)', () => {
      const k = key({ diagnoses: { first: 'E11.9', others: ['I10'] }, services: [{ code: '20610', modifiers: ['RT', '59'], units: 1 }] });
      assert.strictEqual(grade(k, { diagnoses: dx, services: [line('20610', ['59', 'rt'], 1)] }, NO_LINT).linePoints, 1);
      assert.strictEqual(grade(k, { diagnoses: dx, services: [line('20610', ['LT', '59'], 1)] }, NO_LINT).linePoints, 0.75);
      assert.strictEqual(grade(k, { diagnoses: dx, services: [line('20610', ['RT', '59'], 2)] }, NO_LINT).linePoints, 0.75);
      assert.strictEqual(grade(k, { diagnoses: dx, services: [line('20610', [], 2)] }, NO_LINT).linePoints, 0.5);
    });
    it('a missing units counts as 1, on the key and on the claim', () => {
      const k = key({ diagnoses: { first: 'Z23' }, services: [{ code: 'G0008' }] });
      assert.strictEqual(grade(k, { diagnoses: ['Z23'], services: [{ code: 'G0008' }] }, NO_LINT).score, 1);
      const four = key({ diagnoses: { first: 'M17.11' }, services: [{ code: 'J3301', units: 4 }] });
      const g = grade(four, { diagnoses: ['M17.11'], services: [{ code: 'J3301' }] }, NO_LINT);
      assert.strictEqual(g.linePoints, 0.75);
      assert.deepStrictEqual(g.lines[0].issues, ['units: expected 4, the claim has 1']);
    });
    it('key lines match in key order, each to the first unmatched claim line with the code', () => {
      const k = key({ diagnoses: { first: 'S51.812A' }, services: [{ code: '12002', units: 1 }, { code: '12002', modifiers: ['59'], units: 1 }] });
      const g = grade(k, { diagnoses: ['S51.812A'], services: [line('12002', ['59']), line('12002')] }, NO_LINT);
      // key line 1 takes claim line 1 (modifier differs), key line 2 takes claim line 2 (modifier differs)
      assert.deepStrictEqual(g.lines.map((l) => [l.keyLine, l.claimLine, l.credit]), [[1, 1, 0.75], [2, 2, 0.75]]);
    });
    it('unmatched claim lines are overcodes and raise linePossible; unmatched required key lines are misses', () => {
      const k = key({ diagnoses: { first: 'S51.812A' }, services: [{ code: '12002' }, { code: '90715' }, { code: '90471' }] });
      const g = grade(k, { diagnoses: ['S51.812A'], services: [line('12002'), line('99213'), line('99213')] }, NO_LINT);
      assert.strictEqual(g.linePossible, 3);
      assert.deepStrictEqual(g.misses, ['90715', '90471']);
      assert.deepStrictEqual(g.overcodes, ['99213', '99213']);
      assert.strictEqual(g.score, (1 + 1) / (1 + 3));
    });
    it('a matched optional key line earns nothing and costs nothing (it is left out of C)', () => {
      const k = key({ diagnoses: { first: 'E11.65' }, services: [{ code: '99214' }, { code: 'G2211', optional: true }] });
      const with2211 = grade(k, { diagnoses: ['E11.65'], services: [line('99214'), line('G2211')] }, NO_LINT);
      const without = grade(k, { diagnoses: ['E11.65'], services: [line('99214')] }, NO_LINT);
      assert.strictEqual(with2211.linePossible, 1);
      assert.strictEqual(with2211.score, 1);
      assert.strictEqual(without.score, 1);
      assert.deepStrictEqual(without.misses, []);
    });
  });

  describe('total and pass', () => {
    it('passes at a score of exactly 0.70 with no lint error', () => {
      // key: 9 diagnoses (first + 8 others) and one line; the claim has the first and 5 others, and the line:
      // dx 6 of 9, line 1 of 1 → 7 / 10
      const k = key({ diagnoses: { first: 'A', others: ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'] }, services: [{ code: '99213' }] });
      const g = grade(k, { diagnoses: ['A', 'B', 'C', 'D', 'E', 'F'], services: [line('99213')] }, NO_LINT);
      assert.strictEqual(g.points, 7);
      assert.strictEqual(g.possible, 10);
      assert.ok(g.passed);
      assert.ok(!grade(k, { diagnoses: ['A', 'B', 'C', 'D', 'E'], services: [line('99213')] }, NO_LINT).passed);
    });
    it('a claim with a lint error fails whatever its score', () => {
      const g = grade(EXAMPLE, { diagnoses: ['E11.9', 'I10'], services: [line('99214')] }, { errors: 1, warnings: 0 });
      assert.strictEqual(g.score, 1);
      assert.strictEqual(g.passed, false);
      assert.match(g.feedback.join('\n'), /lint error/);
    });
    it('an empty claim scores 0 and never crashes', () => {
      const g = grade(EXAMPLE, {}, NO_LINT);
      assert.strictEqual(g.score, 0);
      assert.strictEqual(g.possible, 3);
      const odd = grade(EXAMPLE, { diagnoses: [null, undefined, '  '], services: [null, { code: null, modifiers: null, units: null }] } as GradableClaim, NO_LINT);
      assert.strictEqual(odd.score, 0);
    });
  });
});

describe('grader: properties', () => {
  const ICD = ['E11.9', 'I10', 'E78.5', 'Z79.84', 'M17.11', 'Z23', 'R05.1', 'R50.9', 'K63.5', 'Z12.11', 'J45.909', 'E03.9'];
  const PROC = ['99213', '99214', '20610', 'J3301', '12002', '90715', '90471', 'G0008', '71046', '45385'];
  const MODS = ['25', '26', 'RT', 'LT', '59', 'PT'];
  const keyArb = fc
    .record({
      dx: fc.uniqueArray(fc.constantFrom(...ICD), { minLength: 1, maxLength: 6 }),
      optionalCount: fc.nat(2),
      services: fc.array(fc.record({ code: fc.constantFrom(...PROC), modifiers: fc.uniqueArray(fc.constantFrom(...MODS), { maxLength: 2 }), units: fc.integer({ min: 1, max: 4 }), optional: fc.boolean() }), { minLength: 1, maxLength: 4 }),
    })
    .map(({ dx, optionalCount, services }) => {
      const n = Math.min(optionalCount, dx.length - 1);
      return key({ diagnoses: { first: dx[0], others: dx.slice(1, dx.length - n), optional: dx.slice(dx.length - n) }, services });
    });
  const claimArb = fc.record({
    diagnoses: fc.array(fc.constantFrom(...ICD, 'e119', '', 'Z00.00'), { maxLength: 8 }),
    services: fc.array(fc.record({ code: fc.constantFrom(...PROC, ''), modifiers: fc.uniqueArray(fc.constantFrom(...MODS), { maxLength: 2 }), units: fc.integer({ min: 1, max: 4 }) }), { maxLength: 5 }),
  });
  const fromKey = (k: CaseKey): GradableClaim => ({ diagnoses: [k.diagnoses.first, ...k.diagnoses.others], services: k.services.map((s) => ({ code: s.code, modifiers: s.modifiers, units: s.units })) });

  it('the score is always within 0..1', () => {
    fc.assert(
      fc.property(keyArb, claimArb, (k, c) => {
        const g = grade(k, c, NO_LINT);
        return g.score >= 0 && g.score <= 1 && g.points <= g.possible;
      }),
      { numRuns: 500 },
    );
  });

  it('a claim built from the key scores 1', () => {
    fc.assert(fc.property(keyArb, (k) => grade(k, fromKey(k), NO_LINT).score === 1), { numRuns: 300 });
  });

  it('adding a wrong diagnosis or a wrong line never raises the score', () => {
    const WRONG_DX = ['S52.501A', 'N39.0', 'F41.1'];
    const WRONG_PROC = ['93000', '36415', '80053'];
    fc.assert(
      fc.property(keyArb, claimArb, fc.constantFrom(...WRONG_DX), fc.constantFrom(...WRONG_PROC), fc.nat(8), (k, c, wrongDx, wrongProc, at) => {
        const before = grade(k, c, NO_LINT).score;
        const dx = [...c.diagnoses];
        dx.splice(Math.min(at, dx.length), 0, wrongDx);
        const withDx = grade(k, { ...c, diagnoses: dx }, NO_LINT).score;
        const withLine = grade(k, { ...c, services: [...c.services, { code: wrongProc, modifiers: [], units: 1 }] }, NO_LINT).score;
        return withDx <= before + 1e-12 && withLine <= before + 1e-12;
      }),
      { numRuns: 500 },
    );
  });
});
