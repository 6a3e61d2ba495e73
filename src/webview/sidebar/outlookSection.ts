// "Outlook": BLS pay and projection figures, each with its year, statistic, occupation title and sources.
import { append, h } from '../common/dom';
import type { OutlookFigure } from '../../model/guidance';
import type { Ctx, Section } from './context';
import { formatFigure, provenanceBlock } from './labels';

function figureItem(ctx: Ctx, f: OutlookFigure): HTMLElement {
  return h(
    'li',
    { class: f.provenance.verified ? 'card figure' : 'card figure unverified', 'data-figure': f.id },
    h('div', { class: 'figure-head' }, h('span', { class: 'figure-value' }, formatFigure(f.value, f.unit)), ' ', h('span', {}, `${f.label}, ${f.period}`)),
    h('div', { class: 'muted' }, `${f.occupation}${f.soc ? ` (SOC ${f.soc})` : ''}`),
    provenanceBlock(ctx, f.provenance),
  );
}

export function buildOutlook(panel: HTMLElement, ctx: Ctx): Section {
  const figs = ctx.data.outlook.figures;
  const group = (title: string, kinds: OutlookFigure['kind'][]) => {
    const items = figs.filter((f) => kinds.includes(f.kind));
    return items.length ? h('section', {}, h('h3', {}, title), h('ul', { class: 'cards' }, ...items.map((f) => figureItem(ctx, f)))) : null;
  };
  append(
    panel,
    h('h2', {}, 'Job outlook'),
    h('p', {}, 'U.S. Bureau of Labor Statistics (BLS) figures for medical records specialists (SOC 29-2072), newest first. Links open in your browser only when you choose one; nothing is fetched by the extension.'),
    h('p', { class: 'hint' }, ctx.data.outlook.occupationNote),
    group('Pay', ['pay']),
    group('Projected employment change', ['projection']),
    group('Employment', ['employment']),
  );
  return { update: () => undefined };
}
