// Keeps the curated practice code book (data/icd10cm-practice.json) true to the official FY2026
// file: each code's title and billable flag are rewritten from the bundled FY2026 index; a code the
// official file does not have is reported (and the script fails) rather than guessed at. The curated
// parts (which codes, age/sex flags, flag rules) are left as they are.
// Usage: npx tsx scripts/codesets/sync-practice-book.ts [--check]
import * as fs from 'fs';
import * as path from 'path';
import { readBundledCodeSets } from '../../src/node/bundledCodeSets';

const FILE = path.join(__dirname, '..', '..', 'data', 'icd10cm-practice.json');
const check = process.argv.includes('--check');
const loaded = readBundledCodeSets();
const fy2026 = loaded.provider?.forYear(2026);
if (!fy2026) {
  console.error(loaded.error ?? 'no FY2026 code set');
  process.exit(1);
}
const text = fs.readFileSync(FILE, 'utf8');
const book = JSON.parse(text) as { codes: { code: string; title: string; billable: boolean }[] };
const changes: string[] = [];
const missing: string[] = [];
for (const e of book.codes) {
  const o = fy2026.get(e.code);
  if (!o) {
    missing.push(e.code);
    continue;
  }
  if (o.title !== e.title) changes.push(`${e.code}: title "${e.title}" → "${o.title}"`);
  if (o.billable !== e.billable) changes.push(`${e.code}: billable ${e.billable} → ${o.billable}`);
  e.title = o.title;
  e.billable = o.billable;
}
if (missing.length) {
  console.error(`not in the official FY2026 file: ${missing.join(', ')}`);
  process.exit(1);
}
console.log(changes.length ? changes.join('\n') : 'practice code book matches FY2026');
if (changes.length && check) process.exit(1);
if (changes.length) {
  // One entry a line, as the file is kept: rewrite only the lines of the entries that changed.
  const byCode = new Map(book.codes.map((e) => [e.code, e]));
  const next = text.replace(/^(\s*)\{"code":"([^"]+)".*?\}(,?)$/gm, (line, indent: string, code: string, comma: string) => {
    const e = byCode.get(code);
    if (!e) return line;
    const obj = JSON.parse(line.trim().replace(/,$/, '')) as Record<string, unknown>;
    obj.title = e.title;
    obj.billable = e.billable;
    return `${indent}${JSON.stringify(obj)}${comma}`;
  });
  fs.writeFileSync(FILE, next);
}
