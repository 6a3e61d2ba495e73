// The Practice and Progress views' data (src/practice/views.ts), within the webview protocol.
import * as assert from 'assert';
import * as path from 'path';
import { readCaseFile } from '../../../src/node/cases';
import type { AttemptRecord } from '../../../src/practice/attemptLog';
import { domainName } from '../../../src/practice/data';
import type { PracticeCase } from '../../../src/practice/model';
import { caseMetas, caseRow, domainsOf, progressViewData, type LibraryEntry } from '../../../src/practice/views';
import { CaseRowSchema, ProgressViewSchema } from '../../../src/shared/practiceProtocol';

const load = (id: string): PracticeCase => readCaseFile(path.join(__dirname, '..', '..', '..', 'cases', `${id}.case.yaml`)).value!;
const library: LibraryEntry[] = [
  { case: load('EM-101'), source: 'bundled' },
  { case: load('AN-201'), source: 'workspace' },
];
const attempt = (caseId: string, score: number, at: string): AttemptRecord => ({
  kind: 'attempt',
  id: `${caseId}-${at}`,
  caseId,
  at,
  score,
  passed: score >= 0.8,
  misses: score < 1 ? ['E78.5'] : [],
  overcodes: [],
  examDomains: library.find((c) => c.case.case.id === caseId)!.case.case.examDomains,
  submissionStatus: 'paid',
  lintErrors: 0,
});
const log = [attempt('EM-101', 0.5, '2026-12-01T10:00:00Z'), attempt('EM-101', 0.9, '2026-12-02T10:00:00Z')];

describe('practice views (src/practice/views.ts)', () => {
  it('a case row: state, attempts and best score from the log; whether its claim exists', () => {
    const row = CaseRowSchema.parse(caseRow(library[0], log, true));
    assert.deepStrictEqual([row.id, row.state, row.attempts, row.bestScore, row.hasClaim, row.source], ['EM-101', 'passed', 2, 0.9, true, 'bundled']);
    const fresh = CaseRowSchema.parse(caseRow(library[1], log, false));
    assert.deepStrictEqual([fresh.state, fresh.attempts, 'bestScore' in fresh, fresh.source], ['new', 0, false, 'workspace']);
  });

  it('the exam areas in use, once each, with their names', () => {
    const rows = library.map((c) => caseRow(c, [], false));
    const domains = domainsOf(rows);
    assert.deepStrictEqual(domains.map((d) => d.id), [...new Set(library.flatMap((c) => c.case.case.examDomains))]);
    for (const d of domains) assert.strictEqual(d.name, domainName(d.id));
    assert.strictEqual(domainName('no-such-area'), 'no-such-area');
  });

  it('the Progress view fits the protocol: totals over the library, missed codes with titles, the readiness sentences given', () => {
    const { view, summary } = progressViewData(log, 3, library, (s) => ['CPC', 'CCA'].map((exam) => ({ exam, sentence: `${exam}: ${s.totals.attempts} attempts` })));
    const v = ProgressViewSchema.parse(view);
    assert.strictEqual(v.totals.casesAvailable, 2);
    assert.strictEqual(v.totals.attempts, summary.totals.attempts);
    assert.strictEqual(v.skippedLines, 3);
    assert.strictEqual(v.missed[0].code, 'E78.5');
    assert.ok(v.missed[0].title, 'a missed code has its ICD-10-CM title');
    assert.deepStrictEqual(v.readiness, [
      { exam: 'CPC', sentence: `CPC: ${summary.totals.attempts} attempts` },
      { exam: 'CCA', sentence: `CCA: ${summary.totals.attempts} attempts` },
    ]);
    assert.deepStrictEqual(caseMetas(library).map((m) => m.id), ['EM-101', 'AN-201']);
  });

  it('a workspace case with an over-long unknown exam area id still gives a row within the protocol (regression: the webview dropped the whole list)', () => {
    const base = load('RA-903');
    const odd: LibraryEntry = { case: { ...base, case: { ...base.case, id: 'WS-LONG', examDomains: ['radiology', 'x'.repeat(90)] } }, source: 'workspace' };
    const row = CaseRowSchema.parse(caseRow(odd, [], false));
    assert.deepStrictEqual(row.examDomains, ['radiology', 'x'.repeat(80)]);
    assert.ok(domainsOf([row]).every((d) => d.id.length <= 80));
    // …and the Progress view over it (it threw a ZodError: its byDomain listed the long id).
    const attempt1 = { ...attempt('EM-101', 0.5, '2026-12-03T10:00:00Z'), caseId: 'WS-LONG', examDomains: odd.case.case.examDomains };
    ProgressViewSchema.parse(progressViewData([attempt1], 0, [odd], () => []).view);
  });
});
