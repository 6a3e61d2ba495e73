// What the code lookup ("Find a Code", the command and the sidebar search) does with a chosen code,
// kept pure so the editor and the tests run the same code:
//   - where a code goes on the open claim: an ICD-10-CM code is added to box 21 (`diagnoses`), a
//     HCPCS Level II code becomes the procedure code (box 24D, `code`) of the service line at the
//     cursor (or the first line); the edit is built with the fix builder, so YAML (block or flow)
//     and JSON claims keep their layout;
//   - the Excludes1/Excludes2 notes of an ICD-10-CM code for the lookup's detail, with their year.
// Pure: no fs, no vscode.
import type { ExcludesTable } from '../codesets/excludes';
import { compactIcd } from '../codesets/icd';
import { EditBuilder } from '../engine/edits';
import type { TextEdit } from '../engine/types';
import { pathKey, type ParsedDocument } from '../parser/document';

/** A place the lookup can put a code: at the cursor, box 21 (diagnoses) or box 24D (a line's procedure code). */
export type CodePlace = 'cursor' | 'box21' | 'box24D';

export type CodeInsertion =
  /** The edits to apply and what they do, for a message ("Added C78.31 to box 21 as C."). */
  | { ok: true; edits: TextEdit[]; message: string }
  /** Nothing to do: the code is already there. */
  | { ok: false; already: true; message: string }
  /** The claim cannot take it there (not a map, a YAML alias …): the message says what to do. */
  | { ok: false; already?: false; message: string };

const LETTERS = 'ABCDEFGHIJKL';

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The index of the service line "at the cursor": the line whose text holds the offset; else, when
 * the offset is inside the `services` list (a blank line or comment between lines), the line before
 * it; else the first line. Undefined when the claim has no service line.
 */
export function serviceLineAt(doc: ParsedDocument, offset: number | undefined): number | undefined {
  const root = isMap(doc.value) ? doc.value : undefined;
  const services = root?.services;
  if (!Array.isArray(services) || services.length === 0) return undefined;
  if (offset === undefined) return 0;
  let before: number | undefined;
  for (let i = 0; i < services.length; i++) {
    const loc = doc.locations.get(pathKey(['services', i]));
    if (!loc) continue;
    if (offset >= loc.value.start && offset <= loc.value.end) return i;
    if (loc.value.end <= offset) before = i;
  }
  const list = doc.locations.get('services');
  if (list && before !== undefined && offset >= list.value.start && offset <= list.value.end) return before;
  return 0;
}

/**
 * The edits that put `code` into box 21 or box 24D of a parsed claim. Box 21: appended to
 * `diagnoses` (created when missing), unless the list already holds it. Box 24D: the `code` of the
 * service line at `cursor` (see serviceLineAt), set or replaced (the message names the code it
 * replaces), or a first service line holding only the code when the claim has none.
 */
export function codeInsertEdits(doc: ParsedDocument, code: string, place: 'box21' | 'box24D', cursor?: number): CodeInsertion {
  const b = new EditBuilder(doc);
  const root = isMap(doc.value) ? doc.value : undefined;
  if (doc.syntaxErrors.length || (doc.value !== undefined && doc.value !== null && !root)) {
    return { ok: false, message: `This claim cannot be edited safely (${doc.syntaxErrors.length ? 'it has a syntax error' : 'it is not a map of claim fields'}): put the cursor where ${code} goes and insert it at the cursor.` };
  }
  const fail = (box: string): CodeInsertion => ({ ok: false, message: `Could not put ${code} into box ${box} of this claim: put the cursor where it goes and insert it at the cursor.` });
  if (place === 'box21') {
    const list = root?.diagnoses;
    if (Array.isArray(list)) {
      const at = list.findIndex((d) => typeof d === 'string' && compactIcd(d) === compactIcd(code));
      if (at >= 0) return { ok: false, already: true, message: `${code} is already in box 21${at < LETTERS.length ? ` (${LETTERS[at]})` : ''}.` };
    }
    const written = doc.locations.has('diagnoses');
    // `diagnoses:` with no value is filled in; any other value that is not a list is left alone.
    const edits = Array.isArray(list) ? b.appendItem(['diagnoses'], code) : list === undefined || list === null || list === '' ? (written ? b.setProperty([], 'diagnoses', [code]) : b.insertProperty([], 'diagnoses', [code])) : undefined;
    if (!edits) return fail('21');
    const n = Array.isArray(list) ? list.length : 0;
    return { ok: true, edits, message: `Added ${code} to box 21${n < LETTERS.length ? ` as ${LETTERS[n]}` : ''}.` };
  }
  const line = serviceLineAt(doc, cursor);
  if (line === undefined) {
    const services = root?.services;
    const edits = Array.isArray(services)
      ? b.appendItem(['services'], { code })
      : services === undefined || services === null || services === ''
        ? doc.locations.has('services')
          ? b.setProperty([], 'services', [{ code }])
          : b.insertProperty([], 'services', [{ code }])
        : undefined;
    if (!edits) return fail('24D');
    return { ok: true, edits, message: `Added a service line with ${code} in box 24D (fill in its date, place of service, pointers, charge and units).` };
  }
  const services = root?.services as unknown[];
  const entry = services[line];
  if (!isMap(entry)) return fail('24D');
  const old = entry.code;
  const oldText = typeof old === 'string' || typeof old === 'number' ? String(old).trim() : '';
  if (oldText.toUpperCase() === code.toUpperCase()) return { ok: false, already: true, message: `${code} is already the procedure code of service line ${line + 1}.` };
  const edits = b.setProperty(['services', line], 'code', code);
  if (!edits) return fail('24D');
  return { ok: true, edits, message: `Put ${code} into box 24D of service line ${line + 1}${oldText ? ` (it replaces ${oldText})` : ''}.` };
}

/** A code's Excludes notes as the lookup shows them. */
export interface LookupExcludes {
  /** The fiscal year of the notes (the Tabular List they come from). */
  fiscalYear: number;
  excludes1: LookupNote[];
  excludes2: LookupNote[];
}

export interface LookupNote {
  /** The official note text, e.g. "wheezing NOS (R06.2)". */
  text: string;
  /** Where the note is written when it is inherited ("J45 Asthma", "Chapter 10 Diseases of the respiratory system"). */
  from?: string;
}

/** At most this many notes of each kind are listed (the rest are counted in `more…`). */
export const MAX_LOOKUP_NOTES = 12;

/**
 * The Excludes1 and Excludes2 notes of an ICD-10-CM code, its own and inherited from its category,
 * block and chapter (broadest first), or undefined when the table is absent or the code has none.
 */
export function lookupExcludes(code: string, table: ExcludesTable | undefined): (LookupExcludes & { more1: number; more2: number }) | undefined {
  if (!table) return undefined;
  const self = compactIcd(code);
  const view = (type: 1 | 2) =>
    table.notesFor(code, type).map((n) => {
      const own = n.owner.replace(/\./g, '') === self;
      return own ? { text: n.text } : { text: n.text, from: `${n.owner}${n.ownerTitle ? ` ${n.ownerTitle}` : ''}` };
    });
  const ex1 = view(1);
  const ex2 = view(2);
  if (!ex1.length && !ex2.length) return undefined;
  return {
    fiscalYear: table.fiscalYear,
    excludes1: ex1.slice(0, MAX_LOOKUP_NOTES),
    excludes2: ex2.slice(0, MAX_LOOKUP_NOTES),
    more1: Math.max(0, ex1.length - MAX_LOOKUP_NOTES),
    more2: Math.max(0, ex2.length - MAX_LOOKUP_NOTES),
  };
}

/** One line for a result's detail: "Excludes1: 2 notes · Excludes2: 5 notes (FY2027 Tabular List)". */
export function excludesSummary(ex: { fiscalYear: number; excludes1: unknown[]; excludes2: unknown[]; more1?: number; more2?: number } | undefined): string | undefined {
  if (!ex) return undefined;
  const count = (n: number) => `${n} note${n === 1 ? '' : 's'}`;
  const n1 = ex.excludes1.length + (ex.more1 ?? 0);
  const n2 = ex.excludes2.length + (ex.more2 ?? 0);
  const parts = [n1 ? `Excludes1: ${count(n1)}` : '', n2 ? `Excludes2: ${count(n2)}` : ''].filter(Boolean);
  return parts.length ? `${parts.join(' · ')} (FY${ex.fiscalYear} Tabular List)` : undefined;
}

/** What each kind of note means, in the product's words (the same as the hover). */
export const EXCLUDES_MEANING = {
  1: 'Excludes1 — not coded here: never report these together with this code, unless the two conditions are unrelated.',
  2: 'Excludes2 — not included here: the patient may have both; report both when both are present.',
} as const;

/** A lookup result as the views show it: the search result, its title clipped, and an ICD-10-CM code's Excludes notes. */
export type LookupResult<R extends { system: string; code: string; title: string }> = R & { excludes?: LookupExcludes & { more1: number; more2: number } };

/** Longest title a view shows (a few HCPCS descriptions run to thousands of characters). */
export const MAX_LOOKUP_TITLE = 400;

/** Clips text to `max` characters at a word boundary, with an ellipsis. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Search results for a view: titles clipped, ICD-10-CM results with their Excludes notes (when the table is loaded). */
export function lookupResults<R extends { system: string; code: string; title: string }>(results: readonly R[], excludes: ExcludesTable | undefined, maxTitle = MAX_LOOKUP_TITLE): LookupResult<R>[] {
  return results.map((r) => {
    const ex = r.system === 'ICD-10-CM' ? lookupExcludes(r.code, excludes) : undefined;
    return { ...r, title: clipText(r.title, maxTitle), ...(ex ? { excludes: ex } : {}) };
  });
}
