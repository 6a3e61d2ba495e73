// The remittance panel: renders a 277CA-style rejection notice or an 835-style remittance from a
// validated `show` message. Every text from the claim is set as text, never parsed as HTML.
import '../../shared/zodSetup'; // first: before any schema is used
import { parseRemittanceToWebview, RemittanceToExtensionSchema, RemittanceViewSchema, type RemittanceToExtension, type RemittanceView } from '../../shared/remittanceProtocol';
import { h, replaceChildren } from '../common/dom';
import { vscodeApi } from '../common/vscodeApi';

const api = vscodeApi<{ view?: RemittanceView }>();
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
  replaceChildren(root, header, view.stale ? h('p', { class: 'stale' }, 'The claim has changed since this submission.') : null, reasons, lines, notes, actions);
}

window.addEventListener('message', (ev: MessageEvent) => {
  const parsed = parseRemittanceToWebview(ev.data);
  if (!parsed.ok) {
    console.warn(`[Clean Claim Coach] remittance: dropped ${parsed.error}`);
    return;
  }
  api.setState({ view: parsed.message.view });
  render(parsed.message.view);
});

// A view saved by an older version may not fit the current schema: show it only if it does.
const saved = RemittanceViewSchema.safeParse(api.getState()?.view);
if (saved.success) render(saved.data);
send({ type: 'ready' });
