// "Find a code": the code lookup in the sidebar (the same search as the Find a Code command), over
// ICD-10-CM of the chosen year and HCPCS Level II. Type words or the start of a code; each result
// shows code, title, billable flag and header path (ICD-10-CM) and the Excludes notes of an
// ICD-10-CM code, with buttons that put the code into box 21 (ICD-10-CM) or box 24D (HCPCS, the
// service line at the cursor) of the open claim, or at the cursor.
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
    h('p', { class: 'hint' }, 'Look up ICD-10-CM and HCPCS Level II codes by words of their title or by the start of the code, like an encoder. CPT descriptors are not shown (AMA copyright).'),
    h('div', { class: 'field' }, h('label', { for: 'code-search' }, 'Words or code'), input),
    h('div', { class: 'field' }, h('label', { for: 'code-search-year' }, 'Code set'), year),
    source,
    list,
  );
  const excludes = (r: CodeResult) => {
    const ex = r.excludes;
    if (!ex) return null;
    const kind = (type: 1 | 2, notes: NonNullable<CodeResult['excludes']>['excludes1'], more: number, meaning: string) =>
      notes.length
        ? h(
            'div',
            { class: 'excludes' },
            h('p', {}, h('strong', {}, `Excludes${type}`), ` — ${meaning}`),
            h('ul', {}, ...notes.map((n) => h('li', {}, n.text, n.from ? h('span', { class: 'muted' }, ` (from ${n.from})`) : null)), more ? h('li', { class: 'muted' }, `… and ${more} more`) : null),
          )
        : null;
    const n1 = ex.excludes1.length + ex.more1;
    const n2 = ex.excludes2.length + ex.more2;
    return h(
      'details',
      { class: 'excludes-notes' },
      h('summary', {}, `Excludes notes: ${[n1 ? `Excludes1 ${n1}` : '', n2 ? `Excludes2 ${n2}` : ''].filter(Boolean).join(', ')} (ICD-10-CM FY${ex.fiscalYear} Tabular List)`),
      kind(1, ex.excludes1, ex.more1, 'not coded here: never report these together with this code, unless the two conditions are unrelated.'),
      kind(2, ex.excludes2, ex.more2, 'not included here: the patient may have both; report both when both are present.'),
    );
  };
  const row = (r: CodeResult, i: number) =>
    h(
      'li',
      { class: r.billable ? 'code billable' : 'code header' },
      h('strong', {}, r.code),
      ` ${r.title}`,
      h('div', { class: 'muted' }, [r.system === 'HCPCS' ? 'HCPCS Level II' : r.billable ? 'Billable' : 'Header: not billable', r.system === 'HCPCS' && !r.billable ? 'not billable' : '', r.note].filter(Boolean).join(' · ')),
      r.path.length ? h('div', { class: 'muted path' }, r.path.join(' → ')) : null,
      excludes(r),
      h(
        'div',
        { class: 'toolbar', role: 'group', 'aria-label': `Use ${r.code}` },
        r.box === '21' ? h('button', { type: 'button', id: `code-add-${i}`, onclick: () => ctx.send({ type: 'insertCode', code: r.code, where: 'box21' }) }, 'Add to box 21') : null,
        r.box === '24D' ? h('button', { type: 'button', id: `code-add-${i}`, title: 'The procedure code of the service line at the cursor (or the first line)', onclick: () => ctx.send({ type: 'insertCode', code: r.code, where: 'box24D' }) }, 'Put into box 24D') : null,
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
