// Rewrites a zip (the .vsix vsce wrote) with every deflated entry compressed by deflateDense:
// same entries, order, names, times, attributes and CRCs; only the compressed data, the sizes
// and offsets change. vsce's zip writer has no compression setting, hence this second pass.
import { deflateAsync } from '@gfx/zopfli';
import { deflateRawSync, inflateRawSync } from 'zlib';

/** zopfli's optimisation passes per entry: 5 comes within 0.03% of its default 15 on the .vsix
 *  at about 70% of the CPU time. */
export const ZOPFLI = { numiterations: 5 };

/** Raw deflate (RFC 1951, so every unzip reads it) by Google's zopfli, slower and denser than zlib.
 *  Its output is inflated again and compared with the input; zlib's best level is used instead
 *  whenever that check fails or zopfli's output is not smaller. */
export async function deflateDense(data) {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const zlib = deflateRawSync(bytes, { level: 9, memLevel: 9 });
  const dense = Buffer.from(await deflateAsync(bytes, ZOPFLI));
  return dense.length < zlib.length && inflatesTo(dense, bytes) ? dense : zlib;
}

function inflatesTo(packed, bytes) {
  try {
    return inflateRawSync(packed).equals(bytes);
  } catch {
    return false;
  }
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** General-purpose flag: sizes follow the data in a descriptor (the rewrite puts them in the header). */
const DESCRIPTOR = 0x08;

export async function recompressZip(zip) {
  const z = Buffer.from(zip);
  let end = z.length - 22;
  while (end >= 0 && z.readUInt32LE(end) !== END) end--;
  if (end < 0) throw new Error('not a zip: no end of central directory');
  const count = z.readUInt16LE(end + 10);
  const cdSize = z.readUInt32LE(end + 12);
  const cdOffset = z.readUInt32LE(end + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new Error('zip64 archives are not handled');
  const parts = [];
  const central = [];
  let offset = 0;
  for (let p = cdOffset, k = 0; k < count; k++) {
    if (z.readUInt32LE(p) !== CENTRAL) throw new Error(`bad central directory entry ${k}`);
    const nameLen = z.readUInt16LE(p + 28);
    const cdLen = 46 + nameLen + z.readUInt16LE(p + 30) + z.readUInt16LE(p + 32);
    const cd = Buffer.from(z.subarray(p, p + cdLen));
    const method = cd.readUInt16LE(10);
    const size = cd.readUInt32LE(20);
    const usize = cd.readUInt32LE(24);
    const at = cd.readUInt32LE(42);
    if (z.readUInt32LE(at) !== LOCAL) throw new Error(`bad local header of entry ${k}`);
    const localLen = 30 + z.readUInt16LE(at + 26) + z.readUInt16LE(at + 28);
    const local = Buffer.from(z.subarray(at, at + localLen));
    let data = z.subarray(at + localLen, at + localLen + size);
    if (method === 8) {
      const raw = inflateRawSync(data);
      if (raw.length !== usize) throw new Error(`entry ${k}: size differs from the directory's`);
      const dense = await deflateDense(raw);
      if (dense.length < data.length) data = dense;
    }
    for (const h of [local, cd]) {
      const base = h === local ? 6 : 8;
      h.writeUInt16LE(h.readUInt16LE(base) & ~DESCRIPTOR, base);
      h.writeUInt32LE(cd.readUInt32LE(16), base + 8);
      h.writeUInt32LE(data.length, base + 12);
      h.writeUInt32LE(usize, base + 16);
    }
    cd.writeUInt32LE(offset, 42);
    parts.push(local, data);
    central.push(cd);
    offset += local.length + data.length;
    p += cdLen;
  }
  const tail = Buffer.from(z.subarray(end));
  const cd = Buffer.concat(central);
  if (cd.length !== cdSize) throw new Error('central directory size changed');
  tail.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, tail]);
}
