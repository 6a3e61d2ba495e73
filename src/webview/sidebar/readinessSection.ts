// "Exam readiness from your practice" (top of the Credentials section): for the CPC and the CCA, the
// share of practice cases passed in the exam's areas against the exam's pass mark from the guide's
// data (with its source), and a table by exam area (the text screen readers read; the small bars in
// it are hidden from them). Computed by the extension (src/guidance/readiness.ts) from the practice
// log; this only renders the validated `readiness` message. Sizes are set from script (sized()):
// the CSP drops style attributes.
import { h, replaceChildren, sized } from '../common/dom';
import type { ExamReadinessView, ReadinessView } from '../../shared/sidebarProtocol';
import type { Ctx } from './context';
import { provenanceBlock } from './labels';
import { disclosure } from './widgets';

const pct = (x: number) => `${Math.round(Math.max(0, Math.min(1, x)) * 100)}%`;

const STATUS_LABEL: Record<ExamReadinessView['status'], string> = {
  'not-started': 'Not started',
  building: 'Building',
  'on-track': 'On track',
};

export interface ReadinessSection {
  set(view: ReadinessView): void;
  /** What the section shows, as text (the test ping reports it). */
  text(): string;
}

function bar(rate: number, target: number, ok: boolean): HTMLElement {
  return h(
    'span',
    { class: 'meter', 'aria-hidden': 'true' },
    sized(h('span', { class: `meter-fill ${ok ? 'good' : 'weak'}` }), { width: rate }),
    sized(h('span', { class: 'meter-target' }), { width: target }),
  );
}

function examBlock(ctx: Ctx, r: ExamReadinessView): HTMLElement {
  const cred = ctx.data.credentialById.get(r.exam);
  const practised = r.areas.filter((a) => a.casesAttempted > 0);
  const notYet = r.areas.filter((a) => a.status === 'not-practised');
  const noCases = r.areas.filter((a) => a.status === 'no-cases');
  const targetText = pct(r.target);
  const headId = `readiness-${r.exam}-h`;
  const table = practised.length
    ? h(
        'table',
        { class: 'readiness-areas', id: `readiness-${r.exam}-areas` },
        h('caption', { class: 'visually-hidden' }, `${r.exam}: practice cases passed by exam area, against ${targetText}`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Exam area'), h('th', { scope: 'col' }, 'Passed'))),
        h(
          'tbody',
          {},
          ...practised.map((a) =>
            h(
              'tr',
              { 'data-area': a.domain, class: `area-${a.status}` },
              h('th', { scope: 'row' }, a.name),
              h(
                'td',
                { class: 'readiness-cell' },
                h('span', { class: 'readiness-count' }, `${a.casesPassed} of ${a.casesAttempted} (${pct(a.passRate)})`),
                h('span', { class: `readiness-mark ${a.status === 'at-target' ? 'good' : 'weak'}` }, a.status === 'at-target' ? `at or above ${targetText}` : `below ${targetText}`),
                bar(a.passRate, r.target, a.status === 'at-target'),
              ),
            ),
          ),
        ),
      )
    : null;
  const names = (xs: typeof r.areas) => xs.map((a) => a.name).join('; ');
  const below = practised.filter((a) => a.status === 'below-target').length;
  // The area table and the areas not practised, folded (two exams' tables would push the
  // credentials far down a narrow sidebar); the sentence above names the weakest area.
  const areas = disclosure(
    ctx,
    `readiness-areas-${r.exam}`,
    h('span', {}, `By exam area: ${practised.length} practised${below ? `, ${below} below ${targetText}` : ''}, ${notYet.length + noCases.length} not yet`, h('span', { class: 'visually-hidden' }, ` (${r.exam})`)),
    table ?? h('p', { class: 'muted' }, 'No area practised yet.'),
    notYet.length ? h('p', {}, h('strong', {}, 'Not practised yet, with practice cases: '), names(notYet)) : null,
    noCases.length ? h('p', { class: 'muted' }, h('strong', {}, 'No practice case yet: '), names(noCases)) : null,
  );
  return h(
    'section',
    { class: `readiness-exam status-${r.status}`, 'data-exam': r.exam, 'aria-labelledby': headId },
    h('h3', { id: headId }, `${r.exam} · ${r.name}`, h('span', { class: `badge readiness-badge status-${r.status}` }, STATUS_LABEL[r.status])),
    r.casesAttempted
      ? h(
          'div',
          { class: 'readiness-overall' },
          h(
            'span',
            { class: 'readiness-count' },
            `${r.casesPassed} of ${r.casesAttempted} cases passed (${pct(r.passRate)}) · ${r.targetFrom === 'exam' ? `the ${r.exam} needs ${targetText}` : `practice pass mark ${targetText} (the ${r.exam}'s is ${r.passMark === null ? 'not confirmed' : 'not a percentage'})`}`,
          ),
          bar(r.passRate, r.target, r.passRate >= r.target),
        )
      : null,
    h('p', { class: 'readiness-sentence' }, r.sentence),
    areas,
    cred ? provenanceBlock(ctx, cred.exam.provenance, `Pass mark "${r.passMark ?? 'not confirmed'}" source`) : null,
  );
}

export function buildReadiness(panel: HTMLElement, ctx: Ctx): ReadinessSection {
  const body = h('div', { id: 'readiness-body' }, h('p', { class: 'muted' }, 'Loading your practice results…'));
  const section = h(
    'section',
    { id: 'readiness', class: 'readiness', 'aria-labelledby': 'readiness-h' },
    h('h2', { id: 'readiness-h' }, 'Exam readiness from your practice'),
    h('p', { class: 'hint' }, 'From the practice cases you checked with "Check My Coding", by exam area. Practice cases are not exam questions: use this to choose what to study.'),
    body,
  );
  panel.append(section);
  let last: ReadinessView | undefined;

  function set(view: ReadinessView): void {
    const announce = last !== undefined && last.attempts !== view.attempts;
    last = view;
    const none = view.exams.every((e) => e.casesAttempted === 0);
    replaceChildren(
      body,
      none
        ? h(
            'p',
            { class: 'readiness-empty' },
            'No practice case checked yet. ',
            h('button', { type: 'button', class: 'link', id: 'readiness-practise', onclick: () => ctx.send({ type: 'showPractice' }) }, 'Open the Practice view'),
            ' to start one.',
          )
        : null,
      view.skippedLines ? h('p', { class: 'readiness-warning' }, `${view.skippedLines} unreadable line(s) of your practice log were skipped; the rest is counted.`) : null,
      ...view.exams.map((e) => examBlock(ctx, e)),
      view.areasSource ? h('p', { class: 'muted readiness-source' }, view.areasSource) : null,
    );
    if (announce) ctx.announce(`Exam readiness updated: ${view.exams.map((e) => `${e.exam} ${pct(e.passRate)} of ${e.casesAttempted} cases passed`).join('; ')}.`);
  }

  return {
    set,
    // Folded parts included; a table row as its cells separated by spaces.
    text: () =>
      last
        ? Array.from(section.querySelectorAll('h2, h3, p, summary, .readiness-overall, tr'))
            .map((e) => (e.tagName === 'TR' ? Array.from(e.children).map((c) => c.textContent?.trim()).join(' ') : (e.textContent ?? '').trim()))
            .join('\n')
            .slice(0, 8000)
        : '',
  };
}
