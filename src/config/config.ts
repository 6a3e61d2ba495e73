// Workspace config (`.claimlint.yaml` / `.claimlint.json`) and settings: schema, parsing with
// located problems, and merging into LintOptions. Pure: reading files is the caller's job.
import { z } from 'zod';
import { PayerProfileSchema, type PayerProfile } from '../model/payer';
import { pathKey, type ClaimFormat } from '../parser/document';
import { isIsoDate, localToday } from '../util/dates';
import { parseClaimText } from '../parser/parse';
import type { Range } from '../model/text';
import { SeveritySettingSchema, type SeveritySetting } from '../model/severity';
import { quoteValue, safeText } from '../util/safeText';


export const ConfigSchema = z
  .object({
    rules: z.record(z.string(), SeveritySettingSchema),
    payers: z.array(PayerProfileSchema),
    codeSets: z.object({ icd10cm: z.string().min(1), icd10cmFiscalYear: z.number().int().min(2016).max(2100) }).partial().strict(),
    today: z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD'),
  })
  .partial()
  .strict();

export type ClaimlintConfig = z.infer<typeof ConfigSchema>;

export interface ConfigProblem {
  message: string;
  range: Range;
}

export interface ParsedConfig {
  config: ClaimlintConfig;
  problems: ConfigProblem[];
}

/**
 * Parses config text. Invalid parts are reported with their location and left out; the rest of the
 * config still applies, so one typo does not silently switch every rule back to its default.
 */
export function parseConfigText(text: string, format: ClaimFormat, knownRuleIds: ReadonlySet<string>): ParsedConfig {
  const doc = parseClaimText(text, format);
  const problems: ConfigProblem[] = doc.syntaxErrors.map((e) => ({ message: e.message, range: e.range }));
  if (problems.length || doc.value === undefined || doc.value === null) return { config: {}, problems };
  const at = (path: (string | number)[]): Range => {
    for (let n = path.length; n > 0; n--) {
      const loc = doc.locations.get(pathKey(path.slice(0, n)));
      if (loc) return loc.kind === 'scalar' && loc.value.end > loc.value.start ? loc.value : (loc.key ?? loc.value);
    }
    return { start: 0, end: Math.min(text.length, 1) };
  };
  if (typeof doc.value !== 'object' || Array.isArray(doc.value)) {
    return { config: {}, problems: [{ message: 'A claimlint config file must be a map (rules, payers, codeSets, today).', range: at([]) }] };
  }
  const raw = { ...(doc.value as Record<string, unknown>) };
  const config: ClaimlintConfig = {};
  for (const key of Object.keys(raw)) {
    if (raw[key] === null || raw[key] === undefined) continue; // `rules:` with only comments under it
    const shape = ConfigSchema.shape as Record<string, z.ZodType>;
    const schema = shape[key];
    if (!schema) {
      problems.push({ message: `Unknown config key ${quoteValue(key)}: expected rules, payers, codeSets or today.`, range: at([key]) });
      continue;
    }
    if (key === 'rules' && raw.rules && typeof raw.rules === 'object' && !Array.isArray(raw.rules)) {
      // Judge each rule entry on its own, so one bad severity does not drop the others.
      const rules: Record<string, SeveritySetting> = {};
      for (const [id, sev] of Object.entries(raw.rules as Record<string, unknown>)) {
        const parsed = SeveritySettingSchema.safeParse(sev);
        if (!knownRuleIds.has(id)) problems.push({ message: `Unknown rule id ${quoteValue(id)} in rules.`, range: at(['rules', id]) });
        else if (!parsed.success) problems.push({ message: `rules.${id}: ${quoteValue(sev)} is not a severity; use error, warning, information, hint or off.`, range: at(['rules', id]) });
        else rules[id] = parsed.data;
      }
      config.rules = rules;
      continue;
    }
    const result = schema.safeParse(raw[key]);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const p = [key, ...issue.path.map((x) => (typeof x === 'symbol' ? String(x) : x))];
        problems.push({ message: safeText(`${p.map((x) => (typeof x === 'string' ? quoteKey(x) : x)).join('.')}: ${issue.message}`), range: at(p) });
      }
      continue;
    }
    (config as Record<string, unknown>)[key] = result.data;
  }
  return { config, problems };
}

/** A key in a message path: as written when it is a plain identifier, else quoted and cut short. */
function quoteKey(k: string): string {
  return /^[A-Za-z0-9_-]{1,40}$/.test(k) ? k : quoteValue(k, 20);
}

/** Settings may hold the same keys as a config file; the config file wins key by key. */
export function mergeConfig(settings: ClaimlintConfig | undefined, file: ClaimlintConfig | undefined): ClaimlintConfig {
  const s = settings ?? {};
  const f = file ?? {};
  return {
    rules: { ...(s.rules ?? {}), ...(f.rules ?? {}) },
    payers: mergePayers(s.payers ?? [], f.payers ?? []),
    codeSets: { ...(s.codeSets ?? {}), ...(f.codeSets ?? {}) },
    today: f.today ?? s.today,
  };
}

/** Later profiles replace earlier ones with the same id (case-insensitive). */
export function mergePayers(...lists: readonly (readonly PayerProfile[])[]): PayerProfile[] {
  const byId = new Map<string, PayerProfile>();
  for (const list of lists) for (const p of list) byId.set(p.id.toUpperCase(), p);
  return [...byId.values()];
}

export function severityOverrides(config: ClaimlintConfig): Record<string, SeveritySetting> {
  return { ...(config.rules ?? {}) };
}

/** The config's fixed `today:`, else the local calendar date of `now` (src/util/dates.ts). */
export function todayFor(config: ClaimlintConfig, now: Date): string {
  return config.today ?? localToday(now);
}
