// A trainee writes a clean claim as a new user would: New Practice Claim from the command palette,
// the visit's facts typed into the skeleton, both diagnoses picked from completion by their words,
// and the last warning fixed with a quick fix (Ctrl+.). Ends with the status bar at 0 errors and
// 0 warnings. The examples' .claimlint.yaml fixes "today", and the new claim is dated by it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { t } from '../../harness/ui.mjs';

const FILE = 'e2e-visit.claim.yaml';

const COUNTS_LABEL = '.part.statusbar [aria-label^="Practice claim:"]';

/** The status bar's claim counts for the active editor. */
async function claimCounts(page) {
  const label = await page.locator(COUNTS_LABEL).first().getAttribute('aria-label', { timeout: t(10000) });
  const m = /(\d+) errors?, (\d+) warnings?/.exec(label ?? '');
  assert.ok(m, `status bar label: ${label}`);
  return { errors: Number(m[1]), warnings: Number(m[2]), label };
}

/**
 * Waits until the status bar's counts are within `want` ({ errors: [min, max], warnings: [min, max] },
 * checked in the page on every animation frame) and returns the counts that matched, read in the
 * same frame: under load the status bar can still pass through an older state afterwards, and a
 * second read would report that one. On timeout returns the counts shown then (the caller's
 * assertion says what is wrong); any other failure is thrown. (The predicate must be a function,
 * not a string: a string is evaluated as an expression, and an arrow function's text is truthy at
 * once, so an earlier version of this helper never waited.)
 */
async function waitForCounts(page, want, timeout = t(30000)) {
  const range = { errors: want.errors ?? [0, Infinity], warnings: want.warnings ?? [0, Infinity] };
  try {
    const handle = await page.waitForFunction(
      ({ selector, errors, warnings }) => {
        const label = document.querySelector(selector)?.getAttribute('aria-label') ?? '';
        const m = /(\d+) errors?, (\d+) warnings?/.exec(label);
        if (!m) return false;
        const [e, w] = [Number(m[1]), Number(m[2])];
        return e >= errors[0] && e <= errors[1] && w >= warnings[0] && w <= warnings[1] ? label : false;
      },
      { selector: COUNTS_LABEL, errors: range.errors.map((n) => Math.min(n, 1e9)), warnings: range.warnings.map((n) => Math.min(n, 1e9)) },
      { timeout },
    );
    const label = await handle.jsonValue();
    const m = /(\d+) errors?, (\d+) warnings?/.exec(label);
    return { errors: Number(m[1]), warnings: Number(m[2]), label };
  } catch (e) {
    if (e?.name !== 'TimeoutError') throw e;
    return claimCounts(page).catch((err) => ({ errors: -1, warnings: -1, label: err.message }));
  }
}

/** Saves the active editor (Ctrl+S) and waits until its tab is no longer dirty. */
async function save(page, ui, file) {
  await ui.retryAction(`save ${file}`, {
    action: () => page.keyboard.press('Control+S'),
    ready: async (ms) => {
      await page.locator(`.tabs-container .tab.dirty[aria-label^="${file}"]`).waitFor({ state: 'detached', timeout: ms });
      return true;
    },
    timeout: t(30000),
  });
}

export default {
  name: 'a new user writes a clean claim with New Practice Claim, completion and a quick fix',
  timeout: t(150000),
  async run({ page, ui, shot, workspace, claimlint }) {
    await ui.dismiss(page);
    // Wait until the extension is up (its status bar entry shows for an open claim).
    await ui.openFile(page, '01-clean-medicare.claim.yaml');
    const ready = await waitForCounts(page, {}, t(45000));
    assert.ok(ready.errors >= 0, `the extension's status bar entry did not show for a claim: ${ready.label}`);
    await ui.runCommand(page, 'Clean Claim Coach: New Practice Claim\u2026');
    // Payer, then file name (its "new-visit" part is selected, so typing replaces it).
    const input = await ui.waitForQuickInput(page, { title: 'payer' });
    await input.pressSequentially('PRACTICE-MEDICARE');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'PRACTICE-MEDICARE' }).first().waitFor({ timeout: t(15000) });
    await page.keyboard.press('Enter');
    await ui.waitForQuickInput(page, { title: 'file name' });
    await page.keyboard.type('e2e-visit');
    await ui.waitForPage(page, 'the file name to read e2e-visit', () => /e2e-visit/.test(document.querySelector('.quick-input-widget .quick-input-filter input')?.value ?? ''), null, t(10000));
    await page.keyboard.press('Enter');
    await ui.editorTab(page, FILE, { active: true }).waitFor({ timeout: t(30000) });
    const file = path.join(workspace, FILE);
    const skeleton = fs.readFileSync(file, 'utf8');
    const config = fs.readFileSync(path.join(workspace, '.claimlint.yaml'), 'utf8');
    const today = /^today: (\S+)/m.exec(config)?.[1];
    assert.ok(today, 'the examples fix today in .claimlint.yaml');
    assert.match(skeleton, new RegExp(`from: ${today}`), 'the new claim is dated by the workspace "today", not the wall clock');
    await ui.focusEditor(page);
    await shot('skeleton');
    const start = await waitForCounts(page, { errors: [1, Infinity] });
    assert.ok(start.errors > 0, `an empty skeleton shows what is missing: ${start.label}`);

    const lines = skeleton.split('\n');
    const lineOf = (re, after = 0) => {
      const i = lines.findIndex((l, k) => k >= after && re.test(l));
      assert.ok(i >= 0, `no line ${re} in the skeleton`);
      return i + 1;
    };
    const goto = async (line) => {
      await page.keyboard.press('Escape'); // a suggest widget or hover
      await ui.gotoLine(page, line);
    };
    /** Replaces the content of a line (its indentation stays), as if pasted. */
    const setLine = async (line, content) => {
      await goto(line);
      await page.keyboard.press('End');
      await page.keyboard.press('Shift+Home');
      await page.keyboard.insertText(content);
    };
    const insured = lineOf(/^insured:/);
    const patient = lineOf(/^patient:/);
    const billing = lineOf(/^billingProvider:/);
    const address = 'address: { street: 12 MAIN ST, city: SPRINGFIELD, state: IL, zip: "627011234" }';
    // The visit's facts, from the encounter form (fictional).
    await setLine(lineOf(/memberId:/, insured), 'memberId: 1EG4TE5MK73');
    await setLine(lineOf(/name:/, insured), 'name: { last: DOE, first: JANE }');
    await setLine(lineOf(/address:/, insured), address);
    await setLine(lineOf(/groupNumber:/, insured), 'groupNumber: NONE');
    await setLine(lineOf(/name:/, patient), 'name: { last: DOE, first: JANE }');
    await setLine(lineOf(/birthDate:/, patient), 'birthDate: 1958-04-12');
    await setLine(lineOf(/sex:/, patient), 'sex: F');
    await setLine(lineOf(/address:/, patient), address);
    await setLine(lineOf(/code:/), 'code: "99213"');
    await setLine(lineOf(/charge:/), 'charge: 120.00');
    await setLine(lineOf(/renderingNpi:/), 'renderingNpi: "1234567893"');
    await setLine(lineOf(/name:/, billing), 'name: SPRINGFIELD FAMILY CLINIC');
    await setLine(lineOf(/npi:/, billing), 'npi: "1122334455"');
    await setLine(lineOf(/taxId:/, billing), 'taxId: "371234567"');
    await setLine(lineOf(/address:/, billing), 'address: { street: 400 OAK AVE, city: SPRINGFIELD, state: IL, zip: "627015555" }');
    await setLine(lineOf(/provider: \{/), `provider: { name: ANNA SMITH MD, date: ${today} }`);

    // Box 21 by words: "type 2 diab" offers E11.9, "essential hyp" offers I10.
    const pick = async (words, code) => {
      await page.keyboard.type(words);
      const widget = page.locator('.editor-widget.suggest-widget');
      const row = widget.locator('.monaco-list-row', { hasText: code }).first();
      // typing opens the suggest widget; if it did not (or not with the code yet), ask for it
      await ui.retryAction(`completion to offer ${code}`, {
        action: async (attempt) => {
          if (attempt > 1) await page.keyboard.press('Control+Space');
        },
        ready: async (ms) => {
          await row.waitFor({ timeout: ms });
          return true;
        },
        timeout: t(30000),
      });
      await shot(`completion-${code}`);
      await row.click();
      await widget.waitFor({ state: 'hidden', timeout: t(5000) }).catch(() => {});
    };
    const dx = lineOf(/^ {2}- ""/, lineOf(/^diagnoses:/));
    await goto(dx);
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('- ');
    await pick('type 2 diab', 'E11.9');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- ');
    await pick('essential hyp', 'I10');
    await page.keyboard.press('Escape');
    const text = () => page.evaluate(() => document.querySelector('.editor-instance .monaco-editor .view-lines')?.textContent ?? '');
    assert.match(await text(), /-\sE11\.9[\s\S]*-\sI10/, 'both codes were inserted from completion');

    // I10 is on no service line yet: a warning whose quick fix points line 1 at it.
    const before = await waitForCounts(page, { errors: [0, 0], warnings: [1, 1] });
    await shot('one-warning-left');
    if (before.errors !== 0 || before.warnings !== 1) {
      await save(page, ui, FILE);
      const found = claimlint([FILE]).map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`);
      assert.fail(`after typing the facts: ${before.label}\n${found.join('\n')}`);
    }
    await goto(dx + 1);
    await page.keyboard.press('End');
    await ui.applyQuickFix(page, /Point line 1 .*at B/, {
      reposition: async () => {
        await goto(dx + 1);
        await page.keyboard.press('End');
      },
      shot: () => shot('quick-fix'),
    });
    const clean = await waitForCounts(page, { errors: [0, 0], warnings: [0, 0] });
    await save(page, ui, FILE);
    await shot('clean-claim');
    assert.deepEqual([clean.errors, clean.warnings], [0, 0], `the finished claim: ${clean.label}`);
    assert.match(fs.readFileSync(file, 'utf8'), /pointers: \[A, ?B\]/, 'the quick fix added pointer B to line 1 (and Ctrl+S saved it)');
  },
};
