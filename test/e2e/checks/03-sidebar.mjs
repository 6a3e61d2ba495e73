// The activity-bar entry opens the Clean Claim Coach side bar, and its guide view renders.
import assert from 'node:assert/strict';

const CONTAINER = 'cleanClaimCoach';
const VIEW = 'cleanClaimCoach.guide';

export default {
  name: 'activity bar entry opens the sidebar and it renders',
  async run({ page, ui, shot, pkg }) {
    const container = pkg.contributes?.viewsContainers?.activitybar?.find((c) => c.id === CONTAINER);
    assert.ok(container, `package.json contributes no activity-bar view container "${CONTAINER}" (the sidebar is not built yet)`);
    const view = pkg.contributes?.views?.[CONTAINER]?.find((v) => v.id === VIEW);
    assert.ok(view, `package.json contributes no view "${VIEW}" in the "${CONTAINER}" container`);

    await ui.openViewContainer(page, container.title);
    await shot('sidebar');
    if (view.type === 'webview') {
      const body = ui.webviewContent(page).locator('body');
      await body.waitFor({ timeout: 30000 });
      // rendered = the webview's HTML has visible text
      const end = Date.now() + 20000;
      let text = '';
      while (!text.trim() && Date.now() < end) {
        text = await body.innerText().catch(() => '');
        if (!text.trim()) await page.waitForTimeout(300);
      }
      assert.ok(text.trim().length > 0, `the ${VIEW} webview stayed empty`);
    } else {
      const rows = page.locator('.part.sidebar .pane-body .monaco-list-row');
      await rows.first().waitFor({ timeout: 20000 });
    }
    await shot('sidebar-rendered');
  },
};
