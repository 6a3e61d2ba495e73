// Mock submission through the UI: a rejection notice, a denial and a paid remittance (screenshots),
// claim text with HTML/script shown as text in the panel, and a quick fix applied with Ctrl+.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

/** The remittance panel's frame (the webview whose page has main#app). */
async function remittanceFrame(page, ui, timeout = 20000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const count = await page.locator('iframe.webview.ready').count();
    for (let i = 0; i < count; i++) {
      const f = ui.webviewContent(page, i);
      if (await f.locator('main#app header.status h1').count().catch(() => 0)) return f;
    }
    await page.waitForTimeout(300);
  }
  throw new Error('the remittance panel did not render');
}

async function submit(page, ui, file) {
  await ui.dismiss(page);
  await ui.openFile(page, file);
  // Keyboard focus in the editor (a webview that had focus would swallow F1).
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  await ui.runCommand(page, 'Clean Claim Coach: Submit Claim (Practice)');
}

const checks = [
  {
    name: 'submission: rejection notice, denial and paid remittance',
    timeout: 120000,
    async run({ page, ui, shot }) {
      await submit(page, ui, '05-missing-signatures.claim.yaml');
      let frame = await remittanceFrame(page, ui);
      await frame.locator('h1', { hasText: 'Claim acknowledgment' }).waitFor({ timeout: 15000 });
      assert.match(await frame.locator('.status-line').innerText(), /Rejected/);
      assert.match(await frame.locator('ol.reasons').innerText(), /Box 12/);
      await shot('rejected');

      await submit(page, ui, '07-missing-prior-auth.claim.yaml');
      frame = await remittanceFrame(page, ui);
      await frame.locator('.status-line', { hasText: 'Denied' }).waitFor({ timeout: 15000 });
      assert.match(await frame.locator('table').innerText(), /CO-197/);
      await shot('denied');

      await submit(page, ui, '01-clean-medicare.claim.yaml');
      frame = await remittanceFrame(page, ui);
      await frame.locator('.status-line', { hasText: 'Paid' }).waitFor({ timeout: 15000 });
      assert.match(await frame.locator('tfoot').innerText(), /\$92\.80/);
      await shot('paid');
    },
  },
  {
    name: 'submission: HTML and script in claim fields are shown as text',
    timeout: 90000,
    async run({ page, ui, shot, workspace }) {
      const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
      const base = fs.readFileSync(path.join(workspace, '01-clean-medicare.claim.yaml'), 'utf8');
      fs.writeFileSync(path.join(workspace, 'xss.claim.yaml'), base.replace('  id: TRN-0001', `  id: ${JSON.stringify(evil)}`));
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      await submit(page, ui, 'xss.claim.yaml');
      const frame = await remittanceFrame(page, ui);
      await frame.locator('dd', { hasText: '<script>' }).first().waitFor({ timeout: 15000 });
      assert.equal(await frame.locator('main#app img').count(), 0, 'an <img> from the claim was rendered');
      assert.equal(await frame.locator('main#app script').count(), 0, 'a <script> from the claim was inserted');
      assert.equal(await frame.locator('body').evaluate(() => window.__pwned ?? null), null, 'script from the claim ran');
      assert.equal(dialogs, 0);
      await shot('html-as-text');
    },
  },
  {
    name: 'quick fix applied through the lightbulb menu (Ctrl+.)',
    timeout: 90000,
    async run({ page, ui, shot, workspace }) {
      const file = '06-header-diagnosis.claim.yaml';
      const line = fs.readFileSync(path.join(workspace, file), 'utf8').split('\n').findIndex((l) => /^\s*- E11(\s|$)/.test(l)) + 1;
      assert.ok(line > 0, 'E11 line not found');
      await ui.openFile(page, file);
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+G');
      await page.keyboard.type(`${line}:6`);
      await page.keyboard.press('Enter');
      await page.waitForTimeout(500);
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget, .context-view .monaco-list').first();
      await menu.waitFor({ timeout: 10000 });
      await shot('quick-fix-menu');
      const item = page.locator('.action-widget .monaco-list-row', { hasText: /Replace E11 with/ }).first();
      await item.waitFor({ timeout: 10000 });
      await item.click();
      await ui.openProblems(page);
      const end = Date.now() + 15000;
      let rows = [];
      while (Date.now() < end) {
        rows = await ui.problemRows(page);
        if (!rows.some((r) => /non-billable-diagnosis/.test(r))) break;
        await page.waitForTimeout(300);
      }
      await shot('quick-fix-applied');
      assert.ok(!rows.some((r) => /non-billable-diagnosis/.test(r)), `still listed:\n${rows.join('\n')}`);
    },
  },
  {
    name: 'submission: the sidebar lists the history and reopens a past result',
    timeout: 90000,
    async run({ page, ui, shot }) {
      // Clicking the activity bar entry of an open view container closes it: open only if needed.
      const open = await page.locator('.part.sidebar .composite.title', { hasText: 'Clean Claim Coach' }).first().isVisible().catch(() => false);
      if (!open) await ui.openViewContainer(page, 'Clean Claim Coach');
      // The guide view is the webview with the section tabs.
      let frame;
      const end = Date.now() + 20000;
      while (!frame && Date.now() < end) {
        const count = await page.locator('iframe.webview.ready').count();
        for (let i = 0; i < count && !frame; i++) {
          const f = ui.webviewContent(page, i);
          if (await f.locator('#tab-claims').count().catch(() => 0)) frame = f;
        }
        if (!frame) await page.waitForTimeout(300);
      }
      assert.ok(frame, 'the guide view did not render');
      await frame.locator('#tab-claims').click();
      const items = frame.locator('#history-list li');
      await items.first().waitFor({ timeout: 15000 });
      assert.ok((await items.count()) >= 3, `history rows: ${await items.count()}`);
      // The claim id with HTML from the earlier check is listed as text.
      assert.match(await frame.locator('#history-list').innerText(), /<img src=x onerror=/);
      assert.equal(await frame.locator('#history-list img, #history-list script').count(), 0, 'HTML from a claim was rendered in the sidebar');
      await frame.locator('#history-status').selectOption('rejected');
      assert.match(await frame.locator('#history-list').innerText(), /Rejected · TRN-0105/);
      await frame.locator('#history-h').scrollIntoViewIfNeeded();
      await shot('sidebar-history');
      await frame.locator('#history-open-0').click();
      const panel = await remittanceFrame(page, ui);
      await panel.locator('.status-line', { hasText: 'Rejected' }).waitFor({ timeout: 15000 });
      await shot('reopened-from-history');
    },
  },
];

export default checks;
