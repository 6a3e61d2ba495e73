// The key check: every bundled case (cases/*.case.yaml) must have a key a trainee can trust.
//   - the case file reads with no finding (schema, code shapes, exam domains, guideline ids);
//   - the date of service falls in FY2026 or FY2027 (2025-10-01..2027-09-30);
//   - each ICD-10-CM code is billable in the fiscal year of the date of service, each HCPCS code valid on the date of service, each
//     CPT number in data/cpt.json (code numbers only);
//   - every exam domain the case names has a code of its range in the key;
//   - the claim built from the key lints with no error (full FY2026 code set, today = date of
//     service) and the mock payer pays every line; graded against its own key it scores 1.
// Run alone: npx mocha --no-config --require tsx/cjs --extension ts test/unit/practice/keys.test.ts
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { adjudicate } from '../../../src/adjudication';
import { lintText } from '../../../src/engine/lint';
import { isCptShaped, isHcpcsShaped } from '../../../src/engine/util/codes';
import { grade } from '../../../src/grading/grade';
import { bundledCasesDir, findCaseFiles, readCaseFile } from '../../../src/node/cases';
import { claimFromKey, claimYaml } from '../../../src/practice/claimFromKey';
import { examDomains } from '../../../src/practice/data';
import { compareForm, type PracticeCase } from '../../../src/practice/model';
import { icd10cmFy2026, isBillableFy2026, isBillableFy2027, isBundledCpt, isValidHcpcs } from './codesets';

const CASES_DIR = path.join(__dirname, '..', '..', '..', 'cases');
const files = findCaseFiles(CASES_DIR);
const BUNDLED_YEARS = { from: '2025-10-01', to: '2027-09-30' };

function inRange(code: string, range: string): boolean {
  const [lo, hi] = range.split('-');
  const c = compareForm(code);
  return c.slice(0, lo.length) >= lo && c.slice(0, hi.length) <= hi;
}

describe('practice case keys (cases/)', function () {
  this.timeout(60_000);

  it('the bundled cases folder is found from src/node and holds the cases', () => {
    assert.strictEqual(bundledCasesDir(path.join(__dirname, '..', '..', '..', 'src', 'node')), CASES_DIR);
    assert.ok(files.length >= 6, `only ${files.length} case files`);
  });

  it('case ids are unique and match the file names', () => {
    const ids = new Map<string, string>();
    for (const f of files) {
      const c = readCaseFile(f).value;
      assert.ok(c, `${path.basename(f)} does not read as a case`);
      assert.strictEqual(path.basename(f).replace(/\.case\.(ya?ml|json)$/i, ''), c.case.id, `${path.basename(f)}: file name and case.id differ`);
      assert.ok(!ids.has(c.case.id.toUpperCase()), `${c.case.id} is used by ${ids.get(c.case.id.toUpperCase())} too`);
      ids.set(c.case.id.toUpperCase(), path.basename(f));
    }
  });

  it('the official FY2026 order file is there (../shared/codesets)', () => {
    assert.ok(icd10cmFy2026().billableCount > 70_000);
  });

  for (const file of files) {
    const name = path.basename(file);
    describe(name, () => {
      const loaded = readCaseFile(file);
      const c = loaded.value as PracticeCase;

      it('reads with no finding and has a key', () => {
        assert.deepStrictEqual(loaded.findings.map((f) => `${f.ruleId}: ${f.message}`), []);
        assert.ok(c?.key, 'no key');
      });

      it('is dated in a bundled fiscal year, with every code valid then', function () {
        if (!c?.key) this.skip();
        const dos = c.case.dateOfService;
        assert.ok(dos >= BUNDLED_YEARS.from && dos <= BUNDLED_YEARS.to, `date of service ${dos} is outside FY2026-FY2027 (${BUNDLED_YEARS.from}..${BUNDLED_YEARS.to})`);
        const fy2027 = dos >= '2026-10-01';
        const dx = [c.key!.diagnoses.first, ...c.key!.diagnoses.others, ...c.key!.diagnoses.optional];
        for (const code of dx) assert.ok(fy2027 ? isBillableFy2027(code) : isBillableFy2026(code), `${code} is not a billable ICD-10-CM ${fy2027 ? 'FY2027' : 'FY2026'} code`);
        for (const s of c.key!.services) {
          const code = s.code.toUpperCase();
          if (isHcpcsShaped(code)) assert.ok(isValidHcpcs(code, dos), `${code} is not a valid HCPCS Level II code on ${dos} (CMS January 2026 release)`);
          else {
            assert.ok(isCptShaped(code), `${code} is neither CPT- nor HCPCS-shaped`);
            assert.ok(isBundledCpt(code), `CPT ${code} is not in data/cpt.json (add the number there; never a descriptor)`);
          }
        }
      });

      it('has a key code for every exam domain it names', function () {
        if (!c?.key) this.skip();
        const dx = [c.key!.diagnoses.first, ...c.key!.diagnoses.others, ...c.key!.diagnoses.optional];
        const procs = c.key!.services.map((s) => s.code);
        for (const id of c.case.examDomains) {
          const d = examDomains().get(id)!;
          const ok = d.icd10cmRange ? dx.some((x) => inRange(x, d.icd10cmRange!)) : d.cptSeries ? procs.some((p) => /^\d/.test(p) && inRange(p, d.cptSeries!)) : procs.some((p) => isHcpcsShaped(p.toUpperCase()));
          assert.ok(ok, `${id}: no code of ${d.icd10cmRange ?? d.cptSeries ?? 'HCPCS Level II'} in the key`);
        }
      });

      it('the claim built from the key lints with no error, is paid, and scores 1', function () {
        if (!c?.key) this.skip();
        const text = claimYaml(claimFromKey(c));
        const lint = lintText(text, { format: 'yaml', today: c.case.dateOfService, codes: icd10cmFy2026() });
        const errors = lint.findings.filter((f) => f.severity === 'error');
        assert.deepStrictEqual(errors.map((f) => `${f.ruleId}: ${f.message}`), [], text);
        const submission = adjudicate(lint, { submittedAt: `${c.case.dateOfService}T12:00:00Z` });
        assert.strictEqual(submission.status, 'paid', JSON.stringify(submission.reasons, null, 1));
        const g = grade(c.key!, lint.normalized.claim, { errors: 0, warnings: 0 }, submission);
        assert.strictEqual(g.score, 1);
        assert.ok(g.passed);
      });
    });
  }

  it('no case file holds a real-looking identifier or a CPT descriptor marker', () => {
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      assert.ok(!/\b\d{3}-\d{2}-\d{4}\b/.test(text), `${path.basename(f)}: SSN-shaped number`);
    }
  });
});
