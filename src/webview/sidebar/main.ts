// Entry of the sidebar webview bundle (media/dist/sidebar.js). Plain DOM, no framework.
// Every message from the extension is validated with the shared zod protocol; invalid ones are dropped
// and logged. UI-only state (tab, filters, drafts, open disclosures) lives in vscode getState/setState.
import '../../shared/zodSetup'; // first: before any schema is used
import { h } from '../common/dom';
import { vscodeApi } from '../common/vscodeApi';
import { loadGuidanceData, type GuidanceData } from '../../guidance/data';
import { localToday } from '../../util/dates';
import { defaultGuideState, type GuideState } from '../../model/guidance';
import { SIDEBAR_TABS, parseSidebarToWebview, type SidebarTab, type SidebarToExtension, type SidebarToWebview } from '../../shared/sidebarProtocol';
import { UiStateSchema, type Ctx, type Section, type UiState } from './context';
import { buildPath } from './pathSection';
import { buildCredentials } from './credentialsSection';
import { buildEligibility, currentEducation } from './eligibilitySection';
import { buildCeus } from './ceuSection';
import { buildOutlook } from './outlookSection';
import { buildClaims } from './claimsSection';
import { buildCodeSearch } from './codeSearchSection';
import { buildReadiness } from './readinessSection';

const TAB_LABEL: Record<SidebarTab, string> = {
  path: 'Path',
  credentials: 'Credentials',
  eligibility: 'Can I sit for it?',
  ceus: 'My CEUs',
  outlook: 'Outlook',
  claims: 'Practice claims',
};

const api = vscodeApi<UiState>();

function boot(): void {
  const app = document.getElementById('app')!;
  let data: GuidanceData;
  try {
    data = loadGuidanceData();
  } catch (e) {
    app.replaceChildren(h('p', { role: 'alert' }, `The guide's data could not be loaded: ${e instanceof Error ? e.message : String(e)}`));
    return;
  }

  const ui: UiState = UiStateSchema.parse(api.getState() ?? {});
  let state: GuideState = defaultGuideState();
  let today = localToday();
  let haveState = false;

  const live = h('div', { id: 'live', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const notice = h('div', { id: 'notice', class: 'notice', role: 'alert', hidden: true });
  const send = (msg: SidebarToExtension) => api.postMessage(msg);
  const ctx: Ctx = {
    data,
    state: () => state,
    today: () => today,
    ui,
    saveUi: () => api.setState(ui),
    send,
    announce: (text) => {
      live.textContent = '';
      // A fresh text node after clearing makes screen readers announce repeated text too.
      setTimeout(() => (live.textContent = text), 30);
    },
  };

  const tablist = h('div', { role: 'tablist', 'aria-label': 'Guide sections', class: 'tabs' });
  const tabs = new Map<SidebarTab, HTMLButtonElement>();
  const panels = new Map<SidebarTab, HTMLElement>();
  for (const id of SIDEBAR_TABS) {
    const tab = h('button', { type: 'button', role: 'tab', id: `tab-${id}`, 'aria-controls': `panel-${id}`, class: 'tab' }, TAB_LABEL[id]);
    tab.addEventListener('click', () => select(id, true));
    tabs.set(id, tab);
    tablist.append(tab);
    panels.set(id, h('section', { role: 'tabpanel', id: `panel-${id}`, 'aria-labelledby': `tab-${id}`, tabindex: 0, class: 'panel' }));
  }
  tablist.addEventListener('keydown', (ev) => {
    const i = SIDEBAR_TABS.indexOf(ui.tab);
    const n = SIDEBAR_TABS.length;
    const to: Record<string, number> = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: n - 1 };
    if (!(ev.key in to)) return;
    ev.preventDefault();
    select(SIDEBAR_TABS[(to[ev.key] + n) % n], true);
  });

  function select(id: SidebarTab, focus: boolean): void {
    // A notice belongs to the section it came from: it goes when the trainee moves on.
    if (id !== ui.tab) notice.hidden = true;
    ui.tab = id;
    ctx.saveUi();
    for (const [t, tab] of tabs) {
      const on = t === id;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      panels.get(t)!.hidden = !on;
    }
    if (focus) tabs.get(id)!.focus();
  }

  const dismiss = h('button', { type: 'button', class: 'secondary', onclick: () => (notice.hidden = true) }, 'Dismiss');
  const noticeText = h('span');
  notice.append(noticeText, ' ', dismiss);

  // Exam readiness from practice heads the Credentials section (the exams' pass marks are there).
  const readiness = buildReadiness(panels.get('credentials')!, ctx);
  const sections: Section[] = [
    buildPath(panels.get('path')!, ctx),
    buildCredentials(panels.get('credentials')!, ctx),
    buildEligibility(panels.get('eligibility')!, ctx),
    buildCeus(panels.get('ceus')!, ctx),
    buildOutlook(panels.get('outlook')!, ctx),
  ];
  const claims = buildClaims(panels.get('claims')!, ctx);
  const codeSearch = buildCodeSearch(panels.get('claims')!, ctx);
  const progress = h(
    'div',
    { class: 'toolbar footer', role: 'group', 'aria-label': 'Your progress file' },
    h('button', { type: 'button', class: 'secondary', id: 'export-progress', onclick: () => send({ type: 'exportProgress' }) }, 'Export progress…'),
    h('button', { type: 'button', class: 'secondary', id: 'import-progress', onclick: () => send({ type: 'importProgress' }) }, 'Import progress…'),
  );

  app.replaceChildren(h('h1', { class: 'visually-hidden' }, 'Career & Claims'), notice, tablist, ...panels.values(), progress, live);
  app.removeAttribute('aria-busy');
  select(ui.tab, false);
  for (const s of sections) s.update();

  function onMessage(msg: SidebarToWebview): void {
    switch (msg.type) {
      case 'state':
        state = msg.state;
        today = msg.today;
        haveState = true;
        for (const s of sections) s.update();
        return;
      case 'claims':
        claims.setClaims(msg.claims, msg.truncated);
        return;
      case 'history':
        claims.setHistory(msg.rows);
        return;
      case 'notice':
        noticeText.textContent = msg.text;
        notice.className = `notice notice-${msg.level}`;
        notice.hidden = false;
        return;
      case 'codeResults':
        codeSearch.setResults(msg);
        return;
      case 'readiness':
        readiness.set(msg.readiness);
        return;
      case 'selectTab':
        select(msg.tab, true);
        return;
      case 'ping':
        send({
          type: 'pong',
          nonce: msg.nonce,
          tab: ui.tab,
          stepsDone: haveState ? Array.from(document.querySelectorAll<HTMLInputElement>('input[data-step]')).filter((i) => i.checked).map((i) => i.dataset.step!) : [],
          ceuEntries: document.querySelectorAll('#ceu-entries tr[data-entry]').length,
          education: currentEducation(),
          readiness: readiness.text(),
        });
        return;
    }
  }

  window.addEventListener('message', (ev: MessageEvent) => {
    const parsed = parseSidebarToWebview(ev.data);
    if (!parsed.ok) {
      console.warn(`[Clean Claim Coach] dropped ${parsed.error}`);
      return;
    }
    onMessage(parsed.message);
  });
  send({ type: 'ready' });
}

boot();
