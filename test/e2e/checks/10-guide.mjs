// The "Career & Claims" sidebar: every section rendered in dark, light and high-contrast themes
// (screenshots, no CSP violations, theme colours actually applied), and the eligibility checker
// driven by the keyboard alone (tabs with arrow keys, form with Tab / arrows / typing).
import assert from 'node:assert/strict';
import { t } from '../../harness/ui.mjs';

const SECTIONS = ['path', 'credentials', 'eligibility', 'ceus', 'outlook', 'claims'];
const THEMES = ['Dark Modern', 'Light Modern', 'Dark High Contrast'];
const CONTAINER = 'Clean Claim Coach';

/** The guide webview (the one whose page has the section tabs), as a FrameLocator. */
const guideFrame = (page, ui) => ui.webviewWith(page, '#app [role="tablist"]', t(45000));

/** Shows the guide's view container (the helper clicks its activity-bar entry only when closed). */
async function showGuide(page, ui) {
  await ui.openViewContainer(page, CONTAINER);
  return guideFrame(page, ui);
}

/** Picks a colour theme and waits until the guide webview has received it (its body names the theme). */
async function setTheme(page, ui, name) {
  const frame = await guideFrame(page, ui);
  await ui.retryAction(`switch to the ${name} theme`, {
    action: async () => {
      await ui.runCommand(page, 'Preferences: Color Theme');
      const input = page.locator('.quick-input-widget .quick-input-filter input');
      await input.fill(name);
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
      await row.waitFor({ timeout: t(15000) });
      await row.click();
    },
    // VS Code sets data-vscode-theme-name on a webview's body with the new --vscode-* variables
    ready: (ms) => ui.waitInWebview(frame, `the guide to show the ${name} theme`, (n) => document.body.dataset.vscodeThemeName === n, name, ms),
    reset: () => ui.dismiss(page),
    timeout: t(60000),
    firstWait: 15000,
  });
}

const activeId = (frame) => frame.locator('body').evaluate(() => document.activeElement?.id ?? '');
/** Waits until the element with `id` has the keyboard focus in the guide. */
const focusOn = (ui, frame, id) => ui.waitInWebview(frame, `focus on #${id}`, (i) => document.activeElement?.id === i && document.hasFocus(), id, t(10000));

export default [
  {
    name: 'guide: sections render in dark, light and high-contrast themes',
    timeout: t(180000),
    async run({ page, ui, shot, log }) {
      const csp = [];
      const onConsole = (m) => {
        if (/Content[- ]Security[- ]Policy|Refused to (load|apply|execute|evaluate)/i.test(m.text())) csp.push(m.text());
      };
      page.on('console', onConsole);
      try {
        await showGuide(page, ui);
        const backgrounds = new Map();
        for (const theme of THEMES) {
          await setTheme(page, ui, theme);
          const frame = await guideFrame(page, ui);
          backgrounds.set(theme, await frame.locator('body').evaluate(() => getComputedStyle(document.body).backgroundColor));
          for (const id of SECTIONS) {
            await frame.locator(`#tab-${id}`).click();
            const panel = frame.locator(`#panel-${id}`);
            await panel.waitFor({ state: 'visible', timeout: t(10000) });
            assert.equal(await frame.locator(`#tab-${id}`).getAttribute('aria-selected'), 'true');
            assert.ok((await panel.innerText()).trim().length > 20, `section ${id} is empty in ${theme}`);
            await shot(`${theme}-${id}`);
          }
        }
        log(`body backgrounds: ${JSON.stringify(Object.fromEntries(backgrounds))}`);
        assert.notEqual(backgrounds.get('Dark Modern'), backgrounds.get('Light Modern'), 'the webview does not follow the theme');
        assert.deepEqual(csp, [], 'Content Security Policy violations in the page');
      } finally {
        page.off('console', onConsole);
        await setTheme(page, ui, 'Dark Modern').catch(() => {});
      }
    },
  },
  {
    name: 'guide: eligibility checker works with the keyboard only',
    timeout: t(120000),
    async run({ page, ui, shot }) {
      const frame = await showGuide(page, ui);
      // Into the view: a click on the selected section tab gives it the keyboard focus (as a user
      // would; a programmatic focus() does not move the page's focus into the webview, and keys
      // then go to the workbench). From there on everything is done with the keyboard alone, and
      // each key press waits for the state it produces.
      await ui.focusInWebview(frame, '[role="tab"][aria-selected="true"]');
      assert.equal(await frame.locator('body').evaluate(() => document.activeElement?.getAttribute('role')), 'tab', 'the selected section tab cannot take focus');
      // Arrow keys move between tabs (roving tabindex): Home = Path, then right twice = "Can I sit for it?".
      await page.keyboard.press('Home');
      await focusOn(ui, frame, 'tab-path');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await focusOn(ui, frame, 'tab-eligibility');
      assert.equal(await frame.locator('#tab-eligibility').getAttribute('aria-selected'), 'true');
      await frame.locator('#panel-eligibility').waitFor({ state: 'visible', timeout: t(10000) });
      // Tab into the form (each Tab waits until the focus has moved).
      const focusIndex = () => frame.locator('body').evaluate(() => [...document.querySelectorAll('*')].indexOf(document.activeElement));
      for (let i = 0; i < 6 && (await activeId(frame)) !== 'elig-education'; i++) {
        const before = await focusIndex();
        await page.keyboard.press('Tab');
        await ui.waitInWebview(frame, 'Tab to move the focus', (b) => [...document.querySelectorAll('*')].indexOf(document.activeElement) !== b, before, t(10000));
      }
      assert.equal(await activeId(frame), 'elig-education', 'Tab does not reach the education field');
      const hasFocusRing = await frame.locator('body').evaluate(() => getComputedStyle(document.activeElement).outlineStyle !== 'none');
      assert.ok(hasFocusRing, 'no visible focus outline on the focused field');
      const value = (id, v) => ui.waitInWebview(frame, `#${id} to read ${v}`, ([i, want]) => document.getElementById(i)?.value === want, [id, v], t(10000));
      // Education: associate degree (none, high-school, certificate, associate).
      await page.keyboard.press('Home');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
      await value('elig-education', 'associate');
      // Accreditation: CAHIIM is the first option.
      await page.keyboard.press('Tab');
      await focusOn(ui, frame, 'elig-accreditation');
      await page.keyboard.press('Home');
      await value('elig-accreditation', 'CAHIIM');
      // Months of coding experience: select what is there and type 30 (repeated until the field
      // reads 30, with the focus checked before each try).
      await page.keyboard.press('Tab');
      await focusOn(ui, frame, 'elig-months');
      await ui.retryAction('type 30 into the months field', {
        action: async () => {
          await focusOn(ui, frame, 'elig-months');
          await page.keyboard.press('Control+a');
          await page.keyboard.type('30');
        },
        ready: async (ms) => {
          await ui.waitInWebview(frame, 'the months field to read 30', () => document.getElementById('elig-months')?.value === '30', null, ms);
          return true;
        },
        timeout: t(30000),
      });
      // Results: RHIT needs a CAHIIM associate program (met), RHIA a bachelor's (not met), CBCS 12 months (met).
      // The form answers as you type (debounced): wait until both the program and the months count.
      const status = (id) => frame.locator(`li[data-credential="${id}"] .status`).innerText();
      await ui.waitInWebview(
        frame,
        'RHIT and CBCS to read "Eligible now"',
        () => ['RHIT', 'CBCS'].every((id) => document.querySelector(`li[data-credential="${id}"] .status`)?.textContent?.trim().startsWith('Eligible now')),
        null,
        t(25000),
      );
      assert.match(await status('RHIT'), /^Eligible now/);
      assert.match(await status('RHIA'), /^Not eligible/);
      assert.match(await status('CBCS'), /^Eligible now/);
      assert.match(await status('CPC'), /^Eligible now/);
      assert.match(await frame.locator('#live').innerText(), /eligible now/, 'the live region announces the result');
      await shot('keyboard-eligibility');
    },
  },
];
