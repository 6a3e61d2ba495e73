// Hover sections from the code-editor tables, kept apart from hover.ts so code-set hover changes
// merge easily: a HCPCS code's CMS long description (and termination date), and the Excludes1 and
// Excludes2 notes a diagnosis code carries, its own and inherited from its category, chapter and
// block, with the year they come from. Pure.
import type { EditTables } from '../codesets/editTables';
import type { ExcludesNote } from '../codesets/excludes';

const MAX_NOTES = 8;

/** Markdown for a HCPCS Level II code from the release, or undefined when the table lacks it. */
export function hcpcsHoverSection(code: string, tables: EditTables | undefined): string | undefined {
  const hcpcs = tables?.hcpcs;
  const rec = hcpcs?.code(code);
  if (!hcpcs || !rec) return undefined;
  const status = rec.terminated ? `Terminated: the last valid date of service was ${rec.terminated}.` : rec.added ? `Valid for dates of service from ${rec.added}.` : '';
  return `**${rec.code}** — ${rec.description}\n\nHCPCS Level II${status ? ` · ${status}` : ''}\n\n_${hcpcs.release} (CMS long description)_`;
}

function escapeMd(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

function noteLines(notes: ExcludesNote[], code: string): string {
  const shown = notes.slice(0, MAX_NOTES).map((n) => {
    const from = n.owner.replace(/\./g, '') === code.replace(/\./g, '') ? '' : ` _(from ${escapeMd(n.owner)}${n.ownerTitle ? ` ${escapeMd(n.ownerTitle)}` : ''})_`;
    return `- ${escapeMd(n.text)}${from}`;
  });
  if (notes.length > MAX_NOTES) shown.push(`- … and ${notes.length - MAX_NOTES} more`);
  return shown.join('\n');
}

/** Markdown listing a diagnosis code's Excludes1 and Excludes2 notes, or undefined when it has none. */
export function excludesHoverSection(code: string, tables: EditTables | undefined): string | undefined {
  const table = tables?.excludes;
  if (!table) return undefined;
  const ex1 = table.notesFor(code, 1);
  const ex2 = table.notesFor(code, 2);
  if (!ex1.length && !ex2.length) return undefined;
  const parts: string[] = [];
  if (ex1.length) parts.push(`**Excludes1** — not coded here: never report these together with this code, unless the two conditions are unrelated.\n\n${noteLines(ex1, code)}`);
  if (ex2.length) parts.push(`**Excludes2** — not included here: the patient may have both; report both when both are present.\n\n${noteLines(ex2, code)}`);
  parts.push(`_ICD-10-CM FY${table.fiscalYear} Tabular List notes (dates of service from ${table.fiscalYear - 1}-10-01); a note on a category or chapter applies to every code below it._`);
  return parts.join('\n\n');
}
