import { defineRule } from '../rule';
import { toPath } from '../util/fields';

export default defineRule({
  id: 'unknown-field',
  title: 'A key the claim format does not know',
  section: 'Structure',
  box: '—',
  defaultSeverity: 'warning',
  payer: { action: 'none' },
  docs: {
    meaning: 'The file has a key that is not part of the practice claim format — usually a typo (`diagnosis` for `diagnoses`) or a field at the wrong level. Its value is ignored.',
    why: 'A misspelt key means the value never reaches the box it was meant for: the payer then sees that box as empty, and the claim may be rejected or denied for something you did write.',
    fix: 'Rename the key to the one suggested (the quick fix does it), or move it to the right level. The outline and completion list the keys valid at each place.',
    bad: 'diagnosis:\n  - E11.9',
    good: 'diagnoses:\n  - E11.9',
  },
  check(ctx, report) {
    for (const u of ctx.normalized.unknownKeys) {
      const path = toPath(u.path);
      const loc = ctx.doc.locations.get(u.path);
      const fixes =
        u.suggestion && loc?.key && !loc.alias
          ? [{ title: `Rename "${u.key}" to "${u.suggestion}"`, edits: [{ ...loc.key, newText: ctx.doc.format === 'json' ? JSON.stringify(u.suggestion) : u.suggestion }], safe: false, isPreferred: true }]
          : [];
      report({
        path,
        at: 'key',
        message: u.suggestion
          ? `Unknown field "${u.key}": did you mean "${u.suggestion}"? Its value is ignored.`
          : u.belongsAt
            ? `"${u.key}" does not belong here, so its value is ignored: it goes ${u.belongsAt.parent === '' ? 'at the top level of the claim' : `under ${u.belongsAt.parent.replace(/\[\]/g, ' (each entry)')}`}${u.belongsAt.box ? ` (box ${u.belongsAt.box})` : ''}.`
            : `Unknown field "${u.key}": the claim format has no such field here, so its value is ignored.`,
        fixes,
      });
    }
  },
});
