// The remittance panel: renders a 277CA-style rejection notice or an 835-style remittance from a
// validated `show` message. Every text from the claim is set as text, never parsed as HTML.
import '../../shared/zodSetup'; // first: before any schema is used
import { parseRemittanceToWebview, RemittanceToExtensionSchema, RemittanceViewSchema, type RemittanceToExtension, type RemittanceView } from '../../shared/remittanceProtocol';
import { h, replaceChildren } from '../common/dom';
import { vscodeApi } from '../common/vscodeApi';

const api = vscodeApi<{ view?: RemittanceView; tab?: Tab; explain?: boolean }>();
type Tab = 'summary' | 'x12';
let tab: Tab = api.getState()?.tab ?? 'summary';
let explain = api.getState()?.explain ?? true;
const root = document.getElementById('app')!;
const money = (n: number) => `$${n.toFixed(2)}`;

function send(msg: RemittanceToExtension): void {
  const ok = RemittanceToExtensionSchema.safeParse(msg);
  if (ok.success) api.postMessage(ok.data);
}

const STATUS_TEXT: Record<string, string> = {
  rejected: 'Rejected at the front end — the claim never reached adjudication',
  denied: 'Denied — every line was refused',
  'partially-paid': 'Partially paid — some lines were denied',
  paid: 'Paid',
};

function render(view: RemittanceView): void {
  const r = view.result;
  const rejected = r.status === 'rejected';
  const header = h(
    'header',
    { class: `status status-${r.status}` },
    h('h1', {}, rejected ? 'Claim acknowledgment (277CA-style)' : 'Remittance advice (835-style)'),
    h('p', { class: 'status-line', role: 'status' }, STATUS_TEXT[r.status]),
    h(
      'dl',
      { class: 'meta' },
      h('dt', {}, 'Claim'),
      h('dd', {}, `${r.claimId} (${view.claimFile}, attempt ${view.attempt})`),
      h('dt', {}, 'Payer'),
      h('dd', {}, r.payerName ? `${r.payerName} (${r.payerId})` : r.payerId),
      h('dt', {}, 'Submitted'),
      h('dd', {}, r.submittedAt),
      r.payerClaimNumber ? h('dt', {}, 'Payer claim number') : null,
      r.payerClaimNumber ? h('dd', {}, r.payerClaimNumber) : null,
      r.acknowledgment ? h('dt', {}, 'Status category') : null,
      r.acknowledgment ? h('dd', {}, `${r.acknowledgment.statusCategory} — ${r.acknowledgment.description}`) : null,
    ),
  );
  const reasons = r.reasons.length
    ? h(
        'section',
        { 'aria-labelledby': 'reasons-h' },
        h('h2', { id: 'reasons-h' }, rejected ? 'Fields at fault' : 'Adjustment reasons'),
        h(
          'ol',
          { class: 'reasons' },
          ...r.reasons.map((x, i) =>
            h(
              'li',
              {},
              h('span', { class: 'box' }, `Box ${x.box}${x.line ? ` · line ${x.line}` : ''}`),
              x.carc ? h('span', { class: 'code' }, `${x.group ?? ''}-${x.carc}${x.rarc.length ? ` · RARC ${x.rarc.join(', ')}` : ''}`) : x.rarc.length ? h('span', { class: 'code' }, `RARC ${x.rarc.join(', ')}`) : null,
              h('p', {}, x.message),
              x.explanation ? h('p', { class: 'explain' }, x.explanation) : null,
              h(
                'div',
                { class: 'actions' },
                x.range.end > 0 && !view.stale ? h('button', { type: 'button', onclick: () => send({ type: 'reveal', reason: i }) }, 'Show in claim') : null,
                x.ruleId !== 'duplicate-claim' ? h('button', { type: 'button', class: 'secondary', onclick: () => send({ type: 'openDocs', ruleId: x.ruleId }) }, `About ${x.ruleId}`) : null,
              ),
            ),
          ),
        ),
      )
    : null;
  const lines = rejected
    ? null
    : h(
        'section',
        { 'aria-labelledby': 'lines-h' },
        h('h2', { id: 'lines-h' }, 'Service lines'),
        h(
          'div',
          { class: 'table-wrap' },
          h(
          'table',
          {},
          h('thead', {}, h('tr', {}, ...['Line', 'Code', 'Status', 'Billed', 'Allowed', 'Paid', 'Patient', 'Adjustments'].map((t) => h('th', { scope: 'col' }, t)))),
          h(
            'tbody',
            {},
            ...r.lines.map((l) =>
              h(
                'tr',
                { class: `line-${l.status}` },
                h('td', {}, l.line),
                h('td', {}, l.code),
                h('td', { class: 'status' }, l.status),
                h('td', { class: 'num' }, money(l.billed)),
                h('td', { class: 'num' }, money(l.allowed)),
                h('td', { class: 'num' }, money(l.paid)),
                h('td', { class: 'num' }, money(l.patientResponsibility)),
                h('td', {}, ...l.adjustments.map((a) => h('div', { title: a.meaning ?? '' }, `${a.group}-${a.carc}${a.rarc.length ? `/${a.rarc.join('/')}` : ''} ${money(a.amount)}`))),
              ),
            ),
          ),
          h(
            'tfoot',
            {},
            h('tr', {}, h('th', { scope: 'row', colspan: 3 }, 'Totals'), h('td', { class: 'num' }, money(r.totals.billed)), h('td', {}), h('td', { class: 'num' }, money(r.totals.paid)), h('td', { class: 'num' }, money(r.totals.patientResponsibility)), h('td', {}, `paid to the ${r.payTo}`)),
          ),
          ),
        ),
      );
  const notes = r.notes.length ? h('section', { 'aria-labelledby': 'notes-h' }, h('h2', { id: 'notes-h' }, 'What this means'), h('ul', {}, ...r.notes.map((n) => h('li', {}, n)))) : null;
  const actions = h(
    'nav',
    { class: 'toolbar', 'aria-label': 'Next steps' },
    r.status !== 'paid' ? h('button', { type: 'button', onclick: () => send({ type: 'fixAndResubmit' }) }, 'Fix and resubmit') : null,
    h('button', { type: 'button', class: r.status === 'paid' ? '' : 'secondary', onclick: () => send({ type: 'resubmit' }) }, 'Submit again'),
    h('button', { type: 'button', class: 'secondary', onclick: () => send({ type: 'showHistory' }) }, 'View history'),
  );
  const summary = [header, view.stale ? h('p', { class: 'stale' }, 'The claim has changed since this submission.') : null, reasons, lines, notes, actions];
  if (!view.x12) return replaceChildren(root, ...summary);
  replaceChildren(root, tabs(view), h('div', { role: 'tabpanel', id: 'panel-summary', 'aria-labelledby': 'tab-summary', hidden: tab !== 'summary' }, ...summary), h('div', { role: 'tabpanel', id: 'panel-x12', 'aria-labelledby': 'tab-x12', hidden: tab !== 'x12' }, x12Panel(view)));
}

function saveState(view: RemittanceView): void {
  api.setState({ view, tab, explain });
}

/** Summary | X12 tabs (arrow keys move between them, as a tablist should). */
function tabs(view: RemittanceView): HTMLElement {
  const pick = (t: Tab) => {
    tab = t;
    saveState(view);
    render(view);
    document.getElementById(`tab-${t}`)?.focus();
  };
  const kinds = view.x12!.documents.map((d) => d.kind).join(', ');
  const tabButton = (t: Tab, label: string) =>
    h('button', { type: 'button', role: 'tab', id: `tab-${t}`, class: 'tab', 'aria-selected': String(tab === t), 'aria-controls': `panel-${t}`, tabindex: tab === t ? 0 : -1, onclick: () => pick(t) }, label);
  return h(
    'div',
    { role: 'tablist', 'aria-label': "The payer's answer", class: 'tabs', onkeydown: (ev: Event) => {
      const k = (ev as KeyboardEvent).key;
      if (k === 'ArrowRight' || k === 'ArrowLeft' || k === 'Home' || k === 'End') {
        ev.preventDefault();
        pick(k === 'Home' ? 'summary' : k === 'End' ? 'x12' : tab === 'summary' ? 'x12' : 'summary');
      }
    } },
    tabButton('summary', 'Summary'),
    tabButton('x12', `View as X12 (${kinds})`),
  );
}

const KIND_TITLE: Record<string, string> = { '999': '999 — acknowledgment of the 837P file', '277CA': '277CA — claim acknowledgment (front-end rejection)', '835': '835 — remittance advice' };

function x12Panel(view: RemittanceView): HTMLElement {
  const x = view.x12!;
  return h(
    'section',
    { class: `x12${explain ? '' : ' x12-plain'}`, 'aria-label': 'The answer in X12' },
    h(
      'div',
      { class: 'toolbar' },
      h('label', {}, h('input', { type: 'checkbox', id: 'x12-explain', checked: explain, onchange: (ev: Event) => {
        explain = (ev.target as HTMLInputElement).checked;
        saveState(view);
        render(view);
      } }), ' Explain each segment'),
      h('button', { type: 'button', class: 'secondary', onclick: () => send({ type: 'openX12' }) }, 'Open as X12 document (hover for details)'),
    ),
    x.accepted ? null : h('p', { class: 'stale' }, 'The 999 rejected the 837P file: the payer never saw the claim, so no 277CA or 835 follows.'),
    ...x.documents.map((d) =>
      h(
        'section',
        { 'aria-label': KIND_TITLE[d.kind] },
        h('h2', {}, KIND_TITLE[d.kind]),
        h('ol', { class: 'x12-segments' }, ...d.segments.map((s) => h('li', { title: s.about }, h('code', {}, s.text), explain && s.about ? h('span', { class: 'about' }, s.about) : null))),
      ),
    ),
  );
}

window.addEventListener('message', (ev: MessageEvent) => {
  const parsed = parseRemittanceToWebview(ev.data);
  if (!parsed.ok) {
    console.warn(`[Clean Claim Coach] remittance: dropped ${parsed.error}`);
    return;
  }
  saveState(parsed.message.view);
  render(parsed.message.view);
});

// A view saved by an older version may not fit the current schema: show it only if it does.
const saved = RemittanceViewSchema.safeParse(api.getState()?.view);
if (saved.success) render(saved.data);
send({ type: 'ready' });
