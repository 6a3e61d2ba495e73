// JSON Schema for claim files, generated from the zod model and its field metadata (pure), so JSON
// users get completion and hovers from VS Code's JSON support (and YAML users from Red Hat YAML).
import { z } from 'zod';
import { ClaimSchema, CODE_MIN_DIGITS, fieldMeta } from '../model/claim';

type Json = Record<string, unknown>;

function unwrap(s: z.ZodType): z.ZodType {
  let x = s;
  while (x instanceof z.ZodOptional || x instanceof z.ZodNullable) x = x.unwrap() as z.ZodType;
  return x;
}

function describe(schema: z.ZodType, out: Json): Json {
  const meta = fieldMeta(schema) ?? fieldMeta(unwrap(schema));
  if (!meta) return out;
  const where = [meta.box ? `CMS-1500 box ${meta.box}` : '', meta.x12 ? `837P ${meta.x12}` : ''].filter(Boolean).join(' · ');
  out.title = meta.title;
  out.description = [meta.description, where].filter(Boolean).join(' — ') || meta.title;
  out.markdownDescription = `**${meta.title}**${where ? `  \n${where}` : ''}${meta.description ? `\n\n${meta.description}` : ''}`;
  return out;
}

function convert(schema: z.ZodType): Json {
  const s = unwrap(schema);
  const meta = fieldMeta(schema) ?? fieldMeta(s);
  if (s instanceof z.ZodObject) {
    const properties: Json = {};
    for (const [k, v] of Object.entries(s.shape as Record<string, z.ZodType>)) properties[k] = convert(v);
    return describe(schema, { type: 'object', properties, additionalProperties: false });
  }
  if (s instanceof z.ZodArray) return describe(schema, { type: 'array', items: convert(s.element as z.ZodType) });
  if (s instanceof z.ZodUnion) return describe(schema, { anyOf: (s.options as z.ZodType[]).map(convert) });
  if (s instanceof z.ZodEnum) return describe(schema, { enum: s.options });
  if (s instanceof z.ZodBoolean) return describe(schema, { type: 'boolean' });
  if (s instanceof z.ZodNumber) return describe(schema, meta?.format === 'money' ? { type: 'number', multipleOf: 0.01 } : { type: 'number' });
  if (s instanceof z.ZodString) {
    if (meta?.format === 'date') return describe(schema, { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
    const min = meta?.code ? CODE_MIN_DIGITS[meta.code] : undefined;
    return describe(schema, min ? { type: ['string', 'number'] } : { type: 'string' });
  }
  return {};
}

export function claimJsonSchema(): Json {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://clean-claim-coach.local/schemas/claim.schema.json',
    title: 'Clean Claim Coach practice claim (CMS-1500 shaped)',
    ...convert(ClaimSchema),
  };
}
