// ifcfg-lint as a hostile folder would meet it: files too large to read whole, bytes that are not
// UTF-8, symlinks and hard links, a concurrent edit, pipes, devices, links out of the folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { collect } from '../../server/src/cli/files';
import { readRegularFile } from '../../server/src/fs/read';
import { walk } from '../../server/src/fs/walk';
import { rewriteFile, WriteRefused } from '../../server/src/fs/write';

const BIN = resolve('bin/ifcfg-lint.js');
const lint = (args: string[], opts: { cwd?: string; timeout?: number } = {}) =>
  spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd,
    encoding: 'utf8',
    timeout: opts.timeout ?? 20000,
    env: { ...process.env, NO_COLOR: '1' },
  });
const tmp = () => mkdtempSync(join(tmpdir(), 'ifcfg-safe-'));
const sh = (script: string, timeout = 20000) =>
  spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout, env: { ...process.env, NO_COLOR: '1' } });

test('--fix refuses a file larger than it reads whole, and leaves it untouched', () => {
  const d = tmp();
  const f = join(d, 'ifcfg-eth0');
  const text = 'DEVICE=eth0\nONBOOT=on\n' + '# padding\n'.repeat(1_100_000) + 'IPADDR=10.0.0.1\n';
  writeFileSync(f, text);
  const r = lint(['--fix', d]);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /ifcfg-eth0: not read: larger than the 8 MB limit/);
  assert.equal(readFileSync(f, 'utf8'), text);
});

test('--fix keeps Latin-1 bytes it does not edit byte for byte', () => {
  const d = tmp();
  const f = join(d, 'ifcfg-eth0');
  const before = Buffer.from('# Caf\xe9 r\xe9seau\nDEVICE=eth0\nNAME="Caf\xe9"\nONBOOT=on\n', 'latin1');
  writeFileSync(f, before);
  const r = lint(['--fix', d]);
  assert.notEqual(r.status, 2, r.stderr);
  const after = readFileSync(f);
  assert.deepEqual(after, Buffer.from('# Caf\xe9 r\xe9seau\nDEVICE=eth0\nNAME="Caf\xe9"\nONBOOT=yes\n', 'latin1'));
});

test('--fix writes through a symlink and keeps hard links and the inode', () => {
  const d = tmp();
  const real = join(d, 'real');
  mkdirSync(real);
  const target = join(real, 'ifcfg-eth0');
  writeFileSync(target, 'DEVICE=eth0\nONBOOT=on\n');
  const twin = join(d, 'twin-ifcfg-eth0');
  linkSync(target, twin);
  const link = join(d, 'ifcfg-eth0');
  symlinkSync(target, link);
  const ino = statSync(target).ino;
  const r = lint(['--fix', link]);
  assert.notEqual(r.status, 2, r.stderr);
  assert.ok(statSync(link, { throwIfNoEntry: true }) && readdirSync(d).includes('ifcfg-eth0'));
  assert.equal(readFileSync(target, 'utf8'), 'DEVICE=eth0\nONBOOT=yes\n');
  assert.equal(readFileSync(twin, 'utf8'), 'DEVICE=eth0\nONBOOT=yes\n', 'the hard link sees the fix');
  assert.equal(statSync(target).ino, ino, 'same inode: extended attributes and labels are kept');
  assert.ok(spawnSync('test', ['-L', link]).status === 0, 'the symlink is still a symlink');
});

test('a change made between reading and writing is never overwritten', () => {
  const d = tmp();
  const f = join(d, 'ifcfg-eth0');
  writeFileSync(f, 'DEVICE=eth0\nONBOOT=on\n');
  const r = readRegularFile(f);
  assert.ok(r.ok);
  writeFileSync(f, 'DEVICE=eth0\nONBOOT=on\nMTU=9000\n'); // the admin's editor saves
  assert.throws(() => rewriteFile(r, Buffer.from('DEVICE=eth0\nONBOOT=yes\n')), WriteRefused);
  assert.equal(readFileSync(f, 'utf8'), 'DEVICE=eth0\nONBOOT=on\nMTU=9000\n');
  assert.deepEqual(
    readdirSync(d).filter((n) => n.startsWith('.')),
    [],
  );
});

test('a FIFO in a folder is reported, not read: the run neither hangs nor passes silently', () => {
  const d = tmp();
  writeFileSync(join(d, 'ifcfg-eth0'), 'DEVICE=eth0\n');
  assert.equal(spawnSync('mkfifo', [join(d, 'ifcfg-eth1')]).status, 0);
  const r = lint([d], { timeout: 10000 });
  assert.equal(r.error, undefined, 'finished');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /ifcfg-eth1: not read: a pipe \(FIFO\)/);
});

test('a pipe named on the command line is read to its end; /dev/null is refused', () => {
  const d = tmp();
  const f = join(d, 'ifcfg-eth0');
  writeFileSync(f, 'DEVICE=eth0\nIPADDR=10.0.0.300\n');
  const r = sh(`node ${JSON.stringify(BIN)} --format json <(cat ${JSON.stringify(f)})`);
  assert.ok(
    (JSON.parse(r.stdout) as Array<{ code: string }>).some((x) => x.code === 'IFCFG-020' || /IFCFG/.test(x.code)),
    r.stdout + r.stderr,
  );
  const n = lint(['/dev/null']);
  assert.equal(n.status, 2);
  assert.match(n.stderr, /\/dev\/null: not read: a character device/);
});

test('procfs files, whose size is reported as 0, are read to their end', () => {
  const r = readRegularFile('/proc/self/status', {});
  assert.ok(r.ok && /^Name:/m.test(r.bytes.toString('utf8')));
});

test('files of every size around the read buffer are read whole, to the byte', () => {
  const d = tmp();
  for (const size of [0, 1, 300, 65535, 65536, 65537, 131072, 200001]) {
    const f = join(d, `ifcfg-s${size}`);
    const bytes = Buffer.alloc(size, 'x');
    if (size) bytes[size - 1] = 0x0a;
    writeFileSync(f, bytes);
    const r = readRegularFile(f);
    assert.ok(r.ok, String(size));
    assert.ok(r.bytes.equals(bytes), `${size} bytes: read ${r.bytes.length}`);
  }
});

test('output into a closed pipe ends quietly (no stack trace)', () => {
  const d = tmp();
  for (let i = 0; i < 300; i++) writeFileSync(join(d, `ifcfg-eth${i}`), `DEVICE=eth${i}\nIPADDR=10.0.0.300\nMTU=x\n`);
  const r = sh(`node ${JSON.stringify(BIN)} ${JSON.stringify(d)} | head -1`);
  assert.equal(r.stderr, '');
});

test('file names that are not UTF-8 are read and shown with \\x escapes', () => {
  const d = tmp();
  const name = Buffer.concat([Buffer.from(join(d, 'ifcfg-caf')), Buffer.from([0xe9])]);
  writeFileSync(name, 'DEVICE=eth0\nIPADDR=10.0.0.300\n');
  const r = lint(['--format', 'json', d]);
  const out = JSON.parse(r.stdout) as Array<{ file: string }>;
  assert.ok(
    out.some((x) => x.file.endsWith('ifcfg-caf\\xe9')),
    r.stdout + r.stderr,
  );
});

test('the walker keeps names that are not UTF-8 byte for byte, in folders and files alike', () => {
  const d = tmp();
  const bytes = (...parts: Array<string | number>) =>
    Buffer.concat(parts.map((x) => (typeof x === 'string' ? Buffer.from(x) : Buffer.from([x]))));
  const folder = bytes(d, '/r', 0xe9, 'seau');
  mkdirSync(folder);
  writeFileSync(bytes(d, '/r', 0xe9, 'seau/ifcfg-caf', 0xe9), 'DEVICE=eth0\n');
  // A name that really contains U+FFFD is valid UTF-8: it stays a string.
  writeFileSync(join(d, 'ifcfg-\ufffd'), 'DEVICE=eth1\n');
  writeFileSync(join(d, 'ifcfg-eth2'), 'DEVICE=eth2\n');
  const found = walk(d, { maxFiles: 10 }).files.map((f) => f.path);
  assert.deepEqual(found, [
    join(d, 'ifcfg-eth2'),
    join(d, 'ifcfg-\ufffd'),
    bytes(d, '/r', 0xe9, 'seau/ifcfg-caf', 0xe9),
  ]);
});

test('links out of the folder are not followed, and the run says so', () => {
  const outside = tmp();
  writeFileSync(join(outside, 'ifcfg-secret'), 'DEVICE=eth0\nIPADDR=SECRET-VALUE\n');
  const d = tmp();
  writeFileSync(join(d, 'ifcfg-eth0'), 'DEVICE=eth0\n');
  symlinkSync(join(outside, 'ifcfg-secret'), join(d, 'ifcfg-eth1'));
  symlinkSync(outside, join(d, 'sub'));
  const r = lint(['--format', 'sarif', d]);
  assert.doesNotMatch(r.stdout, /SECRET-VALUE/);
  assert.match(r.stderr, /ifcfg-eth1: not read: it lies outside the folder/);
  assert.match(r.stderr, /sub: not read: a link to a folder outside/);
});

test('a walk that reaches its file limit says so (exit 2), not a silent pass', () => {
  const d = tmp();
  for (let i = 0; i < 6; i++) writeFileSync(join(d, `ifcfg-eth${i}`), `DEVICE=eth${i}\n`);
  const c = collect([d], 5);
  assert.equal(c.sources.length, 5);
  assert.match(c.errors.join('\n'), /stopped after 5 files/);
});
