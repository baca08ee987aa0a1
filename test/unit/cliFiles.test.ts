// What ifcfg-lint reads for the paths it is given: each file once, named files with their
// folder's network-scripts files as context, links followed only where they may be, and every
// path named the way path.resolve names it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { join } from 'path';
import { AbsoluteNames, collect } from '../../server/src/cli/files';
import { listDir } from '../../server/src/fs/read';

const tmp = () => realpathSync(mkdtempSync(join(tmpdir(), 'ifcfg-files-')));
const byName = (c: ReturnType<typeof collect>) => new Map(c.sources.map((s) => [s.name, s]));

test('absolute names are what path.resolve gives, for any spelling', () => {
  const names = new AbsoluteNames();
  const segment = fc.constantFrom('', '.', '..', '...', 'a', '.a', 'a.', 'ifcfg-eth0', '%41', ' ');
  fc.assert(
    fc.property(fc.boolean(), fc.array(segment, { maxLength: 6 }), fc.boolean(), (absolute, segs, slash) => {
      const p = (absolute ? '/' : '') + segs.join('/') + (slash ? '/' : '');
      assert.equal(names.of(p), path.resolve(p), JSON.stringify(p));
    }),
    { numRuns: 2000 },
  );
});

test('files named one by one are each read once, their folder as context', () => {
  const d = tmp();
  for (const n of ['ifcfg-bond0', 'ifcfg-eth0', 'ifcfg-eth1']) writeFileSync(join(d, n), `DEVICE=${n.slice(6)}\n`);
  writeFileSync(join(d, 'notes.txt'), 'not ours\n');
  const c = collect([join(d, 'ifcfg-eth0'), join(d, 'ifcfg-bond0'), join(d, 'notes.txt')]);
  assert.deepEqual(c.errors, []);
  const got = byName(c);
  assert.deepEqual(
    [...got.keys()].sort(),
    ['ifcfg-bond0', 'ifcfg-eth0', 'ifcfg-eth1', 'notes.txt'].map((n) => join(d, n)),
  );
  assert.equal(got.get(join(d, 'ifcfg-eth1'))!.target, false, 'context only');
  assert.equal(got.get(join(d, 'ifcfg-bond0'))!.target, true, 'named after it was read as context');
  assert.equal(got.get(join(d, 'notes.txt'))!.read.bytes.toString(), 'not ours\n', 'named, so read whatever its name');
});

test('a named file in a linked folder is read, and its real path is where the link leads', () => {
  const d = tmp();
  mkdirSync(join(d, 'real'));
  writeFileSync(join(d, 'real', 'ifcfg-eth0'), 'DEVICE=eth0\n');
  writeFileSync(join(d, 'real', 'ifcfg-eth1'), 'DEVICE=eth1\n');
  symlinkSync(join(d, 'real'), join(d, 'link'));
  const c = collect([join(d, 'link', 'ifcfg-eth0')]);
  const got = byName(c);
  assert.equal(got.get(join(d, 'link', 'ifcfg-eth0'))!.read.real, join(d, 'real', 'ifcfg-eth0'));
  assert.equal(got.get(join(d, 'link', 'ifcfg-eth1'))!.read.real, join(d, 'real', 'ifcfg-eth1'));
});

test('a named link is followed (it was named), a neighbour link out of the folder is not', () => {
  const outside = tmp();
  writeFileSync(join(outside, 'ifcfg-secret'), 'DEVICE=secret\n');
  const d = tmp();
  writeFileSync(join(d, 'ifcfg-eth0'), 'DEVICE=eth0\n');
  symlinkSync(join(outside, 'ifcfg-secret'), join(d, 'ifcfg-eth1'));
  const context = byName(collect([join(d, 'ifcfg-eth0')]));
  assert.equal(context.has(join(d, 'ifcfg-eth1')), false);
  const named = byName(collect([join(d, 'ifcfg-eth1')]));
  assert.equal(named.get(join(d, 'ifcfg-eth1'))!.read.real, join(outside, 'ifcfg-secret'));
});

test('a FIFO beside a named file is neither opened nor read as context', () => {
  const d = tmp();
  writeFileSync(join(d, 'ifcfg-eth0'), 'DEVICE=eth0\n');
  assert.equal(spawnSync('mkfifo', [join(d, 'ifcfg-eth1')]).status, 0);
  const c = collect([join(d, 'ifcfg-eth0')]);
  assert.deepEqual([...byName(c).keys()], [join(d, 'ifcfg-eth0')]);
  assert.deepEqual(c.errors, []);
});

test('a folder named directly is walked; a missing path is said once', () => {
  const d = tmp();
  mkdirSync(join(d, 'network-scripts'));
  writeFileSync(join(d, 'network-scripts', 'ifcfg-eth0'), 'DEVICE=eth0\n');
  const c = collect([join(d, 'network-scripts'), join(d, 'nothing-here')]);
  assert.deepEqual([...byName(c).keys()], [join(d, 'network-scripts', 'ifcfg-eth0')]);
  assert.deepEqual(c.errors, [`${join(d, 'nothing-here')}: no such file or directory`]);
});

test('a listed folder is in byte order, with names that are not UTF-8 kept as bytes', () => {
  const d = tmp();
  const names = ['ifcfg-b', 'ifcfg-a', 'ifcfg-\uff46', 'ifcfg-\u{1d4bb}', 'ifcfg-B', 'ifcfg-\u00e9'];
  for (const n of names) writeFileSync(join(d, n), '');
  const bad = Buffer.concat([Buffer.from(join(d, 'ifcfg-caf')), Buffer.from([0xe9])]);
  writeFileSync(bad, '');
  const bytes = (n: string | Buffer) => (typeof n === 'string' ? Buffer.from(n) : n);
  const expected = [...names.map((n) => Buffer.from(n)), Buffer.from([...Buffer.from('ifcfg-caf'), 0xe9])].sort(
    (x, y) => Buffer.compare(x, y),
  );
  const listed = listDir(d);
  assert.deepEqual(listed.names.map(bytes), expected);
  assert.ok(Buffer.isBuffer(listed.names.find((n) => typeof n !== 'string')));
  assert.deepEqual(
    listed.dirents.map((e) => bytes(e.name as string | Buffer)),
    expected,
    'types in the same order as names',
  );
  // Without the name that is not UTF-8 every name is a string, in the same order.
  const d2 = tmp();
  for (const n of names) writeFileSync(join(d2, n), '');
  assert.deepEqual(
    listDir(d2).names,
    names
      .map((n) => Buffer.from(n))
      .sort((x, y) => Buffer.compare(x, y))
      .map((b) => b.toString()),
  );
});
