// Small accessible building blocks shared by the sections.
import { h, type Child } from '../common/dom';
import type { Ctx } from './context';

/** <details> whose open/closed state is remembered in the UI state. */
export function disclosure(ctx: Ctx, id: string, summary: Child, ...content: Child[]): HTMLDetailsElement {
  const d = h('details', { id, open: ctx.ui.open.includes(id) }, h('summary', {}, summary), h('div', { class: 'details-body' }, ...content));
  d.addEventListener('toggle', () => {
    const set = new Set(ctx.ui.open);
    if (d.open) set.add(id);
    else set.delete(id);
    ctx.ui.open = [...set].slice(-200);
    ctx.saveUi();
  });
  return d;
}

export function select(id: string, options: ReadonlyArray<readonly [string, string]>, value: string, onChange: (v: string) => void): HTMLSelectElement {
  const s = h('select', { id }, ...options.map(([v, label]) => h('option', { value: v }, label)));
  s.value = value;
  s.addEventListener('change', () => onChange(s.value));
  return s;
}

export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const hintId = hint ? `${control.id}-hint` : undefined;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control, hint ? h('div', { id: hintId, class: 'hint' }, hint) : null);
}

export function checkbox(id: string, label: string, checked: boolean, onChange: (checked: boolean) => void): HTMLElement {
  const input = h('input', { type: 'checkbox', id });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return h('div', { class: 'check' }, input, h('label', { for: id }, label));
}

export function list(items: readonly Child[], cls?: string): HTMLUListElement | null {
  return items.length ? h('ul', { class: cls }, ...items.map((i) => h('li', {}, i))) : null;
}
