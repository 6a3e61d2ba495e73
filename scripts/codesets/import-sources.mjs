// Copies the official ICD-10-CM source files verbatim from ../shared/codesets/ (or the folder given
// as the first argument) into data/sources/icd10cm/, checking each file's sha256 against
// scripts/codesets/sources.json before and after the copy. Nothing is written when a hash differs.
// Usage: node scripts/codesets/import-sources.mjs [FROM_DIR]
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const spec = JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts', 'codesets', 'sources.json'), 'utf8'));
const from = path.resolve(process.argv[2] ?? path.join(ROOT, '..', 'shared', 'codesets'));
const to = path.join(ROOT, spec.dir);
const sha = (buf) => createHash('sha256').update(buf).digest('hex');

const bad = [];
const files = spec.files.map((f) => {
  const src = path.join(from, f.from);
  let buf;
  try {
    buf = fs.readFileSync(src);
  } catch (e) {
    bad.push(`${src}: ${e.code ?? e.message}`);
    return undefined;
  }
  if (buf.length !== f.bytes || sha(buf) !== f.sha256) bad.push(`${src}: ${buf.length} bytes, sha256 ${sha(buf)}; expected ${f.bytes} bytes, ${f.sha256}`);
  return { f, buf };
});
if (bad.length) {
  console.error(`import-sources: nothing copied, these files do not match scripts/codesets/sources.json:\n  ${bad.join('\n  ')}`);
  process.exit(1);
}
for (const { f, buf } of files) {
  const dest = path.join(to, f.name);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const tmp = `${dest}.tmp`;
  fs.writeFileSync(tmp, buf);
  fs.renameSync(tmp, dest);
  if (sha(fs.readFileSync(dest)) !== f.sha256) {
    console.error(`import-sources: ${dest} differs after the copy`);
    process.exit(1);
  }
  console.log(`${f.name}  ${f.bytes} bytes  sha256 ${f.sha256}`);
}
