// "Path": the career path as a checklist (training → entry job → certification → advancement).
import { h, replaceChildren } from '../common/dom';
import type { CareerStep } from '../../model/guidance';
import type { Ctx, Section } from './context';
import { SETTING_LABEL, provenanceBlock } from './labels';
import { disclosure, list } from './widgets';

const STAGES: Array<[CareerStep['stage'], string]> = [
  ['training', '1. Training'],
  ['entry', '2. Entry-level work and on-the-job training'],
  ['certification', '3. Certification'],
  ['advancement', '4. Specialization and advancement'],
];

export function buildPath(panel: HTMLElement, ctx: Ctx): Section {
  const progress = h('p', { class: 'progress', id: 'path-progress' });
  const body = h('div');
  panel.append(h('h2', {}, 'Your path'), h('p', { class: 'hint' }, 'Tick the steps you have done. Progress is saved on this computer.'), progress, body);

  function update(): void {
    const done = ctx.state().pathDone;
    const n = ctx.data.career.filter((s) => s.id in done).length;
    progress.textContent = `${n} of ${ctx.data.career.length} steps done.`;
    replaceChildren(
      body,
      ...STAGES.map(([stage, title]) => {
        const steps = ctx.data.career.filter((s) => s.stage === stage);
        return h(
          'section',
          { class: 'stage', 'aria-labelledby': `stage-${stage}` },
          h('h3', { id: `stage-${stage}` }, title),
          h('ul', { class: 'checklist' }, ...steps.map((s) => stepItem(ctx, s, done[s.id]))),
        );
      }),
    );
  }
  return { update };
}

function stepItem(ctx: Ctx, s: CareerStep, doneOn: string | undefined): HTMLElement {
  const input = h('input', { type: 'checkbox', id: `step-${s.id}`, 'data-step': s.id });
  input.checked = doneOn !== undefined;
  input.addEventListener('change', () => {
    ctx.send({ type: 'setStepDone', stepId: s.id, done: input.checked });
    ctx.announce(`${s.title}: ${input.checked ? 'done' : 'not done'}.`);
  });
  return h(
    'li',
    { class: doneOn ? 'step done' : 'step' },
    h('div', { class: 'check' }, input, h('label', { for: input.id }, s.title), doneOn ? h('span', { class: 'muted' }, ` (ticked ${doneOn})`) : null),
    disclosure(
      ctx,
      `step-more-${s.id}`,
      h('span', {}, 'Details', h('span', { class: 'visually-hidden' }, ` about ${s.title}`)),
      h('p', {}, s.detail),
      s.duration ? h('p', {}, h('strong', {}, 'Typical length: '), s.duration) : null,
      s.jobTitles.length ? h('p', {}, h('strong', {}, 'Job titles: '), s.jobTitles.join(', ')) : null,
      s.settings.length ? h('p', {}, h('strong', {}, 'Settings: '), s.settings.map((x) => SETTING_LABEL[x]).join(', ')) : null,
      s.keySkills.length ? h('div', {}, h('strong', {}, 'Key skills'), list(s.keySkills)) : null,
      s.relatedCredentials.length ? h('p', {}, h('strong', {}, 'Related credentials: '), s.relatedCredentials.join(', ')) : null,
      provenanceBlock(ctx, s.provenance),
    ),
  );
}
