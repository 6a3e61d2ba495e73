// Service lines (box 24): their dates, and walking them field by field. Pure.
import type { ServiceLine } from '../../model/claim';
import type { RuleContext } from '../rule';

/** Service dates of a line as [from, to] (to defaults to from), or undefined when from is missing. */
export function lineDates(line: { from?: string; to?: string } | undefined): [string, string] | undefined {
  if (!line?.from) return undefined;
  const to = line.to && line.to >= line.from ? line.to : line.from;
  return [line.from, to];
}

/**
 * The preamble of a rule that walks service lines for one field: visits each written line whose
 * `field` the schema did not reject, with the field's path. `present: true` also skips lines
 * without the field.
 */
export function forEachLine<K extends keyof ServiceLine>(
  ctx: RuleContext,
  field: K,
  visit: (line: ServiceLine, i: number, path: (string | number)[]) => void,
  opts: { present?: boolean } = {},
): void {
  ctx.services.forEach((line, i) => {
    const path = ['services', i, field as string];
    if (!line || (opts.present && !line[field]) || ctx.isInvalid(path)) return;
    visit(line, i, path);
  });
}

/** forEachLine, skipping lines that do not write the field at all. */
export function forEachLineWith<K extends keyof ServiceLine>(ctx: RuleContext, field: K, visit: (line: ServiceLine & Required<Pick<ServiceLine, K>>, i: number, path: (string | number)[]) => void): void {
  forEachLine(ctx, field, (line, i, path) => visit(line as ServiceLine & Required<Pick<ServiceLine, K>>, i, path), { present: true });
}
