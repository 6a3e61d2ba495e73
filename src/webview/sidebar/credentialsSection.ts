// "Credentials": browse, filter by body and setting, compare two side by side.
import { h, replaceChildren, type Child } from '../common/dom';
import { SETTINGS, type Credential, type Exam, type Route } from '../../model/guidance';
import type { Ctx, Section } from './context';
import { BODY_ORDER, EDUCATION_LABEL, SETTING_LABEL, provenanceBlock } from './labels';
import { disclosure, field, list, select } from './widgets';

const NC = 'not confirmed';

export function routeText(r: Route): string {
  return r.label;
}

export function examFacts(e: Exam): Array<[string, string]> {
  return [
    ['Questions', e.questions === null ? NC : `${e.questions}${e.scoredQuestions ? ` (${e.scoredQuestions} scored)` : ''}`],
    ['Time', e.hours === null ? NC : `${e.hours} hours`],
    ['Pass mark', e.passMark ?? NC],
    ['Open book', e.openBook === null ? NC : e.openBook ? 'yes' : 'no'],
  ];
}

function ceuText(c: Credential): string {
  const r = c.renewal;
  const base = r.ceusAlone === null ? `recertify every ${r.cycleYears} years (CEU amount ${NC})` : `${r.ceusAlone} CEUs per ${r.cycleYears} years when held alone`;
  return r.topicRequirement ? `${base}; ${r.topicRequirement.ceus} must be on ${r.topicRequirement.topic}` : base;
}

function minEducationText(c: Credential): string {
  // "none" reads "No diploma yet" in the profile form; as a requirement it means no minimum.
  const education = (e: Credential['eligibility']['routes'][number]['minEducation']) => (e === 'none' ? 'No education minimum' : EDUCATION_LABEL[e]);
  return c.eligibility.routes.map((r) => `${education(r.minEducation)}${r.accreditation ? ` (${r.accreditation})` : ''}${r.minMonthsExperience ? `, ${r.minMonthsExperience} months` : ''}`).join(' or ');
}

function credentialCard(ctx: Ctx, c: Credential): HTMLElement {
  const el = c.eligibility;
  const verified = c.provenance.verified && el.provenance.verified;
  return h(
    'li',
    { class: 'card' },
    disclosure(
      ctx,
      `cred-${c.id}`,
      h('span', {}, h('strong', {}, c.id), ` ${c.name} (${c.body})`, verified ? null : h('span', { class: 'badge badge-unverified' }, 'Unverified')),
      h('p', {}, c.focus),
      h('p', {}, h('strong', {}, 'Typical settings: '), c.settings.map((s) => SETTING_LABEL[s]).join(', ')),
      provenanceBlock(ctx, c.provenance),
      h('h4', {}, 'Eligibility'),
      list(el.routes.map(routeText)),
      el.recommended.length ? h('p', {}, h('strong', {}, 'Recommended (not required): '), el.recommended.join('; ')) : null,
      el.membership ? h('p', {}, h('strong', {}, 'Membership: '), `${el.membership} membership is needed to hold it.`) : null,
      el.apprentice
        ? h('div', {}, h('strong', {}, `Removing the apprentice designation (${el.apprentice.designation}):`), list(el.apprentice.removalRoutes.map(routeText)))
        : null,
      list(el.notes),
      provenanceBlock(ctx, el.provenance),
      h('h4', {}, 'Exam'),
      h('dl', { class: 'facts' }, ...examFacts(c.exam).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      c.exam.format ? h('p', {}, c.exam.format) : null,
      provenanceBlock(ctx, c.exam.provenance),
      h('h4', {}, 'Renewal'),
      h('p', {}, ceuText(c)),
      list(c.renewal.notes),
      provenanceBlock(ctx, c.renewal.provenance),
    ),
  );
}

export function buildCredentials(panel: HTMLElement, ctx: Ctx): Section {
  const { data } = ctx;
  const count = h('p', { class: 'muted', id: 'cred-count', 'aria-live': 'polite' });
  const listEl = h('ul', { class: 'cards', 'aria-labelledby': 'cred-list-title' });
  const compareOut = h('div', { id: 'compare-out' });
  const ids = data.credentials.map((c) => [c.id, `${c.id} (${c.body})`] as const);

  const bodySel = select('cred-body', [['all', 'All bodies'], ...BODY_ORDER.map((b) => [b, b] as const)], ctx.ui.bodyFilter, (v) => {
    ctx.ui.bodyFilter = v as typeof ctx.ui.bodyFilter;
    ctx.saveUi();
    renderList();
  });
  const settingSel = select('cred-setting', [['all', 'All settings'], ...SETTINGS.map((s) => [s, SETTING_LABEL[s]] as const)], ctx.ui.settingFilter, (v) => {
    ctx.ui.settingFilter = v as typeof ctx.ui.settingFilter;
    ctx.saveUi();
    renderList();
  });
  const cmpA = select('compare-a', ids, ctx.ui.compare[0], (v) => {
    ctx.ui.compare = [v, ctx.ui.compare[1]];
    ctx.saveUi();
    renderCompare();
  });
  const cmpB = select('compare-b', ids, ctx.ui.compare[1], (v) => {
    ctx.ui.compare = [ctx.ui.compare[0], v];
    ctx.saveUi();
    renderCompare();
  });

  panel.append(
    h('h2', { id: 'cred-list-title' }, 'Credentials'),
    h('div', { class: 'filters', role: 'group', 'aria-label': 'Filter credentials' }, field('Certifying body', bodySel), field('Work setting', settingSel)),
    count,
    listEl,
    h('h3', {}, 'Compare two credentials'),
    h('div', { class: 'filters', role: 'group', 'aria-label': 'Credentials to compare' }, field('First', cmpA), field('Second', cmpB)),
    compareOut,
  );

  function renderList(): void {
    const shown = data.credentials.filter(
      (c) => (ctx.ui.bodyFilter === 'all' || c.body === ctx.ui.bodyFilter) && (ctx.ui.settingFilter === 'all' || c.settings.includes(ctx.ui.settingFilter)),
    );
    count.textContent = `${shown.length} of ${data.credentials.length} credentials shown.`;
    replaceChildren(listEl, ...(shown.length ? shown.map((c) => credentialCard(ctx, c)) : [h('li', {}, 'No credential matches these filters.')]));
  }

  function renderCompare(): void {
    const a = data.credentialById.get(ctx.ui.compare[0]);
    const b = data.credentialById.get(ctx.ui.compare[1]);
    if (!a || !b) {
      replaceChildren(compareOut, h('p', {}, 'Pick two credentials.'));
      return;
    }
    const flag = (c: Credential, verified: boolean, text: string): Child => (verified ? text : h('span', {}, text, ' ', h('span', { class: 'badge badge-unverified' }, 'Unverified')));
    const rows: Array<[string, (c: Credential) => Child]> = [
      ['Body', (c) => c.body],
      ['Focus', (c) => c.focus],
      ['Settings', (c) => c.settings.map((s) => SETTING_LABEL[s]).join(', ')],
      ['Minimum to sit', (c) => flag(c, c.eligibility.provenance.verified, minEducationText(c))],
      ['Recommended', (c) => c.eligibility.recommended.join('; ') || '—'],
      ['Apprentice designation', (c) => c.eligibility.apprentice?.designation ?? '—'],
      ...examFacts(a.exam).map(([label], i): [string, (c: Credential) => Child] => [label, (c) => flag(c, c.exam.provenance.verified, examFacts(c.exam)[i][1])]),
      ['CEUs', (c) => flag(c, c.renewal.provenance.verified, ceuText(c))],
    ];
    replaceChildren(
      compareOut,
      h(
        'table',
        { class: 'compare' },
        h('caption', { class: 'visually-hidden' }, `${a.id} compared with ${b.id}`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Fact'), h('th', { scope: 'col' }, a.id), h('th', { scope: 'col' }, b.id))),
        h('tbody', {}, ...rows.map(([label, f]) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, f(a)), h('td', {}, f(b))))),
      ),
    );
  }

  renderList();
  renderCompare();
  return { update: () => undefined };
}
