// The Problems panel lists exactly what the packaged claimlint CLI finds in an example claim.
import assert from 'node:assert/strict';
import path from 'node:path';
import { t } from '../../harness/ui.mjs';

export default {
  name: 'Problems panel lists the findings of an example claim',
  async run({ page, ui, shot, claimlint, log, state }) {
    // Hints never show in the Problems panel: compare the other findings.
    const findings = claimlint(['.']).filter((f) => f.severity !== 'hint');
    const byFile = new Map();
    for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    // most errors first, then most findings, then name order
    const errors = (fs) => fs.filter((f) => f.severity === 'error').length;
    const [file, expected] = [...byFile].sort((a, b) => errors(b[1]) - errors(a[1]) || b[1].length - a[1].length || a[0].localeCompare(b[0]))[0] ?? [];
    assert.ok(file, 'the packaged claimlint finds nothing in examples/: no example claim to check');
    const name = path.basename(file);
    log(`example ${name}: ${expected.map((f) => `${f.line}:${f.column} ${f.ruleId}`).join(', ')}`);
    state.exampleClaim = name;

    await ui.openFile(page, name);
    await shot('claim-open');
    await ui.openProblems(page);
    const want = expected.map((f) => ({ f, text: `${f.message}`, pos: `[Ln ${f.line}, Col ${f.column}]` }));
    // Wait until every finding has its row (checked in the page as the panel renders).
    const rows = await ui.waitForProblemRows(page, (rs, ws) => ws.every((w) => rs.some((r) => r.includes(w.text) && r.includes(w.pos))), want.map(({ text, pos }) => ({ text, pos })), t(45000));
    const missing = want.filter((w) => !rows.some((r) => r.includes(w.text) && r.includes(w.pos)));
    await shot('problems-panel');
    assert.deepEqual(
      missing.map((w) => `${w.pos} ${w.f.ruleId}: ${w.text}`),
      [],
      `Problems panel rows:\n${rows.join('\n')}`,
    );
    // every row of our claim comes from this extension, and there is one per finding
    const ours = rows.filter((r) => /Clean Claim Coach/.test(r));
    assert.equal(ours.length, expected.length, `expected ${expected.length} Clean Claim Coach problems, rows:\n${rows.join('\n')}`);
  },
};
