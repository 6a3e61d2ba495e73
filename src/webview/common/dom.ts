// Tiny DOM helpers for the webviews. Text is always set with text nodes / textContent: data from
// files or messages is never parsed as HTML.

export type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((ev: Event) => void)> & {
  /** Never: the webviews' CSP (no 'unsafe-inline' styles) drops style attributes. Use a class, or sized(). */
  style?: never;
};

/** Creates an element; `on*` function attributes become event listeners, booleans toggle attributes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, ...children);
  return el;
}

/**
 * Sets an element's size from script (CSSOM), which the CSP allows, unlike a style attribute; a
 * fraction (0..1) becomes a percentage. Returns the element.
 */
export function sized<E extends HTMLElement>(el: E, size: { width?: number; height?: number }, min = 0): E {
  const pct = (x: number) => `${Math.max(min, Math.min(100, Math.round((Number.isFinite(x) ? x : 0) * 100)))}%`;
  if (size.width !== undefined) el.style.width = pct(size.width);
  if (size.height !== undefined) el.style.height = pct(size.height);
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Replaces a container's children, keeping keyboard focus on the element with the same id if it still exists. */
export function replaceChildren(container: HTMLElement, ...children: Child[]): void {
  const active = document.activeElement;
  const focusId = active instanceof HTMLElement && container.contains(active) ? active.id : '';
  container.replaceChildren();
  append(container, ...children);
  if (focusId) document.getElementById(focusId)?.focus();
}

/** A unique-enough id fragment from arbitrary text. */
export function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
