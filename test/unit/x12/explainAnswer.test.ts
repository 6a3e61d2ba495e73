// The remittance panel's X12 tab (src/x12/explainAnswer.ts): the payer's answer interchanges,
// segment by segment, each with the explanation the hovers give, within the panel's protocol.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { adjudicate } from '../../../src/adjudication/adjudicate';
import { lintText } from '../../../src/engine/lint';
import { RemittanceViewSchema } from '../../../src/shared/remittanceProtocol';
import { answerForDecided } from '../../../src/x12';
import { explainAnswer } from '../../../src/x12/explainAnswer';

const ROOT = path.join(__dirname, '..', '..', '..');
const TODAY = '2026-11-22';

function answerFor(example: string) {
  const lint = lintText(fs.readFileSync(path.join(ROOT, 'examples', example), 'utf8'), { format: 'yaml', today: TODAY });
  return answerForDecided(lint.normalized.claim, adjudicate(lint, { submittedAt: `${TODAY}T10:00:00Z` }), { today: TODAY });
}

describe('X12 answer explained (src/x12/explainAnswer.ts)', () => {
  it('a denied claim: the 999, then the 835, every segment with its terminator and an explanation', () => {
    const a = answerFor('07-missing-prior-auth.claim.yaml');
    const x = explainAnswer(a);
    assert.strictEqual(x.accepted, true);
    assert.deepStrictEqual(x.documents.map((d) => d.kind), ['999', '835']);
    for (const d of x.documents) {
      assert.ok(d.segments.length > 5);
      for (const s of d.segments) {
        assert.match(s.text, /^[A-Z][A-Z0-9]{1,2}\*.*~$/);
        assert.ok(s.about.length > 0, s.text);
      }
    }
    assert.strictEqual(x.documents[0].segments.map((s) => s.text).join('\n'), a.ack999.trimEnd());
    const cas = x.documents[1].segments.find((s) => s.text.startsWith('CAS*'))!;
    assert.match(cas.about, /CARC 197/);
  });

  it('a rejected claim gets the 277CA; the result fits the panel protocol', () => {
    const a = answerFor('05-missing-signatures.claim.yaml');
    const x = explainAnswer(a);
    assert.deepStrictEqual(x.documents.map((d) => d.kind), ['999', '277CA']);
    assert.ok(RemittanceViewSchema.shape.x12.safeParse(x).success);
  });

  it('a document that does not read as X12 is left out', () => {
    const a = answerFor('01-clean-medicare.claim.yaml');
    assert.deepStrictEqual(explainAnswer({ ...a, ca277: undefined, era835: 'not x12' }).documents.map((d) => d.kind), ['999']);
  });
});
