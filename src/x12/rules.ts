// The X12 structure rules (WEDI-SNIP types 1–2 and the envelope), a catalogue parallel to the
// practice-claim rules in src/engine/rules/: same metadata and docs, but their checks run on the
// segments (src/x12/structure.ts), not on the claim model. Docs pages: scripts/gen-rule-docs.ts.
// Balancing (type 3, CLM02 against the lines) is the engine's total-charge-mismatch, pointed at CLM02.
import type { Severity } from '../model/severity';
import type { PayerOutcome, RuleDocs } from '../engine/types';

export interface X12Rule {
  id: string;
  title: string;
  section: 'X12 837P structure';
  box: string;
  x12: string;
  /** WEDI-SNIP type the check belongs to. */
  snip: 1 | 2;
  defaultSeverity: Severity;
  /** A structural error makes the 999 reject the transaction set: it never reaches the payer. */
  payer: PayerOutcome;
  /** bad/good are 837P fragments (X12 text, `~` terminators) rather than YAML. */
  docs: RuleDocs;
}

const reject: PayerOutcome = { action: 'reject' };
const rule = (r: Omit<X12Rule, 'section' | 'payer' | 'box'> & { payer?: PayerOutcome }): X12Rule => ({ section: 'X12 837P structure', box: '—', payer: reject, ...r });

export const X12_RULES: readonly X12Rule[] = [
  rule({
    id: 'x12-not-837p',
    title: 'The file is not an 837P professional claim interchange',
    x12: 'GS01 / GS08 / ST01 / ST03',
    snip: 1,
    defaultSeverity: 'error',
    docs: {
      meaning: 'The envelope says this is some other kind of X12 transaction (or another version): the functional group should be HC, the transaction set 837 and the guide 005010X222A1.',
      why: 'A clearinghouse routes a file by its envelope. A professional claim labelled as something else is sent to the wrong processor or refused outright.',
      fix: 'Set GS01 to HC, GS08 and ST03 to 005010X222A1 and ST01 to 837 — or open the file with a tool meant for its transaction type.',
      bad: 'GS*HP*SENDER*RECEIVER*20261122*1200*1*X*005010X221A1~\nST*835*0001~',
      good: 'GS*HC*SENDER*RECEIVER*20261122*1200*1*X*005010X222A1~\nST*837*0001*005010X222A1~',
    },
  }),
  rule({
    id: 'x12-isa-format',
    title: 'The ISA segment or the delimiters it declares are malformed',
    x12: 'ISA',
    snip: 1,
    defaultSeverity: 'error',
    docs: {
      meaning: 'The interchange header has fixed-width elements: counted with its terminator it is always 106 characters, and it declares the delimiters the rest of the file uses. A short or long ISA, or a last segment without a terminator, is reported here.',
      why: 'Receivers find the delimiters by position in the ISA. When the widths are off they read the wrong characters as delimiters and cannot parse anything after it.',
      fix: 'Pad ISA02, ISA04, ISA06 and ISA08 with spaces to their widths (10, 10, 15, 15), write ISA13 as 9 digits, and end every segment with the terminator.',
      bad: 'ISA*00**00**ZZ*SUBMITTER*ZZ*RECEIVER*261122*1200*^*00501*1*0*T*:~',
      good: 'ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *261122*1200*^*00501*000000001*0*T*:~',
    },
  }),
  rule({
    id: 'x12-unknown-segment',
    title: 'A segment id that an 837P does not use',
    x12: 'any segment',
    snip: 2,
    defaultSeverity: 'error',
    docs: {
      meaning: 'The segment id (the letters before the first element separator) is not one that appears in a professional claim — often a typing slip such as `NM` for `NM1`, or a delimiter inside a value that split a segment in two.',
      why: 'A receiver cannot guess what an unknown segment means; the whole transaction set is rejected by the 999.',
      fix: 'Correct the segment id, or remove the segment. If a value contains the segment terminator or element separator, take that character out of the value.',
      bad: 'NM*85*2*SPRINGFIELD FAMILY CLINIC*****XX*1122334455~',
      good: 'NM1*85*2*SPRINGFIELD FAMILY CLINIC*****XX*1122334455~',
    },
  }),
  rule({
    id: 'x12-misplaced-segment',
    title: 'A segment is out of order or outside the loop it belongs to',
    x12: 'any segment',
    snip: 2,
    defaultSeverity: 'error',
    docs: {
      meaning: 'Every loop of the 837P has its segments in a fixed order (for example N3 before N4, SV1 before DTP*472, HI after the claim-level REF segments), and each segment belongs to certain loops only. This one is where no loop expects it.',
      why: 'Receivers read loops by position. A segment in the wrong place is either attached to the wrong party or refused.',
      fix: 'Move the segment to its loop and position (the message names what was expected), or remove it.',
      bad: 'NM1*85*2*SPRINGFIELD FAMILY CLINIC*****XX*1122334455~\nN4*SPRINGFIELD*IL*627015555~\nN3*400 OAK AVE~',
      good: 'NM1*85*2*SPRINGFIELD FAMILY CLINIC*****XX*1122334455~\nN3*400 OAK AVE~\nN4*SPRINGFIELD*IL*627015555~',
    },
  }),
  rule({
    id: 'x12-missing-segment',
    title: 'A required segment or loop is missing',
    x12: 'any loop',
    snip: 2,
    defaultSeverity: 'error',
    docs: {
      meaning: 'A loop ended without a segment it must have (e.g. a claim without HI diagnoses, a service line without SV1 or DTP*472, a billing provider without an address or tax id), or a required loop is absent.',
      why: 'The payer cannot process a claim without that information; the 999 rejects the transaction set.',
      fix: 'Add the segment in its loop. In a practice claim the same information is the field the message names.',
      bad: 'LX*1~\nSV1*HC:99214*145*UN*1***1~',
      good: 'LX*1~\nSV1*HC:99214*145*UN*1***1~\nDTP*472*D8*20261001~',
    },
  }),
  rule({
    id: 'x12-missing-element',
    title: 'A required element is empty',
    x12: 'any element',
    snip: 2,
    defaultSeverity: 'error',
    docs: {
      meaning: 'An element the segment always needs is empty or absent (e.g. CLM01 the account number, CLM02 the total charge, SV102 a line charge, PAT01 the relationship).',
      why: 'Each required element is a fact the payer needs; without it the transaction set is rejected.',
      fix: 'Fill the element. Count element separators carefully: an extra or missing `*` shifts every later value into the wrong position.',
      bad: 'CLM**145***11:B:1*Y*A*Y*Y~',
      good: 'CLM*TRN-0001*145***11:B:1*Y*A*Y*Y~',
    },
  }),
  rule({
    id: 'x12-element-length',
    title: 'An element is too long or too short, or a segment has too many elements',
    x12: 'any element',
    snip: 2,
    defaultSeverity: 'error',
    docs: {
      meaning: 'Each element has a minimum and maximum length (modifiers exactly 2, ST02 4 to 9 characters, a charge at most 18 digits…). This one is outside its range, or the segment has more elements than it defines.',
      why: 'Payer systems store elements in fixed-size fields; a value that does not fit is refused rather than cut.',
      fix: 'Shorten or complete the value; remove extra element separators at the end of the segment.',
      bad: 'SV1*HC:99214:2*145*UN*1***1~',
      good: 'SV1*HC:99214:25*145*UN*1***1~',
    },
  }),
  rule({
    id: 'x12-element-type',
    title: 'An element has the wrong data type or a code that is not allowed',
    x12: 'any element',
    snip: 2,
    defaultSeverity: 'error',
    docs: {
      meaning: 'Numbers (N0), decimals (R), dates (CCYYMMDD), times (HHMM) and code lists (ID) have a fixed form. This value does not have it — e.g. a charge written `$145`, a date written `10/01/2026`, or CLM06 answered `YES` instead of `Y`.',
      why: 'A payer system reads each element as its type; a value that cannot be read that way is rejected at the front end.',
      fix: 'Write the value in the element\'s form: digits and one decimal point for amounts, CCYYMMDD for dates, one of the listed codes for ID elements.',
      bad: 'DTP*472*D8*10/01/2026~',
      good: 'DTP*472*D8*20261001~',
    },
  }),
  rule({
    id: 'x12-interchange-control',
    title: 'ISA and IEA do not match (control number or group count)',
    x12: 'ISA13 / IEA01 / IEA02',
    snip: 1,
    defaultSeverity: 'error',
    docs: {
      meaning: 'IEA closes the interchange: IEA01 must count its GS groups and IEA02 must repeat ISA13. A missing IEA, a wrong count or a different control number is reported here.',
      why: 'The counts and control numbers prove the file arrived whole. A mismatch means something was lost or added in transit, so the whole interchange is refused.',
      fix: 'Make IEA02 equal ISA13 and IEA01 equal the number of GS segments; add the missing IEA at the end.',
      bad: 'IEA*2*000000001~',
      good: 'IEA*1*000000001~',
    },
  }),
  rule({
    id: 'x12-group-control',
    title: 'GS and GE do not match (control number or transaction count)',
    x12: 'GS06 / GE01 / GE02',
    snip: 1,
    defaultSeverity: 'error',
    docs: {
      meaning: 'GE closes a functional group: GE01 must count its ST transaction sets and GE02 must repeat GS06.',
      why: 'Like the interchange counts, these prove that no transaction set was lost; a mismatch rejects the group.',
      fix: 'Make GE02 equal GS06 and GE01 equal the number of ST segments in the group.',
      bad: 'GE*3*1~',
      good: 'GE*1*1~',
    },
  }),
  rule({
    id: 'x12-transaction-control',
    title: 'ST and SE do not match (segment count or control number)',
    x12: 'ST02 / SE01 / SE02',
    snip: 1,
    defaultSeverity: 'error',
    docs: {
      meaning: 'SE01 counts every segment of the transaction set from ST to SE, both included; SE02 repeats ST02. A segment added or removed by hand without updating SE01 is the usual cause.',
      why: 'The count is how the receiver knows the transaction set is complete; a wrong count rejects it.',
      fix: 'Count the segments from ST through SE and write that number in SE01; make SE02 equal ST02.',
      bad: 'ST*837*0001*005010X222A1~\n…\nSE*40*0002~',
      good: 'ST*837*0001*005010X222A1~\n…\nSE*41*0001~',
    },
  }),
  rule({
    id: 'x12-hl-structure',
    title: 'HL levels are misnumbered or point at the wrong parent',
    x12: 'HL01–HL04',
    snip: 2,
    defaultSeverity: 'error',
    docs: {
      meaning: 'HL01 numbers the levels 1, 2, 3… in order; HL02 names the parent level (none for a billing provider, a billing provider for a subscriber, a subscriber for a patient); HL04 says whether child levels follow.',
      why: 'The HL chain is how a payer knows which patient and which provider a claim belongs to. A broken chain attaches a claim to the wrong person.',
      fix: 'Renumber HL01 from 1, point HL02 at the right parent level, and set HL04 to 1 only when a child level follows.',
      bad: 'HL*1**20*1~\n…\nHL*3*1*22*0~',
      good: 'HL*1**20*1~\n…\nHL*2*1*22*0~',
    },
  }),
  rule({
    id: 'x12-lx-numbering',
    title: 'Service lines (LX) are not numbered 1, 2, 3… within the claim',
    x12: '2400 LX01',
    snip: 2,
    defaultSeverity: 'error',
    docs: {
      meaning: 'Each claim numbers its service lines from 1 without gaps, in order. Remittances and denials refer to lines by this number.',
      why: 'A skipped or repeated number makes line-level denials ambiguous; receivers reject it.',
      fix: 'Renumber the LX segments of the claim 1, 2, 3…',
      bad: 'LX*1~\n…\nLX*3~',
      good: 'LX*1~\n…\nLX*2~',
    },
  }),
];

export const X12_RULES_BY_ID: ReadonlyMap<string, X12Rule> = new Map(X12_RULES.map((r) => [r.id, r]));

export function isX12RuleId(id: string): boolean {
  return X12_RULES_BY_ID.has(id);
}
