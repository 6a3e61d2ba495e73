// A long practice history never makes a webview message too big to pass validation: the Progress
// view and the guide's exam readiness carry aggregates (bounded by cases and exam areas), never the
// attempts themselves. 5,000 attempts over every bundled case, disputes, reveals and attempts at
// cases no longer in the library, through the real builders and the real protocol schemas; and an
// import of such a history keeps every entry.
import * as assert from 'assert';
import * as path from 'path';
import { findCaseFiles, readCaseFile } from '../../../src/node/cases';
import { MAX_IMPORTED_ENTRIES, parseExportedEntries, type LogEntry } from '../../../src/practice/attemptLog';
import { buildProgressView } from '../../../src/extension/practice/progressView';
import { caseMetas } from '../../../src/practice/views';
import { buildReadinessView } from '../../../src/extension/practice/readiness';
import type { LibraryCase } from '../../../src/extension/practice/library';
import { PracticeToWebviewSchema } from '../../../src/shared/practiceProtocol';
import { parseSidebarToWebview } from '../../../src/shared/sidebarProtocol';

const CASES_DIR = path.join(__dirname, '..', '..', '..', 'cases');

function library(): LibraryCase[] {
  return findCaseFiles(CASES_DIR).map((file) => ({ case: readCaseFile(file).value!, file, source: 'bundled' as const }));
}

function history(cases: LibraryCase[], attempts: number): LogEntry[] {
  const out: LogEntry[] = [];
  const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (let i = 0; i < attempts; i++) {
    const c = cases[i % cases.length].case;
    const score = ((i * 37) % 101) / 100;
    out.push({ kind: 'attempt', id: `a${i}`, caseId: c.case.id, at: at(i), score, passed: score >= 0.7, misses: score < 1 ? [`Z${i % 90}.1`, 'E11.65'] : [], overcodes: [], examDomains: [...c.case.examDomains], lintErrors: 0 });
    if (i % 17 === 0) out.push({ kind: 'dispute', id: `d${i}`, caseId: c.case.id, at: at(i), text: `I think attempt ${i} was graded too strictly because the note says so.`.repeat(10) });
    if (i % 23 === 0) out.push({ kind: 'reveal', id: `r${i}`, caseId: c.case.id, at: at(i) });
  }
  // Cases that are no longer in the library (a workspace case since deleted).
  for (let k = 0; k < 5; k++) out.push({ kind: 'attempt', id: `gone${k}`, caseId: `GONE-${k}`, at: at(attempts + k), score: 0.5, passed: false, misses: [], overcodes: [], examDomains: ['radiology'], lintErrors: 0 });
  return out;
}

describe('practice: a long history fits the webview messages and the import', function () {
  this.timeout(60000);
  const cases = library();

  it('5,000 attempts: the Progress view message validates', () => {
    assert.ok(cases.length >= 40, `${cases.length} bundled cases`);
    const entries = history(cases, 5000);
    const { view } = buildProgressView(entries, 7, cases);
    const msg = PracticeToWebviewSchema.safeParse({ type: 'progress', progress: view });
    assert.ok(msg.success, msg.success ? '' : JSON.stringify(msg.error.issues.slice(0, 3)));
    assert.strictEqual(view.totals.attempts, 5005);
    assert.strictEqual(view.skippedLines, 7);
    assert.ok(view.missed.every((m) => m.cases.length <= 100));
    assert.ok(JSON.stringify(view).length < 64_000, `progress message: ${JSON.stringify(view).length} characters`);
  });

  it('5,000 attempts: the guide\'s readiness message validates and is no bigger than after one attempt per case', () => {
    const metas = caseMetas(cases);
    const big = buildReadinessView(history(cases, 5000), 0, metas);
    const small = buildReadinessView(history(cases, cases.length), 0, metas);
    for (const v of [big, small]) {
      const parsed = parseSidebarToWebview({ type: 'readiness', readiness: v });
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    }
    assert.strictEqual(big.attempts, 5005);
    assert.deepStrictEqual(big.exams.map((e) => e.exam), ['CPC', 'CCA']);
    const size = (v: unknown) => JSON.stringify(v).length;
    // Same structure, other counts: a long history does not grow the message.
    assert.ok(size(big) <= size(small) + 200, `readiness message: ${size(big)} characters after 5,005 attempts, ${size(small)} after ${cases.length + 5}`);
    assert.ok(size(big) < 64_000, `readiness message: ${size(big)} characters`);
    const cpc = big.exams[0];
    assert.strictEqual(cpc.casesAttempted, cases.length + 5, 'every case of the library and the ones only the log names');
    const radiology = cpc.areas.find((a) => a.domain === 'radiology')!;
    assert.strictEqual(radiology.casesAttempted - radiology.casesAvailable, 5, 'the five GONE cases count in their logged area');
  });

  it('an import of a long history keeps every entry, and reports (never drops silently) what is past the limit', () => {
    const entries = history(cases, 5000);
    const r = parseExportedEntries(JSON.parse(JSON.stringify({ entries })));
    assert.ok(r.ok);
    assert.deepStrictEqual([r.entries.length, r.skipped], [entries.length, 0]);
    const huge = parseExportedEntries({ entries: new Array(MAX_IMPORTED_ENTRIES + 2).fill(null) });
    assert.ok(huge.ok);
    assert.deepStrictEqual([huge.entries.length, huge.skipped], [0, MAX_IMPORTED_ENTRIES + 2]);
  });
});
