// Find a code from the sidebar as a trainee would: words in, ICD-10-CM and HCPCS Level II results
// out (with a diagnosis's Excludes notes), and a HCPCS code put into box 24D of the open claim.
import assert from 'node:assert/strict';
import { t } from '../../harness/ui.mjs';

export default {
  name: 'find a code in the sidebar: Excludes notes, and a HCPCS code put into box 24D',
  timeout: t(120000),
  async run({ page, ui, shot }) {
    await ui.openFile(page, '01-clean-medicare.claim.yaml');
    await ui.openViewContainer(page, 'Clean Claim Coach');
    const frame = await ui.webviewWith(page, '#tab-claims', t(45000));
    await frame.locator('#tab-claims').click();
    const search = frame.locator('#code-search');
    await search.scrollIntoViewIfNeeded();

    // A diagnosis by words: its row shows the header path and its Excludes notes (folded).
    await search.fill('essential primary hypertension');
    const i10 = frame.locator('#code-search-results li.code', { has: frame.locator('strong', { hasText: /^I10$/ }) }).first();
    await i10.waitFor({ timeout: t(20000) });
    const notes = i10.locator('details.excludes-notes');
    assert.match(await notes.locator('summary').innerText(), /Excludes\d .*FY2027 Tabular List/);
    await notes.locator('summary').click();
    await notes.locator('.excludes').first().waitFor({ timeout: t(5000) });
    await shot('find-code-excludes');

    // A HCPCS Level II drug code by words, put into box 24D of the claim's first service line.
    await search.fill('injection dexamethasone sodium phosphate');
    const j1100 = frame.locator('#code-search-results li.code', { has: frame.locator('strong', { hasText: /^J1100$/ }) }).first();
    await j1100.waitFor({ timeout: t(20000) });
    assert.match(await j1100.innerText(), /HCPCS Level II/);
    await shot('find-code-hcpcs');
    await j1100.getByRole('button', { name: 'Put into box 24D' }).click();
    await ui.waitForPage(page, 'J1100 in the editor', () => /code:\s*"?J1100/.test(document.querySelector('.editor-instance .monaco-editor .view-lines')?.textContent ?? ''), null, t(15000));
    await shot('find-code-inserted');
    // Leave the example as it was (the edit was never saved).
    await ui.focusEditor(page);
    await page.keyboard.press('Control+Z');
    await ui.waitForPage(page, 'the edit undone', () => !/J1100/.test(document.querySelector('.editor-instance .monaco-editor .view-lines')?.textContent ?? ''), null, t(15000));
  },
};
