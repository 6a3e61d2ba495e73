// The claim config keys as VS Code settings (`cleanClaimCoach.rules`, `.payers`, `.codeSets.*`,
// `.today`): checked with the config schema, an empty value meaning "not set". VS Code hands a
// nested setting back with its declared default (`codeSets: { icd10cm: "" }` when nothing is set),
// so empty strings and empty maps are dropped before the check instead of failing it.
// Pure: the extension passes the values in.
import { ConfigSchema, type ClaimlintConfig } from './config';

export const SETTINGS_CONFIG_KEYS = ['rules', 'payers', 'codeSets', 'today'] as const;
export type SettingsConfigKey = (typeof SETTINGS_CONFIG_KEYS)[number];

/** Undefined for a value that means "not set": undefined, null, '', [], or a map whose every entry is one of those. */
function setValue(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const kept = setValue(v);
      if (kept !== undefined) out[k] = kept;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return Array.isArray(value) && value.length === 0 ? undefined : value;
}

/**
 * The claim config the settings give (`get` returns a setting's value, e.g. `cfg.get('codeSets')`),
 * and one message per invalid setting (left out, never thrown).
 */
export function claimlintConfigFromSettings(get: (key: SettingsConfigKey) => unknown, section = 'cleanClaimCoach'): { config: ClaimlintConfig; problems: string[] } {
  const config: ClaimlintConfig = {};
  const problems: string[] = [];
  for (const key of SETTINGS_CONFIG_KEYS) {
    const value = setValue(get(key));
    if (value === undefined) continue;
    const parsed = ConfigSchema.shape[key].safeParse(value);
    if (parsed.success) (config as Record<string, unknown>)[key] = parsed.data;
    else problems.push(`Setting ${section}.${key} is invalid and was ignored: ${parsed.error.issues.map((i: { path: PropertyKey[]; message: string }) => `${i.path.map(String).join('.')} ${i.message}`).join('; ')}`);
  }
  return { config, problems };
}
