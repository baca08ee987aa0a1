// Readiness: initscripts hook scripts (/sbin/ifup-local and friends) that NetworkManager never
// runs (MIGRATE-004). The host reports which exist; the engine names them once per folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { analyzeFiles, type Settings } from '../../server/src/engine';
import { readHookScripts } from '../../server/src/host';
import { lintSnapshot, machineOf, PHYSICAL } from '../helpers/snapshot';

const DIR = '/etc/sysconfig/network-scripts';
const files = [
  { uri: `${DIR}/route-eth0`, text: '10.1.0.0/16 via 192.0.2.1\n' },
  { uri: `${DIR}/ifcfg-eth0`, text: 'DEVICE=eth0\nBOOTPROTO=none\nIPADDR=192.0.2.10\nPREFIX=24\n' },
  { uri: `${DIR}/ifcfg-eth1`, text: 'DEVICE=eth1\nBOOTPROTO=dhcp\n' },
];
const settings = (s: Partial<Settings>): Settings => ({ target: 'auto', virtualization: 'auto', rules: {}, ...s });
const hooksIn = (res: Map<string, { code: string; message: string; range: unknown }[]>) =>
  [...res].flatMap(([uri, fs]) => fs.filter((f) => f.code === 'MIGRATE-004').map((f) => ({ uri, ...f })));

test('each hook script is named once, on the first line of the first ifcfg file of the folder', () => {
  const host = { hookScripts: ['/sbin/ifup-local', '/sbin/ifdown-pre-local'] };
  const found = hooksIn(analyzeFiles(files, settings({ readiness: true, host })));
  assert.deepEqual(
    found.map((f) => [f.uri, f.range]),
    [0, 1].map(() => [
      `${DIR}/ifcfg-eth0`,
      { start: { line: 0, character: 0 }, end: { line: 0, character: 'DEVICE=eth0'.length } },
    ]),
  );
  assert.match(
    found[0].message,
    /^\/sbin\/ifup-local has no keyfile equivalent: ifup-post runs it once an interface is up/,
  );
  assert.match(found[0].message, /dispatcher\.d \(action up\)/);
  assert.match(found[1].message, /^\/sbin\/ifdown-pre-local .*\(action pre-down, in pre-down\.d\)/);
});

test('hook scripts are reported only with readiness on, and only when the host found one', () => {
  const host = { hookScripts: ['/sbin/ifup-local'] };
  assert.deepEqual(hooksIn(analyzeFiles(files, settings({ host }))), []);
  assert.deepEqual(hooksIn(analyzeFiles(files, settings({ readiness: true }))), []);
});

test('the live machine: /sbin/<hook> is stat()ed under the root, nothing else counts', () => {
  const root = mkdtempSync(join(tmpdir(), 'ifcfg-hooks-'));
  mkdirSync(join(root, 'sbin'));
  writeFileSync(join(root, 'sbin', 'ifup-local'), '#!/bin/sh\n');
  mkdirSync(join(root, 'sbin', 'ifdown-local'));
  writeFileSync(join(root, 'sbin', 'ifup-local-promisc'), '#!/bin/sh\n');
  assert.deepEqual(readHookScripts(root), ['/sbin/ifup-local']);
});

test('a machine snapshot: hooks in usr/sbin through the sbin link count, links out of the root do not', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ifcfg-hooks-snap-'));
  const root = join(dir, 'sosreport-web03');
  cpSync(PHYSICAL, root, { recursive: true });
  mkdirSync(join(root, 'usr/sbin'), { recursive: true });
  writeFileSync(join(root, 'usr/sbin/ifup-pre-local'), '#!/bin/sh\n');
  symlinkSync('usr/sbin', join(root, 'sbin'));
  writeFileSync(join(dir, 'outside'), '#!/bin/sh\n');
  symlinkSync(join(dir, 'outside'), join(root, 'usr/sbin/ifdown-local'));
  assert.deepEqual(machineOf(root).hookScripts, ['/sbin/ifup-pre-local']);
  const res = lintSnapshot(root, undefined, { readiness: true });
  const hits = [...res].flatMap(([rel, fs]) => fs.filter((f) => f.code === 'MIGRATE-004').map(() => rel));
  assert.equal(hits.length, 1);
  assert.match(hits[0], /^etc\/sysconfig\/network-scripts\/ifcfg-/);
  assert.deepEqual(machineOf(PHYSICAL).hookScripts, []);
});
