// The .vsix packer's zip rewrite (zopfli's deflate for every entry, zlib's as the fallback): what
// it writes must read back byte for byte with zlib and with yauzl (the unzip library VS Code
// installs .vsix files with).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'fs';
import { crc32, deflateRawSync, inflateRawSync } from 'zlib';
import * as yauzl from 'yauzl';
import { deflateAsync } from '@gfx/zopfli';
import { deflateDense, recompressZip, ZOPFLI } from '../../scripts/zip-dense.mjs';

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
  ['random bytes', noise(50_000, 7)],
  ['a grammar', grammar],
  // A view into a larger buffer, as the zip rewrite passes each inflated entry.
  ['a slice of a buffer', Buffer.concat([noise(100, 1), readme]).subarray(100)],
];

for (const [what, bytes] of inputs) {
  test(`each entry's deflate of ${what} inflates back and is never larger than zlib -9`, async () => {
    const packed = await deflateDense(bytes);
    assert.ok(inflateRawSync(packed).equals(bytes));
    assert.ok(packed.length <= deflateRawSync(bytes, { level: 9, memLevel: 9 }).length);
  });
}

test("where zopfli packs a file larger than zlib -9 does, the entry keeps zlib's deflate", async () => {
  const bond = Buffer.from(
    [
      '# An active-backup bond of two VirtualBox host-only adapters.',
      'DEVICE=bond0',
      'NAME=bond0',
      'TYPE=Bond',
      'BONDING_MASTER=yes',
      'BOOTPROTO=none',
      'IPADDR=192.168.99.101',
      'PREFIX=24',
      'ONBOOT=yes',
      'BONDING_OPTS="mode=1 miimon=100"',
      '',
    ].join('\n'),
  );
  const zlib = deflateRawSync(bond, { level: 9, memLevel: 9 });
  // Short text like this is where zopfli's block choice loses a byte or two to zlib's.
  assert.ok((await deflateAsync(bond, ZOPFLI)).length > zlib.length, 'zopfli no longer loses here: pick another file');
  assert.ok((await deflateDense(bond)).equals(zlib));
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
  const after = await recompressZip(before);
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
