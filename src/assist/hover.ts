// Hover text (Markdown) for a claim position, built from the model metadata and the code sets.
// CPT codes get only their category and range: never an AMA descriptor.
import type { IcdCodeSet } from '../codesets';
import type { EditTables } from '../codesets/editTables';
import { excludesHoverSection, hcpcsHoverSection } from './codeEditorHover';
import { icdPath, yearNote } from '../codesets/search';
import { CPT_MODIFIER_NOTE, hcpcs, modifiers as modifierData, posCodes } from '../reference';
import type { ParsedDocument } from '../parser/document';
import { metaAt, pathAt } from './context';


const CPT_SECTIONS: [string, string, string][] = [
  ['99202', '99499', 'Evaluation and Management'],
  ['00100', '01999', 'Anesthesia'],
  ['10004', '69990', 'Surgery'],
  ['70010', '79999', 'Radiology'],
  ['80047', '89398', 'Pathology and Laboratory'],
  ['90281', '99607', 'Medicine'],
];

export function cptCategory(code: string): string | undefined {
  if (/^\d{4}F$/.test(code)) return 'CPT Category II (performance measure tracking, 4 digits + F)';
  if (/^\d{4}T$/.test(code)) return 'CPT Category III (emerging technology, 4 digits + T)';
  if (!/^\d{5}$/.test(code)) return undefined;
  const hit = CPT_SECTIONS.find(([a, b]) => code >= a && code <= b);
  return hit ? `CPT Category I — ${hit[2]} section (${hit[0]}–${hit[1]})` : 'CPT-shaped code outside the Category I section ranges';
}

export function hoverMarkdown(doc: ParsedDocument, offset: number, codes: IcdCodeSet, tables?: EditTables): string | undefined {
  const at = pathAt(doc, offset);
  if (!at) return undefined;
  const meta = metaAt(at.path);
  const keyDoc = meta ? `**${meta.title}**${meta.box ? ` — CMS-1500 box ${meta.box}` : ''}${meta.x12 ? `  \n837P: \`${meta.x12}\`` : ''}${meta.description ? `\n\n${meta.description}` : ''}` : undefined;
  if (at.onKey) return keyDoc;
  const raw = doc.text.slice(at.range.start, at.range.end).replace(/^["']|["']$/g, '').trim();
  const value = raw.toUpperCase();
  let info: string | undefined;
  if (/^diagnoses\.\d+$/.test(at.path)) {
    const e = codes.get(value);
    const note = e ? yearNote(codes, value) : undefined;
    const path = e ? icdPath(codes, value) : [];
    const source = `_${codes.label}${codes.origin ? ` — ${codes.origin}` : ''}_`;
    info = e
      ? `**${e.code}** — ${e.title}\n\n${e.billable ? 'Billable (valid on claims).' : 'Header code: not billable; code to the deepest level.'}${e.sex ? ` Sex: ${e.sex}.` : ''}${e.ageMin !== undefined ? ` Ages ${e.ageMin}–${e.ageMax ?? '…'}.` : ''}${note ? `\n\n**${note[0].toUpperCase()}${note.slice(1)}.**` : ''}${path.length ? `\n\n${path.join(' → ')}` : ''}\n\n${source}`
      : `**${value}** is not in the ${codes.label}.${codes.changeOf?.(value)?.kind === 'deleted' ? ` It was deleted in FY${codes.changeOf(value)!.fiscalYear}.` : ''}\n\n${source}`;
    const notes = excludesHoverSection(value, tables);
    if (notes) info = `${info}\n\n${notes}`;
  } else if (/^services\.\d+\.code$/.test(at.path)) {
    const h = hcpcs().get(value);
    info = hcpcsHoverSection(value, tables) ?? (h ? `**${value}** — ${h.description}\n\nHCPCS Level II · ${h.category}` : /^[A-V]\d{4}$/.test(value) ? `**${value}** — HCPCS Level II code (not in the practice list)` : cptCategory(value) ? `**${value}** — ${cptCategory(value)}\n\nCPT descriptors are not shown (AMA copyright); look the code up in your CPT code book.` : undefined);
  } else if (/^services\.\d+\.placeOfService$/.test(at.path)) {
    const p = posCodes().get(value);
    info = p ? `**POS ${value}** — ${p.name}` : `**${value}** is not an assigned CMS place of service code.`;
  } else if (/^services\.\d+\.modifiers\.\d+$/.test(at.path)) {
    const mod = modifierData().get(value);
    const m = mod?.meaning;
    const cms = /^\d\d$/.test(value) ? undefined : tables?.hcpcs?.modifier(value);
    info = /^\d\d$/.test(value)
      ? `**Modifier ${value}** — CPT modifier${mod?.hint ? `. Claim edits: ${mod.hint}` : ''}\n\n${CPT_MODIFIER_NOTE}`
      : m ? `**Modifier ${value}** — ${m}${mod?.hint ? `\n\n${mod.hint}` : ''}` : cms ? `**Modifier ${value}** — ${cms.description}\n\n_HCPCS Level II modifier, CMS long description${cms.terminated ? `; terminated ${cms.terminated}` : ''}_` : `**Modifier ${value}**`;
  }
  return [info, keyDoc].filter(Boolean).join('\n\n---\n\n') || undefined;
}
