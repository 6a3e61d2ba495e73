// JSON with object keys sorted, so two equal values give the same text whatever their key order
// (YAML and JSON files of one claim, keys written in another order). Pure; used by the webviews and
// the mock payer.
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
