// Service lines (box 24): their dates. Pure.

/** Service dates of a line as [from, to] (to defaults to from), or undefined when from is missing. */
export function lineDates(line: { from?: string; to?: string } | undefined): [string, string] | undefined {
  if (!line?.from) return undefined;
  const to = line.to && line.to >= line.from ? line.to : line.from;
  return [line.from, to];
}
