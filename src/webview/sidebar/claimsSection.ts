// "Practice claims": this workspace's *.claim.{yaml,yml,json} files with error/warning counts.
import { h, replaceChildren } from '../common/dom';
import type { ClaimSummary } from '../../shared/sidebarProtocol';
import type { Ctx } from './context';

export interface ClaimsSection {
  setClaims(claims: readonly ClaimSummary[], truncated: boolean): void;
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
  return {
    setClaims(claims, truncated) {
      const errs = claims.reduce((a, c) => a + c.errors, 0);
      const warns = claims.reduce((a, c) => a + c.warnings, 0);
      count.textContent = `${claims.length}${truncated ? '+' : ''} claim file${claims.length === 1 ? '' : 's'}; ${errs} error${errs === 1 ? '' : 's'}, ${warns} warning${warns === 1 ? '' : 's'}.`;
      replaceChildren(
        body,
        claims.length
          ? h(
              'ul',
              { class: 'claims' },
              ...claims.map((c, i) =>
                h(
                  'li',
                  { class: c.errors ? 'claim has-errors' : c.warnings ? 'claim has-warnings' : 'claim clean' },
                  h('button', { type: 'button', class: 'link', id: `claim-open-${i}`, title: `Open ${c.label}`, onclick: () => ctx.send({ type: 'openClaim', uri: c.uri }) }, c.label),
                  h('span', { class: 'counts' }, `${c.errors} error${c.errors === 1 ? '' : 's'}, ${c.warnings} warning${c.warnings === 1 ? '' : 's'}`),
                ),
              ),
            )
          : h('p', {}, 'No claim files in this workspace yet. Use the walkthrough to open an example.'),
      );
    },
  };
}
