// The 837P (005010X222A1) segments and loops this project reads and writes, as data. Written in
// our own words from public companion guides and the pyx12 map's element lists (see
// shared/domain/claims-brief.md §2); only the parts a practice claim uses are detailed, other
// segments a real 837P may carry are known by name so they are "misplaced" rather than "unknown".

export type ElementType = 'AN' | 'ID' | 'N0' | 'R' | 'DT' | 'TM';

export interface ElementDef {
  name: string;
  type: ElementType;
  min: number;
  max: number;
  /** Required whenever the segment is sent. */
  req?: boolean;
  /** A composite element: components are checked one by one. */
  components?: ElementDef[];
  /** Allowed codes, when we check them. */
  codes?: readonly string[];
}

export interface SegmentDef {
  name: string;
  /** What it carries, in a trainee's words. */
  about: string;
  elements: ElementDef[];
}

const E = (name: string, type: ElementType, min: number, max: number, req = false, extra: Partial<ElementDef> = {}): ElementDef => ({ name, type, min, max, req, ...extra });

const NAME_ELEMENTS = [
  E('Entity identifier code (who this is)', 'ID', 2, 3, true),
  E('Entity type (1 person, 2 organisation)', 'ID', 1, 1, true, { codes: ['1', '2'] }),
  E('Last or organisation name', 'AN', 1, 60),
  E('First name', 'AN', 1, 35),
  E('Middle name or initial', 'AN', 1, 25),
  E('Name prefix (not used)', 'AN', 1, 10),
  E('Name suffix (Jr, III)', 'AN', 1, 10),
  E('Identification code qualifier (XX = NPI, MI = member id, PI = payer id, 46 = submitter id)', 'ID', 1, 2),
  E('Identification code', 'AN', 2, 80),
];

export const SEGMENTS: Readonly<Record<string, SegmentDef>> = {
  ISA: {
    name: 'Interchange control header',
    about: 'Opens the envelope: who sends, who receives, when, the control number, and (by position) the delimiters. Its elements have fixed widths.',
    elements: [
      E('Authorization information qualifier', 'ID', 2, 2, true),
      E('Authorization information', 'AN', 10, 10, true),
      E('Security information qualifier', 'ID', 2, 2, true),
      E('Security information', 'AN', 10, 10, true),
      E('Sender id qualifier', 'ID', 2, 2, true),
      E('Sender id', 'AN', 15, 15, true),
      E('Receiver id qualifier', 'ID', 2, 2, true),
      E('Receiver id', 'AN', 15, 15, true),
      E('Interchange date (YYMMDD)', 'N0', 6, 6, true),
      E('Interchange time (HHMM)', 'TM', 4, 4, true),
      E('Repetition separator', 'AN', 1, 1, true),
      E('Interchange version (00501)', 'ID', 5, 5, true),
      E('Interchange control number', 'N0', 9, 9, true),
      E('Acknowledgment requested (0 no, 1 yes)', 'ID', 1, 1, true),
      E('Usage (P production, T test)', 'ID', 1, 1, true, { codes: ['P', 'T'] }),
      E('Component separator', 'AN', 1, 1, true),
    ],
  },
  IEA: {
    name: 'Interchange control trailer',
    about: 'Closes the envelope: how many functional groups it held, and the ISA control number again.',
    elements: [E('Number of functional groups', 'N0', 1, 5, true), E('Interchange control number (= ISA13)', 'N0', 9, 9, true)],
  },
  GS: {
    name: 'Functional group header',
    about: 'Opens a group of transaction sets of one kind (HC = health care claims) and names the implementation guide version.',
    elements: [
      E('Functional identifier code (HC for claims)', 'ID', 2, 2, true),
      E("Sender's code", 'AN', 2, 15, true),
      E("Receiver's code", 'AN', 2, 15, true),
      E('Group date (CCYYMMDD)', 'DT', 8, 8, true),
      E('Group time (HHMM)', 'TM', 4, 8, true),
      E('Group control number', 'N0', 1, 9, true),
      E('Responsible agency (X)', 'ID', 1, 2, true),
      E('Version / release / guide (005010X222A1)', 'AN', 1, 12, true),
    ],
  },
  GE: {
    name: 'Functional group trailer',
    about: 'Closes the group: how many transaction sets it held, and the GS control number again.',
    elements: [E('Number of transaction sets', 'N0', 1, 6, true), E('Group control number (= GS06)', 'N0', 1, 9, true)],
  },
  ST: {
    name: 'Transaction set header',
    about: 'Opens one 837 transaction set; SE closes it with the same control number.',
    elements: [E('Transaction set id (837)', 'ID', 3, 3, true), E('Transaction set control number', 'AN', 4, 9, true), E('Implementation guide (005010X222A1)', 'AN', 1, 35, true)],
  },
  SE: {
    name: 'Transaction set trailer',
    about: 'Closes the transaction set: the number of segments from ST to SE, both counted, and the ST control number again.',
    elements: [E('Number of included segments', 'N0', 1, 10, true), E('Transaction set control number (= ST02)', 'AN', 4, 9, true)],
  },
  BHT: {
    name: 'Beginning of hierarchical transaction',
    about: 'Says what the transaction is for (0019 = claims), whether it is an original, its reference number and the date and time it was created.',
    elements: [
      E('Hierarchical structure code (0019)', 'ID', 4, 4, true),
      E('Purpose (00 original, 18 reissue)', 'ID', 2, 2, true, { codes: ['00', '18'] }),
      E("Originator's reference number", 'AN', 1, 50, true),
      E('Creation date (CCYYMMDD)', 'DT', 8, 8, true),
      E('Creation time', 'TM', 4, 8, true),
      E('Claim or encounter (CH chargeable, RP reporting, 31 subrogation)', 'ID', 2, 2, true),
    ],
  },
  NM1: { name: 'Individual or organisation name', about: 'Names a party of the claim; NM101 says which one (billing provider, subscriber, payer, referring or rendering provider…).', elements: NAME_ELEMENTS },
  PER: {
    name: 'Contact information',
    about: 'A person or department to call, with up to three numbers (TE telephone, EM e-mail, FX fax).',
    elements: [E('Contact function (IC information contact)', 'ID', 2, 2, true), E('Contact name', 'AN', 1, 60), E('Number qualifier', 'ID', 2, 2), E('Number', 'AN', 1, 256), E('Number qualifier', 'ID', 2, 2), E('Number', 'AN', 1, 256), E('Number qualifier', 'ID', 2, 2), E('Number', 'AN', 1, 256)],
  },
  HL: {
    name: 'Hierarchical level',
    about: 'Opens a level of the claim tree: 20 billing provider, 22 subscriber, 23 patient. HL01 numbers the levels 1, 2, 3…; HL02 names the parent level; HL04 says whether child levels follow.',
    elements: [E('Hierarchical id number', 'AN', 1, 12, true), E('Parent id number', 'AN', 1, 12), E('Level code (20, 22, 23)', 'ID', 1, 2, true, { codes: ['20', '22', '23'] }), E('Child code (1 children follow, 0 none)', 'ID', 1, 1, false, { codes: ['0', '1'] })],
  },
  PRV: { name: 'Provider information', about: "A provider's role and taxonomy code (PXC).", elements: [E('Provider code (BI billing, PE performing)', 'ID', 1, 3, true), E('Reference qualifier (PXC taxonomy)', 'ID', 2, 3, true), E('Taxonomy code', 'AN', 1, 50, true)] },
  N3: { name: 'Address', about: 'Street address lines.', elements: [E('Address line', 'AN', 1, 55, true), E('Address line 2', 'AN', 1, 55)] },
  N4: { name: 'City, state, ZIP', about: 'City, two-letter state and ZIP code (9 digits for providers).', elements: [E('City', 'AN', 2, 30, true), E('State', 'ID', 2, 2), E('ZIP code', 'ID', 3, 15), E('Country', 'ID', 2, 3)] },
  REF: { name: 'Reference identification', about: 'An identifier, named by REF01: EI employer id (EIN), SY social security number, G1 prior authorization, 9F referral, F8 original claim reference…', elements: [E('Reference qualifier', 'ID', 2, 3, true), E('Reference number', 'AN', 1, 50, true)] },
  SBR: {
    name: 'Subscriber information',
    about: "The policy: payer responsibility (P primary), the patient's relationship when it is the subscriber (18 = self), the group number and the claim filing indicator (MB Medicare Part B, MC Medicaid, CI commercial…).",
    elements: [
      E('Payer responsibility (P, S, T…)', 'ID', 1, 1, true),
      E('Relationship (18 = the patient is the subscriber)', 'ID', 2, 2),
      E('Group or policy number', 'AN', 1, 50),
      E('Group or plan name', 'AN', 1, 60),
      E('Insurance type', 'ID', 1, 3),
      E('Not used', 'AN', 1, 1),
      E('Not used', 'AN', 1, 1),
      E('Not used', 'AN', 1, 1),
      E('Claim filing indicator', 'ID', 1, 2),
    ],
  },
  PAT: { name: 'Patient information', about: "The patient's relationship to the subscriber when they are different people (01 spouse, 19 child, G8 other…).", elements: [E('Relationship to the insured', 'ID', 2, 2, true)] },
  DMG: { name: 'Demographics', about: 'Date of birth (D8 + CCYYMMDD) and sex (F, M, U).', elements: [E('Date format (D8)', 'ID', 2, 3, true), E('Date of birth', 'AN', 1, 35, true), E('Sex (F, M, U)', 'ID', 1, 1, true, { codes: ['F', 'M', 'U'] })] },
  CLM: {
    name: 'Claim information',
    about: 'The claim itself: account number, total charge, place of service and frequency, and the yes/no answers for signatures, assignment and related causes.',
    elements: [
      E('Patient control (account) number', 'AN', 1, 38, true),
      E('Total claim charge', 'R', 1, 18, true),
      E('Not used', 'AN', 1, 1),
      E('Not used', 'AN', 1, 1),
      E('Place of service : B : frequency', 'AN', 1, 10, true, { components: [E('Place of service', 'AN', 1, 2, true), E('Facility code qualifier (B)', 'ID', 1, 2, true), E('Claim frequency (1, 7, 8)', 'ID', 1, 1, true)] }),
      E('Provider signature on file (Y/N)', 'ID', 1, 1, true, { codes: ['Y', 'N'] }),
      E('Assignment (A assigned, B lab only, C not assigned)', 'ID', 1, 1, true, { codes: ['A', 'B', 'C'] }),
      E('Benefits assigned (Y, N, W)', 'ID', 1, 1, true, { codes: ['Y', 'N', 'W'] }),
      E('Release of information (Y, I)', 'ID', 1, 1, true, { codes: ['Y', 'I'] }),
      E('Patient signature source', 'ID', 1, 1),
      E('Related causes (EM, AA, OA) and accident state', 'AN', 1, 30, false, { components: [E('Related cause', 'ID', 2, 3, true), E('Related cause', 'ID', 2, 3), E('Related cause', 'ID', 2, 3), E('Accident state', 'ID', 2, 2), E('Country', 'ID', 2, 3)] }),
    ],
  },
  DTP: { name: 'Date or time period', about: 'A date named by DTP01 (472 service date, 431 onset…), written D8 (one date) or RD8 (a range).', elements: [E('Date qualifier', 'ID', 3, 3, true), E('Format (D8 or RD8)', 'ID', 2, 3, true, { codes: ['D8', 'RD8'] }), E('Date or range', 'AN', 1, 35, true)] },
  AMT: { name: 'Monetary amount', about: 'An amount named by AMT01 (F5 = what the patient already paid).', elements: [E('Amount qualifier', 'ID', 1, 3, true), E('Amount', 'R', 1, 18, true)] },
  HI: {
    name: 'Health care diagnosis codes',
    about: 'Up to 12 diagnoses, each "qualifier:code": ABK for the principal ICD-10-CM code, ABF for the others; the decimal point is left out.',
    elements: Array.from({ length: 12 }, (_, i) => E(i === 0 ? 'Principal diagnosis' : `Other diagnosis ${i + 1}`, 'AN', 1, 34, i === 0, { components: [E('Code list qualifier', 'ID', 1, 3, true), E('Diagnosis code (no decimal point)', 'AN', 1, 30, true)] })),
  },
  NTE: { name: 'Note', about: 'Free-text remarks for the payer.', elements: [E('Note reference code', 'ID', 3, 3, true), E('Description', 'AN', 1, 80, true)] },
  LX: { name: 'Service line number', about: 'Opens a service line; LX01 counts the lines 1, 2, 3… within the claim.', elements: [E('Line number', 'N0', 1, 6, true)] },
  SV1: {
    name: 'Professional service',
    about: 'One service line: procedure code with modifiers, charge, units, place of service when it differs, and diagnosis pointers.',
    elements: [
      E('Procedure (HC : code : modifiers)', 'AN', 1, 60, true, {
        components: [E('Product/service id qualifier (HC)', 'ID', 2, 2, true), E('Procedure code', 'AN', 1, 48, true), E('Modifier 1', 'AN', 2, 2), E('Modifier 2', 'AN', 2, 2), E('Modifier 3', 'AN', 2, 2), E('Modifier 4', 'AN', 2, 2), E('Description', 'AN', 1, 80)],
      }),
      E('Line charge', 'R', 1, 18, true),
      E('Unit basis (UN units, MJ minutes)', 'ID', 2, 2, true, { codes: ['UN', 'MJ'] }),
      E('Quantity (units)', 'R', 1, 15, true),
      E('Place of service (when it differs from CLM05-1)', 'AN', 1, 2),
      E('Not used', 'AN', 1, 1),
      E('Diagnosis pointers', 'AN', 1, 11, true, { components: [E('Pointer', 'N0', 1, 2, true), E('Pointer', 'N0', 1, 2), E('Pointer', 'N0', 1, 2), E('Pointer', 'N0', 1, 2)] }),
      E('Not used', 'AN', 1, 1),
      E('Emergency (Y)', 'ID', 1, 1, false, { codes: ['Y'] }),
      E('Not used', 'AN', 1, 1),
      E('EPSDT (Y)', 'ID', 1, 1),
      E('Family planning (Y)', 'ID', 1, 1),
    ],
  },
};

/** Segments a real 837P may carry that this project does not detail (known, so not "unknown"). */
export const OTHER_837_SEGMENTS: Readonly<Record<string, string>> = {
  CUR: 'Foreign currency',
  PWK: 'Paperwork (attachments)',
  CN1: 'Contract information',
  K3: 'File information',
  CR1: 'Ambulance transport',
  CR2: 'Spinal manipulation',
  CR3: 'Durable medical equipment certification',
  CRC: 'Conditions indicator',
  HCP: 'Claim or line pricing',
  OI: 'Other insurance coverage',
  MOA: 'Outpatient adjudication',
  CAS: 'Claim adjustment',
  SVD: 'Line adjudication',
  LIN: 'Drug identification',
  CTP: 'Drug quantity',
  QTY: 'Quantity',
  MEA: 'Measurements',
  PS1: 'Purchased service',
  LQ: 'Form identification',
  FRM: 'Supporting documentation',
  SV5: 'Durable medical equipment service',
  TA1: 'Interchange acknowledgment',
};

/** A segment used in a loop, optionally only with some qualifier values in one element. */
export interface SegmentUse {
  id: string;
  /** Element number and the qualifier values that select this use. */
  when?: { el: number; in: readonly string[] };
  req?: boolean;
  /** Shown in hovers: what this use carries. */
  label?: string;
}

export interface LoopDef {
  id: string;
  name: string;
  /** The segment that opens the loop (with its qualifier). */
  start: SegmentUse;
  segments: SegmentUse[];
  loops: LoopDef[];
  req?: boolean;
}

const S = (id: string, label?: string, when?: SegmentUse['when'], req = false): SegmentUse => ({ id, label, when, req });
const nm1 = (codes: string[], label: string): SegmentUse => ({ id: 'NM1', when: { el: 1, in: codes }, label, req: true });
const addressSegs = () => [S('N3', 'Address'), S('N4', 'City, state, ZIP')];
const known = (ids: string[]) => ids.map((id) => S(id));

const L2310: LoopDef[] = [
  { id: '2310A', name: 'Referring provider', start: nm1(['DN', 'P3'], 'Referring provider name'), segments: [S('REF', 'Referring provider secondary id')], loops: [] },
  { id: '2310B', name: 'Rendering provider', start: nm1(['82'], 'Rendering provider name'), segments: [S('PRV', 'Rendering provider specialty'), S('REF', 'Rendering provider secondary id')], loops: [] },
  { id: '2310C', name: 'Service facility location', start: nm1(['77'], 'Service facility name'), segments: [...addressSegs(), S('REF'), S('PER')], loops: [] },
  { id: '2310D', name: 'Supervising provider', start: nm1(['DQ'], 'Supervising provider name'), segments: [S('REF')], loops: [] },
  { id: '2310E', name: 'Ambulance pick-up location', start: nm1(['PW'], 'Pick-up location'), segments: addressSegs(), loops: [] },
  { id: '2310F', name: 'Ambulance drop-off location', start: nm1(['45'], 'Drop-off location'), segments: addressSegs(), loops: [] },
];

const L2320: LoopDef = {
  id: '2320',
  name: 'Other subscriber information',
  start: S('SBR', 'Other subscriber'),
  segments: known(['CAS', 'AMT', 'OI', 'MOA']),
  loops: [
    { id: '2330A', name: 'Other subscriber name', start: nm1(['IL'], 'Other subscriber'), segments: [...addressSegs(), S('REF')], loops: [] },
    { id: '2330B', name: 'Other payer name', start: nm1(['PR'], 'Other payer'), segments: [...addressSegs(), S('DTP'), S('REF')], loops: [] },
  ],
};

const L2400: LoopDef = {
  id: '2400',
  name: 'Service line',
  start: { id: 'LX', label: 'Service line number', req: true },
  segments: [
    S('SV1', 'Professional service (box 24D–24G)', undefined, true),
    ...known(['SV5', 'PWK', 'CR1', 'CR3', 'CRC']),
    S('DTP', 'Date of service (box 24A)', { el: 1, in: ['472'] }, true),
    S('DTP', 'Other line date'),
    ...known(['QTY', 'MEA', 'CN1']),
    S('REF', 'Line reference (G1 prior authorization, 9F referral, 6R line control number)'),
    S('AMT'),
    S('K3'),
    S('NTE', 'Line note'),
    ...known(['PS1', 'HCP']),
  ],
  loops: [
    { id: '2410', name: 'Drug identification', start: S('LIN', 'Drug (NDC)'), segments: known(['CTP', 'REF']), loops: [] },
    { id: '2420A', name: 'Rendering provider (line)', start: nm1(['82'], 'Line rendering provider (box 24J)'), segments: [S('PRV'), S('REF')], loops: [] },
    { id: '2420B', name: 'Purchased service provider', start: nm1(['QB'], 'Purchased service provider'), segments: [S('REF')], loops: [] },
    { id: '2420C', name: 'Service facility (line)', start: nm1(['77'], 'Line service facility'), segments: [...addressSegs(), S('REF')], loops: [] },
    { id: '2420D', name: 'Supervising provider (line)', start: nm1(['DQ'], 'Line supervising provider'), segments: [S('REF')], loops: [] },
    { id: '2420E', name: 'Ordering provider (line)', start: nm1(['DK'], 'Ordering provider (box 17, qualifier DK)'), segments: [...addressSegs(), S('REF'), S('PER')], loops: [] },
    { id: '2420F', name: 'Referring provider (line)', start: nm1(['DN', 'P3'], 'Line referring provider'), segments: [S('REF')], loops: [] },
    { id: '2430', name: 'Line adjudication', start: S('SVD'), segments: known(['CAS', 'DTP', 'AMT']), loops: [] },
    { id: '2440', name: 'Form identification', start: S('LQ'), segments: known(['FRM']), loops: [] },
  ],
};

const L2300: LoopDef = {
  id: '2300',
  name: 'Claim',
  start: { id: 'CLM', label: 'Claim information', req: true },
  segments: [
    S('DTP', 'Claim date (431 onset of illness, 484 last menstrual period, 454 initial treatment…)'),
    S('PWK'),
    S('CN1'),
    S('AMT', 'Patient amount paid (box 29)'),
    S('REF', 'Claim reference (G1 prior authorization, 9F referral, F8 original claim, X4 CLIA…)'),
    S('K3'),
    S('NTE', 'Claim note (box 19)'),
    ...known(['CR1', 'CR2', 'CRC']),
    S('HI', 'Diagnoses (box 21)', undefined, true),
    S('HCP'),
  ],
  loops: [...L2310, L2320, { ...L2400, req: true }],
};

const hl = (code: string, label: string): SegmentUse => ({ id: 'HL', when: { el: 3, in: [code] }, label, req: true });

export const LOOP_2000C: LoopDef = {
  id: '2000C',
  name: 'Patient level',
  start: hl('23', 'Patient level'),
  segments: [S('PAT', 'Patient relationship (box 6)', undefined, true)],
  loops: [{ id: '2010CA', name: 'Patient name', start: nm1(['QC'], 'Patient name (box 2)'), segments: [...addressSegs(), S('DMG', 'Patient birth date and sex (box 3)'), S('REF')], loops: [], req: true }, L2300],
};

export const LOOP_2000B: LoopDef = {
  id: '2000B',
  name: 'Subscriber level',
  start: hl('22', 'Subscriber level'),
  segments: [S('SBR', 'Subscriber information (boxes 1, 6, 11)', undefined, true), S('PAT')],
  loops: [
    { id: '2010BA', name: 'Subscriber name', start: nm1(['IL'], 'Subscriber (insured) name (boxes 1a, 4)'), segments: [...addressSegs(), S('DMG', 'Insured birth date and sex (box 11a)'), S('REF'), S('REF')], loops: [], req: true },
    { id: '2010BB', name: 'Payer name', start: nm1(['PR'], 'Payer name'), segments: [...addressSegs(), S('REF')], loops: [], req: true },
    L2300,
    LOOP_2000C,
  ],
};

export const LOOP_2000A: LoopDef = {
  id: '2000A',
  name: 'Billing provider level',
  start: hl('20', 'Billing provider level'),
  segments: [S('PRV', 'Billing provider taxonomy'), S('CUR')],
  loops: [
    {
      id: '2010AA',
      name: 'Billing provider name',
      start: nm1(['85'], 'Billing provider name (box 33)'),
      segments: [S('N3', 'Billing provider address (box 33)', undefined, true), S('N4', 'Billing provider city, state, ZIP (box 33)', undefined, true), S('REF', 'Billing provider tax id (box 25)', { el: 1, in: ['EI', 'SY'] }, true), S('REF'), S('PER', 'Billing provider contact (box 33 phone)')],
      loops: [],
      req: true,
    },
    { id: '2010AB', name: 'Pay-to address', start: nm1(['87'], 'Pay-to address'), segments: addressSegs(), loops: [] },
    { id: '2010AC', name: 'Pay-to plan', start: nm1(['PE'], 'Pay-to plan'), segments: [...addressSegs(), S('REF')], loops: [] },
    { ...LOOP_2000B, req: true },
  ],
};

/** The transaction set body between ST and SE. */
export const TRANSACTION_837: LoopDef = {
  id: 'header',
  name: 'Transaction header',
  start: { id: 'BHT', label: 'Beginning of hierarchical transaction', req: true },
  segments: [],
  loops: [
    { id: '1000A', name: 'Submitter', start: nm1(['41'], 'Submitter name'), segments: [S('PER', 'Submitter contact', undefined, true)], loops: [], req: true },
    { id: '1000B', name: 'Receiver', start: nm1(['40'], 'Receiver name'), segments: [], loops: [], req: true },
    { ...LOOP_2000A, req: true },
  ],
};

export const ENVELOPE_SEGMENTS = new Set(['ISA', 'IEA', 'GS', 'GE', 'ST', 'SE']);

export function isKnownSegment(id: string): boolean {
  return id in SEGMENTS || id in OTHER_837_SEGMENTS;
}

/** CMS-1500 box of an element, by loop and segment/element (for hovers and docs). */
export const BOXES: Readonly<Record<string, string>> = {
  'CLM01': '26',
  'CLM02': '28',
  'CLM05-1': '24B',
  'CLM05-3': '22',
  'CLM06': '31',
  'CLM07': '27',
  'CLM08': '13',
  'CLM09': '12',
  'CLM11': '10a–c',
  'HI': '21',
  'SV101': '24D',
  'SV101-2': '24D',
  'SV102': '24F',
  'SV103': '24G',
  'SV104': '24G',
  'SV105': '24B',
  'SV107': '24E',
  'SV109': '24C',
  'DTP*472': '24A',
  'DTP*431': '14',
  'AMT*F5': '29',
  'REF*G1': '23',
  'REF*9F': '23',
  'REF*F8': '22',
  'REF*EI': '25',
  'REF*SY': '25',
  'SBR03': '11',
  'SBR09': '1',
  'SBR02': '6',
  'PAT01': '6',
  '2010BA NM1': '4 (name), 1a (member id)',
  '2010BA NM109': '1a',
  '2010BA N3': '7',
  '2010BA N4': '7',
  '2010BA DMG': '11a (and 3 when the patient is the insured)',
  '2010CA NM1': '2',
  '2010CA N3': '5',
  '2010CA N4': '5',
  '2010CA DMG': '3',
  '2010BB NM1': 'carrier block (top of the form)',
  '2010AA NM1': '33 (name), 33a (NPI)',
  '2010AA NM109': '33a',
  '2010AA N3': '33',
  '2010AA N4': '33',
  '2010AA PER': '33 (phone)',
  '2310A NM1': '17 (name), 17b (NPI)',
  '2310A NM109': '17b',
  '2420E NM1': '17 (qualifier DK), 17b',
  '2310D NM1': '17 (qualifier DQ), 17b',
  '2310B NM1': '24J (claim level)',
  '2420A NM1': '24J',
  '2310C NM1': '32 (name), 32a (NPI)',
  '2310C NM109': '32a',
  '2310C N3': '32',
  '2310C N4': '32',
};
