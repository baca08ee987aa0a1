// The story on keyfiles: a VirtualBox active-backup bond without fail_over_mac, written as
// NetworkManager keyfiles, gets the same VNIC-001 warning as its ifcfg twin, with a fix under [bond].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'fs';
import { analyzeFiles, applyEdits } from '../../server/src/engine';
import { lint, seed } from '../helpers/lint';

const FIX = 'test/fixtures/keyfile/virtualbox-bond';
const DIR = '/etc/NetworkManager/system-connections';
const files = () => readdirSync(FIX).map((f) => ({ uri: `${DIR}/${f}`, text: readFileSync(`${FIX}/${f}`, 'utf8') }));

test('keyfile bond on VirtualBox ports: VNIC-001 on [bond], the same code as for ifcfg', () => {
  const res = analyzeFiles(files());
  const bond = res.get(`${DIR}/bond0.nmconnection`)!;
  const f = bond.find((x) => x.code === 'VNIC-001')!;
  assert.ok(f, `got ${bond.map((x) => x.code).join(', ')}`);
  assert.equal(f.range.start.line, 6, 'points at the [bond] header');
  assert.match(f.message, /VirtualBox/);
  assert.ok(f.related?.some((r) => r.uri.endsWith('bond0-port-enp0s8.nmconnection')));
  const ifcfg = lint(seed()).find((x) => x.code === 'VNIC-001');
  assert.ok(ifcfg, 'the ifcfg twin reports the same code');
});

test('the quick fix adds fail_over_mac=active under [bond] and the warning goes away', () => {
  const all = files();
  const bondFile = all.find((f) => f.uri.endsWith('/bond0.nmconnection'))!;
  const f = analyzeFiles(all)
    .get(bondFile.uri)!
    .find((x) => x.code === 'VNIC-001')!;
  const fix = f.fixes!.find((x) => x.preferred)!;
  assert.equal(fix.title, 'Add fail_over_mac=active');
  assert.ok(fix.safe);
  const fixed = applyEdits(bondFile.text, fix.edits);
  assert.match(fixed, /\[bond\]\nmiimon=100\nmode=active-backup\nfail_over_mac=active\n\n\[ipv4\]/);
  const again = analyzeFiles(all.map((x) => (x === bondFile ? { ...x, text: fixed } : x))).get(bondFile.uri)!;
  assert.ok(!again.some((x) => x.code === 'VNIC-001'));
});

test('a mixed directory is one system: a keyfile port naming an ifcfg bond', () => {
  const res = analyzeFiles([
    {
      uri: '/etc/sysconfig/network-scripts/ifcfg-bond0',
      text: 'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nONBOOT=yes\nBONDING_OPTS="mode=1 miimon=100"\n',
    },
    {
      uri: '/etc/sysconfig/network-scripts/enp0s8.nmconnection',
      text: readFileSync(`${FIX}/bond0-port-enp0s8.nmconnection`, 'utf8'),
    },
  ]);
  const f = res.get('/etc/sysconfig/network-scripts/ifcfg-bond0')!.find((x) => x.code === 'VNIC-001');
  assert.ok(f, 'the keyfile port MAC is evidence for the ifcfg bond');
  assert.ok(f.related?.some((r) => r.uri.endsWith('enp0s8.nmconnection')));
});

test('a UUID used by an ifcfg file and a keyfile is IFCFG-045 on both, pointing at each other', () => {
  const uuid = '5fcc2fee-9f44-4de0-8f3d-91bd4d0fb3e5';
  const res = analyzeFiles([
    { uri: '/srv/net/ifcfg-eth0', text: `DEVICE=eth0\nUUID=${uuid}\nONBOOT=no\n` },
    {
      uri: '/srv/net/eth1.nmconnection',
      text: `[connection]\nid=eth1\nuuid=${uuid}\ntype=ethernet\ninterface-name=eth1\n`,
    },
  ]);
  const a = res.get('/srv/net/ifcfg-eth0')!.find((f) => f.code === 'IFCFG-045')!;
  const b = res.get('/srv/net/eth1.nmconnection')!.find((f) => f.code === 'IFCFG-045')!;
  assert.match(a.message, /also used by eth1\.nmconnection/);
  assert.deepEqual(b.range, { start: { line: 2, character: 5 }, end: { line: 2, character: 41 } });
  assert.deepEqual(
    b.related?.map((r) => [r.uri, r.range.start.line]),
    [['/srv/net/ifcfg-eth0', 1]],
  );
});

test('two profiles that start one interface at boot, in either format, are BOND-038; autoconnect=false ends it', () => {
  const port = readFileSync(`${FIX}/bond0-port-enp0s8.nmconnection`, 'utf8');
  const plain = (ac: string) =>
    `[connection]\nid=enp0s8-dhcp\nuuid=7a1d4b63-9e2f-4c8b-8d3a-6f5e4c3b2d10\ntype=ethernet\ninterface-name=enp0s8\n${ac}\n[ipv4]\nmethod=auto\n`;
  const run = (ac: string) =>
    analyzeFiles([
      { uri: '/srv/net/enp0s8-port.nmconnection', text: port },
      { uri: '/srv/net/enp0s8-dhcp.nmconnection', text: plain(ac) },
      { uri: '/srv/net/ifcfg-enp0s8', text: 'DEVICE=enp0s8\nBOOTPROTO=dhcp\nONBOOT=no\n' },
    ]);
  const f = run('')
    .get('/srv/net/enp0s8-port.nmconnection')!
    .find((x) => x.code === 'BOND-038')!;
  assert.match(f.message, /enp0s8-dhcp\.nmconnection \(autoconnect\) also configures enp0s8 at boot/);
  assert.equal(f.range.start.line, 4);
  const quiet = run('autoconnect=false\n');
  assert.ok(![...quiet.values()].flat().some((x) => x.code === 'BOND-038'));
  // An ifcfg rival with ONBOOT=yes counts the same way.
  const mixed = analyzeFiles([
    { uri: '/srv/net/enp0s8-port.nmconnection', text: port },
    { uri: '/srv/net/ifcfg-enp0s8', text: 'DEVICE=enp0s8\nBOOTPROTO=dhcp\nONBOOT=yes\n' },
  ]);
  assert.match(
    mixed.get('/srv/net/enp0s8-port.nmconnection')!.find((x) => x.code === 'BOND-038')!.message,
    /ifcfg-enp0s8 \(ONBOOT=yes\)/,
  );
});
