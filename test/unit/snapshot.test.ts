// Whole-machine snapshots: the sos layout, the parsers of its command outputs, the machine as
// one system, running state as evidence for the config rules, and the bond summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, matchesGlob } from 'path';
import {
  analyzeFiles,
  formatBondSummary,
  groupSystems,
  machineRootOf,
  parseDmidecode,
  parseDocument,
  parseEthtoolI,
  parseIpLink,
  parseLspci,
  snapshotRole,
  SNAPSHOT_WATCH_GLOBS,
  summarizeBonds,
  systemKeyOf,
  SystemIndex,
  type Finding,
} from '../../server/src/engine';
import { bond, port } from '../helpers/lint';
import { configFiles, lintSnapshot, machineOf, PHYSICAL, VBOX, VMWARE } from '../helpers/snapshot';

const read = (root: string, rel: string) => readFileSync(join(root, rel), 'utf8');
const lineAt = (root: string, rel: string, line: number) => read(root, rel).split('\n')[line];
const only = (fs: Finding[] | undefined, code: string) => {
  const hit = (fs ?? []).filter((f) => f.code === code);
  assert.equal(hit.length, 1, `${code} once, got ${JSON.stringify(fs?.map((f) => f.code))}`);
  return hit[0];
};

test('machine roots: config dirs, captures; backups in subdirectories and other places do not belong', () => {
  assert.equal(machineRootOf('/cases/sosreport-a/etc/sysconfig/network-scripts/ifcfg-bond0'), '/cases/sosreport-a');
  assert.equal(machineRootOf('file:///c/sos/proc/net/bonding/bond0'), 'file:///c/sos');
  assert.equal(machineRootOf('/c/sos/etc/NetworkManager/system-connections/bond0.nmconnection'), '/c/sos');
  assert.equal(machineRootOf('/etc/sysconfig/network-scripts/ifcfg-eth0'), '');
  assert.equal(machineRootOf('/c/sos/etc/sysconfig/network-scripts/old/ifcfg-eth0'), undefined);
  assert.equal(machineRootOf('/repo/ifcfg-eth0'), undefined);
  // The innermost root wins: an sosreport unpacked on a machine is its own machine.
  assert.equal(
    machineRootOf('/srv/case/x/etc/sysconfig/network-scripts/y/etc/sysconfig/network-scripts/ifcfg-a'),
    '/srv/case/x/etc/sysconfig/network-scripts/y',
  );
});

test('system keys: one per folder or machine, the same whichever files of it are asked and in any order', () => {
  const uris = [
    '/c/sos/etc/sysconfig/network-scripts/ifcfg-bond0',
    '/c/sos/etc/sysconfig/network-scripts/ifcfg-eth0',
    '/c/sos/etc/sysconfig/network-scripts/old/ifcfg-eth0',
    '/c/sos/proc/net/bonding/bond0',
    '/repo/ifcfg-eth0',
    '/repo/ifcfg-eth1',
    'C:\\cases\\sos\\etc\\sysconfig\\network-scripts\\ifcfg-eth0',
    '/etc/sysconfig/network-scripts/ifcfg-eth0',
    'ifcfg-top',
  ];
  const expected = [
    '/c/sos/',
    '/c/sos/',
    '/c/sos/etc/sysconfig/network-scripts/old',
    '/c/sos/',
    '/repo',
    '/repo',
    'C:/cases/sos/',
    '/',
    '',
  ];
  // Forwards, backwards and interleaved: a key never leaks from the folder asked before.
  for (const order of [uris, [...uris].reverse(), uris.flatMap((u) => [u, uris[0]])])
    for (const u of order) assert.equal(systemKeyOf(u), expected[uris.indexOf(u)], u);
});

test('sos file names: command outputs under sos_commands/<plugin>/ as sos mangles them', () => {
  assert.deepEqual(snapshotRole('sos_commands/networking/ethtool_-i_enp0s8'), { kind: 'ethtool-i', dev: 'enp0s8' });
  assert.deepEqual(snapshotRole('sos_commands/networking/ip_-d_address'), { kind: 'ip-link' });
  assert.deepEqual(snapshotRole('sos_commands/networking/ip_-s_-d_link'), { kind: 'ip-link' });
  assert.deepEqual(snapshotRole('sos_commands/hardware/dmidecode'), { kind: 'dmidecode' });
  assert.deepEqual(snapshotRole('sos_commands/pci/lspci_-nnvv'), { kind: 'lspci' });
  assert.deepEqual(snapshotRole('sys/class/net/eth1/bonding_slave/perm_hwaddr'), {
    kind: 'sys-perm-hwaddr',
    dev: 'eth1',
  });
  assert.equal(snapshotRole('sos_commands/networking/ethtool_-S_enp0s8'), undefined);
  assert.equal(snapshotRole('sos_commands/networking/ip_-o_addr'), undefined);
});

test('the server watches exactly the files of a snapshot the engine reads (keyfiles are watched as profiles)', () => {
  const rels = [
    'sos_commands/hardware/dmidecode',
    'sys/class/dmi/id/sys_vendor',
    'sys/class/dmi/id/product_name',
    'sys/class/dmi/id/bios_vendor',
    'sos_commands/pci/lspci_-nnvv',
    'sos_commands/pci/lspci_-tv',
    'sos_commands/networking/ethtool_-i_enp0s8',
    'sos_commands/networking/ethtool_-S_enp0s8',
    'sos_commands/networking/ip_-d_address',
    'sos_commands/networking/ip_-s_-d_link',
    'sos_commands/networking/ip_-d_link',
    'sos_commands/networking/ip_-o_addr',
    'sys/class/net/eth1/operstate',
    'sys/class/net/eth1/bonding_slave/perm_hwaddr',
    'sys/class/net/eth1/address',
    'sos_commands/host/hostname',
    'etc/hostname',
    'sbin/ifup-local',
    'usr/sbin/ifdown-pre-local',
    'sbin/ifup',
  ];
  for (const rel of rels) {
    const watched = SNAPSHOT_WATCH_GLOBS.some((g) => matchesGlob(`/cases/sos/${rel}`, `**/${g}`));
    assert.equal(watched, snapshotRole(rel) !== undefined, rel);
  }
  const keyfile = 'etc/NetworkManager/system-connections/bond0.nmconnection';
  assert.equal(snapshotRole(keyfile)?.kind, 'connection-file');
  assert.ok(!SNAPSHOT_WATCH_GLOBS.some((g) => matchesGlob(`/cases/sos/${keyfile}`, `**/${g}`)));
});

test('dmidecode: the System Information line that names the hypervisor', () => {
  const rel = 'sos_commands/hardware/dmidecode';
  const vbox = parseDmidecode('d', read(VBOX, rel))!;
  assert.equal(vbox.vendor, 'virtualbox');
  assert.equal(lineAt(VBOX, rel, vbox.ref.range.start.line).trim(), 'Product Name: VirtualBox');
  const vmw = parseDmidecode('d', read(VMWARE, rel))!;
  assert.equal(vmw.vendor, 'vmware');
  assert.equal(vmw.product, 'VMware Virtual Platform');
  const dell = parseDmidecode('d', read(PHYSICAL, rel))!;
  assert.equal(dell.vendor, undefined);
  assert.equal(dell.product, 'PowerEdge R740');
  // BIOS Information mentions VirtualBox too, but only the System Information section counts.
  assert.equal(parseDmidecode('d', 'BIOS Information\n\tVersion: VirtualBox\n'), undefined);
});

test('lspci -nnvv, ethtool -i and ip -d address', () => {
  const nics = parseLspci('l', read(VBOX, 'sos_commands/pci/lspci_-nnvv'));
  assert.deepEqual(
    nics.map((n) => [n.slot, n.model, n.ids, n.driver]),
    [
      ['00:03.0', 'Intel Corporation 82540EM Gigabit Ethernet Controller', '8086:100e', 'e1000'],
      ['00:08.0', 'Intel Corporation 82540EM Gigabit Ethernet Controller', '8086:100e', 'e1000'],
      ['00:09.0', 'Intel Corporation 82540EM Gigabit Ethernet Controller', '8086:100e', 'e1000'],
    ],
  );
  assert.deepEqual(parseEthtoolI('e', read(VMWARE, 'sos_commands/networking/ethtool_-i_ens224')), {
    driver: 'vmxnet3',
    busInfo: '0000:13:00.0',
    ref: { uri: 'e', range: { start: { line: 0, character: 8 }, end: { line: 0, character: 15 } } },
  });
  const links = parseIpLink('i', read(VBOX, 'sos_commands/networking/ip_-d_address'));
  const s8 = links.find((l) => l.name === 'enp0s8')!;
  assert.equal(s8.state, 'DOWN');
  assert.equal(s8.master, 'bond0');
  assert.ok(s8.flags.includes('NO-CARRIER'));
  assert.equal(s8.bondPort?.miiStatus, 'DOWN');
  assert.equal(s8.bondPort?.permHwaddr, '08:00:27:5c:b0:e5');
  const b0 = links.find((l) => l.name === 'bond0')!;
  assert.deepEqual(
    [b0.bond?.mode, b0.bond?.activeSlave, b0.bond?.miimon, b0.bond?.failOverMac],
    ['active-backup', 'enp0s9', 100, 'none'],
  );
  assert.deepEqual(parseIpLink('i', 'garbage\n\n: : <>\n'), []);
});

test('machine evidence of the three skeletons: platform, NIC models by bus address, permanent MACs', () => {
  const v = machineOf(VBOX);
  assert.equal(v.kind, 'sosreport');
  assert.equal(v.hostname, 'vbox01.example.test');
  assert.equal(v.nics.get('enp0s9')?.pci?.slot, '00:09.0');
  assert.equal(v.permMacs.get('enp0s9')?.mac, '08:00:27:85:02:d8');
  const w = machineOf(VMWARE);
  assert.deepEqual([w.platform?.vendor, w.nics.get('ens192')?.driver], ['vmware', 'vmxnet3']);
  const p = machineOf(PHYSICAL);
  assert.equal(p.platform?.vendor, undefined);
  assert.match(p.nics.get('eno3')!.pci!.model, /X710/);
});

test('the VirtualBox snapshot: VNIC-001 points at the dmidecode line and the lspci NIC models', () => {
  const f = lintSnapshot(VBOX);
  const v = only(f.get('etc/sysconfig/network-scripts/ifcfg-bond0'), 'VNIC-001');
  const dmi = v.related!.find((r) => r.uri.endsWith('sos_commands/hardware/dmidecode'))!;
  assert.ok(dmi, 'dmidecode as related information');
  assert.equal(
    lineAt(VBOX, 'sos_commands/hardware/dmidecode', dmi.range.start.line).trim(),
    'Product Name: VirtualBox',
  );
  assert.match(dmi.message, /innotek GmbH VirtualBox/);
  const models = v.related!.filter((r) => r.uri.endsWith('lspci_-nnvv'));
  assert.deepEqual(
    models.map((r) => r.message),
    [
      'enp0s8: Intel Corporation 82540EM Gigabit Ethernet Controller (driver e1000)',
      'enp0s9: Intel Corporation 82540EM Gigabit Ethernet Controller (driver e1000)',
    ],
  );
  assert.match(lineAt(VBOX, 'sos_commands/pci/lspci_-nnvv', models[0].range.start.line), /^00:08\.0 /);
  // The capture at proc/net/bonding/bond0 is linked to ifcfg-bond0 of the same machine.
  only(f.get('proc/net/bonding/bond0'), 'CAP-004');
});

test('DMI alone is strong evidence: a VMware guest with locally administered MACs still gets VNIC-004', () => {
  const files = configFiles(VMWARE);
  for (const k of Object.keys(files)) {
    files[k] = files[k].replace(/^HWADDR=.*\n/m, '').replace(/00:50:56/g, '02:00:00');
  }
  const v = only(lintSnapshot(VMWARE, files).get('etc/sysconfig/network-scripts/ifcfg-bond0'), 'VNIC-004');
  assert.match(v.message, /inside a VMware VM/);
  assert.ok(v.related!.some((r) => r.uri.endsWith('dmidecode') && /VMware Virtual Platform/.test(r.message)));
  assert.ok(v.related!.some((r) => /ens192: VMware VMXNET3 Ethernet Controller/.test(r.message)));
  // Without the snapshot's running state the same files are only a guess by interface name.
  const bare = analyzeFiles(Object.entries(files).map(([rel, text]) => ({ uri: `${VMWARE}/${rel}`, text })));
  assert.ok(!bare.get(`${VMWARE}/etc/sysconfig/network-scripts/ifcfg-bond0`)!.some((x) => x.code === 'VNIC-004'));
});

test('a port the config names that the running bond lacks (BOND-063), explained by the machine', () => {
  const f = lintSnapshot(VMWARE);
  const m = only(f.get('etc/sysconfig/network-scripts/ifcfg-ens256'), 'BOND-063');
  assert.match(m.message, /running bond0 has no port ens256 \(bond0 lists ens192, ens224\)/);
  assert.match(m.message, /the machine has no interface ens256/);
  assert.equal(m.range.start.line, 5); // MASTER=bond0
  assert.ok(m.related!.some((r) => r.uri.endsWith('proc/net/bonding/bond0')));
  for (const p of ['ifcfg-ens192', 'ifcfg-ens224'])
    assert.ok(!f.get(`etc/sysconfig/network-scripts/${p}`)!.some((x) => x.code === 'BOND-063'), p);
  // ONBOOT=no is the explanation the file itself gives.
  const files = configFiles(VMWARE);
  files['etc/sysconfig/network-scripts/ifcfg-ens256'] = files['etc/sysconfig/network-scripts/ifcfg-ens256'].replace(
    'ONBOOT=yes',
    'ONBOOT=no',
  );
  assert.match(
    only(lintSnapshot(VMWARE, files).get('etc/sysconfig/network-scripts/ifcfg-ens256'), 'BOND-063').message,
    /ONBOOT=no here, so nothing brought ens256 up at boot/,
  );
});

test('a running port no profile names (BOND-064), not judged while keyfiles are unread', () => {
  const f = lintSnapshot(PHYSICAL);
  const m = only(f.get('proc/net/bonding/bond0'), 'BOND-064');
  assert.match(m.message, /^eno3 is a port of the running bond0 but no profile here makes it one/);
  assert.equal(read(PHYSICAL, 'proc/net/bonding/bond0').split('\n')[m.range.start.line], 'Slave Interface: eno3');
  assert.ok(m.related!.some((r) => r.uri.endsWith('ip_-d_address') && r.message === 'eno3 on the running machine'));
  // Adding the missing profile settles it.
  const withEno3 = { ...configFiles(PHYSICAL), 'etc/sysconfig/network-scripts/ifcfg-eno3': port('eno3') };
  assert.ok(
    !lintSnapshot(PHYSICAL, withEno3)
      .get('proc/net/bonding/bond0')!
      .some((x) => x.code === 'BOND-064'),
  );
  // A keyfile in system-connections may name eno3: without reading it there is no verdict.
  const tmp = mkdtempSync(join(tmpdir(), 'ifcfg-snap-'));
  cpSync(PHYSICAL, tmp, { recursive: true });
  mkdirSync(join(tmp, 'etc/NetworkManager/system-connections'), { recursive: true });
  writeFileSync(join(tmp, 'etc/NetworkManager/system-connections/eno3.nmconnection'), '[connection]\n');
  assert.ok(
    !lintSnapshot(tmp)
      .get('proc/net/bonding/bond0')!
      .some((x) => x.code === 'BOND-064'),
  );
});

test('BOND-062 across the snapshot: the running primary differs from the file', () => {
  const files = configFiles(VBOX);
  files['etc/sysconfig/network-scripts/ifcfg-bond0'] = files['etc/sysconfig/network-scripts/ifcfg-bond0'].replace(
    'miimon=100',
    'miimon=100 primary=enp0s8 fail_over_mac=1',
  );
  const f = lintSnapshot(VBOX, files).get('etc/sysconfig/network-scripts/ifcfg-bond0')!;
  const msgs = f.filter((x) => x.code === 'BOND-062').map((x) => x.message);
  assert.equal(msgs.length, 2, JSON.stringify(msgs));
  assert.match(msgs[0], /capture shows primary unset, the file says enp0s8/);
  assert.match(msgs[1], /fail_over_mac=none, the file says active/);
});

test('outside snapshots: a capture of bondN anywhere joins the one bondN, and only then', () => {
  const cap = read(VBOX, 'proc/net/bonding/bond0');
  const cfg = { 'ifcfg-bond0': bond('mode=4 miimon=100'), 'ifcfg-eth1': port('eth1'), 'ifcfg-eth2': port('eth2') };
  const files = [
    ...Object.entries(cfg).map(([n, text]) => ({ uri: `/repo/hosts/web1/${n}`, text })),
    { uri: '/repo/captures/bond0.bonding', text: cap },
  ];
  const linked = analyzeFiles(files);
  assert.match(only(linked.get('/repo/hosts/web1/ifcfg-bond0'), 'BOND-062').message, /capture shows active-backup/);
  // Two bond0 profiles in the workspace: which one the capture shows is a guess, so none.
  const twice = analyzeFiles([
    ...files,
    ...Object.entries(cfg).map(([n, text]) => ({ uri: `/repo/hosts/web2/${n}`, text })),
  ]);
  assert.ok(!twice.get('/repo/hosts/web1/ifcfg-bond0')!.some((f) => f.code === 'BOND-062'));
  const groups = groupSystems(files.map((f) => parseDocument(f.uri, f.text)));
  assert.deepEqual([...groups.keys()], ['/repo/hosts/web1']);
});

test('reading a snapshot never follows links out of the root', () => {
  const outside = mkdtempSync(join(tmpdir(), 'ifcfg-outside-'));
  writeFileSync(
    join(outside, 'dmidecode'),
    'System Information\n\tManufacturer: innotek GmbH\n\tProduct Name: VirtualBox\n',
  );
  const root = mkdtempSync(join(tmpdir(), 'ifcfg-snap-'));
  mkdirSync(join(root, 'sos_commands/hardware'), { recursive: true });
  mkdirSync(join(root, 'etc/sysconfig/network-scripts'), { recursive: true });
  symlinkSync(join(outside, 'dmidecode'), join(root, 'sos_commands/hardware/dmidecode'));
  symlinkSync(outside, join(root, 'sys'));
  assert.equal(machineOf(root).platform, undefined);
  // A link inside the root is fine (sos links its root files into sos_commands).
  mkdirSync(join(root, 'sos_commands/pci'));
  writeFileSync(join(root, 'lspci'), read(VBOX, 'sos_commands/pci/lspci_-nnvv'));
  symlinkSync(join(root, 'lspci'), join(root, 'sos_commands/pci/lspci_-nnvv'));
  mkdirSync(join(root, 'sos_commands/networking'));
  writeFileSync(join(root, 'sos_commands/networking/ethtool_-i_enp0s8'), 'driver: e1000\nbus-info: 0000:00:08.0\n');
  assert.match(machineOf(root).nics.get('enp0s8')!.pci!.model, /82540EM/);
});

test('a machine-root tree (not sos): sysfs permanent MACs and DMI files are evidence', () => {
  const root = mkdtempSync(join(tmpdir(), 'ifcfg-root-'));
  const put = (rel: string, text: string) => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  put('etc/sysconfig/network-scripts/ifcfg-bond0', bond('mode=1 miimon=100'));
  put('etc/sysconfig/network-scripts/ifcfg-eth1', port('eth1'));
  put('etc/sysconfig/network-scripts/ifcfg-eth2', port('eth2'));
  put('sys/class/net/eth1/bonding_slave/perm_hwaddr', '00:15:5d:01:02:03\n');
  put('sys/class/net/eth2/bonding_slave/perm_hwaddr', '00:15:5d:01:02:04\n');
  put('sys/class/dmi/id/sys_vendor', 'Microsoft Corporation\n');
  put('sys/class/dmi/id/product_name', 'Virtual Machine\n');
  const m = machineOf(root);
  assert.equal(m.kind, 'machine');
  assert.equal(m.platform?.vendor, 'hyperv');
  const v = only(lintSnapshot(root).get('etc/sysconfig/network-scripts/ifcfg-bond0'), 'VNIC-001');
  assert.match(v.message, /Hyper-V/);
  assert.ok(v.related!.some((r) => r.uri.endsWith('sys/class/net/eth1/bonding_slave/perm_hwaddr')));
  assert.ok(
    v.related!.some(
      (r) => r.uri.endsWith('sys/class/dmi/id/sys_vendor') && /Microsoft Corporation Virtual Machine/.test(r.message),
    ),
  );
});

test('the bond summary: mode, monitoring, ports with MAC, vendor, NIC and link, findings', () => {
  const docs = Object.entries(configFiles(VBOX)).map(([rel, text]) => parseDocument(`${VBOX}/${rel}`, text));
  const sys = new SystemIndex(docs, machineOf(VBOX));
  const [b] = summarizeBonds(sys, () => []);
  assert.equal(b.name, 'bond0');
  assert.equal(b.mode, 'active-backup');
  assert.equal(b.monitoring, 'miimon 100 ms');
  assert.deepEqual(b.machine?.platform, 'innotek GmbH VirtualBox');
  assert.deepEqual(b.running && [b.running.mode, b.running.active], ['active-backup', 'enp0s9']);
  assert.deepEqual(
    b.ports.map((p) => [p.name, p.permMac, p.vendor, p.link, p.active]),
    [
      ['enp0s8', '08:00:27:5c:b0:e5', 'VirtualBox', 'down', false],
      ['enp0s9', '08:00:27:85:02:d8', 'VirtualBox', 'up', true],
    ],
  );
  const phys = lintSnapshot(PHYSICAL);
  const pdocs = Object.entries(configFiles(PHYSICAL)).map(([rel, text]) => parseDocument(`${PHYSICAL}/${rel}`, text));
  const [pb] = summarizeBonds(
    new SystemIndex(pdocs, machineOf(PHYSICAL)),
    (d) => phys.get(d.uri.slice(PHYSICAL.length + 1)) ?? [],
  );
  const text = formatBondSummary([pb], (u) => u.slice(PHYSICAL.length + 1));
  assert.match(
    text,
    /^bond0: balance-alb, miimon 100 ms, fail_over_mac=none {2}\(etc\/sysconfig\/network-scripts\/ifcfg-bond0:10\)$/m,
  );
  assert.match(text, /^ {2}machine: web03\.example\.test \(Dell Inc\. PowerEdge R740\)$/m);
  assert.match(
    text,
    /^ {2}port eno3: 3c:fd:fe:b2:17:42, Intel Corporation Ethernet Controller X710 for 10GbE SFP\+, driver i40e, link up, not configured$/m,
  );
  assert.match(text, /^ {2}warning BOND-064 proc\/net\/bonding\/bond0:\d+: eno3 is a port/m);
});

// ip -d output as the running bond: a snapshot without /proc/net/bonding/<bond> (an excerpt of
// an sosreport, a tree someone assembled) still tells the running mode, miimon, fail_over_mac,
// primary and ports, in the `bond …` line iproute2 prints and the ports' `master bond0`.

/** A copy of a skeleton to edit, and its config files without the bonding capture. */
function withoutCapture(skeleton: string): { root: string; files: Record<string, string> } {
  const root = join(mkdtempSync(join(tmpdir(), 'ifcfg-ipd-')), 'sos');
  cpSync(skeleton, root, { recursive: true });
  const files = configFiles(root);
  delete files['proc/net/bonding/bond0'];
  return { root, files };
}
const BOND0 = 'etc/sysconfig/network-scripts/ifcfg-bond0';
const IPD = 'sos_commands/networking/ip_-d_address';
const textOf = (root: string, r: { uri: string; range: Finding['range'] }) =>
  lineAt(root, r.uri.slice(root.length + 1), r.range.start.line).slice(r.range.start.character, r.range.end.character);

test("ip -d address: the bond line's mode, miimon, fail_over_mac and primary, each with its place", () => {
  const line =
    '    bond mode active-backup active_slave enp0s9 miimon 100 updelay 0 arp_interval 0 primary enp0s8 primary_reselect always fail_over_mac active xmit_hash_policy layer2 ';
  const [b0] = parseIpLink('i', `5: bond0: <MASTER,UP> mtu 1500 qdisc noqueue state UP\n${line}\n`);
  const b = b0.bond!;
  assert.deepEqual(
    [b.mode, b.miimon, b.failOverMac, b.primary, b.activeSlave],
    ['active-backup', 100, 'active', 'enp0s8', 'enp0s9'],
  );
  const at = (r: { range: Finding['range'] } | undefined) =>
    line.slice(r!.range.start.character, r!.range.end.character);
  assert.deepEqual(
    [at(b.at.mode), at(b.at.miimon), at(b.at.failOverMac), at(b.at.primary)],
    ['mode active-backup', 'miimon 100', 'fail_over_mac active', 'primary enp0s8'],
  );
  // primary_reselect is its own attribute, not the primary.
  const [noPrimary] = parseIpLink(
    'i',
    `5: bond0: <MASTER,UP> mtu 1500\n    bond mode balance-alb primary_reselect always\n`,
  );
  assert.equal(noPrimary.bond!.primary, undefined);
});

test('BOND-062 without a capture: ip -d address shows what runs, and points at it', () => {
  const { root, files } = withoutCapture(VBOX);
  files[BOND0] = files[BOND0].replace('mode=1 miimon=100', 'mode=1 miimon=200 fail_over_mac=1');
  const f = lintSnapshot(root, files).get(BOND0)!;
  const hits = f.filter((x) => x.code === 'BOND-062');
  assert.deepEqual(
    hits.map((x) => x.message.split(': ')[1].split('.')[0]),
    [
      'ip -d address shows miimon 100, the file says 200',
      'ip -d address shows fail_over_mac=none, the file says active',
    ],
  );
  assert.deepEqual(
    hits.map((x) => [x.related![0].uri, textOf(root, x.related![0])]),
    [
      [`${root}/${IPD}`, 'miimon 100'],
      [`${root}/${IPD}`, 'fail_over_mac none'],
    ],
  );
  // The mode, too.
  files[BOND0] = files[BOND0].replace('mode=1 miimon=200 fail_over_mac=1', 'mode=balance-alb miimon=100');
  const mode = only(lintSnapshot(root, files).get(BOND0), 'BOND-062');
  assert.match(mode.message, /ip -d address shows active-backup, the file says balance-alb/);
  assert.equal(textOf(root, mode.related![0]), 'mode active-backup');
});

test('BOND-062 without a capture: a primary ip prints is compared; one it does not print is no fact', () => {
  const { root, files } = withoutCapture(VBOX);
  files[BOND0] = files[BOND0].replace('miimon=100', 'miimon=100 primary=enp0s8');
  // The kernel sends no primary unless it is an enslaved port: the file may still be applied.
  assert.ok(
    !lintSnapshot(root, files)
      .get(BOND0)!
      .some((x) => x.code === 'BOND-062'),
  );
  writeFileSync(
    join(root, IPD),
    read(root, IPD).replace('primary_reselect always', 'primary enp0s9 primary_reselect always'),
  );
  const p = only(lintSnapshot(root, files).get(BOND0), 'BOND-062');
  assert.match(p.message, /ip -d address shows primary enp0s9, the file says enp0s8/);
  assert.equal(textOf(root, p.related![0]), 'primary enp0s9');
});

test('the capture wins over ip -d address when both are there', () => {
  const { root } = withoutCapture(VBOX);
  writeFileSync(join(root, IPD), read(root, IPD).replace('miimon 100', 'miimon 250'));
  const files = configFiles(root);
  files[BOND0] = files[BOND0].replace('miimon=100', 'miimon=200');
  const m = only(lintSnapshot(root, files).get(BOND0), 'BOND-062');
  assert.match(m.message, /the capture shows miimon 100, the file says 200/);
  assert.equal(m.related![0].uri, `${root}/proc/net/bonding/bond0`);
});

test('BOND-063 without a capture: the ports are the interfaces ip shows with master bond0', () => {
  const { root, files } = withoutCapture(VBOX);
  files['etc/sysconfig/network-scripts/ifcfg-enp0s10'] = port('enp0s10');
  const f = lintSnapshot(root, files);
  const m = only(f.get('etc/sysconfig/network-scripts/ifcfg-enp0s10'), 'BOND-063');
  assert.match(m.message, /running bond0 has no port enp0s10 \(ip_-d_address lists enp0s8, enp0s9\)/);
  assert.match(m.message, /the machine has no interface enp0s10/);
  assert.equal(textOf(root, m.related![0]), 'bond0:');
  for (const p of ['ifcfg-enp0s8', 'ifcfg-enp0s9'])
    assert.ok(!f.get(`etc/sysconfig/network-scripts/${p}`)!.some((x) => x.code === 'BOND-063'), p);
});

test('sos also writes ip -s -d link: with only that file, it is the running bond', () => {
  const { root, files } = withoutCapture(VBOX);
  rmSync(join(root, IPD));
  files[BOND0] = files[BOND0].replace('mode=1 miimon=100', 'mode=1 miimon=200');
  const m = only(lintSnapshot(root, files).get(BOND0), 'BOND-062');
  assert.match(m.message, /ip -s -d link shows miimon 100, the file says 200/);
  assert.equal(m.related![0].uri, `${root}/sos_commands/networking/ip_-s_-d_link`);
  // The link header of `ip link` carries "mode DEFAULT" (the link mode), which is not the bond's.
  assert.equal(machineOf(root).links.get('bond0')?.bond?.mode, 'active-backup');
});

test('the bond summary without a capture: running mode, active port and ports from ip -d address', () => {
  const { root, files } = withoutCapture(VBOX);
  const docs = Object.entries(files).map(([rel, text]) => parseDocument(`${root}/${rel}`, text));
  const [b] = summarizeBonds(new SystemIndex(docs, machineOf(root)), () => []);
  assert.deepEqual(b.running && [b.running.mode, b.running.active, b.running.capture.uri], [
    'active-backup',
    'enp0s9',
    `${root}/${IPD}`,
  ]);
  assert.deepEqual(
    b.ports.map((p) => [p.name, p.link, p.active]),
    [
      ['enp0s8', 'down', false],
      ['enp0s9', 'up', true],
    ],
  );
});
