// The element checks build their messages and ranges only for findings (checkElements): what they
// say and where they point, pinned on one clean 837P with one slip each.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintX12Text } from '../../../src/x12';

const clean = fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'workspace', 'x12', 'visit.837p.x12'), 'utf8');

const CASES: [string, string, { ruleId: string; message: string; text: string }[]][] = [
  ['a modifier of one character (the component is pointed at)', clean.replace(/SV1\*HC:(\d+)/, 'SV1*HC:$1:2'), [{ ruleId: 'x12-element-length', message: 'SV101-03 (Modifier 1) has 1 character; it takes exactly 2.', text: '2' }]],
  ['too many components', clean.replace(/SV1\*HC:(\d+)/, 'SV1*HC:$1:25:59:76:77:XX:D:E'), [{ ruleId: 'x12-element-length', message: 'SV101 has 9 components; it takes at most 7.', text: 'HC:99214:25:59:76:77:XX:D:E' }]],
  ['an empty required component', clean.replace(/SV1\*HC:(\d+)/, 'SV1*:$1'), [{ ruleId: 'x12-missing-element', message: 'SV101-01 (Product/service id qualifier (HC)) is required but empty.', text: '' }]],
  ['a charge with a dollar sign', clean.replace(/(SV1\*[^*]*)\*(\d+)/, '$1*$$$2'), [{ ruleId: 'x12-element-type', message: 'SV102 (Line charge) must be a decimal number (digits and at most one point, no "$" or commas); "$145" is not.', text: '$145' }]],
  [
    'required elements left out (the segment is pointed at)',
    clean.replace(/\nDMG\*D8\*(\d+)\*F/, '\nDMG*D8'),
    [
      { ruleId: 'x12-missing-element', message: 'DMG02 (Date of birth) is required but empty.', text: 'DMG*D8' },
      { ruleId: 'x12-missing-element', message: 'DMG03 (Sex (F, M, U)) is required but empty.', text: 'DMG*D8' },
    ],
  ],
  ['a decimal too long (its sign and point are not counted)', clean.replace(/(SV1\*[^*]*)\*(\d+)/, '$1*-123456789012345678.5'), [{ ruleId: 'x12-element-length', message: 'SV102 (Line charge) has 19 characters; it takes 1 to 18.', text: '-123456789012345678.5' }]],
  [
    'ISA13 not digits',
    clean.replace(/\*000000001\*/, '*00000000A*'),
    [
      { ruleId: 'x12-element-type', message: 'ISA13 (Interchange control number) must be digits; "00000000A" is not.', text: '00000000A' },
      { ruleId: 'x12-interchange-control', message: 'IEA02 "000000001" does not match ISA13 "00000000A".', text: '000000001' },
    ],
  ],
];

describe('X12 element checks: messages and ranges', () => {
  it('the clean 837P has no finding', () => assert.deepStrictEqual(lintX12Text(clean, { today: '2026-11-22' }).findings, []));
  for (const [name, text, want] of CASES) {
    it(name, () => {
      const r = lintX12Text(text, { today: '2026-11-22' });
      assert.deepStrictEqual(
        r.findings.filter((f) => f.ruleId.startsWith('x12-')).map((f) => ({ ruleId: f.ruleId, message: f.message, text: text.slice(f.range.start, f.range.end) })),
        want,
      );
    });
  }
});
