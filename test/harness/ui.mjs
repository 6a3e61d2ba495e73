// Playwright helpers for the VS Code web workbench (code-server 4.139 = VS Code 1.139). They use
// VS Code's own DOM classes (.monaco-workbench, .quick-input-widget, .markers-panel, …), which can
// change when code-server is upgraded: keep every selector in this file.
//
// NO SLEEPS. Every helper waits for the state it needs (a quick input open AND focused, a command
// row present, a tab active, a panel rendered) on a real signal: a playwright locator wait, a
// page-side waitForFunction (evaluated on every animation frame), or a playwright event. When the
// state does not come, the helper repeats the ACTION that produces it (press the key again, click
// again), never a fixed pause: see retryAction(). Under load a keystroke can land before the
// workbench is ready for it, a webview that finishes loading can take focus and close a quick
// input, a click can hit a row that is being re-rendered; each of those is one retried action.

const QUICK_INPUT = '.quick-input-widget';
const QUICK_INPUT_BOX = '.quick-input-widget .quick-input-filter input';
const QUICK_ROW = '.quick-input-widget .quick-input-list .monaco-list-row';

/**
 * Timeouts are hang protection, not speed checks (speed figures live in `npm run bench`): every
 * timeout here and in the checks goes through t(), which stretches it by CCC_E2E_TIMEOUT_SCALE
 * (default 3), so a machine that is many times slower than usual still passes, and a real hang
 * still fails.
 */
export const TIMEOUT_SCALE = Math.max(1, Number(process.env.CCC_E2E_TIMEOUT_SCALE ?? 3) || 3);
export const t = (ms) => Math.round(ms * TIMEOUT_SCALE);

/**
 * A check that timed out keeps running in the background until its next await fails: cancel()
 * (run.mjs calls it after each check) makes every retryAction still running from it give up, so a
 * dead check never types into the next one.
 */
let epoch = 0;
export function cancel() {
  epoch++;
}

/** Where helpers report retried actions (run.mjs points it at the e2e log). */
let report = () => {};
export function setLog(fn) {
  report = fn ?? (() => {});
}

const errText = (e) => String(e?.message ?? e).split('\n')[0];

/**
 * Runs `action`, then waits (up to a growing share of `timeout`) for `ready(waitMs)` — a wait on a
 * real signal that resolves truthy when the state is there, and returns falsy or throws when it is
 * not. If the state does not come, `reset` (optional) runs and the action is repeated. Returns
 * what `ready` returned; throws with the last reason once `timeout` is spent. Each retry is
 * reported, so a run that needed one says so.
 */
export async function retryAction(what, { action, ready, reset, timeout = t(30000), firstWait = 3000 }) {
  const end = Date.now() + timeout;
  const mine = epoch;
  let wait = t(firstWait);
  let last = '';
  for (let attempt = 1; ; attempt++) {
    if (epoch !== mine) throw new Error(`${what}: cancelled (its check ended)`);
    if (/has been closed/.test(last)) throw new Error(`${what}: ${last}`);
    const left = end - Date.now();
    if (left <= 0) throw new Error(`${what}: not done after ${attempt - 1} attempt(s) in ${timeout / 1000}s (${last || 'no reason'})`);
    try {
      await action(attempt);
      const ok = await ready(Math.max(500, Math.min(wait, end - Date.now())));
      if (ok) return ok;
      last = 'the expected state did not come';
    } catch (e) {
      last = errText(e);
    }
    if (Date.now() < end) report(`retrying: ${what} (attempt ${attempt}: ${last})`);
    wait *= 2;
    if (reset) await reset().catch(() => {});
  }
}

/**
 * Playwright evaluates a string predicate as an expression: a function's *text* is a truthy value,
 * so such a wait returns at once without waiting (two helpers here did that, and their checks
 * passed or failed by timing alone). Predicates must be functions, or strings that are expressions.
 */
function assertPredicate(fn) {
  if (typeof fn === 'function') return;
  if (typeof fn !== 'string' || /^\s*(async\s*)?(function\b|\([^()]*\)\s*=>|[\w$]+\s*=>)/.test(fn)) {
    throw new Error(`a page predicate must be a function or an expression string, not a function's text: ${String(fn).slice(0, 60)}`);
  }
}

/** Resolves true when `fn` (run in the page on every animation frame) returns truthy within ms, else false. */
async function pageState(page, fn, arg, ms) {
  assertPredicate(fn);
  try {
    await page.waitForFunction(fn, arg, { timeout: ms });
    return true;
  } catch (e) {
    if (/Timeout/i.test(errText(e))) return false;
    throw e;
  }
}

/** Waits until `fn` (run in the page on every animation frame) returns truthy; throws `what` after timeout. */
export async function waitForPage(page, what, fn, arg, timeout = t(15000)) {
  if (!(await pageState(page, fn, arg, timeout))) throw new Error(`timed out after ${timeout / 1000}s waiting for ${what}`);
}

/** Waits until the workbench is rendered and its remote connection is up. */
export async function waitForWorkbench(page, timeout = t(90000)) {
  await page.locator('.monaco-workbench').waitFor({ timeout });
  await page.locator('.part.statusbar').waitFor({ timeout });
  await page.locator('.part.activitybar').waitFor({ timeout });
  // the explorer shows the folder once the remote file system answers
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout });
}

/** In-page: is a quick input open (not closing), its box focused, and the page focused? */
function quickInputReadyInPage(value) {
  const w = document.querySelector('.quick-input-widget');
  const box = w?.querySelector('.quick-input-filter input');
  if (!w || !box || w.style.display === 'none' || w.classList.contains('quick-input-widget-closing') || box.offsetParent === null) return false;
  if (document.activeElement !== box || !document.hasFocus()) return false;
  return value === null || box.value === value;
}

const quickInputOpen = (page) => page.locator(QUICK_INPUT).isVisible().catch(() => false);

/** Closes whatever quick input, menu, hover or notification center is open; waits until the quick input is gone. */
export async function dismiss(page) {
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Escape');
    if (!(await quickInputOpen(page)) && !(await page.locator('.notifications-center.visible').isVisible().catch(() => false))) return;
  }
  await page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout: t(5000) }).catch(() => {});
}

/**
 * Gives the workbench document the keyboard (F1 / Ctrl+P reach its keybindings): moves the focus
 * out of a webview's iframe if it is there. No click: the status bar's corner holds the remote
 * indicator, whose click opens a menu of its own.
 */
async function focusWorkbench(page) {
  const focused = await page
    .evaluate(() => {
      const a = document.activeElement;
      if (a && a.tagName === 'IFRAME') a.blur();
      if (!document.hasFocus()) window.focus();
      return document.hasFocus();
    })
    .catch(() => false);
  if (!focused) await page.bringToFront().catch(() => {});
}

/**
 * Opens a quick input with `key` (F1, Control+P, Control+G) and returns its text box once it is
 * open and focused. Retries the key press (after focusing the workbench) until it is.
 */
export async function openQuickInput(page, key, timeout = t(30000)) {
  await retryAction(`open the quick input with ${key}`, {
    action: async () => {
      await focusWorkbench(page);
      await page.keyboard.press(key);
    },
    ready: (ms) => pageState(page, quickInputReadyInPage, null, ms),
    reset: () => dismiss(page),
    timeout,
    firstWait: 2000,
  });
  return page.locator(QUICK_INPUT_BOX);
}

/**
 * Opens a quick input with `key`, types `text`, waits for a row containing `rowText` and clicks it.
 * The whole sequence is retried while it has not clicked (a quick input closed by a webview that
 * took focus, a row not listed yet); once the click lands it is not repeated. Resolves when the
 * quick input has accepted the pick (closed, or showing the next step).
 */
async function pickFromQuickInput(page, { key, text, rowText, what, timeout }) {
  const row = page.locator(QUICK_ROW, { hasText: rowText }).first();
  await retryAction(what, {
    action: async () => {
      const box = await openQuickInput(page, key, timeout);
      await box.fill(text);
    },
    ready: async (ms) => {
      await row.waitFor({ state: 'visible', timeout: ms });
      // still the same, focused quick input with our text (not one that closed and reopened)
      if (!(await pageState(page, quickInputReadyInPage, text, t(1000)))) return false;
      await row.click({ timeout: ms });
      return true;
    },
    reset: () => dismiss(page),
    timeout,
  });
  // accepted: the widget closes or moves on to another step (its text changes)
  await waitForPage(
    page,
    `the quick input to accept "${rowText}"`,
    (t) => {
      const w = document.querySelector('.quick-input-widget');
      const box = w?.querySelector('.quick-input-filter input');
      return !w || w.style.display === 'none' || w.classList.contains('quick-input-widget-closing') || !box || box.value !== t;
    },
    text,
    timeout,
  );
}

/** Runs a command from the command palette by its full title ("Category: Title"). */
export async function runCommand(page, title, timeout = t(30000)) {
  await pickFromQuickInput(page, { key: 'F1', text: `>${title}`, rowText: title, what: `run "${title}" from the command palette`, timeout });
}

/** The editor tab of `fileName` (active = the one shown). */
export function editorTab(page, fileName, { active = false } = {}) {
  return page.locator(`.tabs-container .tab${active ? '.active' : ''}[aria-label^="${fileName}"]`).first();
}

/** Opens a workspace file through Quick Open (Ctrl+P) and waits until its editor is the active one. */
export async function openFile(page, fileName, timeout = t(45000)) {
  const tab = editorTab(page, fileName, { active: true });
  await retryAction(`open ${fileName} with Quick Open`, {
    action: () => pickFromQuickInput(page, { key: 'Control+P', text: fileName, rowText: fileName, what: `pick ${fileName} in Quick Open`, timeout }),
    ready: async (ms) => {
      await tab.waitFor({ timeout: ms });
      return true;
    },
    reset: () => dismiss(page),
    timeout,
    firstWait: 10000,
  });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout });
}

/** The editor's cursor position as the status bar shows it ("Ln 12, Col 6"). */
export async function cursorPosition(page) {
  return (await page.locator('[id="status.editor.selection"]').first().innerText().catch(() => '')).trim();
}

/**
 * Moves the cursor of the active editor to line:column with Go to Line (Ctrl+G) and waits until
 * the status bar shows the new position (the editor then has focus).
 */
export async function gotoLine(page, line, column = 1, timeout = t(30000)) {
  const want = `Ln ${line}, Col ${column}`;
  await retryAction(`go to ${line}:${column}`, {
    action: async () => {
      const box = await openQuickInput(page, 'Control+G', timeout);
      await box.fill(`:${line}:${column}`);
      await page.keyboard.press('Enter');
    },
    ready: async (ms) => {
      await page.locator('[id="status.editor.selection"]', { hasText: want }).first().waitFor({ timeout: ms });
      await page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout: ms });
      return waitForEditorFocus(page, ms);
    },
    reset: () => dismiss(page),
    timeout,
  });
}

/** Resolves true when the keyboard focus is in a code editor's text area within ms. */
export function waitForEditorFocus(page, ms) {
  return pageState(page, () => document.hasFocus() && !!document.activeElement?.closest('.monaco-editor') && !document.activeElement.closest('.quick-input-widget'), null, ms);
}

/** Clicks into the active editor's text and waits until it has keyboard focus. */
export async function focusEditor(page, timeout = t(20000)) {
  await retryAction('focus the editor', {
    action: () => page.locator('.editor-instance .monaco-editor .view-lines').first().click({ timeout: t(5000) }),
    ready: (ms) => waitForEditorFocus(page, ms),
    timeout,
    firstWait: 1000,
  });
}

/**
 * Opens the quick fix menu (Ctrl+.) at the cursor and clicks its entry matching `rowText` (a
 * string or RegExp). Retries Ctrl+. until the entry is listed (code actions come once the
 * diagnostics are in); `reposition` (optional) puts the cursor back before a retry.
 */
export async function applyQuickFix(page, rowText, { reposition, timeout = t(45000), shot } = {}) {
  const item = page.locator('.action-widget .monaco-list-row', { hasText: rowText }).first();
  await retryAction(`the quick fix menu (Ctrl+.) to offer ${rowText}`, {
    action: () => page.keyboard.press('Control+.'),
    ready: async (ms) => {
      await item.waitFor({ timeout: ms });
      return true;
    },
    reset: async () => {
      await page.keyboard.press('Escape');
      await reposition?.();
    },
    timeout,
  });
  await shot?.();
  await item.click();
  await page.locator('.action-widget').waitFor({ state: 'hidden', timeout }).catch(() => {});
}

/** Waits until a quick input is open with its text box focused (e.g. the next step of a command), optionally with a title containing `title`. */
export async function waitForQuickInput(page, { title, timeout = t(20000) } = {}) {
  if (title) await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ timeout });
  await waitForPage(page, `a focused quick input${title ? ` titled "${title}"` : ''}`, quickInputReadyInPage, null, timeout);
  return page.locator(QUICK_INPUT_BOX);
}

/** The activity-bar entry of a view container, by its title. */
export function activityBarItem(page, title) {
  return page.locator(`.part.activitybar .action-item[aria-label^="${title}"], .part.activitybar .action-item a[aria-label^="${title}"]`).first();
}

/** The side bar's title when it shows the view container `title`. */
const sideBarTitle = (page, title) => page.locator('.part.sidebar .composite.title', { hasText: title }).first();

/**
 * Shows a view container (activity-bar entry) by its title and waits for its side bar. Clicking the
 * entry of a container that is already shown would close it, so it clicks only when needed.
 */
export async function openViewContainer(page, title, timeout = t(30000)) {
  const shown = sideBarTitle(page, title);
  if (await shown.isVisible().catch(() => false)) return;
  const item = activityBarItem(page, title);
  await item.waitFor({ timeout });
  await retryAction(`show the "${title}" side bar`, {
    action: async () => {
      if (!(await shown.isVisible().catch(() => false))) await item.click({ timeout: t(5000) });
    },
    ready: async (ms) => {
      await shown.waitFor({ timeout: ms });
      return true;
    },
    timeout,
  });
}

/**
 * Content of a webview (view or panel) by position: an outer iframe.webview hosting an inner
 * iframe#active-frame with the extension's HTML. Prefer webviewWith(), which finds it by content.
 */
export function webviewContent(page, index = 0) {
  return page.frameLocator('iframe.webview.ready').nth(index).frameLocator('iframe#active-frame');
}

/**
 * The webview whose page contains `selector`, as a FrameLocator bound to that webview's outer
 * iframe (by its unique id, so it survives the inner frame being replaced when the HTML changes,
 * and other webviews coming and going). Waits for the element on a real signal: every frame's
 * locator wait races against a new frame being attached.
 */
export async function webviewWith(page, selector, timeout = t(30000)) {
  const end = Date.now() + timeout;
  for (;;) {
    const left = end - Date.now();
    if (left <= 0) throw new Error(`no webview shows ${selector} within ${timeout / 1000}s`);
    const never = new Promise(() => {});
    const found = await Promise.race([
      ...page.frames().map((f) =>
        f
          .locator(selector)
          .first()
          .waitFor({ state: 'attached', timeout: left })
          .then(() => f, () => never),
      ),
      page.waitForEvent('frameattached', { timeout: left }).then(
        () => null,
        () => 'timeout',
      ),
    ]);
    if (found === 'timeout') continue;
    if (!found) continue; // a new frame: look again, including it
    const outer = await found.parentFrame()?.frameElement().catch(() => undefined);
    const src = await outer?.getAttribute('src').catch(() => undefined);
    const id = src ? new URL(src, 'http://x').searchParams.get('id') : undefined;
    if (!id) continue; // detached meanwhile
    return page.frameLocator(`iframe.webview[src*="${id}"]`).frameLocator('iframe#active-frame');
  }
}

/**
 * Gives keyboard focus to an element inside a webview the way a user does (a click), and waits
 * until the element has it and the webview's document has the page's focus (keystrokes then reach
 * it, not the workbench). Retries the click until both hold.
 */
export async function focusInWebview(webview, selector, timeout = t(20000)) {
  const el = webview.locator(selector).first();
  await retryAction(`focus ${selector} in the webview`, {
    action: () => el.click({ timeout: t(5000) }),
    ready: async (ms) => {
      await el.evaluate(
        (node, waitMs) =>
          new Promise((resolve, reject) => {
            const end = Date.now() + waitMs;
            const tick = () => {
              if (document.activeElement === node && document.hasFocus()) resolve(true);
              else if (Date.now() > end) reject(new Error(`focus is on ${document.activeElement?.id || document.activeElement?.tagName}, document focused: ${document.hasFocus()}`));
              else requestAnimationFrame(tick);
            };
            tick();
          }),
        ms,
      );
      return true;
    },
    timeout,
    firstWait: 1000,
  });
}

/**
 * Waits until `fn(arg)` is truthy inside the webview's page (playwright's waitForFunction, checked
 * on every animation frame); returns its value. `fn` is serialised: it sees only `arg`. A webview
 * whose inner frame is replaced meanwhile (new HTML) is looked up again.
 */
export async function waitInWebview(webview, what, fn, arg, timeout = t(15000)) {
  assertPredicate(fn);
  const end = Date.now() + timeout;
  let last = '';
  while (Date.now() < end) {
    try {
      const body = await webview.locator('body').elementHandle({ timeout: Math.max(1, end - Date.now()) });
      const frame = await body.ownerFrame();
      const v = await frame.waitForFunction(fn, arg, { timeout: Math.max(1, end - Date.now()) });
      return await v.jsonValue();
    } catch (e) {
      last = errText(e);
      if (/Timeout/i.test(last)) break;
    }
  }
  throw new Error(`timed out after ${timeout / 1000}s waiting for ${what} (${last})`);
}

/** Opens the Problems panel and returns its locator. */
export async function openProblems(page, timeout = t(30000)) {
  const panel = page.locator('.markers-panel').first();
  if (await panel.isVisible().catch(() => false)) return panel;
  await retryAction('open the Problems panel', {
    action: () => runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)', timeout),
    ready: async (ms) => {
      await panel.waitFor({ timeout: ms });
      return true;
    },
    reset: () => dismiss(page),
    timeout,
  });
  return panel;
}

/** Text of the visible rows of the Problems panel (whitespace collapsed). */
export async function problemRows(page) {
  const rows = page.locator('.markers-panel .monaco-list-row');
  return (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/**
 * Waits until the Problems panel's rows satisfy `want(rows, arg)` (rows = the rendered rows' text,
 * whitespace collapsed), checked in the page on every animation frame; returns the rows. `want` is
 * serialised into the page: it sees only its arguments. On timeout it returns the last rows (the
 * caller's assertion says what is wrong).
 */
export async function waitForProblemRows(page, want, arg, timeout = t(30000)) {
  // An expression (not a function's text, see assertPredicate): evaluated afresh on every frame.
  const expr = `(${want.toString()})([...document.querySelectorAll('.markers-panel .monaco-list-row')].map((r) => r.innerText.replace(/\\s+/g, ' ').trim()), ${JSON.stringify(arg ?? null)})`;
  await pageState(page, expr, null, timeout);
  return problemRows(page);
}

/** The notification center, opened through the status-bar bell when it is not shown. */
async function showNotificationCenter(page) {
  const center = page.locator('.notifications-center');
  if (await center.isVisible().catch(() => false)) return;
  await retryAction('open the notification center', {
    action: () => page.locator('[id="status.notifications"]').click({ timeout: t(5000) }),
    ready: async (ms) => {
      await center.waitFor({ timeout: ms });
      return true;
    },
    timeout: t(20000),
    firstWait: 2000,
  });
}

/**
 * Messages of notifications containing `text`. Toasts are often not rendered in headless
 * chromium, so this looks in the notification center (opened through the status-bar bell).
 */
export async function notificationMessages(page, text) {
  await showNotificationCenter(page);
  return page.locator('.notifications-center .notification-list-item-message', { hasText: text }).allInnerTexts();
}

/** Waits for a notification whose message contains `text`; returns the matching messages. */
export async function waitForNotification(page, text, timeout = t(30000)) {
  const msg = page.locator('.notifications-center .notification-list-item-message', { hasText: text }).first();
  await retryAction(`a notification containing ${JSON.stringify(text)}`, {
    action: () => showNotificationCenter(page), // (again, if something closed it)
    ready: async (ms) => {
      await msg.waitFor({ timeout: ms });
      return true;
    },
    timeout,
    firstWait: 5000,
  });
  return page.locator('.notifications-center .notification-list-item-message', { hasText: text }).allInnerTexts();
}
