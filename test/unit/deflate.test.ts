// The .vsix packer's denser deflate and the zip rewrite around it: what they write must read
// back byte for byte with zlib and with yauzl (the unzip library VS Code installs .vsix files with).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'fs';
import { crc32, deflateRawSync, inflateRawSync } from 'zlib';
import * as yauzl from 'yauzl';
import { deflateDense, encodeDense } from '../../scripts/deflate.mjs';
import { recompressZip } from '../../scripts/zip-dense.mjs';

/** Deterministic bytes (xorshift), so a failure reproduces. */
function noise(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

const readme = readFileSync('README.md');
const grammar = readFileSync('syntaxes/ifcfg.tmLanguage.json');
const inputs: Array<[string, Buffer]> = [
  ['empty', Buffer.alloc(0)],
  ['one byte', Buffer.from('x')],
  ['a long run of one byte', Buffer.alloc(100_000, 0x20)],
  ['random bytes', noise(50_000, 7)],
  ['text, then noise, then the text again (matches across blocks)', Buffer.concat([readme, noise(3000, 3), readme])],
  ['a grammar', grammar],
  ['bonding options', Buffer.from('BONDING_OPTS="mode=active-backup miimon=100 fail_over_mac=1"\n'.repeat(2000))],
];

for (const [what, bytes] of inputs) {
  test(`dense deflate of ${what} inflates back to the same bytes`, () => {
    assert.ok(inflateRawSync(encodeDense(bytes)).equals(bytes));
    // What the packer uses: zlib's own output where that is smaller (random bytes).
    const checked = deflateDense(bytes);
    assert.ok(inflateRawSync(checked).equals(bytes));
    assert.ok(checked.length <= deflateRawSync(bytes, { level: 9, memLevel: 9 }).length);
  });
}

test('dense deflate beats zlib -9 on prose and on JSON', () => {
  for (const text of [readme, grammar]) {
    assert.ok(encodeDense(text).length < deflateRawSync(text, { level: 9, memLevel: 9 }).length);
  }
});

/** A zip as vsce's writer makes one: deflated entries whose sizes follow in a data descriptor. */
function zipOf(files: Array<[string, Buffer]>): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const packed = deflateRawSync(data, { level: 1 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6); // UTF-8 names, sizes in a descriptor
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc, 4);
    descriptor.writeUInt32LE(packed.length, 8);
    descriptor.writeUInt32LE(data.length, 12);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(0x033f, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0808, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(packed.length, 20);
    cd.writeUInt32LE(data.length, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    cd.writeUInt32LE(offset, 42);
    parts.push(local, Buffer.from(name), packed, descriptor);
    central.push(cd, Buffer.from(name));
    offset += 30 + name.length + packed.length + 16;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}

/** Every entry of a zip, read the way VS Code reads a .vsix. */
function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true, validateEntrySizes: true }, (err, zf) => {
      if (err) return reject(err);
      const out = new Map<string, Buffer>();
      zf.on('entry', (e: yauzl.Entry) => {
        zf.openReadStream(e, (err2, s) => {
          if (err2) return reject(err2);
          const chunks: Buffer[] = [];
          s.on('data', (c: Buffer) => chunks.push(c));
          s.on('end', () => {
            out.set(e.fileName, Buffer.concat(chunks));
            zf.readEntry();
          });
        });
      });
      zf.on('end', () => resolve(out));
      zf.on('error', reject);
      zf.readEntry();
    });
  });
}

test('the rewritten zip holds the same entries with the same bytes and CRCs, and is smaller', async () => {
  const files: Array<[string, Buffer]> = [
    ['extension/readme.md', readme],
    ['extension/syntaxes/ifcfg.tmLanguage.json', grammar],
    ['extension/empty.txt', Buffer.alloc(0)],
  ];
  const before = zipOf(files);
  const after = recompressZip(before);
  assert.ok(after.length < before.length);
  const read = await unzip(after);
  assert.deepEqual(
    [...read.keys()],
    files.map(([n]) => n),
  );
  for (const [name, data] of files) assert.ok(read.get(name)!.equals(data), name);
  // The central directory keeps each entry's CRC, and no entry keeps a data descriptor.
  for (
    let p = after.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
    p >= 0;
    p = after.indexOf(Buffer.from([0x50, 0x4b, 1, 2]), p + 1)
  ) {
    const name = after.subarray(p + 46, p + 46 + after.readUInt16LE(p + 28)).toString();
    assert.equal(after.readUInt32LE(p + 16), crc32(files.find(([n]) => n === name)![1]), name);
    assert.equal(after.readUInt16LE(p + 8) & 0x08, 0, name);
  }
});
