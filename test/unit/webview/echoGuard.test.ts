// The sidebar's eligibility form posts the profile (debounced) and the extension echoes its whole
// state back. An echo of an earlier send that arrives after a newer send must not undo the user's
// typing (the e2e keyboard check once saw "30" turn back into "0" on a loaded machine).
import { strict as assert } from 'node:assert';
import { EchoGuard } from '../../../src/webview/common/echoGuard';
import { stableJson as stableKey } from '../../../src/util/stableJson';

describe('webview EchoGuard', () => {
  let clock = 0;
  const guard = () => new EchoGuard<{ months: number; education: string }>({ expireMs: 3000, now: () => clock });
  beforeEach(() => (clock = 1000));

  it('shows what the extension posts while nothing of ours is on its way', () => {
    const g = guard();
    assert.equal(g.accept({ months: 0, education: 'none' }), true);
    assert.equal(g.accept({ months: 5, education: 'none' }), true);
  });

  it('ignores the echo of an older send that arrives after a newer send, then takes our own echo', () => {
    const g = guard();
    g.sent({ months: 0, education: 'associate' }); // after picking the education
    g.sent({ months: 30, education: 'associate' }); // after typing 30
    clock += 400;
    assert.equal(g.accept({ months: 0, education: 'associate' }), false, 'the stale echo would reset the field to 0');
    assert.equal(g.accept({ education: 'associate', months: 30 }), true, 'our echo, whatever its key order');
    // From then on every value from the extension counts again (another window, an import).
    assert.equal(g.accept({ months: 12, education: 'associate' }), true);
  });

  it('takes the extension’s value once our echo is overdue, and says when that will be', () => {
    const g = guard();
    g.sent({ months: 30, education: 'none' });
    clock += 1000;
    assert.equal(g.msUntilExpiry(), 2000);
    assert.equal(g.accept({ months: 7, education: 'none' }), false);
    clock += 2000;
    assert.equal(g.msUntilExpiry(), 0);
    assert.equal(g.accept({ months: 7, education: 'none' }), true);
    assert.equal(g.msUntilExpiry(), 0, 'nothing pending any more');
  });

  it('stableKey ignores object key order but not array order', () => {
    assert.equal(stableKey({ a: 1, b: { c: 2, d: [1, 2] } }), stableKey({ b: { d: [1, 2], c: 2 }, a: 1 }));
    assert.notEqual(stableKey({ d: [1, 2] }), stableKey({ d: [2, 1] }));
  });
});
