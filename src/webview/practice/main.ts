// Entry of the practice webview bundle (media/dist/practice.js), three modes chosen by
// <main data-mode>: the Practice case list, the Progress view (bar chart with a text table beside
// it), and the "Check my coding" result panel. Plain DOM; every message validated both ways; text
// from files is always set as text, never parsed as HTML.
import '../../shared/zodSetup'; // first: before any schema is used
import { PracticeModeSchema, PracticeToExtensionSchema, PracticeToWebviewSchema, type CaseRow, type PracticeMode, type PracticeToExtension, type ProgressView, type ResultView, type TimedSetView } from '../../shared/practiceProtocol';
import { h, replaceChildren, sized } from '../common/dom';
import { vscodeApi } from '../common/vscodeApi';

interface UiState {
  area?: string;
  difficulty?: string;
  state?: string;
  showWhere?: boolean;
}

const api = vscodeApi<UiState>();
const root = document.getElementById('app')!;
const mode: PracticeMode = PracticeModeSchema.catch('practice').parse(root.dataset.mode);
const ui: UiState = { ...(api.getState() ?? {}) };
const saveUi = () => api.setState(ui);
const pct = (x: number) => `${Math.round(x * 100)}%`;

function send(msg: PracticeToExtension): void {
  const ok = PracticeToExtensionSchema.safeParse(msg);
  if (ok.success) api.postMessage(ok.data);
  else console.warn('practice: refused to send an invalid message');
}

const live = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
const notice = h('div', { class: 'notice', role: 'alert', hidden: true });
const body = h('div', { id: 'body' });
root.replaceChildren(notice, body, live);
root.removeAttribute('aria-busy');

// ---------- Practice: the case list
let cases: CaseRow[] = [];
let domains: { id: string; name: string }[] = [];
let timedSet: TimedSetView | undefined;

const STATE_LABEL = { new: 'New', attempted: 'Attempted', passed: 'Passed' } as const;

function renderPractice(): void {
  const nameOf = (id: string) => domains.find((d) => d.id === id)?.name ?? id;
  const area = h('select', { id: 'filter-area', 'aria-label': 'Exam area' }, h('option', { value: '' }, 'All exam areas'), ...domains.slice().sort((a, b) => a.name.localeCompare(b.name)).map((d) => h('option', { value: d.id }, d.name)));
  area.value = ui.area ?? '';
  const diff = h('select', { id: 'filter-difficulty', 'aria-label': 'Difficulty' }, h('option', { value: '' }, 'Any difficulty'), h('option', { value: '1' }, '1 · first week'), h('option', { value: '2' }, '2 · practice'), h('option', { value: '3' }, '3 · exam level'));
  diff.value = ui.difficulty ?? '';
  const st = h('select', { id: 'filter-state', 'aria-label': 'State' }, h('option', { value: '' }, 'Any state'), h('option', { value: 'new' }, 'New'), h('option', { value: 'attempted' }, 'Attempted'), h('option', { value: 'passed' }, 'Passed'));
  st.value = ui.state ?? '';
  const onFilter = () => {
    ui.area = area.value;
    ui.difficulty = diff.value;
    ui.state = st.value;
    saveUi();
    renderPractice();
    live.textContent = `${shown.length} cases shown`;
  };
  area.addEventListener('change', onFilter);
  diff.addEventListener('change', onFilter);
  st.addEventListener('change', onFilter);
  const shown = cases.filter((c) => (!ui.area || c.examDomains.includes(ui.area)) && (!ui.difficulty || String(c.difficulty) === ui.difficulty) && (!ui.state || c.state === ui.state));
  const list = h(
    'ul',
    { class: 'cases', 'aria-label': `Practice cases, ${shown.length} shown` },
    ...shown.map((c) =>
      h(
        'li',
        { class: `case case-${c.state}`, 'data-case': c.id },
        h(
          'div',
          { class: 'case-head' },
          h('span', { class: 'case-id' }, c.id),
          h('span', { class: `badge badge-${c.state}` }, STATE_LABEL[c.state]),
          c.bestScore !== undefined ? h('span', { class: 'best' }, `best ${pct(c.bestScore)}`) : null,
        ),
        h('div', { class: 'case-title' }, c.title),
        h('div', { class: 'muted small' }, `Difficulty ${c.difficulty} · ${c.examDomains.map(nameOf).join('; ')}${c.source === 'workspace' ? ' · this workspace' : ''}`),
        h('button', { type: 'button', class: c.hasClaim ? 'secondary' : '', 'aria-label': `${c.hasClaim ? 'Reopen' : 'Start'} case ${c.id}: ${c.title}`, onclick: () => send({ type: 'start', caseId: c.id }) }, c.hasClaim ? 'Reopen' : 'Start'),
      ),
    ),
  );
  const timed = timedSet
    ? h(
        'div',
        { class: 'timed', role: 'group', 'aria-label': 'Timed set' },
        h('p', {}, `Timed set ${timedSet.running ? 'running' : 'paused'}: ${timedSet.checked.length} of ${timedSet.caseIds.length} checked (${timedSet.caseIds.join(', ')}).`),
        h('button', { type: 'button', class: 'secondary', onclick: () => send({ type: 'toggleTimedSet' }) }, timedSet.running ? 'Pause' : 'Resume'),
        ' ',
        h('button', { type: 'button', class: 'secondary', onclick: () => send({ type: 'endTimedSet' }) }, 'End set'),
      )
    : h('div', { class: 'toolbar' }, h('button', { type: 'button', class: 'secondary', id: 'start-timed', onclick: () => send({ type: 'startTimedSet' }) }, 'Start a timed set…'));
  replaceChildren(body, h('h1', { class: 'visually-hidden' }, 'Practice cases'), h('div', { class: 'filters', role: 'group', 'aria-label': 'Filter cases' }, area, diff, st), timed, shown.length ? list : h('p', { class: 'muted' }, 'No case matches these filters.'));
}

// ---------- Progress
let progress: ProgressView | undefined;

function renderProgress(): void {
  const p = progress;
  if (!p) return;
  const t = p.totals;
  const summary = h('p', { id: 'progress-summary' }, t.attempts ? `${t.casesPassed} of ${t.casesAttempted} cases passed (${pct(t.passRate)}), ${t.attempts} attempts, ${t.casesAvailable} cases in the library.` : `No attempts yet: start a case in the Practice view and check your coding (${t.casesAvailable} cases in the library).`);
  const tried = p.byDomain.filter((d) => d.casesAttempted > 0).sort((a, b) => a.passRate - b.passRate || a.name.localeCompare(b.name));
  const chart = tried.length
    ? h(
        'div',
        { class: 'chart', 'aria-hidden': 'true' },
        ...tried.map((d) => h('div', { class: 'bar-row' }, h('span', { class: 'bar-label', title: d.name }, d.name), h('span', { class: 'bar-track' }, sized(h('span', { class: `bar-fill ${d.passRate >= 0.7 ? 'good' : 'weak'}` }), { width: d.passRate })), h('span', { class: 'bar-value' }, pct(d.passRate)))),
      )
    : null;
  const table = tried.length
    ? h(
        'table',
        { class: 'areas' },
        h('caption', {}, 'Cases passed by exam area'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Exam area'), h('th', { scope: 'col' }, 'Passed'), h('th', { scope: 'col' }, 'Mean best score'))),
        h('tbody', {}, ...tried.map((d) => h('tr', { 'data-area': d.domain }, h('th', { scope: 'row' }, d.name), h('td', {}, `${d.casesPassed} of ${d.casesAttempted} (${pct(d.passRate)})`), h('td', {}, pct(d.meanBestScore))))),
      )
    : null;
  const missed = p.missed.length
    ? h('section', { 'aria-labelledby': 'missed-h' }, h('h2', { id: 'missed-h' }, 'Codes you keep missing'), h('ol', { class: 'missed' }, ...p.missed.map((m) => h('li', {}, h('span', { class: 'code' }, m.code), m.title ? ` ${m.title}` : '', h('span', { class: 'muted' }, ` · missed ${m.count}× (${m.cases.join(', ')})`)))))
    : null;
  const trend = p.trend.length
    ? h(
        'section',
        { 'aria-labelledby': 'trend-h' },
        h('h2', { id: 'trend-h' }, `Last ${p.trend.length} attempts`),
        h('div', { class: 'spark', 'aria-hidden': 'true' }, ...p.trend.map((x) => sized(h('span', { class: `spark-bar ${x.passed ? 'good' : 'weak'}`, title: `${x.caseId} ${pct(x.score)}` }), { height: x.score }, 4))),
        h('p', { class: 'visually-hidden' }, p.trend.map((x) => `${x.caseId} ${pct(x.score)} ${x.passed ? 'passed' : 'not passed'}`).join('; ')),
      )
    : null;
  const next = p.next.length
    ? h(
        'section',
        { 'aria-labelledby': 'next-h' },
        h('h2', { id: 'next-h' }, 'Practise next'),
        h('ul', { class: 'next' }, ...p.next.map((n) => h('li', {}, h('button', { type: 'button', class: 'link', 'aria-label': `Start case ${n.caseId}: ${n.title}`, onclick: () => send({ type: 'start', caseId: n.caseId }) }, `${n.caseId}: ${n.title}`), h('div', { class: 'muted small' }, n.reason)))),
      )
    : null;
  const ready = h('section', { 'aria-labelledby': 'ready-h' }, h('h2', { id: 'ready-h' }, 'Exam readiness'), ...p.readiness.map((r) => h('p', { 'data-exam': r.exam }, h('strong', {}, `${r.exam}: `), r.sentence)));
  replaceChildren(
    body,
    h('h1', { class: 'visually-hidden' }, 'Practice progress'),
    summary,
    p.skippedLines ? h('p', { class: 'warning' }, `${p.skippedLines} unreadable line(s) of your practice log were skipped; the rest is shown.`) : null,
    tried.length ? h('section', { 'aria-labelledby': 'areas-h' }, h('h2', { id: 'areas-h' }, 'Accuracy by exam area'), h('div', { class: 'areas-wrap' }, chart, table)) : null,
    missed,
    trend,
    next,
    ready,
  );
}

// ---------- Result panel
let result: ResultView | undefined;
const STATUS_WORD = { hit: 'Hit', partial: 'Partial', missed: 'Missed', overcoded: 'Overcoded', optional: 'Optional' } as const;
const PAYER = { paid: 'Paid', 'partially-paid': 'Partially paid', denied: 'Denied', rejected: 'Rejected at the front end' } as const;

function renderResult(): void {
  const r = result;
  if (!r) return;
  const showWhere = r.hintLevel >= 2 || !!ui.showWhere;
  const head = h(
    'header',
    { class: `verdict ${r.examMode ? 'exam' : r.passed ? 'pass' : 'fail'}` },
    h('h1', {}, `${r.caseId}: ${r.title}`),
    h('p', { class: 'score', role: 'status', id: 'verdict' }, r.examMode ? `Attempt ${r.attempt} recorded. Exam mode: your score, hints and answers come when the timed set ends.` : r.score === undefined ? `Not graded: ${r.problem ?? ''}` : `${r.passed ? 'Passed' : 'Not passed yet'} — score ${pct(r.score)} (attempt ${r.attempt}; 70% and no lint error to pass)`),
    h('p', { class: 'muted small' }, `${r.claimFile} · ${r.lintErrors} lint error${r.lintErrors === 1 ? '' : 's'}, ${r.lintWarnings} warning${r.lintWarnings === 1 ? '' : 's'} · checked ${r.at}`),
  );
  const row = (i: ResultView['items'][number]) => h('tr', { class: `item-${i.status}` }, h('td', {}, i.where ?? '—'), h('td', { class: 'code' }, i.code ?? '(hidden until the answer)'), h('td', { class: 'status' }, STATUS_WORD[i.status]), h('td', {}, i.why ?? ''));
  const table = (caption: string, items: ResultView['items']) =>
    items.length ? h('table', { class: 'items' }, h('caption', {}, caption), h('thead', {}, h('tr', {}, ...['Where', 'Code', 'Result', 'Why'].map((x) => h('th', { scope: 'col' }, x)))), h('tbody', {}, ...items.map(row))) : null;
  const items = r.items.length ? h('section', { 'aria-labelledby': 'items-h' }, h('h2', { id: 'items-h' }, 'Your codes'), table('Diagnoses (box 21)', r.items.filter((i) => i.kind === 'diagnosis')), table('Service lines (box 24)', r.items.filter((i) => i.kind === 'line'))) : null;
  const hints = r.hints.length
    ? h(
        'section',
        { 'aria-labelledby': 'hints-h' },
        h('h2', { id: 'hints-h' }, 'Hints'),
        h('ul', { class: 'hints' }, ...r.hints.map((x) => h('li', { 'data-hint': x.kind }, x.text, showWhere && x.where ? h('div', { class: 'where' }, x.where.text, ' ', h('button', { type: 'button', class: 'link', onclick: () => send({ type: 'showInNote', fromLine: x.where!.fromLine, toLine: x.where!.toLine }) }, 'Show in note')) : null))),
        showWhere ? null : h('button', { type: 'button', class: 'secondary', id: 'where-to-look', onclick: () => ((ui.showWhere = true), saveUi(), renderResult()) }, 'Where should I look?'),
      )
    : null;
  const payer = h(
    'section',
    { 'aria-labelledby': 'payer-h' },
    h('h2', { id: 'payer-h' }, 'What the mock payer would do'),
    h('p', { id: 'payer-status' }, `${PAYER[r.payer.status]} — paid $${r.payer.paid.toFixed(2)} of $${r.payer.billed.toFixed(2)} billed.`),
    r.payer.reasons.length ? h('ul', {}, ...r.payer.reasons.map((x) => h('li', {}, x.code ? h('strong', {}, `${x.code}${x.line ? ` (line ${x.line})` : ''}: `) : x.line ? `Line ${x.line}: ` : '', x.text))) : null,
  );
  const answer = r.answer
    ? h(
        'section',
        { 'aria-labelledby': 'answer-h', id: 'answer' },
        h('h2', { id: 'answer-h' }, 'Answer key'),
        h('p', { class: 'muted' }, r.answerNote),
        h('p', {}, h('strong', {}, 'Diagnoses: '), [r.answer.diagnoses.first, ...r.answer.diagnoses.others].join(', '), r.answer.diagnoses.optional.length ? ` (optional: ${r.answer.diagnoses.optional.join(', ')})` : ''),
        h('p', {}, h('strong', {}, 'Services: '), r.answer.services.map((s) => `${s.code}${s.modifiers.length ? `-${s.modifiers.join('-')}` : ''} ×${s.units}${s.optional ? ' (optional)' : ''}`).join(', ')),
        h('ul', { class: 'rationale' }, ...r.answer.rationale.map((x) => h('li', {}, h('strong', {}, `${x.codes.join(', ')}${x.guideline ? ` (guideline ${x.guideline})` : ''}: `), x.text))),
      )
    : h('section', { 'aria-labelledby': 'answer-h' }, h('h2', { id: 'answer-h' }, 'Answer key'), h('p', { class: 'muted' }, r.answerNote), r.examMode ? null : h('button', { type: 'button', class: 'secondary', id: 'show-answer', onclick: () => send({ type: 'showAnswer' }) }, 'Show answer'));
  const disputes = h(
    'section',
    { 'aria-labelledby': 'disputes-h' },
    h('h2', { id: 'disputes-h' }, 'Your rationale'),
    r.disputes.length ? h('ul', {}, ...r.disputes.map((d) => h('li', {}, h('span', { class: 'muted' }, `${d.at}: `), d.text))) : h('p', { class: 'muted' }, 'Disagree with the key? Write what you would code and why; it is kept with this case and exported with your progress.'),
    h('button', { type: 'button', class: 'secondary', id: 'dispute', onclick: () => send({ type: 'dispute' }) }, 'Dispute the key…'),
  );
  const actions = h('nav', { class: 'toolbar', 'aria-label': 'Next steps' }, h('button', { type: 'button', id: 'open-claim', onclick: () => send({ type: 'openClaim' }) }, 'Edit my claim'), ' ', h('button', { type: 'button', id: 'recheck', onclick: () => send({ type: 'recheck' }) }, 'Check again'));
  replaceChildren(body, head, items, hints, r.examMode ? null : payer, answer, disputes, actions);
}

window.addEventListener('message', (ev: MessageEvent) => {
  const parsed = PracticeToWebviewSchema.safeParse(ev.data);
  if (!parsed.success) {
    console.warn('practice: dropped an invalid message');
    return;
  }
  const msg = parsed.data;
  switch (msg.type) {
    case 'cases':
      cases = msg.cases;
      domains = msg.domains;
      timedSet = msg.timedSet;
      renderPractice();
      return;
    case 'progress':
      progress = msg.progress;
      renderProgress();
      return;
    case 'result':
      if (result && (result.caseId !== msg.view.caseId || result.attempt !== msg.view.attempt)) ui.showWhere = false;
      result = msg.view;
      renderResult();
      live.textContent = msg.view.examMode ? 'Attempt recorded.' : msg.view.score === undefined ? 'Not graded.' : `${msg.view.passed ? 'Passed' : 'Not passed yet'}, ${pct(msg.view.score)}.`;
      return;
    case 'notice':
      notice.textContent = msg.text;
      notice.className = `notice notice-${msg.level}`;
      notice.hidden = false;
      return;
    case 'ping':
      send({ type: 'pong', nonce: msg.nonce, mode, text: (body.innerText || body.textContent || '').slice(0, 20000), rows: body.querySelectorAll('li[data-case], tr[data-area], tr[class^="item-"]').length });
      return;
  }
});

send({ type: 'ready', mode });
