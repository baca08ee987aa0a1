// The story on keyfiles: a VirtualBox active-backup bond without fail_over_mac, written as
// NetworkManager keyfiles, gets the same VNIC-001 warning as its ifcfg twin, with a fix under [bond].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'fs';
import { analyzeFiles, applyEdits, parseDocument, profileOf } from '../../server/src/engine';
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

test('bond option messages: a guessed name ends the sentence, a trailing "# note" in a keyfile is named as such', () => {
  const kf = (bondLines: string) =>
    analyzeFiles([
      {
        uri: `${DIR}/bond0.nmconnection`,
        text: `[connection]\nid=bond0\nuuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a02\ntype=bond\ninterface-name=bond0\n\n[bond]\n${bondLines}\n[ipv4]\nmethod=disabled\n\n[ipv6]\nmethod=disabled\n`,
      },
    ]).get(`${DIR}/bond0.nmconnection`)!;
  const unknown = kf('mode=active-backup\nmiimon=100\nfail_over_mca=1\n').find((f) => f.code === 'BOND-019')!;
  assert.equal(
    unknown.message,
    'Unknown bonding option "fail_over_mca": NetworkManager drops it with a warning. Did you mean fail_over_mac?',
  );
  assert.equal(unknown.severity, 'warning', 'NetworkManager alone reads a keyfile and only drops the option');
  const ifcfg = lint({ 'ifcfg-bond0': 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100 fail_over_mca=1"\n' });
  assert.equal(ifcfg.find((f) => f.code === 'BOND-019')!.severity, 'error', "initscripts' sysfs write fails");
  const comment = kf('mode=active-backup\nmiimon=100 # ms\n').find((f) => f.code === 'BOND-044')!;
  assert.match(comment.message, /^"100 # ms" is not a valid value for miimon/);
  assert.match(comment.message, /keyfile has no comments after a value/);
  assert.doesNotMatch(comment.message, /plain decimal/);
});

test('the IPv4 gateway as NetworkManager reads a keyfile: the gateway key, else the first address with one', () => {
  const gw = (ipv4: string) =>
    profileOf(
      parseDocument(
        `${DIR}/bond0.nmconnection`,
        `[connection]\nid=bond0\ntype=bond\ninterface-name=bond0\n\n[ipv4]\nmethod=manual\n${ipv4}`,
      ),
    ).gateway;
  assert.deepEqual(gw('address2=192.0.2.11/24,192.0.2.2\naddress1=192.0.2.10/24, 192.0.2.1,100\n'), {
    value: '192.0.2.1',
    range: { start: { line: 8, character: 24 }, end: { line: 8, character: 33 } },
  });
  assert.equal(gw('address1=192.0.2.10/24,192.0.2.1\ngateway=192.0.2.254\n')?.value, '192.0.2.254');
  assert.equal(gw('address1=192.0.2.10/24\n'), undefined);
});
