// Other features' parts of the exported progress file (e.g. "practice": the practice log). Export
// adds each part under its key; import hands each part present in the file to its owner, after the
// guide state itself was replaced. A part that fails to import is reported, the others still import.
export interface ProgressPart {
  key: string;
  export(): Promise<unknown>;
  /** Merges the part's value (never overwrites the user's own data); returns a short summary. */
  import(value: unknown): Promise<string>;
}

const parts = new Map<string, ProgressPart>();

export function registerProgressPart(part: ProgressPart): { dispose(): void } {
  parts.set(part.key, part);
  return { dispose: () => (parts.get(part.key) === part ? parts.delete(part.key) : undefined) };
}

export async function exportParts(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [key, p] of parts) out[key] = await p.export();
  return out;
}

export async function importParts(json: Record<string, unknown>): Promise<string[]> {
  const notes: string[] = [];
  for (const [key, p] of parts) {
    if (!(key in json)) continue;
    try {
      notes.push(await p.import(json[key]));
    } catch (e) {
      notes.push(`${key} not imported: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return notes;
}
