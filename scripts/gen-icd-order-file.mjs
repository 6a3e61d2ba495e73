#!/usr/bin/env node
// Writes a SYNTHETIC ICD-10-CM order file in the official fixed-width layout for
// tests and benchmarks: node scripts/gen-icd-order-file.mjs OUT_FILE [BILLABLE_CODES=75000]
// Columns (1-based): 1–5 order number (zero-filled), 7–13 code (no dot, space-padded), 15 "0" header /
// "1" billable, 17–76 short title (padded to 60), 78– long title; CRLF line ends, like the CMS/CDC file.
// The codes and titles are made up ("Synthetic condition …"): this is not ICD-10-CM data.
//
// Deterministic (same arguments, same bytes). Code shapes follow the real tree:
//   - every 3-character category is a header, except a few stand-alone ones (like I10);
//   - most categories: 4-character subcategory headers with 5-character billable codes (E11.65);
//   - some: 4-character billable codes (J20.9), or 5-character headers with 6-character codes (E11.641);
//   - injury-style categories (every 10th, like chapter 19): 7-character codes with a 7th character
//     A/D/S, with placeholder X (T45.0X1A, S02.2XXA) and without (S52.501A), and their 6-character headers;
//   - after each letter's 44 comes a category with a letter 3rd character (like C4A), so tabular order
//     is not sorted order.
// For 75,000 billable codes: about 94,000 rows, like a recent release (~97,000).
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

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ENCOUNTER = { A: 'initial encounter', D: 'subsequent encounter', S: 'sequela' };
const SITES = ['head', 'neck', 'thorax', 'abdomen', 'upper arm', 'forearm', 'hand', 'thigh', 'lower leg', 'foot'];
const SIDES = ['right', 'left', 'unspecified'];

const rows = [];
let order = 0;
let billable = 0;
class Done extends Error {}

function row(code, flag, long) {
  order++;
  const short = long.length > 60 ? long.slice(0, 60) : long;
  // Order numbers are 5 digits in the official layout; a file past 99,999 rows wraps them.
  rows.push(`${String(order % 100000).padStart(5, '0')} ${code.padEnd(7)} ${flag} ${short.padEnd(60)} ${long}`);
}
function header(code, long) {
  row(code, 0, long);
}
function leaf(code, long) {
  row(code, 1, long);
  if (++billable >= target) throw new Done();
}

function normal(cat) {
  header(cat, `Synthetic condition group ${cat}`);
  for (let s = 0; s < 10; s++) {
    const sub = `${cat}${s}`;
    header(sub, `Synthetic condition ${cat}.${s}, subgroup ${s + 1}`);
    for (let t = 0; t < 10; t++) leaf(`${sub}${t}`, `Synthetic condition ${cat}.${s}${t}, type ${t + 1}, ${t % 2 ? 'with' : 'without'} complications of a made-up kind`);
  }
}

function fourCharacter(cat) {
  header(cat, `Synthetic acute condition group ${cat}`);
  for (let s = 0; s < 10; s++) leaf(`${cat}${s}`, `Synthetic acute condition ${cat}.${s} due to made-up agent ${s + 1}`);
}

function sixCharacter(cat) {
  header(cat, `Synthetic disorder group ${cat}`);
  for (let s = 0; s < 10; s++) {
    const sub = `${cat}${s}`;
    header(sub, `Synthetic disorder ${cat}.${s}`);
    for (let t = 0; t < 5; t++) {
      const five = `${sub}${t}`;
      header(five, `Synthetic disorder ${cat}.${s}${t} with made-up feature ${t + 1}`);
      for (let u = 0; u < 4; u++) leaf(`${five}${u}`, `Synthetic disorder ${cat}.${s}${t}${u} with made-up feature ${t + 1}, ${SIDES[u % 3]} side, stage ${u + 1}`);
    }
  }
}

function injury(cat) {
  header(cat, `Synthetic injury group ${cat}`);
  for (let s = 0; s < 10; s++) {
    const sub = `${cat}${s}`;
    const site = SITES[s];
    header(sub, `Synthetic injury of ${site}, kind ${cat}.${s}`);
    for (let t = 0; t < 10; t++) {
      const ext = 'ADS'[t % 3];
      const what = `Synthetic injury of ${site}, ${SIDES[Math.floor(t / 3) % 3]} side, kind ${t + 1}, ${ENCOUNTER[ext]}`;
      if (s % 3 === 0) {
        // placeholder X in position 5: T45.0X1A
        header(`${sub}X${t}`, `Synthetic injury of ${site}, kind ${cat}.${s}X${t}`);
        leaf(`${sub}X${t}${ext}`, what);
      } else if (s % 3 === 1) {
        // no placeholder: S52.501A under the headers S52.50 and S52.501
        header(`${sub}${t}`, `Synthetic fracture of ${site}, kind ${cat}.${s}${t}`);
        header(`${sub}${t}1`, `Synthetic fracture of ${site}, kind ${cat}.${s}${t}1, ${SIDES[Math.floor(t / 3) % 3]} side`);
        leaf(`${sub}${t}1${ext}`, what);
      } else if (t < 3) {
        // two placeholders: S02.2XXA (no header between the subcategory and the code)
        leaf(`${sub}XX${'ADS'[t]}`, `Synthetic injury of ${site}, ${ENCOUNTER['ADS'[t]]}`);
      }
    }
  }
}

function category(cat, k) {
  if (k % 50 === 25) {
    // a stand-alone billable category, like I10
    row(cat, 1, `Synthetic essential condition ${cat}`);
    if (++billable >= target) throw new Done();
  } else if (k % 10 === 9) injury(cat);
  else if (k % 10 === 6) sixCharacter(cat);
  else if (k % 10 === 3) fourCharacter(cat);
  else normal(cat);
}

try {
  for (let k = 0; ; k++) {
    if (k >= LETTERS.length * 100) throw new Error(`too many codes requested (the generator stops at ${billable})`);
    const letter = LETTERS[Math.floor(k / 100)];
    category(`${letter}${String(k % 100).padStart(2, '0')}`, k);
    if (k % 100 === 44) category(`${letter}4A`, 0);
  }
} catch (e) {
  if (!(e instanceof Done)) {
    console.error(e.message);
    process.exit(1);
  }
}
fs.writeFileSync(out, rows.join('\r\n') + '\r\n');
console.log(`${out}: ${rows.length} rows, ${billable} billable codes`);
