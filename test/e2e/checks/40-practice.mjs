// The practice loop as a new user meets it: the Practice section in the sidebar, filtered by exam
// area and difficulty; Start opens the case documentation beside a new claim in practice/; codes are
// typed into the claim and saved (Ctrl+S: files.autoSave is off in tests); "Check my coding" (the
// CodeLens) shows a partial score with a hint and no answer; the fix passes (the palette command)
// and the key shows; the Progress view and the guide's exam readiness change. Then every practice
// surface in dark, light and high-contrast themes (screenshots), with the bars really sized (the
// CSP drops style attributes) and no CSP violation.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { t } from '../../harness/ui.mjs';

const CASE = 'RA-903';
const CLAIM = `${CASE}.claim.yaml`;
const NOTE = `${CASE} (case note)`;
const CONTAINER = 'Clean Claim Coach';
const THEMES = ['Dark Modern', 'Light Modern', 'Dark High Contrast'];

const practiceFrame = (page, ui) => ui.webviewWith(page, '#filter-area', t(45000));
const progressFrame = (page, ui) => ui.webviewWith(page, '#progress-summary', t(45000));
const resultFrame = (page, ui) => ui.webviewWith(page, '#verdict', t(45000));
const guideFrame = (page, ui) => ui.webviewWith(page, '#tab-credentials', t(45000));

/** Expands (or collapses) the side bar pane of a view, by its title, with a click on its header when needed. */
async function expandView(page, ui, title, expanded = true) {
  const header = page.locator('.part.sidebar .pane-header', { has: page.locator('h3.title', { hasText: new RegExp(`^${title}$`) }) }).first();
  await header.waitFor({ timeout: t(30000) });
  await ui.retryAction(`${expanded ? 'expand' : 'collapse'} the ${title} view`, {
    action: async () => {
      if ((await header.getAttribute('aria-expanded')) !== String(expanded)) await header.click({ timeout: t(5000) });
    },
    ready: async (ms) => {
      await page.locator(`.part.sidebar .pane-header[aria-expanded="${expanded}"]`, { has: page.locator('h3.title', { hasText: new RegExp(`^${title}$`) }) }).first().waitFor({ timeout: ms });
      return true;
    },
    timeout: t(30000),
    firstWait: 2000,
  });
}

/** Shows only the named views of the Clean Claim Coach side bar expanded (the others collapsed), so a screenshot has room for them. */
async function onlyViews(page, ui, titles) {
  for (const v of ['Career & Claims', 'Practice', 'Progress']) if (!titles.includes(v)) await expandView(page, ui, v, false);
  for (const v of titles) await expandView(page, ui, v, true);
}

/** Saves the active editor with an explicit Ctrl+S and waits until its tab is no longer dirty. */
async function save(page, ui, file) {
  const dirty = page.locator(`.tabs-container .tab.dirty[aria-label^="${file}"]`);
  await dirty.first().waitFor({ timeout: t(15000) }); // the edit arrived
  await ui.retryAction(`save ${file}`, {
    action: async () => {
      await ui.focusEditor(page);
      await page.keyboard.press('Control+S');
    },
    ready: async (ms) => {
      await dirty.first().waitFor({ state: 'detached', timeout: ms });
      return true;
    },
    timeout: t(30000),
  });
}

/** Replaces a line's content (after its indentation) as if typed over a selection. */
async function setLine(page, ui, line, content) {
  await page.keyboard.press('Escape'); // a suggest widget or hover
  await ui.gotoLine(page, line);
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type(content);
  await page.keyboard.press('Escape');
}

/** Picks a colour theme and waits until `frame`'s page has received it. */
async function setTheme(page, ui, frame, name) {
  await ui.retryAction(`switch to the ${name} theme`, {
    action: async () => {
      await ui.runCommand(page, 'Preferences: Color Theme');
      const input = page.locator('.quick-input-widget .quick-input-filter input');
      await input.fill(name);
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
      await row.waitFor({ timeout: t(15000) });
      await row.click();
    },
    ready: (ms) => ui.waitInWebview(frame, `a webview to show the ${name} theme`, (n) => document.body.dataset.vscodeThemeName === n, name, ms),
    reset: () => ui.dismiss(page),
    timeout: t(60000),
    firstWait: 15000,
  });
}

/** The page text of a webview (collapsed whitespace). */
const textOf = async (frame, selector = 'main#app') => (await frame.locator(selector).innerText()).replace(/[ \t]+/g, ' ');

/** Number of attempts the Progress view's summary states (0 before the first). */
async function attemptsShown(frame) {
  const m = /(\d+) attempts?/.exec(await textOf(frame, '#progress-summary'));
  return m ? Number(m[1]) : 0;
}

export default [
  {
    name: 'practice loop: a new user filters, starts a case, checks it (partial score, a hint, no answer), fixes it, passes, and sees Progress change',
    timeout: t(300000),
    async run({ page, ui, shot, workspace, state }) {
      const csp = [];
      const onConsole = (m) => {
        if (/Content[- ]Security[- ]Policy|Refused to (load|apply|execute|evaluate)/i.test(m.text())) csp.push(m.text());
      };
      page.on('console', onConsole);
      try {
        // 1. The Practice section of the sidebar, filtered to radiology cases for the first week.
        await ui.openViewContainer(page, CONTAINER);
        await expandView(page, ui, 'Practice');
        let practice = await practiceFrame(page, ui);
        await practice.locator(`li[data-case="${CASE}"]`).waitFor({ timeout: t(45000) });
        await expandView(page, ui, 'Progress');
        const progress = await progressFrame(page, ui);
        const attemptsBefore = await attemptsShown(progress);
        await shot('practice-view');
        await practice.locator('#filter-area').selectOption('radiology');
        await practice.locator('#filter-difficulty').selectOption('1');
        await ui.waitInWebview(practice, 'the list to show only first-week radiology cases', () => {
          const rows = [...document.querySelectorAll('li[data-case]')];
          return rows.length > 0 && rows.every((r) => /Difficulty 1 ·.*Radiology/.test(r.textContent ?? ''));
        }, null, t(15000));
        const shown = await practice.locator('li[data-case]').evaluateAll((rows) => rows.map((r) => r.dataset.case));
        assert.ok(shown.includes(CASE), `${CASE} among the filtered cases: ${shown.join(', ')}`);
        assert.match(await practice.locator('ul.cases').getAttribute('aria-label'), new RegExp(`${shown.length} shown`));
        await shot('filtered');

        // 2. Start: a new claim in practice/, the case documentation beside it.
        await practice.locator(`li[data-case="${CASE}"] button`, { hasText: 'Start' }).click();
        await ui.editorTab(page, CLAIM, { active: true }).waitFor({ timeout: t(30000) });
        await ui.editorTab(page, NOTE).waitFor({ timeout: t(30000) });
        const groups = await page.evaluate(([claim, note]) => {
          const group = (label) => {
            const tab = document.querySelector(`.tabs-container .tab[aria-label^="${label}"]`);
            return [...document.querySelectorAll('.editor-group-container')].indexOf(tab?.closest('.editor-group-container'));
          };
          return [group(claim), group(note)];
        }, [CLAIM, NOTE]);
        assert.ok(groups[0] >= 0 && groups[1] >= 0 && groups[0] !== groups[1], `the claim and the note side by side (editor groups ${groups})`);
        await ui.waitForPage(page, 'the case note text', () => [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines')].some((v) => /IMPRESSION/.test(v.textContent ?? '')), null, t(20000));
        const file = path.join(workspace, 'practice', CLAIM);
        const skeleton = fs.readFileSync(file, 'utf8');
        assert.match(skeleton, new RegExp(`practiceCase: ${CASE}`));
        await shot('started');

        // 3. Code it: box 21 right, box 24 a neighbouring (wrong) code; a charge; Ctrl+S.
        const lines = skeleton.split('\n');
        const lineOf = (re) => {
          const i = lines.findIndex((l) => re.test(l));
          assert.ok(i >= 0, `no line ${re} in the new claim`);
          return i + 1;
        };
        const dxLine = lineOf(/^ {2}- ""$/);
        const codeLine = lineOf(/^ {4}code: ""$/);
        await ui.focusEditor(page);
        await setLine(page, ui, dxLine, '- Z12.31');
        await setLine(page, ui, codeLine, 'code: "77065"');
        await setLine(page, ui, lineOf(/^ {4}charge: 0$/), 'charge: 95.00');
        await save(page, ui, CLAIM);
        assert.match(fs.readFileSync(file, 'utf8'), /- Z12\.31[\s\S]*code: "77065"[\s\S]*charge: 95\.00/, 'Ctrl+S saved the typed codes');

        // 4. "Check my coding" from the CodeLens above the claim's practiceCase line (scrolled into
        //    view first): a partial score and a hint, no answer.
        await ui.gotoLine(page, lineOf(/^practiceCase:/));
        const lens = page.locator('.editor-instance .codelens-decoration a', { hasText: 'Check my coding' }).first();
        await lens.waitFor({ timeout: t(30000) });
        await lens.click();
        let result = await resultFrame(page, ui);
        await result.locator('#verdict', { hasText: /Not passed yet — score 50%/ }).waitFor({ timeout: t(30000) });
        const partial = await textOf(result);
        assert.match(partial, /A service is documented but not billed\./, 'a hint names the kind of problem');
        assert.match(partial, /\(hidden until the answer\)/);
        assert.doesNotMatch(partial, /77067/, 'the key code is not shown before a pass');
        assert.equal(await result.locator('#answer').count(), 0, 'no answer key section yet');
        assert.ok((await result.locator('ul.hints li').count()) >= 1);
        await shot('partial-with-hint');
        await ui.waitInWebview(progress, 'the Progress view to count the attempt', (n) => new RegExp(`\\b${n} attempts?`).test(document.getElementById('progress-summary')?.textContent ?? ''), attemptsBefore + 1, t(30000));
        assert.match(await textOf(progress, '#progress-summary'), /0 of 1 cases passed/);
        await shot('progress-after-partial');

        // 5. Fix the line, save, check again from the command palette: passed, and the key shows.
        await ui.editorTab(page, CLAIM).click();
        await ui.editorTab(page, CLAIM, { active: true }).waitFor({ timeout: t(15000) });
        await ui.focusEditor(page);
        await setLine(page, ui, codeLine, 'code: "77067"');
        await save(page, ui, CLAIM);
        await ui.runCommand(page, 'Clean Claim Coach: Check My Coding');
        result = await resultFrame(page, ui);
        await result.locator('#verdict', { hasText: /Passed — score 100%/ }).waitFor({ timeout: t(30000) });
        await result.locator('#answer').waitFor({ timeout: t(15000) });
        assert.match(await textOf(result, '#answer'), /77067/);
        await shot('passed-with-key');

        // 6. Progress: one case passed, the radiology bar drawn (a real width), two trend bars.
        await ui.waitInWebview(progress, 'the Progress view to show the pass', () => /1 of 1 cases passed \(100%\)/.test(document.getElementById('progress-summary')?.textContent ?? ''), null, t(30000));
        assert.equal(await attemptsShown(progress), attemptsBefore + 2);
        assert.match(await textOf(progress, 'table.areas'), /Radiology \(70,000 series\)\s+1 of 1 \(100%\)/);
        const bars = await progress.locator('.bar-row').evaluateAll((rows) => rows.map((r) => ({ fill: r.querySelector('.bar-fill').getBoundingClientRect().width, track: r.querySelector('.bar-track').getBoundingClientRect().width, value: r.querySelector('.bar-value').textContent })));
        assert.ok(bars.length >= 1, 'bars drawn');
        for (const b of bars) {
          const want = (Number.parseInt(b.value, 10) / 100) * (b.track - 2); // the track has a 1px border each side
          assert.ok(Math.abs(b.fill - want) <= 2, `a bar of ${b.value} is ${b.fill}px wide in a ${b.track}px track`);
        }
        assert.ok(bars.some((b) => b.fill > 10), `a 100% bar has a width: ${JSON.stringify(bars)}`);
        const spark = await progress.locator('.spark-bar').evaluateAll((xs) => xs.map((x) => x.getBoundingClientRect().height));
        assert.equal(spark.length, 2);
        assert.ok(spark[1] > spark[0] && spark[0] > 0, `trend bars 50% then 100%: ${spark}`);
        await progress.locator('#next-h').scrollIntoViewIfNeeded();
        await shot('progress-after-pass');

        // 7. "Practise next" by keyboard: Tab reaches its first case button, with a visible focus outline.
        await progress.locator('#progress-summary').click();
        let onNext = false;
        for (let i = 0; i < 12 && !onNext; i++) {
          const before = await progress.locator('body').evaluate(() => document.activeElement?.textContent ?? '');
          await page.keyboard.press('Tab');
          await ui.waitInWebview(progress, 'Tab to move the focus', (b) => (document.activeElement?.textContent ?? '') !== b, before, t(10000));
          onNext = await progress.locator('body').evaluate(() => !!document.activeElement?.closest('ul.next'));
        }
        assert.ok(onNext, 'Tab does not reach the Practise next list');
        const ring = await progress.locator('body').evaluate(() => {
          const s = getComputedStyle(document.activeElement);
          return { style: s.outlineStyle, width: s.outlineWidth, matches: document.activeElement.matches(':focus-visible') };
        });
        assert.ok(ring.matches && ring.style !== 'none' && ring.width !== '0px', `no visible focus outline on the Practise next button: ${JSON.stringify(ring)}`);
        const bullets = await progress.locator('ul.next').evaluate((ul) => getComputedStyle(ul).listStyleType);
        assert.equal(bullets, 'none');
        await shot('practise-next-focus');

        // 8. The guide's exam readiness (Credentials section) counts the passed radiology case.
        await expandView(page, ui, 'Career & Claims');
        const guide = await guideFrame(page, ui);
        await guide.locator('#tab-credentials').click();
        const cpc = guide.locator('#readiness [data-exam="CPC"]');
        await cpc.locator('details summary', { hasText: 'By exam area' }).click();
        await cpc.locator('tr[data-area="radiology"]').waitFor({ timeout: t(30000) });
        const readiness = await textOf(guide, '#readiness');
        assert.match(readiness, /CPC · Certified Professional Coder/);
        assert.match(readiness, /Radiology \(70,000 series\)\s+1 of 1 \(100%\)\s+at or above 70%/);
        assert.match(readiness, /the CPC exam needs 70% overall/);
        const meters = await cpc.locator('.meter-fill').evaluateAll((xs) => xs.map((x) => x.getBoundingClientRect().width));
        assert.ok(meters.length >= 2 && meters.every((w) => w > 10), `the CPC readiness bars (overall and radiology, both 100%) have widths: ${meters}`);
        await guide.locator('#readiness').scrollIntoViewIfNeeded();
        await shot('guide-readiness');
        assert.deepEqual(csp, [], 'Content Security Policy violations in the page');
        state.practiceLoop = { passed: true };
      } finally {
        page.off('console', onConsole);
      }
    },
  },
  {
    name: 'practice loop: Practice, Progress, result panel and readiness in dark, light and high-contrast themes',
    timeout: t(300000),
    async run({ page, ui, shot, state, log }) {
      assert.ok(state.practiceLoop?.passed, 'needs the practice loop check before it (run both with --grep "practice loop")');
      const csp = [];
      const onConsole = (m) => {
        if (/Content[- ]Security[- ]Policy|Refused to (load|apply|execute|evaluate)/i.test(m.text())) csp.push(m.text());
      };
      page.on('console', onConsole);
      try {
        await ui.openViewContainer(page, CONTAINER);
        await onlyViews(page, ui, ['Progress']);
        let progress = await progressFrame(page, ui);
        const backgrounds = {};
        const themed = (frame, what, theme) => ui.waitInWebview(frame, `${what} in ${theme}`, (n) => document.body.dataset.vscodeThemeName === n, theme, t(30000));
        for (const theme of THEMES) {
          // The Progress view (the whole side bar) beside the result panel.
          await onlyViews(page, ui, ['Progress']);
          progress = await progressFrame(page, ui);
          await setTheme(page, ui, progress, theme);
          await themed(await resultFrame(page, ui), 'the result panel', theme);
          await progress.locator('.bar-fill').first().waitFor({ timeout: t(30000) });
          backgrounds[theme] = await progress.locator('body').evaluate(() => getComputedStyle(document.body).backgroundColor);
          const fills = await progress.locator('.bar-fill, .spark-bar').evaluateAll((xs) => xs.map((x) => ({ w: x.getBoundingClientRect().width, h: x.getBoundingClientRect().height, bg: getComputedStyle(x).backgroundColor })));
          assert.ok(fills.length > 0 && fills.every((f) => f.w > 0 && f.h > 0 && !/rgba\(0, 0, 0, 0\)|transparent/.test(f.bg)), `bars drawn with a theme colour in ${theme}: ${JSON.stringify(fills)}`);
          await shot(`${theme}-progress-and-result`);
          // The guide's exam readiness (Credentials), the CPC areas unfolded.
          await onlyViews(page, ui, ['Career & Claims']);
          const guide = await guideFrame(page, ui);
          await themed(guide, 'the guide', theme);
          await guide.locator('#tab-credentials').click();
          await guide.locator('#readiness [data-exam="CPC"] tr[data-area="radiology"]').waitFor({ timeout: t(30000) });
          await guide.locator('#readiness').scrollIntoViewIfNeeded();
          await shot(`${theme}-readiness`);
          // The Practice view.
          await onlyViews(page, ui, ['Practice']);
          const practice = await practiceFrame(page, ui);
          await themed(practice, 'the Practice view', theme);
          await practice.locator(`li[data-case="${CASE}"]`).waitFor({ timeout: t(30000) });
          await shot(`${theme}-practice`);
        }
        log(`progress view backgrounds: ${JSON.stringify(backgrounds)}`);
        assert.notEqual(backgrounds['Dark Modern'], backgrounds['Light Modern'], 'the Progress view does not follow the theme');
        assert.deepEqual(csp, [], 'Content Security Policy violations in the page');
      } finally {
        page.off('console', onConsole);
        await onlyViews(page, ui, ['Career & Claims', 'Practice', 'Progress']).catch(() => {});
        await setTheme(page, ui, await progressFrame(page, ui), 'Dark Modern').catch(() => {});
      }
    },
  },
];
