// "Practice claims": this workspace's *.claim.{yaml,yml,json} files with error/warning counts.
import { h, replaceChildren } from '../common/dom';
import type { ClaimSummary, SubmissionRow } from '../../shared/sidebarProtocol';
import { STATUS_LABEL } from '../../model/submission';
import type { Ctx } from './context';

export interface ClaimsSection {
  setClaims(claims: readonly ClaimSummary[], truncated: boolean): void;
  setHistory(rows: readonly SubmissionRow[]): void;
}


export function buildClaims(panel: HTMLElement, ctx: Ctx): ClaimsSection {
  const body = h('div', { id: 'claims-list' }, h('p', {}, 'Looking for claim files…'));
  const count = h('p', { id: 'claims-count', class: 'muted' });
  panel.append(
    h('h2', {}, 'Practice claims'),
    h('p', { class: 'hint' }, 'Claim files (*.claim.yaml, *.claim.yml, *.claim.json) in this workspace, with the problems Clean Claim Coach found. Open a claim to lint it, or lint them all.'),
    h(
      'div',
      { class: 'toolbar', role: 'group', 'aria-label': 'Claim actions' },
      h('button', { type: 'button', id: 'claims-lint-all', onclick: () => ctx.send({ type: 'runCommand', command: 'lintAll' }) }, 'Lint all'),
      h('button', { type: 'button', id: 'claims-submit', onclick: () => ctx.send({ type: 'runCommand', command: 'submitCurrent' }) }, 'Submit current'),
      h('button', { type: 'button', id: 'claims-refresh', class: 'secondary', onclick: () => ctx.send({ type: 'refreshClaims' }) }, 'Refresh'),
    ),
    count,
    body,
  );
  // Submission history: filter by claim file and status; each row reopens its result.
  let rows: readonly SubmissionRow[] = [];
  const fileFilter = h('select', { id: 'history-file', onchange: () => renderHistory() }, h('option', { value: '' }, 'All claims'));
  const statusFilter = h(
    'select',
    { id: 'history-status', onchange: () => renderHistory() },
    h('option', { value: '' }, 'Any status'),
    ...(Object.keys(STATUS_LABEL) as SubmissionRow['status'][]).map((k) => h('option', { value: k }, STATUS_LABEL[k])),
  );
  const historyList = h('div', { id: 'history-list', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'No submissions yet: open a claim and choose "Submit current".'));
  panel.append(
    h('h3', { id: 'history-h' }, 'Submission history'),
    h('div', { class: 'filters', role: 'group', 'aria-labelledby': 'history-h' }, h('label', { for: 'history-file' }, 'Claim'), fileFilter, h('label', { for: 'history-status' }, 'Status'), statusFilter),
    historyList,
  );
  function renderHistory(): void {
    const files = [...new Set(rows.map((r) => r.file))].sort();
    const keepFile = fileFilter.value;
    replaceChildren(fileFilter, h('option', { value: '' }, 'All claims'), ...files.map((f) => h('option', { value: f }, f)));
    fileFilter.value = files.includes(keepFile) ? keepFile : '';
    const shown = rows.filter((r) => (!fileFilter.value || r.file === fileFilter.value) && (!statusFilter.value || r.status === statusFilter.value)).slice().reverse();
    replaceChildren(
      historyList,
      shown.length
        ? h(
            'ol',
            { class: 'history', reversed: true },
            ...shown.map((r, i) =>
              h(
                'li',
                { class: `submission status-${r.status}` },
                h('button', { type: 'button', class: 'link', id: `history-open-${i}`, title: `Reopen the payer's answer (${r.submittedAt})`, onclick: () => ctx.send({ type: 'openSubmission', id: r.id }) }, `${STATUS_LABEL[r.status]} · ${r.claimId} · attempt ${r.attempt}`),
                h('span', { class: 'counts' }, `${r.file} · billed $${r.billed.toFixed(2)} · paid $${r.paid.toFixed(2)}`),
              ),
            ),
          )
        : h('p', { class: 'muted' }, rows.length ? 'No submission matches these filters.' : 'No submissions yet: open a claim and choose "Submit current".'),
    );
  }
  return {
    setHistory(next) {
      rows = next;
      renderHistory();
    },
    setClaims(claims, truncated) {
      const errs = claims.reduce((a, c) => a + c.errors, 0);
      const warns = claims.reduce((a, c) => a + c.warnings, 0);
      const unchecked = claims.filter((c) => !c.checked).length;
      count.textContent =
        `${claims.length}${truncated ? '+' : ''} claim file${claims.length === 1 ? '' : 's'}; ${errs} error${errs === 1 ? '' : 's'}, ${warns} warning${warns === 1 ? '' : 's'}` +
        (unchecked ? ` in the checked ones; ${unchecked} not checked yet (Lint all checks them).` : '.');
      replaceChildren(
        body,
        claims.length
          ? h(
              'ul',
              { class: 'claims' },
              ...claims.map((c, i) =>
                h(
                  'li',
                  { class: !c.checked ? 'claim unchecked' : c.errors ? 'claim has-errors' : c.warnings ? 'claim has-warnings' : 'claim clean' },
                  h('button', { type: 'button', class: 'link', id: `claim-open-${i}`, title: `Open ${c.label}`, onclick: () => ctx.send({ type: 'openClaim', uri: c.uri }) }, c.label),
                  h('span', { class: 'counts' }, c.checked ? `${c.errors} error${c.errors === 1 ? '' : 's'}, ${c.warnings} warning${c.warnings === 1 ? '' : 's'}` : 'not checked yet'),
                ),
              ),
            )
          : h('p', {}, 'No claim files in this workspace yet. Use the walkthrough to open an example.'),
      );
    },
  };
}
