// Mock submission through the UI: a rejection notice, a denial and a paid remittance (screenshots),
// claim text with HTML/script shown as text in the panel, and a quick fix applied with Ctrl+.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { t } from '../../harness/ui.mjs';

/** The remittance panel (the webview whose page has main#app with a status header), as a FrameLocator. */
const remittanceFrame = (page, ui) => ui.webviewWith(page, 'main#app header.status h1', t(45000));

/** Submits `file` through the command palette and waits for the panel to show `status` (text of its status line). */
async function submit(page, ui, file, status) {
  await ui.dismiss(page);
  await ui.openFile(page, file);
  // Keyboard focus in the editor (a webview that had focus would swallow F1).
  await ui.focusEditor(page);
  await ui.runCommand(page, 'Clean Claim Coach: Submit Claim (Practice)');
  const frame = await remittanceFrame(page, ui);
  // this claim's result (each submission here has a different status from the one before)
  if (status) await frame.locator('.status-line', { hasText: status }).waitFor({ timeout: t(30000) });
  return frame;
}

const checks = [
  {
    name: 'submission: rejection notice, denial and paid remittance',
    timeout: t(120000),
    async run({ page, ui, shot }) {
      let frame = await submit(page, ui, '05-missing-signatures.claim.yaml', 'Rejected');
      await frame.locator('h1', { hasText: 'Claim acknowledgment' }).waitFor({ timeout: t(15000) });
      assert.match(await frame.locator('ol.reasons').innerText(), /Box 12/);
      await shot('rejected');

      frame = await submit(page, ui, '07-missing-prior-auth.claim.yaml', 'Denied');
      assert.match(await frame.locator('table').innerText(), /CO-197/);
      await shot('denied');

      frame = await submit(page, ui, '01-clean-medicare.claim.yaml', 'Paid');
      assert.match(await frame.locator('tfoot').innerText(), /\$92\.80/);
      await shot('paid');
    },
  },
  {
    name: 'submission: HTML and script in claim fields are shown as text',
    timeout: t(90000),
    async run({ page, ui, shot, workspace }) {
      const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
      const base = fs.readFileSync(path.join(workspace, '01-clean-medicare.claim.yaml'), 'utf8');
      fs.writeFileSync(path.join(workspace, 'xss.claim.yaml'), base.replace('  id: TRN-0001', `  id: ${JSON.stringify(evil)}`));
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      const frame = await submit(page, ui, 'xss.claim.yaml');
      await frame.locator('dd', { hasText: '<script>' }).first().waitFor({ timeout: t(15000) });
      assert.equal(await frame.locator('main#app img').count(), 0, 'an <img> from the claim was rendered');
      assert.equal(await frame.locator('main#app script').count(), 0, 'a <script> from the claim was inserted');
      assert.equal(await frame.locator('body').evaluate(() => window.__pwned ?? null), null, 'script from the claim ran');
      assert.equal(dialogs, 0);
      await shot('html-as-text');
    },
  },
  {
    name: 'quick fix applied through the lightbulb menu (Ctrl+.)',
    timeout: t(90000),
    async run({ page, ui, shot, workspace }) {
      const file = '06-header-diagnosis.claim.yaml';
      const line = fs.readFileSync(path.join(workspace, file), 'utf8').split('\n').findIndex((l) => /^\s*- E11(\s|$)/.test(l)) + 1;
      assert.ok(line > 0, 'E11 line not found');
      await ui.openFile(page, file);
      // The finding is listed first (so its absence later means the fix removed it).
      await ui.openProblems(page);
      const listed = await ui.waitForProblemRows(page, (rows) => rows.some((r) => /non-billable-diagnosis/.test(r)), null, t(30000));
      assert.ok(listed.some((r) => /non-billable-diagnosis/.test(r)), `the E11 finding is not listed before the fix:\n${listed.join('\n')}`);
      await ui.gotoLine(page, line, 6);
      await ui.applyQuickFix(page, /Replace E11 with/, { reposition: () => ui.gotoLine(page, line, 6), shot: () => shot('quick-fix-menu') });
      // the line changed in the editor, and the Problems panel no longer lists the finding
      await ui.waitForPage(page, 'E11 to be replaced in the editor', () => !/-\sE11(?![.\d])/.test(document.querySelector('.editor-instance .monaco-editor .view-lines')?.textContent ?? ''), null, t(15000));
      const rows = await ui.waitForProblemRows(page, (rs) => rs.length > 0 && !rs.some((r) => /non-billable-diagnosis/.test(r)), null, t(15000));
      await shot('quick-fix-applied');
      assert.ok(!rows.some((r) => /non-billable-diagnosis/.test(r)), `still listed:\n${rows.join('\n')}`);
    },
  },
  {
    name: 'submission: the sidebar lists the history and reopens a past result',
    timeout: t(90000),
    async run({ page, ui, shot }) {
      // (the helper clicks the activity bar entry only when the container is not shown)
      await ui.openViewContainer(page, 'Clean Claim Coach');
      // The guide view is the webview with the section tabs.
      const frame = await ui.webviewWith(page, '#tab-claims', t(45000));
      await frame.locator('#tab-claims').click();
      // Four submissions so far: rejected, denied, paid, and the claim id with HTML (listed as text).
      await frame.locator('#history-list', { hasText: '<img src=x onerror=' }).waitFor({ timeout: t(20000) });
      const items = frame.locator('#history-list li');
      assert.ok((await items.count()) >= 3, `history rows: ${await items.count()}`);
      assert.equal(await frame.locator('#history-list img, #history-list script').count(), 0, 'HTML from a claim was rendered in the sidebar');
      await frame.locator('#history-status').selectOption('rejected');
      await frame.locator('#history-list', { hasText: 'Rejected · TRN-0105' }).waitFor({ timeout: t(15000) });
      assert.doesNotMatch(await frame.locator('#history-list').innerText(), /Paid ·|Denied ·/, 'the status filter shows only rejected claims');
      await frame.locator('#history-h').scrollIntoViewIfNeeded();
      await shot('sidebar-history');
      await frame.locator('#history-open-0').click();
      const panel = await remittanceFrame(page, ui);
      await panel.locator('.status-line', { hasText: 'Rejected' }).waitFor({ timeout: t(15000) });
      await shot('reopened-from-history');
    },
  },
];

export default checks;
