#!/usr/bin/env node
// Generates media/icon.png (128x128 RGBA, the marketplace/VSIX icon) without any dependency:
// a rounded teal tile with a white claim form and a check mark, encoded with zlib.
//   node scripts/make-icon.mjs [out.png]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(REPO, 'media', 'icon.png'));
const N = 128;
const S = 4; // supersampling per axis, for smooth edges

const TEAL = [17, 110, 122];
const WHITE = [255, 255, 255];
const LINE = [176, 205, 210];
const GREEN = [46, 160, 67];

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const nearSegment = (x, y, [ax, ay], [bx, by], w) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
};

/** Colour (RGBA) of a point in icon coordinates (0..128). */
function sample(x, y) {
  if (!inRoundRect(x, y, 4, 4, 124, 124, 24)) return [0, 0, 0, 0];
  // check mark badge, bottom right
  if ((x - 92) ** 2 + (y - 92) ** 2 <= 24 ** 2) {
    if (nearSegment(x, y, [80, 92], [89, 101], 7) || nearSegment(x, y, [89, 101], [104, 83], 7)) return [...WHITE, 255];
    if ((x - 92) ** 2 + (y - 92) ** 2 >= 21 ** 2) return [...WHITE, 255];
    return [...GREEN, 255];
  }
  // the claim form
  if (inRoundRect(x, y, 28, 20, 88, 108, 6)) {
    for (const ly of [38, 52, 66, 80]) if (y >= ly && y <= ly + 5 && x >= 38 && x <= (ly === 80 ? 62 : 78)) return [...LINE, 255];
    return [...WHITE, 255];
  }
  return [...TEAL, 255];
}

const raw = Buffer.alloc(N * (1 + N * 4));
for (let py = 0; py < N; py++) {
  raw[py * (1 + N * 4)] = 0; // filter: none
  for (let px = 0; px < N; px++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < S; sy++) {
      for (let sx = 0; sx < S; sx++) {
        const c = sample(px + (sx + 0.5) / S, py + (sy + 0.5) / S);
        for (let i = 0; i < 3; i++) acc[i] += c[i] * c[3];
        acc[3] += c[3];
      }
    }
    const o = py * (1 + N * 4) + 1 + px * 4;
    const a = acc[3] / (S * S);
    for (let i = 0; i < 3; i++) raw[o + i] = acc[3] ? Math.round(acc[i] / acc[3]) : 0;
    raw[o + 3] = Math.round(a);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // colour type RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
console.log(`wrote ${path.relative(process.cwd(), out)} (${png.length} bytes, ${N}x${N})`);
