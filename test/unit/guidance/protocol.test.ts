import * as assert from 'assert';
import { parseSidebarToExtension, parseSidebarToWebview, SIDEBAR_TABS } from '../../../src/shared/sidebarProtocol';
import { parseRemittanceToExtension, parseRemittanceToWebview } from '../../../src/shared/remittanceProtocol';
import { DEFAULT_PROFILE, defaultGuideState } from '../../../src/model/guidance';

describe('sidebar protocol', () => {
  const okIn: unknown[] = [
    { type: 'ready' },
    { type: 'setProfile', profile: DEFAULT_PROFILE },
    { type: 'setStepDone', stepId: 'entry-job', done: true },
    { type: 'setCycleStart', body: 'AAPC', date: '2025-01-01' },
    { type: 'setCycleStart', body: 'AHIMA', date: null },
    { type: 'addCeu', entry: { credentialId: 'CPC', date: '2025-01-01', hours: 1.5, provider: 'AAPC', title: 'Webinar' } },
    { type: 'deleteCeu', id: 'abc' },
    { type: 'openExternal', url: 'https://www.bls.gov/' },
    { type: 'openClaim', uri: 'file:///w/a.claim.yaml' },
    { type: 'runCommand', command: 'lintAll' },
    { type: 'runCommand', command: 'submitCurrent' },
    { type: 'refreshClaims' },
    { type: 'exportProgress' },
    { type: 'importProgress' },
    { type: 'pong', nonce: 'n', tab: 'path', stepsDone: [], ceuEntries: 0, education: 'none' },
  ];
  const badIn: unknown[] = [
    null,
    'ready',
    {},
    { type: 'nope' },
    { type: 'ready', extra: 1 },
    { type: 'setProfile', profile: { ...DEFAULT_PROFILE, education: 'phd' } },
    { type: 'setProfile', profile: { ...DEFAULT_PROFILE, monthsExperience: -1 } },
    { type: 'setStepDone', stepId: '<script>', done: true },
    { type: 'setCycleStart', body: 'XYZ', date: '2025-01-01' },
    { type: 'addCeu', entry: { credentialId: 'CPC', date: '01/01/2025', hours: 1, provider: 'A', title: 'T' } },
    { type: 'addCeu', entry: { credentialId: 'CPC', date: '2025-01-01', hours: 0, provider: 'A', title: 'T' } },
    { type: 'addCeu', entry: { credentialId: 'CPC', date: '2025-01-01', hours: 1, provider: ' ', title: 'T' } },
    { type: 'runCommand', command: 'workbench.action.quit' },
  ];
  okIn.forEach((m, i) => it(`accepts webview→extension #${i} ${(m as { type: string }).type}`, () => assert.ok(parseSidebarToExtension(m).ok)));
  badIn.forEach((m, i) =>
    it(`rejects webview→extension #${i}`, () => {
      const r = parseSidebarToExtension(m);
      assert.ok(!r.ok);
      assert.match(r.error, /^invalid message/);
    }),
  );

  it('validates extension→webview messages', () => {
    const okOut: unknown[] = [
      { type: 'state', state: defaultGuideState(), today: '2026-01-01' },
      { type: 'claims', claims: [{ uri: 'file:///a.claim.yaml', label: 'a.claim.yaml', errors: 1, warnings: 0, checked: true }], truncated: false },
      { type: 'notice', level: 'info', text: 'hi' },
      ...SIDEBAR_TABS.map((tab) => ({ type: 'selectTab', tab })),
      { type: 'ping', nonce: 'x' },
    ];
    for (const m of okOut) assert.ok(parseSidebarToWebview(m).ok, JSON.stringify(m));
    for (const m of [{ type: 'state', state: { schemaVersion: 2 }, today: '2026-01-01' }, { type: 'selectTab', tab: 'x' }, { type: 'claims', claims: [{ uri: 'u', label: 'l', errors: -1, warnings: 0 }], truncated: false }]) {
      assert.ok(!parseSidebarToWebview(m).ok, JSON.stringify(m));
    }
  });

  it('code lookup messages: searches, insertions and results are validated both ways', () => {
    assert.ok(parseSidebarToExtension({ type: 'searchCodes', seq: 1, query: 'torus fracture', fiscalYear: null }).ok);
    assert.ok(parseSidebarToExtension({ type: 'searchCodes', seq: 2, query: 'E11', fiscalYear: 2027 }).ok);
    assert.ok(!parseSidebarToExtension({ type: 'searchCodes', seq: 1, query: 'x'.repeat(201), fiscalYear: null }).ok);
    assert.ok(parseSidebarToExtension({ type: 'insertCode', code: 'S52.521A', where: 'box21' }).ok);
    assert.ok(!parseSidebarToExtension({ type: 'insertCode', code: 'E11.9\n  - x', where: 'box21' }).ok, 'a code cannot carry YAML');
    assert.ok(!parseSidebarToExtension({ type: 'insertCode', code: 'E11.9', where: 'box99' }).ok);
    assert.ok(parseSidebarToExtension({ type: 'insertCode', code: 'J1100', where: 'box24D' }).ok);
    const result = { system: 'ICD-10-CM', code: 'C78.31', title: 'Secondary malignant neoplasm of larynx', billable: true, path: ['Chapter 2: Neoplasms', 'C78 Secondary malignant neoplasm of respiratory and digestive organs'], box: '21', note: 'new in FY2027' };
    assert.ok(parseSidebarToWebview({ type: 'codeResults', seq: 3, fiscalYear: 2027, years: [2026, 2027], source: 'ICD-10-CM FY2027', results: [result] }).ok);
    assert.ok(!parseSidebarToWebview({ type: 'codeResults', seq: 3, fiscalYear: 2027, years: [2026, 2027], source: 'x', results: [{ ...result, box: '99' }] }).ok);
    const excludes = { fiscalYear: 2027, excludes1: [{ text: 'wheezing NOS (R06.2)', from: 'J45 Asthma' }], excludes2: [], more1: 0, more2: 0 };
    assert.ok(parseSidebarToWebview({ type: 'codeResults', seq: 4, fiscalYear: 2027, years: [2027], source: 'x', results: [{ ...result, excludes }] }).ok);
    assert.ok(!parseSidebarToWebview({ type: 'codeResults', seq: 4, fiscalYear: 2027, years: [2027], source: 'x', results: [{ ...result, excludes: { ...excludes, excludes1: [{ text: 'x', extra: 1 }] } }] }).ok);
  });

  it('exam readiness: the readiness message and showPractice are validated; a bad area or rate is refused', () => {
    const area = { domain: 'radiology', name: 'Radiology (70,000 series)', group: 'CPT', casesAvailable: 4, casesAttempted: 2, casesPassed: 1, passRate: 0.5, meanBestScore: 0.6, status: 'below-target' };
    const exam = {
      exam: 'CPC', name: 'Certified Professional Coder', passMark: '70%', target: 0.7, targetFrom: 'exam', casesAvailable: 49, casesAttempted: 2, casesPassed: 1, passRate: 0.5,
      areasWithCases: 30, areasPractised: 1, areasAtTarget: 0, areas: [area], weakest: { domain: 'radiology', name: 'Radiology', passRate: 0.5 }, status: 'building', sentence: 'You pass 50%…',
    };
    const view = { exams: [exam, { ...exam, exam: 'CCA', passMark: null, targetFrom: 'practice' }], attempts: 3, skippedLines: 0, areasSource: 'Exam areas: AAPC (as of 2026-12-03).' };
    assert.ok(parseSidebarToWebview({ type: 'readiness', readiness: view }).ok);
    assert.ok(parseSidebarToExtension({ type: 'showPractice' }).ok);
    assert.ok(!parseSidebarToExtension({ type: 'showPractice', view: 'x' }).ok);
    for (const bad of [
      { ...view, exams: [{ ...exam, passRate: 1.5 }] },
      { ...view, exams: [{ ...exam, areas: [{ ...area, domain: '<img>' }] }] },
      { ...view, exams: [{ ...exam, areas: [{ ...area, status: 'great' }] }] },
      { ...view, exams: [{ ...exam, exam: 'CPC exam with spaces' }] },
      { ...view, attempts: -1 },
      { ...view, entries: [] },
    ]) assert.ok(!parseSidebarToWebview({ type: 'readiness', readiness: bad }).ok, JSON.stringify(bad).slice(0, 200));
  });

  it('the remittance panel protocol has the same style: strict, bounded, parsed both ways', () => {
    assert.ok(parseRemittanceToExtension({ type: 'reveal', reason: 0 }).ok);
    for (const m of [{ type: 'reveal', reason: 0, extra: 1 }, { type: 'openDocs', ruleId: 'x'.repeat(101) }, { type: 'openDocs', ruleId: 'Not An Id' }, { type: 'nope' }]) assert.ok(!parseRemittanceToExtension(m).ok, JSON.stringify(m));
    assert.ok(!parseRemittanceToWebview({ type: 'show', view: {} }).ok);
  });
});
