#!/usr/bin/env node
// Copies the official sources of the code-editor tables into the repo, byte for byte, after
// checking each one's sha256 against /work/shared/codesets/SOURCES.md (and fy2027/SOURCES.md):
//   data/sources/hcpcs/HCPC2026_JAN_ANWEB_01122026.txt.gz  the fixed-width HCPCS file from the CMS
//                                                           January 2026 zip, gzip -9 -n (no name, no time)
//   data/sources/hcpcs/HCPC2026_recordlayout.txt           its record layout, from the same zip
//   data/sources/mce/mce-edits-fy2026-derived.json         derived MCE lists (not official: spot-checked)
//   data/sources/excludes/fy2027-excludes{1,2}.csv         FY2027 Excludes notes (CC0) + LICENSE-makevision-CC0
// then prints the sha256 of every file written, for data/sources/SOURCES.md. The build step
// (src/node/editTables.ts, run by esbuild.js) checks those recorded hashes before it builds.
// Usage: node scripts/vendor-edit-sources.mjs [SHARED_CODESETS_DIR=../shared/codesets]
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(process.argv[2] ?? path.join(REPO, '..', 'shared', 'codesets'));
const OUT = path.join(REPO, 'data', 'sources');

/** The sha256 recorded for each shared file (SOURCES.md tables). */
const EXPECTED = {
  'hcpcs-2026-january-alpha-numeric.zip': '8f4a26de1eca89205be02fbe48cc899c6c5930cf5d4f6b8c5a227f64450157b0',
  'mce-edits-fy2026-derived.json': '1f370f5d63f4a9c8a80125ddea8dff36d7e06ac9e902ea8946158d3f7e16fb13',
  'fy2027/fy2027-excludes1.csv': 'e053f74cff83457efbd52a0ae8cdcbaeed577be524fbeaac68342b3a018ae725',
  'fy2027/fy2027-excludes2.csv': '65002e99357d043a33810f660f3cb0f87266ee58c0a1cbf8f43d1d982382488e',
  'fy2027/LICENSE-makevision-CC0': '7aaf1d0b7a60edfbd3b6df18076a3ea721afa8a9e3394aea870a9d2ac07a7d61',
};

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

function readChecked(rel) {
  const buf = fs.readFileSync(path.join(SHARED, rel));
  const got = sha256(buf);
  if (got !== EXPECTED[rel]) throw new Error(`${rel}: sha256 ${got}, expected ${EXPECTED[rel]} (SOURCES.md)`);
  return buf;
}

/** One member of a zip archive (stored or deflated), read through the central directory. */
function zipMember(zip, name) {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const entry = zip.toString('latin1', p + 46, p + 46 + nameLen);
    const local = zip.readUInt32LE(p + 42);
    if (entry === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 0 ? Buffer.from(data) : zlib.inflateRawSync(data);
    }
    p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  throw new Error(`${name} is not in the zip`);
}

function write(rel, buf) {
  const file = path.join(OUT, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, buf);
  console.log(`${sha256(buf)}  ${buf.length.toString().padStart(9)}  data/sources/${rel}`);
}

const zip = readChecked('hcpcs-2026-january-alpha-numeric.zip');
const txt = zipMember(zip, 'HCPC2026_JAN_ANWEB_01122026.txt');
console.log(`${sha256(txt)}  ${txt.length.toString().padStart(9)}  (HCPC2026_JAN_ANWEB_01122026.txt, uncompressed)`);
write('hcpcs/HCPC2026_JAN_ANWEB_01122026.txt.gz', zlib.gzipSync(txt, { level: 9 }));
write('hcpcs/HCPC2026_recordlayout.txt', zipMember(zip, 'HCPC2026_recordlayout.txt'));
write('mce/mce-edits-fy2026-derived.json', readChecked('mce-edits-fy2026-derived.json'));
write('excludes/fy2027-excludes1.csv', readChecked('fy2027/fy2027-excludes1.csv'));
write('excludes/fy2027-excludes2.csv', readChecked('fy2027/fy2027-excludes2.csv'));
write('excludes/LICENSE-makevision-CC0', readChecked('fy2027/LICENSE-makevision-CC0'));
