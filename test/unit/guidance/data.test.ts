import * as assert from 'assert';
import credentialsJson from '../../../data/credentials.json';
import careerJson from '../../../data/career.json';
import outlookJson from '../../../data/outlook.json';
import { buildGuidanceData, GuidanceDataError, loadGuidanceData, allowedExternalUrls } from '../../../src/guidance/data';
import { ProvenanceSchema, type Provenance } from '../../../src/model/guidance';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('guidance data', () => {
  const data = loadGuidanceData();

  it('validates the bundled data files', () => {
    assert.ok(data.credentials.length >= 20);
    assert.ok(data.career.length >= 5);
    assert.ok(data.outlook.figures.length >= 5);
  });

  it('has the credentials the guide promises', () => {
    const ids = data.credentials.map((c) => c.id);
    for (const id of ['CPC', 'CPC-A', 'COC', 'COC-A', 'CIC', 'CPC-P', 'CRC', 'CPB', 'CPMA', 'CIRCC', 'CPCO', 'CPPM', 'CDEO', 'CCA', 'CCS', 'CCS-P', 'RHIT', 'RHIA', 'CBCS', 'PAHCS-MCS']) {
      assert.ok(ids.includes(id), `missing ${id}`);
    }
    assert.ok(data.credentials.filter((c) => c.kind === 'specialty').length >= 2, 'a couple of specialty credentials');
  });

  it('every fact group has an as-of date and sources (or a note saying why not)', () => {
    const all: Array<[string, Provenance]> = [];
    for (const c of data.credentials) {
      all.push([`${c.id}`, c.provenance], [`${c.id} eligibility`, c.eligibility.provenance], [`${c.id} exam`, c.exam.provenance], [`${c.id} renewal`, c.renewal.provenance]);
    }
    for (const s of data.career) all.push([s.id, s.provenance]);
    for (const f of data.outlook.figures) all.push([f.id, f.provenance]);
    for (const [where, p] of all) {
      assert.match(p.asOf, /^\d{4}-\d{2}-\d{2}$/, where);
      assert.ok(p.sources.length > 0 || (p.note && !p.verified), `${where}: no source and not flagged`);
      for (const id of p.sources) assert.match(data.sources[id].url, /^https?:\/\//, where);
    }
  });

  for (const c of data.credentials) {
    it(`${c.id}: exam figures and CEU amounts are only shipped with a source`, () => {
      const ex = c.exam;
      const examFacts = [ex.questions, ex.scoredQuestions, ex.hours, ex.passMark, ex.openBook].filter((x) => x !== null);
      if (examFacts.length) assert.ok(ex.provenance.sources.length > 0, `${c.id} exam: figures without a source`);
      if (c.renewal.ceusAlone !== null) assert.ok(c.renewal.provenance.sources.length > 0, `${c.id} renewal: CEUs without a source`);
      if (c.eligibility.provenance.confidence === 'U' || c.eligibility.provenance.confidence === 'S') assert.strictEqual(c.eligibility.provenance.verified, false);
    });
  }

  it('PAHCS is unverified with a note that no primary source was found', () => {
    const p = data.credentialById.get('PAHCS-MCS')!;
    for (const prov of [p.provenance, p.eligibility.provenance, p.exam.provenance, p.renewal.provenance]) {
      assert.strictEqual(prov.verified, false);
      assert.match(prov.note ?? '', /no primary source/i);
    }
    assert.strictEqual(p.eligibility.membership, 'PAHCS');
    assert.strictEqual(p.renewal.cycleYears, 2);
  });

  it('pay figures say year, median or mean, and source; BLS-unconfirmed ones are flagged', () => {
    for (const f of data.outlook.figures.filter((x) => x.kind === 'pay')) {
      assert.ok(['median', 'mean'].includes(f.statistic), f.id);
      assert.match(f.label, /median|mean/i, f.id);
      assert.match(f.period, /\d{4}/, f.id);
      assert.ok(f.provenance.sources.length > 0, f.id);
    }
    // Figures no source confirms and whose quoting article is not recorded are not shipped:
    // the only linkable page (BLS) states a different number.
    for (const unconfirmed of [40430, 48270, 37710]) {
      assert.ok(!data.outlook.figures.some((f) => f.value === unconfirmed), `unconfirmed figure ${unconfirmed} is shipped`);
    }
    const latest = data.outlook.figures.find((f) => f.id === 'pay-2024-median')!;
    assert.strictEqual(latest.value, 50250);
    assert.strictEqual(latest.provenance.verified, false, 'May 2024 comes from BLS-derived sites only');
    assert.strictEqual(data.outlook.figures.find((f) => f.id === 'pay-2015-median')!.value, 37110);
  });

  it('verified facts cite a primary source; secondary/unconfirmed facts are never verified', () => {
    assert.strictEqual(ProvenanceSchema.safeParse({ sources: ['x'], asOf: '2026-01-01', confidence: 'S', verified: true }).success, false);
    assert.strictEqual(ProvenanceSchema.safeParse({ sources: [], asOf: '2026-01-01', confidence: 'U', verified: false }).success, false, 'no source needs a note');
    const bad = clone(credentialsJson) as { credentials: Array<{ exam: { provenance: { sources: string[]; verified: boolean; confidence: string } } }> };
    bad.credentials[0].exam.provenance = { ...bad.credentials[0].exam.provenance, sources: ['cpctestprep-faq'], verified: true, confidence: 'P' };
    assert.throws(() => buildGuidanceData({ credentials: bad, career: careerJson, outlook: outlookJson }), /primary source/);
  });

  it('rejects broken files with every problem listed', () => {
    const bad = clone(credentialsJson) as { credentials: Array<Record<string, unknown>> };
    bad.credentials[0].body = 'XYZ';
    delete bad.credentials[1].exam;
    try {
      buildGuidanceData({ credentials: bad, career: careerJson, outlook: { ...clone(outlookJson), figures: [] } });
      assert.fail('should throw');
    } catch (e) {
      assert.ok(e instanceof GuidanceDataError);
      assert.ok(e.problems.some((p) => p.startsWith('credentials.json: credentials.0.body')));
      assert.ok(e.problems.some((p) => p.startsWith('credentials.json: credentials.1.exam')));
      assert.ok(e.problems.some((p) => p.startsWith('outlook.json: figures')));
    }
  });

  it('rejects unknown source ids and credential references', () => {
    const bad = clone(careerJson) as { steps: Array<{ relatedCredentials: string[]; provenance: { sources: string[] } }> };
    bad.steps[0].relatedCredentials = ['NOPE'];
    bad.steps[1].provenance.sources = ['no-such-source'];
    assert.throws(() => buildGuidanceData({ credentials: credentialsJson, career: bad, outlook: outlookJson }), (e: unknown) => {
      assert.ok(e instanceof GuidanceDataError);
      assert.ok(e.problems.some((p) => p.includes('unknown credential "NOPE"')));
      assert.ok(e.problems.some((p) => p.includes('unknown source id "no-such-source"')));
      return true;
    });
  });

  it('a pay figure must be labelled median or mean', () => {
    const bad = clone(outlookJson) as { figures: Array<{ kind: string; statistic: string; label: string }> };
    const pay = bad.figures.find((f) => f.kind === 'pay')!;
    pay.label = 'Annual wage';
    assert.throws(() => buildGuidanceData({ credentials: credentialsJson, career: careerJson, outlook: bad }), /median or mean/);
  });

  it('only source URLs may be opened', () => {
    const urls = allowedExternalUrls(data);
    assert.ok(urls.has('https://www.aapc.com/resources/cpc-exam-faqs'));
    assert.ok(!urls.has('https://example.com/'));
  });
});
