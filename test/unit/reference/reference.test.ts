import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import cptJson from '../../../data/cpt.json';
import hcpcsJson from '../../../data/hcpcs.json';
import modifiersJson from '../../../data/modifiers.json';
import mueJson from '../../../data/mue-practice.json';
import ncciJson from '../../../data/ncci-practice.json';
import payersJson from '../../../data/payers.json';
import posJson from '../../../data/pos.json';
import reasonJson from '../../../data/reason-codes.json';
import { codeMatches, PayerProfileSchema } from '../../../src/model/payer';
import {
  CptFileSchema,
  HcpcsFileSchema,
  MetaSchema,
  ModifiersFileSchema,
  MueFileSchema,
  NcciFileSchema,
  PayersFileSchema,
  PosFileSchema,
  ReasonCodesFileSchema,
} from '../../../src/model/reference';
import * as ref from '../../../src/reference';

const ROOT = path.join(__dirname, '..', '..', '..');

describe('reference: every data file validates and says where its facts come from', () => {
  const files: [string, { safeParse(v: unknown): { success: boolean; error?: unknown } }, unknown][] = [
    ['pos.json', PosFileSchema, posJson],
    ['modifiers.json', ModifiersFileSchema, modifiersJson],
    ['hcpcs.json', HcpcsFileSchema, hcpcsJson],
    ['cpt.json', CptFileSchema, cptJson],
    ['ncci-practice.json', NcciFileSchema, ncciJson],
    ['mue-practice.json', MueFileSchema, mueJson],
    ['payers.json', PayersFileSchema, payersJson],
    ['reason-codes.json', ReasonCodesFileSchema, reasonJson],
  ];
  for (const [name, schema, json] of files) {
    it(name, () => {
      const r = schema.safeParse(json);
      assert.ok(r.success, `${name}: ${JSON.stringify(r.error)}`);
      assert.ok(MetaSchema.safeParse((json as { meta: unknown }).meta).success, `${name} meta`);
    });
  }

  it('every data/ JSON file in this area has a meta object with source, asOf and note', () => {
    const mine = fs.readdirSync(path.join(ROOT, 'data')).filter((f) => f.endsWith('.json') && !/^(career|credentials|outlook)/.test(f));
    assert.ok(mine.length >= 9, mine.join());
    for (const f of mine) {
      const json = JSON.parse(fs.readFileSync(path.join(ROOT, 'data', f), 'utf8'));
      assert.ok(MetaSchema.safeParse(json.meta).success, f);
    }
  });

  it('the accessors validate once and memoize', () => {
    assert.strictEqual(ref.posCodes(), ref.posCodes());
    assert.strictEqual(ref.cptCodes(), ref.cptCodes());
    assert.strictEqual(ref.bundledPayers(), ref.bundledPayers());
    assert.strictEqual(ref.referenceSources().length, 8);
  });
});

describe('reference: places of service', () => {
  const assigned = '01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 31 32 33 34 41 42 49 50 51 52 53 54 55 56 57 58 60 61 62 65 66 71 72 81 99'.split(' ');

  it('holds exactly the 52 assigned CMS codes', () => {
    assert.strictEqual(assigned.length, 52);
    assert.deepStrictEqual([...ref.posCodes().keys()].sort(), assigned);
    for (const unassigned of ['00', '28', '30', '35', '40', '43', '48', '59', '63', '64', '67', '70', '73', '80', '82', '98']) assert.ok(!ref.posCodes().has(unassigned), unassigned);
  });

  it('names places and marks the facility-rate ones', () => {
    assert.strictEqual(ref.posCodes().get('11')?.name, 'Office');
    assert.strictEqual(ref.posCodes().get('11')?.facility, false);
    assert.strictEqual(ref.posCodes().get('23')?.facility, true);
    assert.strictEqual(ref.posCodes().get('10')?.effective, '2022-01-01');
    const facility = [...ref.posCodes().values()].filter((p) => p.facility).map((p) => p.code);
    assert.deepStrictEqual(facility, ['02', '19', '21', '22', '23', '24', '26', '31', '34', '41', '42', '51', '52', '53', '56', '61']);
  });
});

describe('reference: modifiers', () => {
  it('knows the common CPT and HCPCS modifiers with short meanings', () => {
    for (const m of ['25', '26', '50', '59', '76', '77', 'TC', 'LT', 'RT', 'GA', 'GY', 'GZ', 'XE', 'XS', 'XP', 'XU']) assert.ok(ref.modifiers().get(m), m);
    assert.strictEqual(ref.modifiers().get('25')?.set, 'CPT');
    assert.strictEqual(ref.modifiers().get('XS')?.set, 'HCPCS');
    for (const m of ref.modifiers().values()) assert.strictEqual(m.set === 'CPT', /^\d\d$/.test(m.code), `${m.code} set`);
  });

  it('ships CPT modifiers as numbers only (their descriptors are AMA content), HCPCS ones with a meaning', () => {
    for (const m of ref.modifiers().values()) assert.strictEqual(m.meaning === undefined, m.set === 'CPT', m.code);
    const bad = { ...modifiersJson, modifiers: [{ code: '25', set: 'CPT', meaning: 'a paraphrase' }] };
    assert.strictEqual(ModifiersFileSchema.safeParse(bad).success, false);
  });

  it('carries the pairing rules of the rule pages (docs/rules/)', () => {
    const r = ref.modifierRules();
    const conflict = (id: string) => r.conflicts.find((c) => c.id === id)?.groups;
    assert.deepStrictEqual(conflict('component'), [['26'], ['TC']]);
    assert.deepStrictEqual(conflict('laterality'), [['LT'], ['RT']]);
    assert.deepStrictEqual(conflict('liability'), [['GA'], ['GY'], ['GZ']]);
    assert.deepStrictEqual(conflict('distinct'), [['59'], ['XE', 'XS', 'XP', 'XU']]);
    assert.deepStrictEqual(r.emOnly, ['25']);
    assert.deepStrictEqual(r.notOnEm, ['59', 'XE', 'XS', 'XP', 'XU']);
    assert.strictEqual(r.emRange, '99202-99499');
    for (const m of ['59', 'XE', 'XS', 'XP', 'XU', 'LT', 'RT', 'E1', 'F9', 'FA', 'TA', 'T9', 'LC', 'RI', '24', '25', '57', '58', '78', '79', '91']) assert.ok(r.ncciAssociated.includes(m), m);
    for (const m of r.ncciAssociated) assert.ok(ref.modifiers().has(m), `ncci-associated ${m} has a meaning`);
  });
});

describe('reference: HCPCS and CPT', () => {
  it('HCPCS Level II codes are Level II shaped with CMS descriptions', () => {
    for (const c of ['G0438', 'G0439', 'G2211', 'J1100', 'J3420', 'E0601', 'A4253', 'K0001', 'Q0091']) assert.ok(ref.hcpcs().get(c)?.description, c);
    for (const h of ref.hcpcs().values()) assert.match(h.code, /^[A-CEGHJ-MP-V]\d{4}$/);
  });

  it('the CPT file carries code numbers only: no descriptor, label or paraphrase of any kind', () => {
    const data = CptFileSchema.parse(cptJson);
    assert.match(data.meta.note, /no descriptor/);
    assert.match(data.meta.copyright, /American Medical Association/);
    // Every entry is a bare code string (the schema would reject an object with a label).
    for (const c of cptJson.codes as unknown[]) assert.strictEqual(typeof c, 'string');
    for (const c of data.codes) assert.ok(ref.cptCategory(c), `${c} is CPT-shaped and in a section`);
    // Only the codes the practice data and examples need: a handful, not a code list.
    const needed = new Set<string>();
    for (const p of ref.ncciPairs()) needed.add(p.column1).add(p.column2);
    for (const m of MueFileSchema.parse(mueJson).limits) needed.add(m.code);
    // ...and the service lines of the bundled practice cases' answer keys (cases/*.case.yaml)
    const casesDir = path.join(__dirname, '..', '..', '..', 'cases');
    for (const f of fs.readdirSync(casesDir).filter((n) => n.endsWith('.case.yaml'))) {
      for (const m of fs.readFileSync(path.join(casesDir, f), 'utf8').matchAll(/^\s+- code: "?([0-9]{4}[0-9A-Z])"?\s*$/gm)) needed.add(m[1]);
    }
    const extra = data.codes.filter((c) => !needed.has(c));
    assert.ok(extra.length <= 10, `codes no practice edit uses: ${extra.join(', ')}`);
    for (const c of ['99202', '99215', '99381', '99397', '99281', '99285', '70551', '70553', '72141', '72158', '71046', '73610', '80053', '85025', '36415', '93000', '20610', '11102', '17110', '90471', '90686', '96372', '97110']) assert.ok(ref.cptCodes().has(c), c);
  });

  it('cptCategory names the section and range of any CPT-shaped code', () => {
    assert.deepStrictEqual(ref.cptCategory('99214'), { section: 'Evaluation and Management', from: '99202', to: '99499' });
    assert.deepStrictEqual(ref.cptCategory('70551'), { section: 'Radiology', from: '70010', to: '79999' });
    assert.deepStrictEqual(ref.cptCategory('00100'), { section: 'Anesthesia', from: '00100', to: '01999' });
    assert.strictEqual(ref.cptCategory('12345')?.section, 'Surgery');
    assert.strictEqual(ref.cptCategory('80053')?.section, 'Pathology and Laboratory');
    assert.strictEqual(ref.cptCategory('90471')?.section, 'Medicine');
    assert.strictEqual(ref.cptCategory('99000')?.section, 'Medicine');
    assert.strictEqual(ref.cptCategory('99500')?.section, 'Medicine');
    assert.match(ref.cptCategory('3074F')!.section, /Category II/);
    assert.match(ref.cptCategory('0042t')!.section, /Category III/);
    assert.strictEqual(ref.cptCategory('02000'), undefined);
    assert.strictEqual(ref.cptCategory('G0438'), undefined);
    assert.strictEqual(ref.cptCategory('9921'), undefined);
  });
});

describe('reference: practice NCCI pairs and MUEs', () => {
  const known = (c: string) => ref.cptCodes().has(c) || ref.hcpcs().has(c);

  it('are marked as practice values and only name codes the bundled files know', () => {
    assert.match(NcciFileSchema.parse(ncciJson).meta.note, /Practice values, not CMS NCCI data/);
    assert.match(MueFileSchema.parse(mueJson).meta.note, /Practice values, not CMS MUE data/);
    for (const p of ref.ncciPairs()) assert.ok(known(p.column1) && known(p.column2), `${p.column1}/${p.column2}`);
    for (const m of MueFileSchema.parse(mueJson).limits) assert.ok(known(m.code), m.code);
  });

  it('has no duplicate or two-way pairs', () => {
    const seen = new Set<string>();
    for (const p of ref.ncciPairs()) {
      assert.ok(!seen.has(`${p.column1}|${p.column2}`), 'duplicate');
      assert.ok(!seen.has(`${p.column2}|${p.column1}`), `both directions: ${p.column1}/${p.column2}`);
      seen.add(`${p.column1}|${p.column2}`);
    }
  });

  it('looks pairs up by code pair and MUEs by code', () => {
    assert.strictEqual(ref.ncciPair('80053', '80048')?.modifierIndicator, 0);
    assert.strictEqual(ref.ncciPair(' 20610', '99214 ')?.modifierIndicator, 1);
    assert.strictEqual(ref.ncciPair('80048', '80053'), undefined);
    assert.strictEqual(ref.ncciPairBetween('80048', '80053')?.column1, '80053');
    assert.deepStrictEqual(
      { units: ref.mueLimit('36415')?.units, mai: ref.mueLimit('36415')?.mai },
      { units: 1, mai: 2 },
    );
    assert.strictEqual(ref.mueLimit('97110')?.units, 4);
    assert.strictEqual(ref.mueLimit('j3420')?.units, 1);
    assert.strictEqual(ref.mueLimit('99999'), undefined);
  });
});

describe('reference: payers', () => {
  it('bundles Medicare Part B, Medicaid, a PPO and a referral HMO in the spec shape', () => {
    const byId = new Map(ref.bundledPayers().map((p) => [p.id, p]));
    const medicare = byId.get('PRACTICE-MEDICARE')!;
    assert.deepStrictEqual(
      [medicare.coverage, medicare.timelyFilingDays, medicare.insuredSignatureRequired, medicare.payment],
      ['medicare', 365, false, { allowedPercentOfCharge: 0.8, coinsurance: 0.2 }],
    );
    assert.strictEqual(byId.get('PRACTICE-MEDICAID')?.coverage, 'medicaid');
    assert.ok(byId.get('PRACTICE-MEDICAID')!.priorAuthorization.required.length > 0);
    const ppo = byId.get('PRACTICE-PPO')!;
    assert.deepStrictEqual([ppo.coverage, ppo.timelyFilingDays, ppo.priorAuthorization.required], ['group', 180, ['70551-70553', '72141-72158', 'E0601']]);
    const hmo = byId.get('PRACTICE-HMO')!;
    assert.deepStrictEqual(hmo.referral, { required: true, exemptPlacesOfService: ['20', '23'], exemptCodes: ['99381-99397'] });
    assert.strictEqual(hmo.timelyFilingDays, 90);
    assert.ok(new RegExp(hmo.priorAuthorization.numberPattern!).test('PA778812'));
    for (const p of ref.bundledPayers()) assert.deepStrictEqual(PayerProfileSchema.parse(p), p);
  });

  it('the schema fills defaults for a minimal workspace profile and rejects bad ranges and patterns', () => {
    const min = PayerProfileSchema.parse({ id: 'X', name: 'X plan', coverage: 'other', timelyFilingDays: 120, payment: { allowedPercentOfCharge: 0.7, coinsurance: 0.3 } });
    assert.deepStrictEqual(min.priorAuthorization, { required: [] });
    assert.deepStrictEqual(min.referral, { required: false, exemptPlacesOfService: [], exemptCodes: [] });
    assert.strictEqual(min.insuredSignatureRequired, false);
    const bad = (patch: object) => !PayerProfileSchema.safeParse({ ...min, ...patch }).success;
    assert.ok(bad({ priorAuthorization: { required: ['70553-70551'] } }), 'reversed range');
    assert.ok(bad({ priorAuthorization: { required: ['7055-70553'] } }), 'unequal lengths');
    assert.ok(bad({ priorAuthorization: { required: [], numberPattern: '([' } }), 'bad regex');
    assert.ok(bad({ referral: { required: true, exemptPlacesOfService: ['2'], exemptCodes: [] } }), 'POS must be two digits');
    assert.ok(bad({ payment: { allowedPercentOfCharge: 1.2, coinsurance: 0 } }), 'share above 1');
    assert.ok(bad({ coverage: 'commercial' }), 'unknown coverage');
  });
});

describe('reference: codeMatches', () => {
  it('matches single codes, case- and space-insensitively', () => {
    assert.ok(codeMatches('E0601', ['70551-70553', 'E0601']));
    assert.ok(codeMatches(' e0601 ', ['E0601']));
    assert.ok(!codeMatches('E0602', ['E0601']));
    assert.ok(!codeMatches('', ['']));
  });

  it('matches inclusive numeric ranges of the same length', () => {
    assert.ok(codeMatches('70551', ['70551-70553']));
    assert.ok(codeMatches('70552', ['70551-70553']));
    assert.ok(codeMatches('70553', ['70551-70553']));
    assert.ok(!codeMatches('70550', ['70551-70553']));
    assert.ok(!codeMatches('70554', ['70551-70553']));
    assert.ok(codeMatches('99381', ['99381-99397']));
    assert.ok(codeMatches('99392', ['99381-99397']));
    assert.ok(codeMatches('99397', ['99381-99397']));
    assert.ok(!codeMatches('99398', ['99381-99397']));
    assert.ok(!codeMatches('9939', ['99381-99397']), 'shorter code never in a range');
    assert.ok(!codeMatches('993925', ['99381-99397']), 'longer code never in a range');
  });

  it('matches HCPCS alphanumeric ranges and ignores malformed ranges', () => {
    assert.ok(codeMatches('E0601', ['E0100-E0999']));
    assert.ok(codeMatches('e0100', ['E0100-E0999']));
    assert.ok(!codeMatches('E1000', ['E0100-E0999']));
    assert.ok(!codeMatches('K0001', ['E0100-E0999']));
    assert.ok(codeMatches('L3260', ['L0000-L4999']));
    assert.ok(!codeMatches('70552', ['70551-']));
    assert.ok(!codeMatches('70552', ['7055-70553']));
    assert.ok(codeMatches('70552', [' 70551 - 70553 ']));
  });
});

describe('reference: reason codes', () => {
  it('explains every CARC, RARC and group code the rules and the mock payer use', () => {
    const rulesDir = path.join(ROOT, 'src', 'engine', 'rules');
    const text = fs.readdirSync(rulesDir).map((f) => fs.readFileSync(path.join(rulesDir, f), 'utf8')).join('\n');
    const carcs = new Set(['4', '9', '10', '15', '16', '18', '29', '97', '151', '197', '288', ...[...text.matchAll(/carc: '([A-Z0-9]+)'/g)].map((m) => m[1])]);
    const rarcs = new Set(['M76', 'M51', 'M77', 'N290', 'N286', 'MA130', ...[...text.matchAll(/rarc: \[([^\]]*)\]/g)].flatMap((m) => [...m[1].matchAll(/'([A-Z0-9]+)'/g)].map((x) => x[1]))]);
    for (const c of carcs) assert.ok(ref.reasonCode('CARC', c), `CARC ${c}`);
    for (const c of rarcs) assert.ok(ref.reasonCode('RARC', c), `RARC ${c}`);
    for (const g of ['CO', 'PR', 'OA', 'PI']) assert.ok(ref.reasonCode('GROUP', g), g);
    assert.strictEqual(ref.reasonCode('CARC', '999999'), undefined);
  });

  it('says the official texts are maintained by X12 and gives each code a meaning and an action', () => {
    const data = ReasonCodesFileSchema.parse(reasonJson);
    assert.match(`${data.meta.source} ${data.meta.note}`, /X12/);
    for (const e of [...data.carc, ...data.rarc, ...data.groups]) assert.ok(e.meaning.length >= 10 && e.action.length >= 5, e.code);
  });
});
