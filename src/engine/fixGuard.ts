// Fixes on YAML with anchors and aliases. A value reached through an alias (`*visit`) is written at
// its anchor (`&visit`), so an edit located at the alias would rewrite or delete the alias itself
// (a duplicate-pointer fix on `- *visit` deleted a whole service line). Rules build edits from the
// paths they check; this guard, run on every finding, decides what a fix may touch:
//   - an edit that touches an alias (`*name`) or an anchor token (`&name`): the fix is not offered;
//   - an edit inside an anchored value that aliases share: the fix is offered for review only
//     (never safe) and its title says that it changes every place that uses the anchor.
import type { ParsedDocument } from '../parser/document';
import type { Range } from '../model/text';
import type { Fix, TextEdit } from './types';

function touches(e: TextEdit, r: Range): boolean {
  if (e.start === e.end) return r.start < e.start && e.start < r.end; // an insertion strictly inside
  return e.start < r.end && r.start < e.end;
}

/** The fixes that may be offered, with the shared-anchor ones made unsafe and labelled. */
export function guardFixes(doc: ParsedDocument, fixes: readonly Fix[]): Fix[] {
  const anchors = doc.anchors;
  if (!anchors?.length || !fixes.length) return [...fixes];
  const out: Fix[] = [];
  for (const fix of fixes) {
    if (fix.edits.some((e) => anchors.some((a) => touches(e, a.anchorRange) || a.aliases.some((r) => touches(e, r) || (e.start === e.end && e.start === r.end && !/^\r?\n/.test(e.newText)))))) continue;
    const shared = anchors.filter((a) => fix.edits.some((e) => touches(e, a.range) || (e.start === e.end && e.start === a.range.end && a.range.end > a.range.start)));
    if (!shared.length) {
      out.push(fix);
      continue;
    }
    const names = shared.map((a) => `*${a.name}`).join(', ');
    out.push({ ...fix, title: `${fix.title} (also changes every place that uses ${names})`, safe: false, isPreferred: false });
  }
  return out;
}
