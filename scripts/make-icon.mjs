// Draws images/icon.png (two NICs joined into one bond) without any image library.
import { writeFileSync } from 'fs';
import { deflateSync } from 'zlib';

const N = 128;
const px = Buffer.alloc(N * N * 4);
const set = (x, y, [r, g, b, a = 255]) => {
  const i = (y * N + x) * 4;
  px[i] = r;
  px[i + 1] = g;
  px[i + 2] = b;
  px[i + 3] = a;
};
const rect = (x0, y0, x1, y1, c) => {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) set(x, y, c);
};
for (let y = 0; y < N; y++)
  for (let x = 0; x < N; x++) {
    const dx = Math.max(0, Math.abs(x - 63.5) - 48),
      dy = Math.max(0, Math.abs(y - 63.5) - 48);
    if (dx * dx + dy * dy <= 14 * 14) set(x, y, [204, 0, 0]);
  }
rect(22, 30, 56, 64, [255, 255, 255]);
rect(72, 30, 106, 64, [255, 255, 255]);
for (const x0 of [28, 36, 44, 78, 86, 94]) rect(x0, 64, x0 + 4, 74, [255, 255, 255]);
rect(37, 74, 41, 86, [255, 255, 255]);
rect(87, 74, 91, 86, [255, 255, 255]);
rect(37, 86, 91, 92, [255, 255, 255]);
rect(61, 92, 67, 106, [255, 255, 255]);
// Three colours, so the PNG is indexed (2 bits a pixel, palette + transparency) rather than RGBA:
// the same image in a third of the bytes.
const palette = [];
const index = new Map();
const raw = Buffer.alloc((N / 4 + 1) * N);
for (let y = 0; y < N; y++)
  for (let x = 0; x < N; x++) {
    const i = (y * N + x) * 4;
    const key = px.readUInt32BE(i);
    if (!index.has(key)) {
      index.set(key, palette.length);
      palette.push([px[i], px[i + 1], px[i + 2], px[i + 3]]);
    }
    raw[y * (N / 4 + 1) + 1 + (x >> 2)] |= index.get(key) << (6 - 2 * (x & 3));
  }
if (palette.length > 4) throw new Error(`${palette.length} colours do not fit 2 bits`);
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (b) => {
  let c = 0xffffffff;
  for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr[8] = 2;
ihdr[9] = 3;
writeFileSync(
  'images/icon.png',
  Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('PLTE', Buffer.from(palette.flatMap(([r, g, b]) => [r, g, b]))),
    chunk('tRNS', Buffer.from(palette.map(([, , , a]) => a))),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]),
);
