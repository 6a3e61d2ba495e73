// The segments of the payer's answers this project writes (answers.ts): 999 acknowledgment, 277CA
// claim acknowledgment and 835 remittance, described for hovers in our own words, with the loop
// each segment sits in and what its codes mean (CARC/RARC texts come from data/reason-codes.json).
import type { ReasonText } from '../adjudication/reasonCodes';
import type { Delimiters, X12Segment } from './tokenize';

export type AnswerKind = '999' | '277' | '835';

export interface AnswerSegmentDef {
  name: string;
  about: string;
  /** elements[n-1] describes element n. */
  elements: string[];
}

const COMMON: Record<string, AnswerSegmentDef> = {
  ISA: { name: 'Interchange control header', about: 'Opens the envelope of the answer: the payer (sender), you (receiver), date, time and control number.', elements: [] },
  IEA: { name: 'Interchange control trailer', about: 'Closes the envelope: number of groups and the ISA control number again.', elements: ['Number of functional groups', 'Interchange control number (= ISA13)'] },
  GS: { name: 'Functional group header', about: 'Opens a group of answers of one kind (FA acknowledgments, HN claim status, HP payments).', elements: ['Functional identifier (FA, HN, HP)', "Sender's code", "Receiver's code", 'Date', 'Time', 'Group control number', 'Responsible agency', 'Version / guide'] },
  GE: { name: 'Functional group trailer', about: 'Closes the group: number of transaction sets and the GS control number again.', elements: ['Number of transaction sets', 'Group control number (= GS06)'] },
  ST: { name: 'Transaction set header', about: 'Opens one answer; SE closes it.', elements: ['Transaction set id (999, 277, 835)', 'Control number', 'Implementation guide'] },
  SE: { name: 'Transaction set trailer', about: 'Closes the answer: the number of segments from ST to SE and the ST control number again.', elements: ['Number of included segments', 'Control number (= ST02)'] },
};

export const ANSWER_SEGMENTS: Readonly<Record<AnswerKind, Readonly<Record<string, AnswerSegmentDef>>>> = {
  '999': {
    ...COMMON,
    AK1: { name: 'Functional group response header', about: 'Which functional group of your 837P this acknowledgment answers.', elements: ['Functional identifier of the group answered (HC claims)', 'Group control number answered (your GS06)', 'Version of the group answered'] },
    AK2: { name: 'Transaction set response header', about: 'Opens the answer about one transaction set (ST … SE) of your 837P.', elements: ['Transaction set id answered (837)', 'Transaction set control number answered (your ST02)', 'Implementation guide answered'] },
    IK3: { name: 'Error identification (segment)', about: 'A segment of your 837P the clearinghouse could not accept, with where it is.', elements: ['Segment id in error', 'Position of the segment in the transaction set (ST = 1)', 'Loop the segment is in', 'Segment error code'] },
    IK4: { name: 'Error identification (element)', about: 'An element of the segment named in IK3 that is wrong.', elements: ['Element position (element : component)', 'Element reference number', 'Element error code', 'Copy of the bad value'] },
    IK5: { name: 'Transaction set response trailer', about: 'The verdict on one transaction set: accepted (A) or rejected (R), with the reasons.', elements: ['Acknowledgment code (A accepted, E accepted with errors, R rejected)', 'Syntax error code', 'Syntax error code', 'Syntax error code', 'Syntax error code', 'Syntax error code'] },
    AK9: { name: 'Functional group response trailer', about: 'The verdict on the whole group: how many transaction sets were received and accepted.', elements: ['Acknowledgment code (A all accepted, P partially, R rejected)', 'Transaction sets included', 'Transaction sets received', 'Transaction sets accepted'] },
  },
  '277': {
    ...COMMON,
    BHT: { name: 'Beginning of hierarchical transaction', about: 'Says this is a claim acknowledgment (0085, purpose 08 status), its reference, date and time.', elements: ['Hierarchical structure code (0085)', 'Purpose (08 status)', 'Reference', 'Date', 'Time', 'Transaction type (TH receipt acknowledgment)'] },
    HL: { name: 'Hierarchical level', about: 'Opens a level: 20 the payer (information source), 21 you (information receiver), 19 the billing provider, PT the patient and claim.', elements: ['Level id', 'Parent level id', 'Level code (20, 21, 19, PT)', 'Child code'] },
    NM1: { name: 'Name', about: 'Names the party of this level: PR payer, 41 submitter, 85 billing provider, QC patient.', elements: ['Entity code', 'Entity type (1 person, 2 organisation)', 'Last or organisation name', 'First name', 'Middle name', 'Prefix', 'Suffix', 'Id qualifier', 'Id'] },
    TRN: { name: 'Trace number', about: 'A reference that ties this acknowledgment to what you sent: TRN02 of a claim level is your claim id (CLM01).', elements: ['Trace type (1 current, 2 referenced)', 'Trace number'] },
    DTP: { name: 'Date', about: 'A date: 050 received, 009 processed, 472 the claim\'s service dates.', elements: ['Date qualifier', 'Format (D8, RD8)', 'Date or range'] },
    STC: { name: 'Status information', about: 'Where the claim stands: a category (A1 received … A7 rejected for invalid information), a status code and, here, the reason in words.', elements: ['Status (category : code : entity)', 'Status date', 'Action code (U reject, WQ accept)', 'Total charge of the claim(s)', 'Paid amount', 'Payment date', 'Payment method', 'Check date', 'Check number', 'Second status', 'Third status', 'Free-form message'] },
    QTY: { name: 'Quantity', about: 'How many claims were accepted (90) and rejected (AA).', elements: ['Quantity qualifier (90 accepted, AA rejected)', 'Number of claims'] },
    AMT: { name: 'Monetary amount', about: 'Total charges accepted (YU) and rejected (YY).', elements: ['Amount qualifier (YU accepted, YY rejected)', 'Amount'] },
  },
  '835': {
    ...COMMON,
    BPR: { name: 'Financial information', about: 'The payment: how much, how (check, or none), and when. H means "notification only": nothing is paid.', elements: ['Transaction handling (I remittance with payment, H notification only)', 'Total payment amount', 'Credit/debit (C credit)', 'Payment method (CHK check, NON no payment)', '', '', '', '', '', '', '', '', '', '', '', 'Payment date'] },
    TRN: { name: 'Reassociation trace number', about: 'Ties this remittance to the money: the check or EFT trace number.', elements: ['Trace type (1 current)', 'Check or EFT number', 'Payer id'] },
    DTM: { name: 'Date', about: 'A date: 405 the production date of the remittance, 472 a service date.', elements: ['Date qualifier (405 production, 472 service)', 'Date'] },
    N1: { name: 'Party', about: 'Names the payer (PR) or the payee, the provider being paid (PE).', elements: ['Entity code (PR payer, PE payee)', 'Name', 'Id qualifier (XX NPI)', 'Id'] },
    LX: { name: 'Header number', about: 'Opens a group of claim payments.', elements: ['Header number'] },
    CLP: { name: 'Claim payment information', about: 'One claim as the payer adjudicated it: your claim id, its status, billed, paid and patient share, and the payer\'s own claim number.', elements: ['Your claim id (CLM01, box 26)', 'Claim status (1 processed as primary, 4 denied…)', 'Total charge billed (box 28)', 'Amount paid', 'Patient responsibility', 'Claim filing indicator (box 1)', "Payer's claim control number", 'Facility type / place of service', 'Claim frequency (box 22)'] },
    NM1: { name: 'Patient name', about: 'The patient of the claim (QC) and the member id.', elements: ['Entity code (QC patient)', 'Entity type', 'Last name', 'First name', 'Middle name', 'Prefix', 'Suffix', 'Id qualifier (MI member id)', 'Member id (box 1a)'] },
    MOA: { name: 'Outpatient adjudication information', about: 'Claim-level remark codes (RARCs): extra explanation of the payer\'s decision.', elements: ['Reimbursement rate', 'Payable amount', 'Remark code (RARC)', 'Remark code (RARC)', 'Remark code (RARC)', 'Remark code (RARC)', 'Remark code (RARC)'] },
    SVC: { name: 'Service payment information', about: 'One service line as paid: the procedure (box 24D), billed (24F), paid, and units (24G).', elements: ['Procedure (HC : code : modifiers), box 24D', 'Line charge billed (box 24F)', 'Line amount paid', 'Revenue code', 'Units paid (box 24G)'] },
    CAS: { name: 'Adjustment', about: 'Why the paid amount differs from the billed amount: a group code (who bears it) and reason codes (CARC) with amounts.', elements: ['Group code (CO contractual, PR patient, OA other, PI payer initiated)', 'Reason code (CARC)', 'Amount', 'Quantity', 'Reason code (CARC)', 'Amount', 'Quantity', 'Reason code (CARC)', 'Amount', 'Quantity', 'Reason code (CARC)', 'Amount', 'Quantity', 'Reason code (CARC)', 'Amount', 'Quantity', 'Reason code (CARC)', 'Amount', 'Quantity'] },
    AMT: { name: 'Service amount', about: 'An amount about the line: B6 the allowed amount.', elements: ['Amount qualifier (B6 allowed)', 'Amount'] },
    LQ: { name: 'Remark code', about: 'A remark code (RARC, list HE) that explains a line\'s adjustment further.', elements: ['Code list (HE remittance advice remark codes)', 'Remark code (RARC)'] },
  },
};

/** Loop of a segment of an answer; `state` carries the current loop between calls (one per set). */
export function answerLoop(kind: AnswerKind, seg: X12Segment, state: Record<string, string>): string {
  const q = (seg.elements[1] ?? '').trim();
  let loop = state.loop ?? 'header';
  if (kind === '999') {
    if (seg.id === 'AK1' || seg.id === 'AK9') loop = 'header';
    else if (seg.id === 'AK2' || seg.id === 'IK5') loop = '2000';
    else if (seg.id === 'IK3') loop = '2100';
    else if (seg.id === 'IK4') loop = '2110';
  } else if (kind === '277') {
    if (seg.id === 'BHT') loop = 'header';
    else if (seg.id === 'HL') {
      const level = (seg.elements[3] ?? '').trim();
      state.level = { '20': 'A', '21': 'B', '19': 'C', PT: 'D' }[level] ?? 'E';
      loop = `2000${state.level}`;
    } else if (seg.id === 'NM1') loop = `2100${state.level ?? 'A'}`;
    else if (['TRN', 'STC', 'DTP', 'QTY', 'AMT', 'REF'].includes(seg.id)) loop = `2200${state.level ?? 'A'}`;
  } else {
    if (seg.id === 'N1') loop = q === 'PR' ? '1000A' : q === 'PE' ? '1000B' : loop;
    else if (seg.id === 'LX') loop = '2000';
    else if (seg.id === 'CLP') loop = '2100';
    else if (seg.id === 'SVC') loop = '2110';
    else if (['BPR', 'TRN'].includes(seg.id) || (seg.id === 'DTM' && q === '405')) loop = 'header';
  }
  state.loop = loop;
  return loop;
}

const IK3_CODES: Record<string, string> = { '1': 'a segment id the guide does not know', '2': 'a segment where the guide does not expect it', '3': 'a required segment is missing', '8': 'the segment has element errors (see IK4)' };
const IK4_CODES: Record<string, string> = { '1': 'a required element is missing', '3': 'too many elements', '4': 'the value is too short', '5': 'the value is too long', '6': 'a character that is not allowed', '7': 'a code that is not allowed here', '8': 'not a valid date', '9': 'not a valid time' };
const IK5_CODES: Record<string, string> = { '2': 'the SE trailer is missing', '3': 'SE02 does not match ST02', '4': 'SE01 does not count the segments right', '5': 'one or more segments are in error' };
const ACK: Record<string, string> = { A: 'accepted', E: 'accepted, with errors noted', P: 'partially accepted: some transaction sets were rejected', R: 'rejected: nothing in it goes on to the payer' };
const STC_CATEGORY: Record<string, string> = {
  A1: 'received (acknowledged, not yet checked)',
  A2: 'accepted into adjudication',
  A3: 'returned as unprocessable',
  A6: 'rejected: information is missing',
  A7: 'rejected: information is invalid',
  A8: 'rejected: fields do not agree with each other',
};
const CLP_STATUS: Record<string, string> = { '1': 'processed as primary', '2': 'processed as secondary', '3': 'processed as tertiary', '4': 'denied', '19': 'processed as primary, forwarded', '22': 'reversal of a previous payment' };

type Explain = (kind: 'CARC' | 'RARC' | 'GROUP', code: string) => ReasonText | undefined;

const say = (kind: 'CARC' | 'RARC' | 'GROUP', code: string, explain: Explain): string => {
  const t = explain(kind, code);
  const label = kind === 'GROUP' ? `Group ${code}` : `${kind} ${code}`;
  return t ? `${label}: ${t.meaning} ${t.action}` : `${label}: no explanation in the practice reason-code list.`;
};

/** What the value at element n (component c) of an answer segment means, as lines. */
export function valueNote(kind: AnswerKind, seg: X12Segment, n: number | undefined, c: number | undefined, d: Delimiters, explain: Explain): string[] {
  const v = (k: number) => (seg.elements[k] ?? '').trim();
  const out: string[] = [];
  if (kind === '835' && seg.id === 'CAS') {
    const group = v(1);
    if (!n || n === 1) out.push(say('GROUP', group, explain));
    for (let k = 2; k < seg.elements.length; k += 3) {
      if (!v(k)) continue;
      if (!n || n === 1 || (n >= k && n <= k + 2)) out.push(`${say('CARC', v(k), explain)}${v(k + 1) ? ` Amount: ${v(k + 1)}.` : ''}`);
    }
  } else if (kind === '835' && seg.id === 'LQ' && v(1) === 'HE' && v(2)) out.push(say('RARC', v(2), explain));
  else if (kind === '835' && seg.id === 'MOA') {
    for (let k = 3; k < seg.elements.length; k++) if (v(k) && (!n || n === k)) out.push(say('RARC', v(k), explain));
  } else if (kind === '835' && seg.id === 'CLP' && (!n || n === 2) && CLP_STATUS[v(2)]) out.push(`Status ${v(2)}: ${CLP_STATUS[v(2)]}.`);
  else if (kind === '835' && seg.id === 'BPR' && (!n || n === 1)) out.push(v(1) === 'H' ? 'H: this remittance only notifies; no money moves.' : v(1) === 'I' ? 'I: a payment comes with this remittance.' : '');
  else if (kind === '277' && seg.id === 'STC') {
    const [cat] = (seg.elements[1] ?? '').split(d.component);
    if ((!n || n === 1) && STC_CATEGORY[cat]) out.push(`Category ${cat}: ${STC_CATEGORY[cat]}.`);
    if ((!n || n === 12) && v(12)) out.push(`Reason: ${v(12)}`);
  } else if (kind === '999' && seg.id === 'IK3' && (!n || n === 4) && IK3_CODES[v(4)]) out.push(`Code ${v(4)}: ${IK3_CODES[v(4)]}.`);
  else if (kind === '999' && seg.id === 'IK4' && (!n || n === 3) && IK4_CODES[v(3)]) out.push(`Code ${v(3)}: ${IK4_CODES[v(3)]}.`);
  else if (kind === '999' && (seg.id === 'IK5' || seg.id === 'AK9')) {
    if ((!n || n === 1) && ACK[v(1)]) out.push(`${v(1)}: ${ACK[v(1)]}.`);
    if (seg.id === 'IK5') for (let k = 2; k < seg.elements.length; k++) if (IK5_CODES[v(k)] && (!n || n === k)) out.push(`Code ${v(k)}: ${IK5_CODES[v(k)]}.`);
  }
  void c;
  return out.filter(Boolean);
}
