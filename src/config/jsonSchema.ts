// JSON Schema of `.claimlint.yaml` / `.claimlint.json`, generated from ConfigSchema (pure), with
// every rule id as a known key of `rules` so editors complete the ids and their severities. The
// rule list is passed in (the config sits below the engine). scripts/gen-schema.ts writes it to
// schemas/claimlint.schema.json.
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

export function configJsonSchema(rules: readonly RuleSummary[]): Json {
  const base = z.toJSONSchema(ConfigSchema, { target: 'draft-7', unrepresentable: 'any', io: 'input' }) as Json & { properties: Record<string, Json> };
  base.properties.rules = { ...base.properties.rules, description: 'Rule severities by rule id (error, warning, information, hint or off).', properties: ruleProperties(rules) };
  base.properties.today = { ...base.properties.today, description: 'Fixes "today" (YYYY-MM-DD) for date rules.', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://clean-claim-coach.local/schemas/claimlint.schema.json',
    title: 'Clean Claim Coach workspace config (.claimlint.yaml / .claimlint.json)',
    ...Object.fromEntries(Object.entries(base).filter(([k]) => k !== '$schema')),
  };
}
