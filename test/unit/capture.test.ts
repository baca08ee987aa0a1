// /proc/net/bonding captures: parsing, recognition, evidence for the ifcfg files, host evidence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { bondStateOf, parseDocument } from '../../server/src/engine';
import { readHostEvidence, isLiveConfigDir } from '../../server/src/host';
import { lint, seed, physical, port, bond } from '../helpers/lint';

const AB = readFileSync('test/fixtures/captures/bond0-virtualbox-active-backup.bonding', 'utf8');
const LACP = readFileSync('test/fixtures/captures/bond1-lacp.bonding', 'utf8');
const ALB = readFileSync('test/fixtures/captures/bond2-alb.bonding', 'utf8');

test('captures are recognised by place, extension or first line', () => {
  assert.equal(parseDocument('/proc/net/bonding/bond0', AB).file.kind, 'capture');
  assert.equal(parseDocument('/x/bond0.bonding', AB).file.suffix, 'bond0');
  assert.equal(parseDocument('/x/capture.txt', ALB).file.kind, 'capture');
  assert.equal(parseDocument('/x/capture.txt', 'Bonding Mode: adaptive load balancing\n').file.kind, 'capture');
  assert.equal(parseDocument('/x/notes.txt', 'hello\n').file.kind, 'unknown');
});

test('the running state: mode, fail_over_mac, monitoring, slaves, 802.3ad info', () => {
  const ab = bondStateOf(parseDocument('/x/bond0.bonding', AB));
  assert.equal(ab.mode?.name, 'active-backup');
  assert.equal(ab.fom, 'none');
  assert.equal(ab.miimon, 100);
  assert.deepEqual(
    ab.capture.slaves.map((s) => [s.name, s.fields.get('MII Status')?.value, s.fields.get('Permanent HW addr')?.value]),
    [
      ['enp0s8', 'down', '08:00:27:5c:b0:e5'],
      ['enp0s9', 'up', '08:00:27:85:02:d8'],
    ],
  );
  const f = ab.capture.slaves[0].fields.get('Permanent HW addr')!;
  assert.equal(AB.split('\n')[f.line].slice(f.valueStart, f.valueEnd), '08:00:27:5c:b0:e5');
  const lacp = bondStateOf(parseDocument('/x/bond1.bonding', LACP));
  assert.equal(lacp.mode?.name, '802.3ad');
  assert.equal(lacp.capture.ad.get('Partner Mac Address')?.value, '00:00:00:00:00:00');
  assert.equal(lacp.capture.slaves.length, 2);
  assert.equal(
    bondStateOf(parseDocument('/x/c.txt', AB.replace('(active-backup)', '(active-backup) (fail_over_mac follow)'))).fom,
    'follow',
  );
  assert.equal(bondStateOf(parseDocument('/x/c.txt', ALB)).mode?.name, 'balance-alb');
});

test('a capture next to the config is evidence: VirtualBox permanent MACs raise VNIC-001 with the capture as related information', () => {
  const noMacs = { 'ifcfg-bond0': bond('mode=1 miimon=100'), 'ifcfg-eth1': port('eth1'), 'ifcfg-eth2': port('eth2') };
  assert.ok(!lint(noMacs).some((f) => f.code === 'VNIC-001'));
  const v = lint({ ...noMacs, 'bond0.bonding': AB }).find((f) => f.code === 'VNIC-001')!;
  assert.ok(v, 'VNIC-001 from the capture');
  assert.match(v.message, /bond0\.bonding has VirtualBox MAC addresses/);
  assert.ok(v.related!.some((r) => r.uri.endsWith('bond0.bonding')));
});

test('the running bond vs the file: mode, miimon and fail_over_mac mismatches', () => {
  const f = lint({ ...physical('mode=4 miimon=200 lacp_rate=1'), 'bond0.bonding': AB }).filter(
    (x) => x.code === 'BOND-062',
  );
  assert.equal(f.length, 2);
  assert.match(f[0].message, /capture shows active-backup, the file says 802\.3ad/);
  assert.match(f[1].message, /miimon 100, the file says 200/);
  const fom = lint({ ...seed('mode=1 miimon=100 fail_over_mac=1'), 'bond0.bonding': AB }).find(
    (x) => x.code === 'BOND-062',
  )!;
  assert.match(
    fom.message,
    /fail_over_mac=none, the file says active.*only writes BONDING_OPTS to a bond without ports/,
  );
});

test('host evidence from DMI and bonding_slave/perm_hwaddr (read-only sysfs)', () => {
  const root = mkdtempSync(join(tmpdir(), 'ifcfg-sys-'));
  mkdirSync(join(root, 'sys/class/dmi/id'), { recursive: true });
  writeFileSync(join(root, 'sys/class/dmi/id/sys_vendor'), 'innotek GmbH\n');
  writeFileSync(join(root, 'sys/class/dmi/id/product_name'), 'VirtualBox\n');
  mkdirSync(join(root, 'sys/class/net/eth1/bonding_slave'), { recursive: true });
  writeFileSync(join(root, 'sys/class/net/eth1/bonding_slave/perm_hwaddr'), '08:00:27:00:00:01\n');
  mkdirSync(join(root, 'sys/class/net/lo'), { recursive: true });
  const ev = readHostEvidence(root);
  assert.equal(ev.vendor, 'virtualbox');
  assert.deepEqual(ev.macs, { eth1: '08:00:27:00:00:01' });
  assert.ok(isLiveConfigDir('/etc/sysconfig/network-scripts') && !isLiveConfigDir(join(tmpdir(), 'repo')));
  const files = { 'ifcfg-bond0': bond('mode=1 miimon=100'), 'ifcfg-eth1': port('eth1'), 'ifcfg-eth2': port('eth2') };
  const byMac = lint(files, undefined, { host: { macs: ev.macs } }).find((f) => f.code === 'VNIC-001')!;
  assert.match(byMac.message, /eth1 on this machine/);
  const byDmi = lint(files, undefined, { host: { vendor: ev.vendor, basis: ev.basis } }).find(
    (f) => f.code === 'VNIC-001',
  )!;
  assert.match(byDmi.message, /innotek GmbH VirtualBox/);
});

test('related(): a change to a port re-checks its bond, the other ports and the capture, not the directory', async () => {
  const { parseDocument: parse } = await import('../../server/src/engine');
  const { SystemIndex } = await import('../../server/src/engine');
  const files: Record<string, string> = {
    'ifcfg-bond0': bond('mode=1 miimon=100'),
    'ifcfg-eth1': port('eth1'),
    'ifcfg-eth2': port('eth2'),
    'bond0.bonding': AB,
    'route-eth1': '10.0.0.0/8 via 10.0.0.1\n',
    'ifcfg-bond1': bond('mode=1 miimon=100').replace(/bond0/g, 'bond1'),
    'ifcfg-eth9': port('eth9').replace('bond0', 'bond1'),
  };
  const docs = Object.entries(files).map(([n, t]) => parse(`/d/${n}`, t));
  const sys = new SystemIndex(docs);
  const names = (d: string) => [...sys.related(docs.find((x) => x.uri === `/d/${d}`)!)].map((x) => x.file.base).sort();
  assert.deepEqual(names('ifcfg-eth1'), ['bond0.bonding', 'ifcfg-bond0', 'ifcfg-eth2', 'route-eth1']);
  assert.deepEqual(names('ifcfg-bond1'), ['ifcfg-eth9']);
  assert.deepEqual(names('bond0.bonding'), ['ifcfg-bond0', 'ifcfg-eth1', 'ifcfg-eth2']);
});
