// "Find a code": the code lookup in the sidebar (the same search as the Find a Code command). Type
// words or the start of a code; each result shows code, title, billable flag and header path, with
// buttons that put the code into box 21 of the open claim or at the cursor.
import { h, replaceChildren } from '../common/dom';
import type { CodeResult, SidebarToWebview } from '../../shared/sidebarProtocol';
import type { Ctx } from './context';

type Results = Extract<SidebarToWebview, { type: 'codeResults' }>;

export interface CodeSearchSection {
  setResults(msg: Results): void;
}

export function buildCodeSearch(panel: HTMLElement, ctx: Ctx): CodeSearchSection {
  let seq = 0;
  let fiscalYear: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const input = h('input', { type: 'search', id: 'code-search', placeholder: 'e.g. torus fracture right radius initial', autocomplete: 'off', 'aria-describedby': 'code-search-source' });
  const year = h('select', { id: 'code-search-year', 'aria-label': 'ICD-10-CM fiscal year' }, h('option', { value: '' }, "Year of the open claim's dates"));
  const source = h('p', { id: 'code-search-source', class: 'muted' });
  const list = h('div', { id: 'code-search-results', 'aria-live': 'polite' });
  const ask = () => {
    seq++;
    ctx.send({ type: 'searchCodes', seq, query: input.value.slice(0, 200), fiscalYear });
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(ask, 120);
  });
  year.addEventListener('change', () => {
    fiscalYear = year.value ? Number(year.value) : null;
    ask();
  });
  panel.append(
    h('h3', { id: 'code-search-h' }, 'Find a code'),
    h('p', { class: 'hint' }, 'Look up ICD-10-CM codes by words of their title or by the start of the code, like an encoder.'),
    h('div', { class: 'field' }, h('label', { for: 'code-search' }, 'Words or code'), input),
    h('div', { class: 'field' }, h('label', { for: 'code-search-year' }, 'Code set'), year),
    source,
    list,
  );
  const row = (r: CodeResult, i: number) =>
    h(
      'li',
      { class: r.billable ? 'code billable' : 'code header' },
      h('strong', {}, r.code),
      ` ${r.title}`,
      h('div', { class: 'muted' }, [r.billable ? 'Billable' : 'Header: not billable', r.note].filter(Boolean).join(' · ')),
      r.path.length ? h('div', { class: 'muted path' }, r.path.join(' → ')) : null,
      h(
        'div',
        { class: 'toolbar', role: 'group', 'aria-label': `Use ${r.code}` },
        r.box === '21' ? h('button', { type: 'button', id: `code-add-${i}`, onclick: () => ctx.send({ type: 'insertCode', code: r.code, where: 'box21' }) }, 'Add to box 21') : null,
        h('button', { type: 'button', class: 'secondary', id: `code-insert-${i}`, onclick: () => ctx.send({ type: 'insertCode', code: r.code, where: 'cursor' }) }, 'Insert at cursor'),
      ),
    );
  return {
    setResults(msg) {
      if (msg.seq !== seq) return; // an older answer
      const keep = year.value;
      replaceChildren(year, h('option', { value: '' }, "Year of the open claim's dates"), ...msg.years.map((y) => h('option', { value: String(y) }, `ICD-10-CM FY${y}`)));
      year.value = keep;
      source.textContent = msg.source;
      replaceChildren(
        list,
        msg.results.length ? h('ol', { class: 'codes' }, ...msg.results.map(row)) : h('p', { class: 'muted' }, input.value.trim() ? 'No code matches these words.' : ''),
      );
      ctx.announce(input.value.trim() ? `${msg.results.length} code${msg.results.length === 1 ? '' : 's'} found` : '');
    },
  };
}
