// claimlint grade / pack: the spec's worked example through the CLI, the json and classroom shapes
// (zod), exit codes, ungraded claims, keys kept outside a student repository.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { main, type Io } from '../../../src/cli/main';
import { claimFromKey, claimYaml } from '../../../src/practice/claimFromKey';
import { parseCaseText } from '../../../src/practice/parse';

function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), cwd, now: () => new Date('2026-12-03T12:00:00Z') };
  return main(argv, io).then((code) => ({ code, out, err }));
}

/** The shape practice-cases.md fixes for --format json (more fields allowed). */
const GradeJsonSchema = z.array(
  z.object({
    file: z.string(),
    caseId: z.string(),
    status: z.enum(['passed', 'failed', 'ungraded']),
    score: z.number().min(0).max(1),
    points: z.number(),
    possible: z.number(),
    diagnoses: z.object({ first: z.enum(['correct', 'sequencing', 'missing']), hits: z.array(z.string()), misses: z.array(z.string()), overcodes: z.array(z.string()) }),
    lines: z.array(z.object({ code: z.string(), credit: z.number(), matched: z.boolean(), issues: z.array(z.string()) })),
    misses: z.array(z.string()),
    overcodes: z.array(z.string()),
    lint: z.object({ errors: z.number().int(), warnings: z.number().int() }),
    submission: z.object({ status: z.string() }),
  }),
);

/** The autograding result shape of --format classroom. */
const ClassroomSchema = z
  .object({
    version: z.literal(1),
    status: z.enum(['pass', 'fail', 'error']),
    max_score: z.number(),
    tests: z.array(z.object({ name: z.string(), status: z.enum(['pass', 'fail', 'error']), score: z.number(), max_score: z.literal(1), message: z.string() }).strict()),
  })
  .strict();

const SPEC_CASE = `version: 1
case:
  id: SPEC-1
  title: Follow-up for type 2 diabetes and hypertension
  specialty: family-medicine
  setting: office
  examDomains: [evaluation-management, icd10cm-endocrine]
  difficulty: 2
  payerId: PRACTICE-MEDICARE
  dateOfService: 2026-03-02
  patient: { sex: F, birthDate: 1958-04-12 }
note: |
  Fictional test note.
key:
  diagnoses:
    first: E11.9
    others: [I10]
  services:
    - code: "99214"
      modifiers: []
      units: 1
  rationale:
    - codes: [E11.9]
      guideline: I.C.4.a
      text: Own words.
`;

describe('claimlint grade and pack', () => {
  let dir: string;
  let keyed: string;
  let repo: string;
  const specCase = parseCaseText(SPEC_CASE, 'yaml').value!;
  const writeClaim = (name: string, edit: (c: ReturnType<typeof claimFromKey>) => void) => {
    const c = claimFromKey(specCase);
    edit(c);
    fs.writeFileSync(path.join(repo, name), claimYaml(c));
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-grade-'));
    keyed = path.join(dir, 'keys');
    repo = path.join(dir, 'student');
    fs.mkdirSync(keyed);
    fs.mkdirSync(repo);
    fs.writeFileSync(path.join(keyed, 'SPEC-1.case.yaml'), SPEC_CASE);
    writeClaim('perfect.claim.yaml', () => {});
    writeClaim('example.claim.yaml', (c) => {
      c.diagnoses = ['I10', 'E11.9', 'Z00.00'];
      c.services = c.services!.map((s) => ({ ...s, modifiers: ['25'], pointers: ['A', 'B'] }));
    });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("json: the spec's worked example scores 0.5625, and the output validates against its shape", async () => {
    const r = await run(['grade', '--format', 'json', '--cases', keyed, 'student'], dir);
    const results = GradeJsonSchema.parse(JSON.parse(r.out));
    const ex = results.find((x) => x.file === 'student/example.claim.yaml')!;
    assert.strictEqual(ex.caseId, 'SPEC-1');
    assert.strictEqual(ex.score, 0.5625);
    assert.strictEqual(ex.points, 2.25);
    assert.strictEqual(ex.possible, 4);
    assert.strictEqual(ex.diagnoses.first, 'sequencing');
    assert.deepStrictEqual(ex.overcodes, ['Z00.00']);
    assert.strictEqual(ex.status, 'failed');
    const perfect = results.find((x) => x.file === 'student/perfect.claim.yaml')!;
    assert.strictEqual(perfect.score, 1);
    assert.strictEqual(perfect.status, 'passed');
    assert.strictEqual(perfect.submission.status, 'paid');
    assert.strictEqual(r.code, 1, 'one claim fails → exit 1');
  });

  it('exit 0 when every graded claim passes; text is one line per claim and a summary', async () => {
    const r = await run(['grade', '--cases', keyed, 'student/perfect.claim.yaml'], dir);
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.strictEqual(r.out, 'student/perfect.claim.yaml SPEC-1 100% passed\n1 claim graded: 1 passed, 0 failed.\n');
  });

  it('text: the reasons a trainee can act on follow the score line', async () => {
    const r = await run(['grade', '--cases', keyed, 'student/example.claim.yaml'], dir);
    const lines = r.out.split('\n');
    assert.strictEqual(lines[0], 'student/example.claim.yaml SPEC-1 56.25% failed');
    assert.match(r.out, /E11\.9 is listed as B/);
    assert.match(r.out, /Z00\.00 is not supported/);
    assert.match(r.out, /modifiers: expected none, the claim has 25/);
  });

  it('classroom: one autograding object, one test per claim, max_score 1 each', async () => {
    const r = await run(['grade', '--format', 'classroom', '--cases', keyed, 'student'], dir);
    const c = ClassroomSchema.parse(JSON.parse(r.out));
    assert.strictEqual(c.max_score, 2);
    assert.strictEqual(c.status, 'fail');
    const ex = c.tests.find((t) => t.name.startsWith('student/example.claim.yaml'))!;
    assert.strictEqual(ex.score, 0.5625);
    assert.strictEqual(ex.status, 'fail');
    assert.strictEqual(c.tests.find((t) => t.name.startsWith('student/perfect'))!.status, 'pass');
  });

  it('csv: a gradebook row per claim (file, case, score, status, misses, overcodes)', async () => {
    const r = await run(['grade', '--format', 'csv', '--cases', keyed, 'student'], dir);
    assert.strictEqual(r.out, 'file,case,score,status,misses,overcodes\nstudent/example.claim.yaml,SPEC-1,0.5625,failed,,Z00.00\nstudent/perfect.claim.yaml,SPEC-1,1,passed,,\n');
  });

  it('a claim without practiceCase, or naming an unknown case, is ungraded with score 0 (exit 1)', async () => {
    writeClaim('none.claim.yaml', (c) => delete (c as { practiceCase?: string }).practiceCase);
    writeClaim('unknown.claim.yaml', (c) => (c.practiceCase = 'NOPE-9'));
    const r = await run(['grade', '--format', 'json', '--cases', keyed, 'student/none.claim.yaml', 'student/unknown.claim.yaml'], dir);
    const results = GradeJsonSchema.parse(JSON.parse(r.out));
    assert.deepStrictEqual(results.map((x) => [x.status, x.score]), [['ungraded', 0], ['ungraded', 0]]);
    assert.strictEqual(r.code, 1);
  });

  it('grades against a bundled case when no --cases is given', async () => {
    const bundled = parseCaseText(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'cases', 'MED-001.case.yaml'), 'utf8'), 'yaml').value!;
    fs.writeFileSync(path.join(repo, 'flu.claim.yaml'), claimYaml(claimFromKey(bundled)));
    const r = await run(['grade', 'student/flu.claim.yaml'], dir);
    assert.strictEqual(r.out.split('\n')[0], 'student/flu.claim.yaml MED-001 100% passed');
    assert.strictEqual(r.code, 0);
  });

  it('exit 2 with one line on stderr: bad option, unreadable --cases, no PATH', async () => {
    for (const argv of [['grade', '--format', 'xml', 'student'], ['grade', '--cases', 'missing', 'student'], ['grade'], ['grade', 'nothing-here']]) {
      const r = await run(argv, dir);
      assert.strictEqual(r.code, 2, argv.join(' '));
      assert.strictEqual(r.err.trim().split('\n').length, 1, r.err);
      assert.strictEqual(r.out, '');
    }
  });

  it('pack --student: student copies hold no key, keep the note and comments, and add a starting claim', async () => {
    fs.writeFileSync(path.join(keyed, 'SPEC-1.case.yaml'), `# Instructor comment kept\n${SPEC_CASE}`);
    const r = await run(['pack', '--student', 'class', 'keys'], dir);
    assert.strictEqual(r.code, 0, r.err);
    const copy = fs.readFileSync(path.join(dir, 'class', 'SPEC-1.case.yaml'), 'utf8');
    assert.ok(!/\bkey:/.test(copy) && !copy.includes('E11.9') && !copy.includes('99214'), copy);
    assert.match(copy, /# Instructor comment kept/);
    const parsed = parseCaseText(copy, 'yaml');
    assert.deepStrictEqual(parsed.findings, []);
    assert.strictEqual(parsed.value?.note, 'Fictional test note.\n');
    const starter = parseYaml(fs.readFileSync(path.join(dir, 'class', 'SPEC-1.claim.yaml'), 'utf8'));
    assert.strictEqual(starter.practiceCase, 'SPEC-1');
    assert.strictEqual(starter.patient.birthDate, '1958-04-12');
    // The student copy alone cannot grade: the claim is ungraded until --cases names the keyed copy.
    const alone = await run(['grade', '--format', 'json', '--cases', 'class', 'student/perfect.claim.yaml'], dir);
    assert.strictEqual(JSON.parse(alone.out)[0].status, 'ungraded');
    const keyedRun = await run(['grade', '--format', 'json', '--cases', 'keys', '--cases', 'class', 'student/perfect.claim.yaml'], dir);
    assert.strictEqual(JSON.parse(keyedRun.out)[0].status, 'passed');
  });

  it('pack never overwrites the keyed cases and refuses a broken case file (exit 2, nothing written)', async () => {
    const same = await run(['pack', '--student', 'keys', 'keys'], dir);
    assert.strictEqual(same.code, 2);
    assert.ok(fs.readFileSync(path.join(keyed, 'SPEC-1.case.yaml'), 'utf8').includes('key:'));
    fs.writeFileSync(path.join(keyed, 'BROKEN.case.yaml'), 'version: 1\ncase: [\n');
    const broken = await run(['pack', '--student', 'out', 'keys'], dir);
    assert.strictEqual(broken.code, 2);
    assert.match(broken.err, /^claimlint: cannot pack keys\/BROKEN\.case\.yaml:\d+:\d+/);
    assert.ok(!fs.existsSync(path.join(dir, 'out')));
  });
});
