// JSON Schema of `.claimlint.yaml` / `.claimlint.json`, generated from ConfigSchema (pure), with
// every rule id as a known key of `rules` so editors complete the ids and their severities, and the
// `cleanClaimCoach.rules` setting with the same ids. The rule list is passed in (the config sits
// below the engine). scripts/gen-schema.ts writes them to schemas/claimlint.schema.json and to
// package.json (contributes.configuration).
import * as z from 'zod';
import { SEVERITIES } from '../model/severity';
import { ConfigSchema } from './config';

export interface RuleSummary {
  id: string;
  title: string;
  defaultSeverity: string;
}

type Json = Record<string, unknown>;

/** The `properties` of a rules map: one per rule, its severities, its title and default. */
export function ruleProperties(rules: readonly RuleSummary[]): Json {
  return Object.fromEntries(rules.map((r) => [r.id, { type: 'string', enum: [...SEVERITIES, 'off'], markdownDescription: `${r.title} (default: \`${r.defaultSeverity}\`)` }]));
}

/** Rule ids as an enum: an id no rule has is flagged in the editor, as the config loader reports it. */
function ruleIdNames(rules: readonly RuleSummary[]): Json {
  return { type: 'string', enum: rules.map((r) => r.id) };
}

export function configJsonSchema(rules: readonly RuleSummary[]): Json {
  const base = z.toJSONSchema(ConfigSchema, { target: 'draft-7', unrepresentable: 'any', io: 'input' }) as Json & { properties: Record<string, Json> };
  base.properties.rules = { ...base.properties.rules, propertyNames: ruleIdNames(rules), description: 'Rule severities by rule id (error, warning, information, hint or off).', properties: ruleProperties(rules) };
  base.properties.today = { ...base.properties.today, description: 'Fixes "today" (YYYY-MM-DD) for date rules.', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://clean-claim-coach.local/schemas/claimlint.schema.json',
    title: 'Clean Claim Coach workspace config (.claimlint.yaml / .claimlint.json)',
    ...Object.fromEntries(Object.entries(base).filter(([k]) => k !== '$schema')),
  };
}

/**
 * The `cleanClaimCoach.rules` setting as package.json contributes it: the same rule ids and
 * severities as `rules:` in .claimlint.yaml, so they complete in settings.json too.
 */
export function rulesSettingSchema(rules: readonly RuleSummary[]): Json {
  return {
    type: 'object',
    default: {},
    markdownDescription: 'Rule severities by rule id (`error`, `warning`, `information`, `hint` or `off`). A `.claimlint.yaml` file beats this setting.',
    propertyNames: ruleIdNames(rules),
    properties: ruleProperties(rules),
    additionalProperties: { type: 'string', enum: [...SEVERITIES, 'off'] },
  };
}
