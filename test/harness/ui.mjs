// Playwright helpers for the VS Code web workbench (code-server 4.139 = VS Code 1.139). They use
// VS Code's own DOM classes (.monaco-workbench, .quick-input-widget, .markers-panel, …), which can
// change when code-server is upgraded: keep every selector in this file.

/** Waits until the workbench is rendered and its remote connection is up. */
export async function waitForWorkbench(page, timeout = 60000) {
  await page.locator('.monaco-workbench').waitFor({ timeout });
  await page.locator('.part.statusbar').waitFor({ timeout });
  await page.locator('.part.activitybar').waitFor({ timeout });
  // the explorer shows the folder once the remote file system answers
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout });
}

/** Closes whatever quick input, menu or notification center is open. */
export async function dismiss(page) {
  for (let i = 0; i < 2; i++) await page.keyboard.press('Escape');
}

async function focusWorkbench(page) {
  // the workbench needs keyboard focus before F1 / Ctrl+P do anything
  await page.locator('.part.statusbar').click({ position: { x: 2, y: 2 }, force: true }).catch(() => {});
}

async function openQuickInput(page, key, timeout) {
  const input = page.locator('.quick-input-widget input');
  await focusWorkbench(page);
  for (let i = 0; i < 5 && !(await input.isVisible().catch(() => false)); i++) {
    await page.keyboard.press(key);
    await page.waitForTimeout(300);
  }
  await input.waitFor({ state: 'visible', timeout });
  return input;
}

/** Runs a command from the command palette by its full title ("Category: Title"). */
export async function runCommand(page, title, timeout = 15000) {
  const input = await openQuickInput(page, 'F1', timeout);
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout });
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout }).catch(() => {});
}

/** Opens a workspace file through Quick Open (Ctrl+P) and waits for its editor tab. */
export async function openFile(page, fileName, timeout = 15000) {
  const input = await openQuickInput(page, 'Control+P', timeout);
  await input.fill(fileName);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first();
  await row.waitFor({ timeout });
  await row.click();
  await page.locator(`.tabs-container .tab[aria-label^="${fileName}"]`).first().waitFor({ timeout });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout });
}

/** The activity-bar entry of a view container, by its title. */
export function activityBarItem(page, title) {
  return page.locator(`.part.activitybar .action-item[aria-label^="${title}"], .part.activitybar .action-item a[aria-label^="${title}"]`).first();
}

/** Clicks an activity-bar entry (view container) by its title and waits for its side bar. */
export async function openViewContainer(page, title, timeout = 15000) {
  const item = activityBarItem(page, title);
  await item.waitFor({ timeout });
  await item.click();
  await page.locator('.part.sidebar .composite.title', { hasText: title }).first().waitFor({ timeout }).catch(() => {});
}

/**
 * Content of a webview (view or panel): an outer iframe.webview hosting an inner
 * iframe#active-frame with the extension's HTML. `index` picks among visible webviews.
 */
export function webviewContent(page, index = 0) {
  return page.frameLocator('iframe.webview.ready').nth(index).frameLocator('iframe#active-frame');
}

/** Opens the Problems panel and returns its locator. */
export async function openProblems(page, timeout = 15000) {
  const panel = page.locator('.markers-panel').first();
  if (!(await panel.isVisible().catch(() => false))) {
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)', timeout).catch(async () => {
      await dismiss(page);
      await focusWorkbench(page);
      await page.keyboard.press('Control+Shift+M');
    });
  }
  await panel.waitFor({ timeout });
  return panel;
}

/** Text of the visible rows of the Problems panel (whitespace collapsed). */
export async function problemRows(page) {
  const rows = page.locator('.markers-panel .monaco-list-row');
  return (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/**
 * Messages of notifications containing `text`. Toasts are often not rendered in headless
 * chromium, so this looks in the notification center (opened through the status-bar bell).
 */
export async function notificationMessages(page, text) {
  if (!(await page.locator('.notifications-center').isVisible().catch(() => false))) {
    await page.locator('[id="status.notifications"]').click();
    await page.locator('.notifications-center').waitFor({ timeout: 5000 });
  }
  return page.locator('.notifications-center .notification-list-item-message', { hasText: text }).allInnerTexts();
}

/** Waits for a notification whose message contains `text`; returns the matching messages. */
export async function waitForNotification(page, text, timeout = 15000) {
  const end = Date.now() + timeout;
  for (;;) {
    const found = await notificationMessages(page, text).catch(() => []);
    if (found.length) return found;
    if (Date.now() > end) throw new Error(`no notification containing ${JSON.stringify(text)} within ${timeout}ms`);
    await page.waitForTimeout(300);
  }
}
