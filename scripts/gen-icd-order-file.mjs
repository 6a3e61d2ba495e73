#!/usr/bin/env node
// Writes a SYNTHETIC ICD-10-CM order file in the official fixed-width layout (claims brief §6.1) for
// tests and benchmarks: node scripts/gen-icd-order-file.mjs OUT_FILE [BILLABLE_CODES=75000]
// Columns (1-based): 1–5 order number, 7–13 code (no dot), 15 "0" header / "1" billable,
// 17–76 short title (padded to 60), 78– long title; CRLF line ends, like the CMS/CDC file.
// The codes and titles are made up ("Synthetic condition …"): this is not ICD-10-CM data.
import * as fs from 'fs';

const [out, countArg] = process.argv.slice(2);
if (!out) {
  console.error('usage: node scripts/gen-icd-order-file.mjs OUT_FILE [BILLABLE_CODES=75000]');
  process.exit(2);
}
const target = countArg === undefined ? 75000 : Number(countArg);
if (!Number.isInteger(target) || target < 1) {
  console.error(`BILLABLE_CODES must be a positive integer, not ${countArg}`);
  process.exit(2);
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTVWYZ';
const ENCOUNTER = ['initial encounter', 'subsequent encounter', 'sequela'];
const rows = [];
let order = 0;
let billable = 0;
const row = (code, flag, long) => {
  order++;
  const short = long.length > 60 ? long.slice(0, 60) : long;
  rows.push(`${String(order % 100000).padStart(5, '0')} ${code.padEnd(7)} ${flag} ${short.padEnd(60)} ${long}`);
};

outer: for (let k = 0; ; k++) {
  const letter = LETTERS[Math.floor(k / 100) % LETTERS.length];
  const cat = `${letter}${String(k % 100).padStart(2, '0')}`;
  if (k >= LETTERS.length * 100) throw new Error('too many codes requested');
  row(cat, 0, `Synthetic condition group ${cat}`);
  const injuryStyle = k % 10 === 9; // 7-character codes with a placeholder X, like chapter 19
  for (let s = 0; s < 10; s++) {
    const sub = `${cat}${s}`;
    row(sub, 0, `Synthetic condition ${cat}.${s}, subgroup ${s + 1}`);
    for (let t = 0; t < 10; t++) {
      if (injuryStyle) {
        const six = `${sub}X${t}`;
        row(six, 0, `Synthetic injury ${cat}.${s}X${t}, site ${t + 1}`);
        const ext = 'ADS'[t % 3];
        row(`${six}${ext}`, 1, `Synthetic injury ${cat}.${s}X${t}, site ${t + 1}, ${ENCOUNTER[t % 3]}`);
      } else {
        row(`${sub}${t}`, 1, `Synthetic condition ${cat}.${s}${t}, type ${t + 1}, ${t % 2 ? 'with' : 'without'} complications of a made-up kind`);
      }
      if (++billable >= target) break outer;
    }
  }
}
fs.writeFileSync(out, rows.join('\r\n') + '\r\n');
console.log(`${out}: ${rows.length} rows, ${billable} billable codes`);
