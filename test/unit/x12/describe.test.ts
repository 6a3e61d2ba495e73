// Hover descriptions (src/x12/describe.ts): every element of every exported example names its
// loop, and the elements with a CMS-1500 home name their box; the payer's answers explain their
// codes (CARC/RARC, status categories, 999 verdicts).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { adjudicate } from '../../../src/adjudication/adjudicate';
import { lintText } from '../../../src/engine/lint';
import { answerForDecided, describeAt, exportClaims, modelX12, type X12Model } from '../../../src/x12';

const ROOT = path.join(__dirname, '..', '..', '..');
const TODAY = '2026-11-22';
const options = { today: TODAY };

function model(text: string): X12Model {
  const m = modelX12(text);
  assert.ok(m.ok);
  return m;
}
const at = (text: string, marker: string) => {
  const i = text.indexOf(marker);
  assert.ok(i >= 0, marker);
  return i + marker.length;
};

describe('X12 hover descriptions', () => {
  const claimText = fs.readFileSync(path.join(ROOT, 'examples', '07-missing-prior-auth.claim.yaml'), 'utf8');
  const lint = lintText(claimText, { ...options, format: 'yaml' });
  const x12 = exportClaims([lint.normalized.claim], { today: TODAY });
  const m = model(x12);

  it('names loop, box and meaning of claim elements', () => {
    const cases: [string, string, string, RegExp][] = [
      ['CLM*', '2300', '26', /Patient control/],
      ['CLM*TRN-0107*', '2300', '28', /Total claim charge/],
      ['SV1*HC:', '2400', '24D', /Procedure code/],
      ['DTP*472*D8*', '2400', '24A', /Date or range/],
      ['REF*EI*', '2010AA', '25', /Reference number/],
      ['HI*ABK:', '2300', '21', /Diagnosis code/],
      ['NM1*IL*1*DOE*JANE*Q***MI*', '2010BA', '1a', /Identification code/],
    ];
    for (const [marker, loop, box, meaning] of cases) {
      const d = describeAt(m, at(x12, marker))!;
      assert.strictEqual(d.loop, loop, marker);
      assert.strictEqual(d.box, box, marker);
      assert.match(d.lines.join('\n'), meaning, marker);
    }
  });

  it('says when an element has no CMS-1500 box, and covers envelope segments', () => {
    const d = describeAt(m, at(x12, 'NM1*41*2*'))!;
    assert.strictEqual(d.loop, '1000A');
    assert.strictEqual(d.box, undefined);
    assert.match(d.lines.join('\n'), /No CMS-1500 box/);
    assert.match(describeAt(m, 1)!.lines.join('\n'), /Interchange control header/);
  });

  it('describes every segment of every example (no hole between the first and last segment)', () => {
    for (const f of fs.readdirSync(path.join(ROOT, 'examples'))) {
      const text = fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8');
      const l = lintText(text, { ...options, format: f.endsWith('.json') ? 'json' : 'yaml' });
      const out = exportClaims([l.normalized.claim], { today: TODAY });
      const mm = model(out);
      for (const s of mm.segments) {
        const d = describeAt(mm, s.start)!;
        assert.ok(d && d.lines.length >= 2, `${f}: ${s.id}`);
        if (!['ISA', 'GS', 'ST', 'SE', 'GE', 'IEA'].includes(s.id)) assert.ok(d.loop, `${f}: ${s.id} has a loop`);
      }
    }
  });

  it('explains the 835 adjustments and the 999 verdict', () => {
    const result = adjudicate(lint, { submittedAt: `${TODAY}T10:00:00Z` });
    const a = answerForDecided(lint.normalized.claim, result, options);
    assert.ok(a.era835 && a.accepted);
    const am = model(a.text);
    const cas = describeAt(am, at(a.text, 'CAS*'))!;
    assert.strictEqual(cas.loop, '2110');
    assert.match(cas.lines.join('\n'), /Group CO: Contractual obligation/);
    assert.match(cas.lines.join('\n'), /CARC 197: /);
    assert.match(describeAt(am, at(a.text, 'CLP*TRN-0107*'))!.lines.join('\n'), /Status 4: denied/);
    assert.match(describeAt(am, at(a.text, 'IK5*'))!.lines.join('\n'), /A: accepted/);
  });
});
