// "My CEUs": log entries per credential, cycle totals against each body's (combined) requirement.
import { h, replaceChildren } from '../common/dom';
import { ceuCycleStatus, type CycleStatus } from '../../guidance/ceu';
import { isIsoDate } from '../../util/dates';
import { CeuDraftSchema, type Body } from '../../model/guidance';
import type { Ctx, Section } from './context';
import { field, list } from './widgets';

/** What to say when a CEU entry field is not acceptable (the schema's own words are technical). */
const FIELD_HELP: Record<string, string> = {
  credentialId: 'Choose the credential these CEUs count for.',
  date: 'Enter the date you earned them (YYYY-MM-DD).',
  hours: 'Enter how many CEUs you earned: a number above 0 and at most 1000 (halves are fine, e.g. 1.5).',
  provider: 'Enter who offered the course or event (e.g. AAPC, a local chapter).',
  title: 'Enter the course or event title.',
};

const STATUS_TEXT: Record<CycleStatus['status'], string> = {
  met: 'Requirement met',
  'in-progress': 'In progress',
  'ended-short': 'Cycle ended short of the requirement',
  'no-start-date': 'Set your cycle start date to count only this cycle',
  'unknown-requirement': 'Requirement not known',
};

export function buildCeus(panel: HTMLElement, ctx: Ctx): Section {
  const { data } = ctx;
  const summary = h('div', { id: 'ceu-summary' });
  const entries = h('div', { id: 'ceu-entries' });
  const error = h('p', { id: 'ceu-error', class: 'error', role: 'alert' });

  const credSel = h('select', { id: 'ceu-credential' });
  const date = h('input', { id: 'ceu-date', type: 'date' });
  const hours = h('input', { id: 'ceu-hours', type: 'number', min: 0.25, step: 0.25, inputmode: 'decimal' });
  const provider = h('input', { id: 'ceu-provider', type: 'text', maxlength: 200, autocomplete: 'off' });
  const title = h('input', { id: 'ceu-title', type: 'text', maxlength: 300, autocomplete: 'off' });
  const d = ctx.ui.ceuDraft;
  date.value = d.date ?? ctx.today();
  hours.value = d.hours !== undefined ? String(d.hours) : '';
  provider.value = d.provider ?? '';
  title.value = d.title ?? '';

  const saveDraft = () => {
    const n = Number(hours.value);
    ctx.ui.ceuDraft = {
      credentialId: credSel.value || undefined,
      date: isIsoDate(date.value) ? date.value : undefined,
      hours: hours.value !== '' && n > 0 ? n : undefined,
      provider: provider.value || undefined,
      title: title.value || undefined,
    };
    ctx.saveUi();
  };
  for (const el of [credSel, date, hours, provider, title]) el.addEventListener('change', saveDraft);

  const form = h(
    'form',
    { id: 'ceu-form', 'aria-label': 'Add a CEU entry', novalidate: true },
    field('Credential', credSel),
    field('Date', date),
    field('Hours (CEUs)', hours),
    field('Provider', provider, 'e.g. the AAPC-approved vendor or AHIMA'),
    field('Title', title),
    error,
    h('button', { type: 'submit', id: 'ceu-add' }, 'Add entry'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const parsed = CeuDraftSchema.safeParse({ credentialId: credSel.value, date: date.value, hours: Number(hours.value), provider: provider.value, title: title.value });
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const which = String(first.path[0] ?? '');
      error.textContent = FIELD_HELP[which] ?? `Please check "${which}": ${first.message}.`;
      (document.getElementById(`ceu-${which === 'credentialId' ? 'credential' : which}`) as HTMLElement | null)?.focus();
      return;
    }
    error.textContent = '';
    ctx.send({ type: 'addCeu', entry: parsed.data });
    ctx.announce(`Added ${parsed.data.hours} CEUs for ${parsed.data.credentialId}.`);
    title.value = '';
    hours.value = '';
    saveDraft();
    title.focus();
  });

  panel.append(
    h('h2', {}, 'My CEUs'),
    h('p', { class: 'hint' }, 'Credentials you hold come from "Can I sit for it?". Each body counts CEUs per 2-year cycle; combined rules apply when you hold several.'),
    summary,
    h('h3', {}, 'Add an entry'),
    form,
    h('h3', {}, 'Entries'),
    entries,
  );

  function renderCredentialOptions(): void {
    const held = ctx.state().profile.credentialsHeld.filter((id) => data.credentialById.has(id));
    const ids = held.length ? held : data.credentials.map((c) => c.id);
    const want = credSel.value || ctx.ui.ceuDraft.credentialId || ids[0];
    replaceChildren(credSel, ...ids.map((id) => h('option', { value: id }, id)));
    credSel.value = ids.includes(want) ? want : ids[0];
  }

  function cycleStartInput(s: CycleStatus): HTMLElement {
    const input = h('input', { id: `ceu-start-${s.body}`, type: 'date' });
    input.value = s.cycleStart ?? '';
    input.addEventListener('change', () => {
      if (input.value === '' || isIsoDate(input.value)) ctx.send({ type: 'setCycleStart', body: s.body as Body, date: input.value || null });
    });
    return field(`${s.body} cycle start`, input);
  }

  function update(): void {
    const st = ctx.state();
    renderCredentialOptions();
    const statuses = ceuCycleStatus(st.ceuLog, st.profile.credentialsHeld, st.cycleStarts, ctx.today(), data);
    replaceChildren(
      summary,
      statuses.length
        ? h(
            'ul',
            { class: 'cards' },
            ...statuses.map((s) =>
              h(
                'li',
                { class: `card cycle status-${s.status}` },
                h('h4', {}, `${s.body}: ${s.earned} of ${s.required ?? '?'} CEUs`, s.verified ? null : h('span', { class: 'badge badge-unverified' }, 'Unverified')),
                h('p', {}, h('strong', {}, STATUS_TEXT[s.status]), s.remaining ? ` — ${s.remaining} to go.` : '.'),
                h('p', {}, s.explanation, '.'),
                cycleStartInput(s),
                s.cycleEnd ? h('p', {}, `Cycle ends ${s.cycleEnd}${s.daysLeft !== null ? ` (${s.daysLeft >= 0 ? `${s.daysLeft} days left` : `${-s.daysLeft} days ago`})` : ''}.`) : null,
                s.outsideCycle ? h('p', { class: 'muted' }, `${s.outsideCycle} logged entr${s.outsideCycle === 1 ? 'y is' : 'ies are'} outside this cycle.`) : null,
                list(s.topicStatus.map((t) => `${t.credentialId}: ${t.earned} of ${t.ceus} CEUs on ${t.topic}${t.met ? ' (met)' : ''}`)),
                list(s.notes, 'notes'),
              ),
            ),
          )
        : h('p', {}, 'You have not listed any credentials yet. Tick the ones you hold under "Can I sit for it?" to see your requirement.'),
    );
    replaceChildren(
      entries,
      st.ceuLog.length
        ? h(
            'table',
            { class: 'entries' },
            h('caption', { class: 'visually-hidden' }, 'CEU entries'),
            h('thead', {}, h('tr', {}, ...['Date', 'Credential', 'Hours', 'Provider', 'Title', ''].map((t) => h('th', { scope: 'col' }, t)))),
            h(
              'tbody',
              {},
              ...[...st.ceuLog].reverse().map((e) =>
                h(
                  'tr',
                  { 'data-entry': e.id },
                  h('td', {}, e.date),
                  h('td', {}, e.credentialId),
                  h('td', {}, String(e.hours)),
                  h('td', {}, e.provider),
                  h('td', {}, e.title),
                  h('td', {}, h('button', { type: 'button', class: 'secondary', id: `ceu-del-${e.id}`, 'aria-label': `Delete ${e.hours} CEUs "${e.title}" on ${e.date}`, onclick: () => {
                    ctx.send({ type: 'deleteCeu', id: e.id });
                    ctx.announce(`Deleted the entry "${e.title}".`);
                    document.getElementById('ceu-add')?.focus();
                  } }, 'Delete')),
                ),
              ),
            ),
          )
        : h('p', {}, 'No entries yet.'),
    );
  }
  return { update };
}
