// The activity-bar entry opens the Clean Claim Coach side bar, and its guide view renders.
import assert from 'node:assert/strict';
import { t } from '../../harness/ui.mjs';

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
      // rendered = the view's webview shows visible text (the guide's tab list)
      const webview = await ui.webviewWith(page, '#app [role="tablist"]', t(45000));
      const text = await webview.locator('body').innerText();
      assert.ok(text.trim().length > 0, `the ${VIEW} webview stayed empty`);
    } else {
      const rows = page.locator('.part.sidebar .pane-body .monaco-list-row');
      await rows.first().waitFor({ timeout: t(20000) });
    }
    await shot('sidebar-rendered');
  },
};
