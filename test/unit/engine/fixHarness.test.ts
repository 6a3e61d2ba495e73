// One fix harness for the whole catalogue (replaces the per-group loops of fixes-b/fixes-c).
// For every rule, every failing fixture of that rule and every fix offered for that rule's findings:
//   1. applying the fix removes the finding (the rule reports one finding fewer) and the claim stays
//      readable (no syntax error appears);
//   2. it adds none: no other rule reports more than before, except the documented REVEALS below;
//   3. a safe fix never changes money (line charges, total charge, amount paid);
// and for every failing fixture, Fix All (fixAll) is stable: a second pass changes nothing.
//
// REVEALS — a fix may make a finding appear that its own finding was hiding, when that is the truth
// about the claim and not something the fix got wrong. The one case today:
//   missing-diagnosis-pointer → unreferenced-diagnosis. While a line has no pointers, nobody can tell
//   which diagnoses it relies on, so unreferenced-diagnosis stays quiet. "Point line 1 at diagnosis
//   A" answers that question; if the claim lists B as well and no line points at B, B is now really
//   unreferenced, and the trainee must decide (point a line at B, or remove B). Pointing at every
//   diagnosis instead would hide that decision and could claim medical necessity nobody coded, so
//   the fix stays as it is (and is not safe), and the harness allows exactly this.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits } from '../../../src/engine/applyFixes';
import { fixAll } from '../../../src/engine/fixAll';
import { lintText, type LintOptions } from '../../../src/engine/lint';
import { RULES } from '../../../src/engine/rules';
import type { Finding } from '../../../src/engine/types';
import { formatFromFileName } from '../../../src/parser/parse';
import { expectedFindings } from './fixtures.test';

const ROOT = path.join(__dirname, '..', '..', 'fixtures', 'rules');
const DEFAULT_TODAY = '2026-11-22';

/** Fixed rule → rules whose findings its fixes may reveal (see the header for why). */
export const REVEALS: Readonly<Record<string, readonly string[]>> = {
  'missing-diagnosis-pointer': ['unreferenced-diagnosis'],
};

function options(file: string, text: string): LintOptions {
  const m = /^#\s*fixture:\s*(\{.*\})\s*$/.exec(text.split(/\r?\n/)[0] ?? '');
  const o = m ? (JSON.parse(m[1]) as { today?: string; rules?: LintOptions['rules'] }) : {};
  return { format: formatFromFileName(file), today: o.today ?? DEFAULT_TODAY, rules: o.rules };
}

function counts(findings: readonly Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return m;
}

/** Money as written on the claim, by path (normalised to cents where readable). */
function money(result: ReturnType<typeof lintText>): string {
  const c = result.normalized.claim as { services?: ({ charge?: unknown } | undefined)[]; totalCharge?: unknown; amountPaid?: unknown };
  return JSON.stringify([c.totalCharge, c.amountPaid, ...(c.services ?? []).map((s) => s?.charge)]);
}

function failingFixtures(ruleId: string): string[] {
  const dir = path.join(ROOT, ruleId);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.claim\.(ya?ml|json)$/.test(f))
    .map((f) => path.join(dir, f))
    .filter((f) => expectedFindings(f, fs.readFileSync(f, 'utf8')).some((e) => e.ruleId === ruleId));
}

describe('fix harness: every fix of every rule on its failing fixtures', function () {
  this.timeout(120000);
  let fixesChecked = 0;

  for (const rule of RULES) {
    for (const file of failingFixtures(rule.id)) {
      const rel = path.relative(ROOT, file);
      const text = fs.readFileSync(file, 'utf8');
      const opts = options(file, text);
      const before = lintText(text, opts);
      const was = counts(before.findings);
      const mine = before.findings.filter((f) => f.ruleId === rule.id);
      mine.forEach((finding, n) => {
        finding.fixes.forEach((fix) => {
          it(`${rel} #${n + 1}: ${fix.safe ? 'safe' : 'review'} "${fix.title}"`, () => {
            fixesChecked++;
            const after = lintText(applyEdits(text, fix.edits), opts);
            const detail = `\n--- after ---\n${after.doc.text}\n--- findings ---\n${after.findings.map((f) => `${f.ruleId} ${f.path}: ${f.message}`).join('\n')}`;
            assert.deepStrictEqual(after.doc.syntaxErrors.map((e) => e.message), [], `the claim became unreadable${detail}`);
            const now = counts(after.findings);
            assert.ok((now.get(rule.id) ?? 0) <= (was.get(rule.id) ?? 0) - 1, `the ${rule.id} finding is still there${detail}`);
            for (const [id, k] of now) {
              if (id === rule.id || REVEALS[rule.id]?.includes(id)) continue;
              assert.ok(k <= (was.get(id) ?? 0), `${id}: ${k} finding(s) after the fix, ${was.get(id) ?? 0} before${detail}`);
            }
            if (fix.safe) assert.strictEqual(money(after), money(before), `a safe fix changed money${detail}`);
          });
        });
      });

      it(`${rel}: Fix All is stable (a second pass changes nothing)`, () => {
        const once = fixAll(text, opts, before);
        const twice = fixAll(once.text, opts, once.result);
        assert.strictEqual(twice.changed, false, `second pass applied: ${twice.titles.join(' | ')}`);
        assert.strictEqual(money(once.result), money(before), 'Fix All changed money');
      });
    }
  }

  it('the harness saw fixes (a harness that checks nothing is a defect)', () => {
    assert.ok(fixesChecked > 30, `only ${fixesChecked} fixes checked`);
  });

  it('the missing-diagnosis-pointer reveal is real and documented: pointing at A leaves B unreferenced', () => {
    const file = path.join(ROOT, 'missing-diagnosis-pointer', 'fail-no-pointers.claim.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const opts = options(file, text);
    const finding = lintText(text, opts).findings.find((f) => f.ruleId === 'missing-diagnosis-pointer');
    assert.ok(finding && finding.fixes.length, 'a fix is offered');
    assert.ok(finding.fixes.every((f) => !f.safe), 'choosing the pointer is the trainee’s decision: never safe');
    const after = lintText(applyEdits(text, finding.fixes[0].edits), opts);
    const revealed = after.findings.filter((f) => f.ruleId === 'unreferenced-diagnosis');
    assert.strictEqual(revealed.length, 1, 'the second diagnosis is now reported as unreferenced');
    assert.strictEqual(revealed[0].path, 'diagnoses.1');
  });
});
