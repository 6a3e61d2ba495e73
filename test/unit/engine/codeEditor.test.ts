// The code-editor edits end to end: the engine with the tables (issue 13 items 3–4, issue 18), the
// claimlint CLI with the built tables, the mock payer's age denial, and the hovers.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { adjudicate } from '../../../src/adjudication';
import { hoverMarkdown } from '../../../src/assist/hover';
import { main, type Io } from '../../../src/cli/main';
import { practiceCodeBook } from '../../../src/codesets';
import { lintText } from '../../../src/engine/lint';
import { buildEditTables } from '../../../src/node/editTables';
import { SOURCES_DIR, testTables } from '../codesets/tables';

const CLEAN = fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'rules', '_clean', 'clean-medicare.claim.yaml'), 'utf8');
const DIST_TABLES = path.join(__dirname, '..', '..', '..', 'dist', 'edit-tables');

/** The clean claim with other diagnoses (all pointed at) and service date. */
function claim(dx: string[], from = '2026-10-01', extra: (s: string) => string = (s) => s): string {
  const m = /diagnoses:\n((?:  - .*\n)+)/.exec(CLEAN);
  assert.ok(m, 'clean fixture has a block list of diagnoses');
  let text = CLEAN.replace(m[0], `diagnoses:\n${dx.map((d) => `  - ${d}\n`).join('')}`);
  text = text.replace(/pointers: \[[^\]]*\]/g, `pointers: [${dx.slice(0, 4).map((_, i) => 'ABCD'[i]).join(', ')}]`);
  text = text.replace(/from: \d{4}-\d{2}-\d{2}/g, `from: ${from}`);
  return extra(text);
}

const lint = (text: string, today = '2026-11-22') => lintText(text, { format: 'yaml', today, tables: testTables() });
const ids = (text: string, today?: string) => lint(text, today).findings.map((f) => `${f.ruleId}:${f.severity}`);

describe('code-editor edits (issue 13 items 3–4, issue 18)', function () {
  this.timeout(60000);

  it('the clean claim stays clean with the tables', () => {
    assert.deepStrictEqual(ids(CLEAN), []);
  });

  it('a first-listed external-cause code is an error; listed after the injury it is fine', () => {
    assert.deepStrictEqual(ids(claim(['W01.0XXA', 'S93.401A'])), ['external-cause-first-listed:error']);
    assert.deepStrictEqual(ids(claim(['S93.401A', 'W01.0XXA'])), []);
    // without any table too: the V00–Y99 check needs no data
    const bare = lintText(claim(['V43.52XA', 'S06.0X0A']), { format: 'yaml', today: '2026-11-22' });
    assert.deepStrictEqual(bare.findings.map((f) => f.ruleId), ['external-cause-first-listed']);
    assert.match(bare.findings[0].message, /Diagnosis A V43\.52XA .* external-cause code \(V00–Y99\).*guideline I\.C\.20/);
  });

  it('an FY2027 Excludes1 pair (J45 "wheezing NOS (R06.2)") gives a finding on both diagnoses, naming the note', () => {
    const r = lint(claim(['J45.909', 'R06.2']));
    const found = r.findings.filter((f) => f.ruleId === 'excludes1-conflict');
    assert.deepStrictEqual(found.map((f) => [f.diagnosis, f.severity]), [[0, 'warning'], [1, 'warning']]);
    assert.match(found[0].message, /Diagnoses A J45\.909 and B R06\.2 are joined by an Excludes1 note \(ICD-10-CM FY2027 Tabular List\): J45 \(Asthma\), which J45\.909 falls under, excludes "wheezing NOS \(R06\.2\)", which covers R06\.2\. .*unless the conditions are unrelated/);
  });

  it('an Excludes2 pair (F90.0 with F41.1: F90 Excludes2 "anxiety disorders (F40.-, F41.-)") gives no finding', () => {
    assert.strictEqual(testTables().excludes!.linking('F90.0', 'F41.1', 2)?.text, 'anxiety disorders (F40.-, F41.-)', 'the pair is an Excludes2 pair');
    assert.deepStrictEqual(ids(claim(['F90.0', 'F41.1'])), []);
  });

  it('FY2026 dates of service: one information finding, no guess about the pair', () => {
    const r = lint(claim(['J45.909', 'R06.2', 'E11.9', 'E10.9'], '2026-09-30'), '2026-10-05');
    const found = r.findings.filter((f) => f.ruleId === 'excludes1-conflict');
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].severity, 'information');
    assert.strictEqual(found[0].noPayerOutcome, true);
    assert.match(found[0].message, /not checked for this claim: its dates of service are in FY2026, and only the FY2027 Tabular List notes/);
  });

  it('suppression comments above both diagnoses keep an unrelated pair', () => {
    const text = claim(['J45.909', 'R06.2']).replace('  - J45.909\n  - R06.2\n', '  # claimlint-disable-next-line excludes1-conflict\n  - J45.909\n  # claimlint-disable-next-line excludes1-conflict\n  - R06.2\n');
    assert.deepStrictEqual(ids(text), []);
  });

  it('a manifestation code first is an error (F02.80 before G30.9)', () => {
    const r = lintText(claim(['F02.80', 'G30.9']), { format: 'yaml', today: '2026-11-22', tables: testTables(), rules: { 'unknown-diagnosis': 'off' } });
    assert.deepStrictEqual(r.findings.map((f) => `${f.ruleId}:${f.severity}`), ['manifestation-first-listed:error']);
  });

  it('MCE age categories: a newborn code on an adult is denied by the mock payer (CARC 9); a perinatal P code is not', () => {
    const adult = claim(['Z38.00']);
    const r = lint(adult);
    assert.deepStrictEqual(r.findings.map((f) => f.ruleId), ['age-conflict']);
    assert.match(r.findings[0].message, /Medicare Code Editor newborn age category \(age 0\)/);
    const remit = adjudicate(r, { submittedAt: '2026-11-22T12:00:00Z' });
    assert.ok(JSON.stringify(remit).includes('"carc":"9"'), 'the payer denies with CARC 9');
    assert.deepStrictEqual(ids(claim(['P59.9'])), [], 'guideline I.C.16.a: perinatal codes throughout life');
  });

  it('HCPCS: a terminated code and a code not in the release, with the reason', () => {
    const terminated = lint(claim(['I10']).replace(/code: "\d{5}"/, 'code: "G0071"')).findings;
    assert.deepStrictEqual(terminated.map((f) => f.ruleId), ['procedure-code-terminated']);
    assert.match(terminated[0].message, /G0071 .* was terminated: its last valid date of service was 2025-12-31 \(CMS HCPCS Level II, January 2026 quarterly release\)/);
    const unknown = lint(claim(['I10'], '2026-02-02').replace(/code: "\d{5}"/, 'code: "G1234"'), '2026-02-10').findings;
    assert.deepStrictEqual(unknown.map((f) => `${f.ruleId}:${f.severity}`), ['unknown-hcpcs-code:error']);
    const later = lint(claim(['I10']).replace(/code: "\d{5}"/, 'code: "G1234"')).findings;
    assert.deepStrictEqual(later.map((f) => `${f.ruleId}:${f.severity}`), ['unknown-hcpcs-code:warning'], 'after the release quarter: maybe a newer code');
  });

  it('hovers show a diagnosis\'s Excludes1/Excludes2 notes (inherited, with the year) and a HCPCS code\'s CMS description', () => {
    const text = claim(['J45.909', 'I10']).replace(/code: "\d{5}"/, 'code: "G0439"');
    const r = lint(text);
    const md = hoverMarkdown(r.doc, text.indexOf('J45.909') + 2, practiceCodeBook(), testTables()) ?? '';
    assert.match(md, /\*\*Excludes1\*\* — not coded here/);
    assert.match(md, /wheezing NOS \(R06\.2\)/);
    assert.match(md, /\*\*Excludes2\*\* — not included here/);
    assert.match(md, /_\(from J45 Asthma\)_/, 'inherited from the category');
    assert.match(md, /ICD-10-CM FY2027 Tabular List notes/);
    const h = hoverMarkdown(r.doc, text.indexOf('G0439') + 1, practiceCodeBook(), testTables()) ?? '';
    assert.match(h, /\*\*G0439\*\* — Annual wellness visit, includes a personalized prevention plan of service \(pps\), subsequent visit/);
    assert.match(h, /January 2026 quarterly release/);
  });
});

describe('claimlint CLI with the built code-editor tables', function () {
  this.timeout(120000);
  let dir: string;
  before(() => {
    if (!fs.existsSync(path.join(DIST_TABLES, 'manifest.json'))) buildEditTables(SOURCES_DIR, DIST_TABLES);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-ce-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function run(argv: string[]): Promise<{ code: number; out: string }> {
    let out = '';
    const io: Io = { out: (s) => (out += s), err: (s) => (out += s), cwd: dir, now: () => new Date('2026-11-22T12:00:00Z') };
    return main(argv, io).then((code) => ({ code, out }));
  }

  it('reports an FY2027 Excludes1 pair on both lines, and an external-cause code first as an error', async () => {
    fs.writeFileSync(path.join(dir, 'pair.claim.yaml'), claim(['J45.909', 'R06.2']));
    fs.writeFileSync(path.join(dir, 'excludes2.claim.yaml'), claim(['F90.0', 'F41.1']));
    fs.writeFileSync(path.join(dir, 'cause.claim.yaml'), claim(['W01.0XXA', 'S93.401A']));
    const r = await run(['--today', '2026-11-22', '.']);
    assert.strictEqual(r.code, 1, r.out);
    assert.strictEqual((r.out.match(/^pair\.claim\.yaml:\d+:\d+ warning excludes1-conflict /gm) ?? []).length, 2, r.out);
    assert.match(r.out, /^cause\.claim\.yaml:\d+:\d+ error external-cause-first-listed /m);
    assert.doesNotMatch(r.out, /^excludes2\.claim\.yaml/m);
  });
});
