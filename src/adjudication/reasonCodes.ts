// Plain-language CARC/RARC/group texts for the remittance (data/reason-codes.json, zod-validated once).
import { z } from 'zod';
import data from '../../data/reason-codes.json';

const Entry = z.object({ code: z.string(), meaning: z.string().min(10), action: z.string().min(5) });
export const ReasonCodesSchema = z.object({
  meta: z.object({ source: z.string(), sourceUrl: z.string().optional(), asOf: z.string(), note: z.string() }),
  groups: z.array(Entry),
  carc: z.array(Entry),
  rarc: z.array(Entry),
});
export type ReasonText = z.infer<typeof Entry>;

let cache: { groups: Map<string, ReasonText>; carc: Map<string, ReasonText>; rarc: Map<string, ReasonText> } | undefined;

function load() {
  if (cache) return cache;
  const parsed = ReasonCodesSchema.parse(data);
  const byCode = (xs: ReasonText[]) => new Map(xs.map((x) => [x.code, x]));
  cache = { groups: byCode(parsed.groups), carc: byCode(parsed.carc), rarc: byCode(parsed.rarc) };
  return cache;
}

export function explainCode(kind: 'CARC' | 'RARC' | 'GROUP', code: string): ReasonText | undefined {
  const c = load();
  return (kind === 'CARC' ? c.carc : kind === 'RARC' ? c.rarc : c.groups).get(code);
}
