// Text that came from a claim or config (or a file name) is data: before it is shown anywhere it
// must not be able to change the shape of the output (a line break splits a problem-matcher line)
// or reach a terminal as a control sequence (ESC, C1 CSI, bidi overrides). Such characters are
// written as visible \u escapes instead. Pure.

// C0 controls, DEL, C1 controls, line/paragraph separators, bidi embeddings/overrides/isolates, BOM.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function safeText(s: string): string {
  return s.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** For JSON output: JSON.stringify leaves C1 controls and U+2028/2029 raw; escape them too (same value). */
export function safeJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A value echoed in a message: made safe and cut to `max` characters. */
export function quoteValue(value: unknown, max = 40): string {
  const s = safeText(String(value));
  return JSON.stringify(s.length > max ? `${s.slice(0, max - 1)}…` : s).replace(/\\\\u/g, '\\u');
}
