import { defineRule } from '../rule';

export default defineRule({
  id: 'syntax-error',
  title: 'The file is not valid YAML or JSON',
  section: 'Structure',
  box: '—',
  x12: 'like a 999 rejection: the file cannot be read at all',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning: 'The claim file cannot be read: the YAML or JSON is broken at the marked place (a missing colon, an unclosed bracket or quote, bad indentation, a key written twice, a second `---` document).',
    why: 'A payer or clearinghouse that cannot read a file cannot check a single box on it: the whole submission is refused before anyone looks at the claim (like an X12 999 rejection).',
    fix: 'Look at the marked line and the one before it. In YAML, indent with spaces (two per level), put a space after each colon, close every `[` and `{`, and write each key once. Until the file reads again, no other rule can check it.',
    bad: 'patient:\n  name: { last: DOE, first: JANE\n  sex: F',
    good: 'patient:\n  name: { last: DOE, first: JANE }\n  sex: F',
  },
  check(ctx, report) {
    // Like a compiler, report where reading first failed: later messages are mostly echoes of it.
    const first = [...ctx.doc.syntaxErrors].sort((a, b) => a.range.start - b.range.start)[0];
    if (first) report({ path: [], range: first.range, message: first.message });
  },
});
