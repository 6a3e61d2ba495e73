// The fact audit (docs/fact-audit.md) and the defects it found, held by tests: every shipped fact
// file and rule page has an audit row, and the specific wrong facts the audit fixed cannot come back.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { parse as parseYaml } from 'yaml';
import { RULES } from '../../../src/engine/rules';
import mueJson from '../../../data/mue-practice.json';
import ncciJson from '../../../data/ncci-practice.json';
import reasonJson from '../../../data/reason-codes.json';
import icdJson from '../../../data/icd10cm-practice.json';

const ROOT = path.join(__dirname, '..', '..', '..');
const AUDIT = fs.readFileSync(path.join(ROOT, 'docs', 'fact-audit.md'), 'utf8');
const auditRows = AUDIT.split('\n').filter((l) => l.startsWith('|'));

/** Lower-case words, with "/" and punctuation as separators ("missing/incomplete/invalid" is three words). */
const words = (s: string) => s.toLowerCase().replace(/[’]/g, "'").split(/[^a-z0-9']+/).filter(Boolean);
function sharedRun(ours: string, official: string, n: number): string | null {
  const o = words(official);
  const mine = ` ${words(ours).join(' ')} `;
  for (let i = 0; i + n <= o.length; i++) {
    const gram = o.slice(i, i + n).join(' ');
    if (mine.includes(` ${gram} `)) return gram;
  }
  return null;
}

/** The X12 code texts (current wording, as quoted by public pages in 2026), to prove ours are not copies. */
const OFFICIAL: Record<string, string> = {
  '2': 'Coinsurance Amount.',
  '4': 'The procedure code is inconsistent with the modifier used.',
  '9': "The diagnosis is inconsistent with the patient's age.",
  '10': "The diagnosis is inconsistent with the patient's gender.",
  '15': 'The authorization number is missing, invalid, or does not apply to the billed services or provider.',
  '16': 'Claim/service lacks information or has submission/billing error(s).',
  '18': 'Exact duplicate claim/service.',
  '29': 'The time limit for filing has expired.',
  '45': 'Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement.',
  '97': 'The benefit for this service is included in the payment/allowance for another service/procedure that has already been adjudicated.',
  '151': 'Payment adjusted because the payer deems the information submitted does not support this many/frequency of services.',
  '197': 'Precertification/notification/authorization/pre-treatment absent.',
  '288': 'Referral absent.',
  M51: 'Missing/incomplete/invalid procedure code(s).',
  M76: 'Missing/incomplete/invalid diagnosis or condition.',
  M77: 'Missing/incomplete/invalid/inappropriate place of service.',
  N286: 'Missing/incomplete/invalid referring provider primary identifier.',
  N290: 'Missing/incomplete/invalid rendering provider primary identifier.',
  MA130:
    'Your claim contains incomplete and/or invalid information, and no appeal rights are afforded because the claim is unprocessable. Please submit a new claim with the complete/correct information.',
};

describe('fact audit (docs/fact-audit.md)', () => {
  it('has a row for every shipped data file', () => {
    const files = fs.readdirSync(path.join(ROOT, 'data')).filter((f) => f.endsWith('.json'));
    assert.ok(files.length >= 12, files.join(', '));
    const missing = files.filter((f) => !auditRows.some((r) => r.includes(`data/${f}`)));
    assert.deepStrictEqual(missing, []);
  });

  it('has a row for every rule page', () => {
    const missing = RULES.map((r) => r.id).filter((id) => !auditRows.some((r) => r.includes(`docs/rules/${id}.md`)));
    assert.deepStrictEqual(missing, []);
  });

  it('has a row for every example, walkthrough page, the sidebar strings and the snippets', () => {
    const shown = [
      ...fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.includes('.claim.')).map((f) => `examples/${f}`),
      ...fs.readdirSync(path.join(ROOT, 'media', 'walkthrough')).map((f) => `media/walkthrough/${f}`),
      'src/webview/sidebar/labels.ts',
      'snippets/claim-yaml.code-snippets',
    ];
    const missing = shown.filter((f) => !auditRows.some((r) => r.includes(f)));
    assert.deepStrictEqual(missing, []);
  });

  it('dates every row and gives it a verdict', () => {
    const body = auditRows.filter((r) => !/^\|\s*-/.test(r) && !/^\|\s*Fact\b/i.test(r));
    assert.ok(body.length > 80, `${body.length} rows`);
    for (const r of body) assert.match(r, /\b20\d\d-\d\d-\d\d\b/, `no date checked: ${r.slice(0, 120)}`);
  });
});

describe('fact audit: the defects it fixed stay fixed', () => {
  it('practice NCCI/MUE rationales state the practice edit only and never describe a CPT code', () => {
    // Words that described what a CPT code is before the audit ("colonoscopy with snare removal", "venipuncture"…).
    const descriptor = /colonoscop|venipunct|\becg\b|\bmri\b|\bct\b|panel|cholesterol|glucose|urinalysis|biops|injection|x-ray|\bvisit|office|wart|earwax|cast|splint|fracture|vaccine|therapy|ankle|knee|foot|joint|egd|lipid|\bcbc\b|hemoglobin|evaluation/i;
    for (const p of ncciJson.pairs) {
      assert.match(p.rationale, /^Practice pair: /, `${p.column1}/${p.column2}`);
      assert.doesNotMatch(p.rationale, descriptor, `${p.column1}/${p.column2}: ${p.rationale}`);
    }
    for (const l of mueJson.limits) {
      assert.match(l.rationale, /^Practice limit: \d+ units? per /, l.code);
      if (/^\d/.test(l.code)) assert.doesNotMatch(l.rationale, descriptor, `${l.code}: ${l.rationale}`);
    }
  });

  it('reason-code meanings share no four-word run with the X12 texts, and CARC 4 is not the pre-2020 wording', () => {
    for (const e of [...reasonJson.carc, ...reasonJson.rarc]) {
      const official = OFFICIAL[e.code];
      assert.ok(official, `audit the official text of ${e.code} before shipping it`);
      const run = sharedRun(e.meaning, official, 4);
      assert.strictEqual(run, null, `${e.code} copies "${run}": ${e.meaning}`);
    }
    const carc4 = reasonJson.carc.find((c) => c.code === '4')!;
    assert.doesNotMatch(carc4.meaning, /,? or a required modifier is missing/i);
    assert.doesNotMatch(carc4.meaning, /^[^.]*\bor\b[^.]*modifier is missing/i, 'a missing modifier is not a CARC 4 reason any more');
  });

  it('rule pages quote no X12 reason-code text (no five-word run in common)', () => {
    for (const rule of RULES) {
      const text = [rule.docs.meaning, rule.docs.why, rule.docs.fix].join(' ');
      for (const [code, official] of Object.entries(OFFICIAL)) {
        const run = sharedRun(text, official, 5);
        assert.strictEqual(run, null, `${rule.id} copies "${run}" from ${code}`);
      }
    }
  });

  it('the timely-filing page gives the federal 12-month Medicaid rule, not "90–180 days"', () => {
    const tf = RULES.find((r) => r.id === 'timely-filing-exceeded')!;
    assert.doesNotMatch(tf.docs.meaning, /90\s*[–-]\s*180/);
    assert.match(tf.docs.meaning, /447\.45/);
    assert.match(tf.docs.meaning, /Medicaid: [^;]*12 months/);
  });

  it('the age-conflict page does not call perinatal (P) codes newborn-only', () => {
    const ac = RULES.find((r) => r.id === 'age-conflict')!;
    const text = [ac.docs.meaning, ac.docs.why, ac.docs.fix, ac.docs.bad].join(' ');
    assert.doesNotMatch(text, /perinatal \(P\) codes to newborns|P\d\d\.\d*\s*#[^\n]*newborns only/i);
    assert.match(ac.docs.meaning, /I\.C\.16\.a/);
  });

  it('preventive-medicine E/M codes in the examples fit the patient age band on the date of service', () => {
    // CPT age bands of the preventive codes (code numbers and ages only): last digit 1 < 1 year, 2: 1–4,
    // 3: 5–11, 4: 12–17, 5: 18–39, 6: 40–64, 7: 65 and over.
    const bands: Record<string, [number, number]> = { '1': [0, 0], '2': [1, 4], '3': [5, 11], '4': [12, 17], '5': [18, 39], '6': [40, 64], '7': [65, 200] };
    const age = (birth: string, on: string) => {
      const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
      const [y, m, d] = on.split('-').map(Number) as [number, number, number];
      return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
    };
    let checked = 0;
    for (const f of fs.readdirSync(path.join(ROOT, 'examples')).filter((x) => x.includes('.claim.'))) {
      const text = fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8');
      const claim = (f.endsWith('.json') ? JSON.parse(text) : parseYaml(text)) as { patient?: { birthDate?: string }; services?: { code?: string; from?: string }[] };
      const birth = String(claim.patient?.birthDate ?? '');
      for (const s of claim.services ?? []) {
        const code = String(s.code ?? '');
        if (!/^993(8[1-7]|9[1-7])$/.test(code) || !birth) continue;
        const [lo, hi] = bands[code.slice(-1)]!;
        const a = age(birth, String(s.from));
        assert.ok(a >= lo && a <= hi, `${f}: ${code} is for ages ${lo}–${hi}, the patient is ${a}`);
        checked++;
      }
    }
    assert.ok(checked >= 1, 'example 02 bills a preventive visit');
  });

  it('the practice ICD-10-CM code book matches the official FY2026 order file (titles and billable flags)', function () {
    const file = path.join(ROOT, '..', 'shared', 'codesets', 'icd10cm-order-2026.txt.gz');
    if (!fs.existsSync(file)) this.skip(); // the official file lives next to the worktree (../shared), as in CI
    const official = new Map<string, { billable: boolean; title: string }>();
    for (const line of zlib.gunzipSync(fs.readFileSync(file)).toString('latin1').split(/\r?\n/)) {
      if (line.length < 78) continue;
      official.set(line.slice(6, 13).trim(), { billable: line[14] === '1', title: line.slice(77).trim() });
    }
    const wrong: string[] = [];
    for (const c of icdJson.codes) {
      const o = official.get(c.code.replace('.', ''));
      if (!o) wrong.push(`${c.code}: not in FY2026`);
      else if (o.title !== c.title || o.billable !== c.billable) wrong.push(`${c.code}: "${c.title}" billable=${c.billable}, official "${o.title}" billable=${o.billable}`);
    }
    assert.deepStrictEqual(wrong, []);
  });
});
