// ifcfg-lint end to end: the built binary on the bundled example and on temp directories.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

const BIN = resolve('bin/ifcfg-lint.js');
const EXAMPLE = resolve('examples/virtualbox-bond');
const lint = (args: string[], cwd = process.cwd()) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const example = () => {
  const d = mkdtempSync(join(tmpdir(), 'ifcfg-lint-'));
  cpSync(EXAMPLE, d, { recursive: true });
  return d;
};

test('the seed example: fail_over_mac warning on BONDING_OPTS, exit 0 (no errors)', () => {
  const r = lint(['examples/virtualbox-bond']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /ifcfg-bond0\n\s+10:14\s+warning\s+Active-backup bond on VirtualBox virtual NICs.*VNIC-001/);
  assert.match(r.stdout, /problems? \(0 errors, 1 warning/);
});

test('--format json gives LSP ranges and severities', () => {
  const r = lint(['--format', 'json', EXAMPLE]);
  const out = JSON.parse(r.stdout) as Array<{
    file: string;
    code: string;
    severity: string;
    range: { start: { line: number; character: number } };
  }>;
  const v = out.find((f) => f.code === 'VNIC-001')!;
  assert.ok(v.file.endsWith('ifcfg-bond0'));
  assert.deepEqual(v.range.start, { line: 9, character: 13 });
  assert.equal(v.severity, 'warning');
});

test('--format sarif is SARIF 2.1.0', () => {
  const r = lint(['--format=sarif', EXAMPLE]);
  const s = JSON.parse(r.stdout);
  assert.equal(s.version, '2.1.0');
  assert.equal(s.runs[0].tool.driver.name, 'ifcfg-lint');
  const res = s.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'VNIC-001');
  assert.equal(res.locations[0].physicalLocation.region.startLine, 10);
});

test('--virtualization and --rule change what is reported', () => {
  const d = mkdtempSync(join(tmpdir(), 'ifcfg-lint-'));
  writeFileSync(join(d, 'ifcfg-bond0'), 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n');
  writeFileSync(join(d, 'ifcfg-eth1'), 'DEVICE=eth1\nMASTER=bond0\nSLAVE=yes\n');
  writeFileSync(join(d, 'ifcfg-eth2'), 'DEVICE=eth2\nMASTER=bond0\nSLAVE=yes\n');
  assert.match(lint(['--format', 'json', d]).stdout, /VNIC-017/);
  const vb = JSON.parse(lint(['--format', 'json', '--virtualization', 'virtualbox', d]).stdout);
  assert.equal(vb.find((f: { code: string }) => f.code === 'VNIC-001').severity, 'warning');
  const err = lint(['--virtualization', 'virtualbox', '--rule', 'VNIC-001=error', d]);
  assert.equal(err.status, 1);
  assert.match(err.stdout, /error\s+Active-backup/);
});

test('--fix rewrites the file in place and keeps its mode', () => {
  const d = example();
  const f = join(d, 'ifcfg-bond0');
  chmodSync(f, 0o640);
  const r = lint(['--fix', d]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(readFileSync(f, 'utf8'), /BONDING_OPTS="mode=1 miimon=100 fail_over_mac=1"/);
  assert.equal(statSync(f).mode & 0o777, 0o640);
  assert.deepEqual(
    readdirSync(d).filter((n) => n.startsWith('.')),
    [],
  );
  assert.doesNotMatch(r.stdout, /VNIC-001/);
});

test('errors give exit 1, usage and I/O problems exit 2', () => {
  const d = mkdtempSync(join(tmpdir(), 'ifcfg-lint-'));
  writeFileSync(join(d, 'ifcfg-eth0'), 'DEVICE=eth0\nIPADDR=10.0.0.300\n');
  assert.equal(lint([d]).status, 1);
  assert.equal(lint(['--format', 'xml', d]).status, 2);
  assert.equal(lint(['--rule', 'NOPE-1=error', d]).status, 2);
  assert.equal(lint([join(d, 'missing')]).status, 2);
  assert.equal(lint([]).status, 2);
  assert.equal(lint(['--help']).status, 0);
});

test('a single named file is analysed with its directory as context', () => {
  const r = lint([join(EXAMPLE, 'ifcfg-bond0')]);
  assert.match(r.stdout, /VNIC-001/);
  assert.doesNotMatch(r.stdout, /^\S*ifcfg-enp0s8$/m);
});

test('captures on the command line or in a folder with the config', () => {
  const r = lint(['--format', 'json', resolve('test/fixtures/captures/bond1-lacp.bonding')]);
  assert.ok(JSON.parse(r.stdout).some((f: { code: string }) => f.code === 'CAP-005'));
  const d = example();
  cpSync(resolve('test/fixtures/captures/bond0-virtualbox-active-backup.bonding'), join(d, 'capture.txt'));
  const out = JSON.parse(lint(['--format', 'json', d]).stdout) as Array<{ file: string; code: string }>;
  assert.ok(out.some((f) => f.file.endsWith('capture.txt') && f.code === 'CAP-004'));
});

test('a capture in a folder of its own joins the one system that has its bond', () => {
  const config = example();
  const elsewhere = mkdtempSync(join(tmpdir(), 'ifcfg-capture-'));
  // Known as a capture by its first line only: the name says nothing.
  cpSync(resolve('test/fixtures/captures/bond0-virtualbox-active-backup.bonding'), join(elsewhere, 'bond0.txt'));
  const vnic = (args: string[]) =>
    (JSON.parse(lint(['--format', 'json', ...args]).stdout) as Array<{ file: string; code: string; message: string }>)
      .filter((f) => f.code === 'VNIC-001' && f.file.endsWith('ifcfg-bond0'))
      .map((f) => f.message);
  assert.match(vnic([config, elsewhere]).join('\n'), /ifcfg-enp0s8, ifcfg-enp0s9, bond0\.txt have VirtualBox MAC/);
  assert.doesNotMatch(vnic([config]).join('\n'), /bond0\.txt/);
});

test('--fix killed mid-run never leaves a half-written file', async () => {
  const d = mkdtempSync(join(tmpdir(), 'ifcfg-kill-'));
  const original = 'DEVICE=eth0\nONBOOT=on\n' + '# padding so that each write takes a moment\n'.repeat(4000);
  const fixed = original.replace('ONBOOT=on', 'ONBOOT=yes');
  for (let i = 0; i < 400; i++) writeFileSync(join(d, `ifcfg-eth${i}`), original.replace('eth0', `eth${i}`));
  // Time a full run on a copy, then kill the real run halfway through its writes.
  const probe = mkdtempSync(join(tmpdir(), 'ifcfg-kill-probe-'));
  cpSync(d, probe, { recursive: true });
  const t0 = Date.now();
  lint(['--fix', probe]);
  const full = Date.now() - t0;
  const { spawn } = await import('child_process');
  const child = spawn(process.execPath, [BIN, '--fix', d], { stdio: 'ignore' });
  // Listen before waiting: on a busy machine the run can finish before the kill.
  const exited = new Promise((r) => child.once('exit', r));
  await new Promise((r) => setTimeout(r, full * 0.75));
  child.kill('SIGKILL');
  await exited;
  let done = 0;
  const names = readdirSync(d);
  for (let i = 0; i < 400; i++) {
    const text = readFileSync(join(d, `ifcfg-eth${i}`), 'utf8');
    const orig = original.replace('eth0', `eth${i}`);
    const fix = fixed.replace('eth0', `eth${i}`);
    const backup = `.ifcfg-eth${i}.ifcfg-lint-backup`;
    if (text === fix) done++;
    else if (text !== orig) {
      // Interrupted mid-write: the original was synced to the backup before the write began.
      assert.ok(names.includes(backup), `ifcfg-eth${i} is half-written and has no backup`);
      assert.equal(readFileSync(join(d, backup), 'utf8'), orig);
    }
  }
  // Whatever was interrupted is a hidden backup that NetworkManager and initscripts ignore.
  for (const n of names) assert.ok(n.startsWith('ifcfg-eth') || /^\.ifcfg-eth\d+\.ifcfg-lint-backup$/.test(n), n);
  console.log(`killed after ${done} of 400 files were fixed`);
});

test('an sosreport on the command line is one machine; --summary adds the bonds for a ticket', () => {
  const root = resolve('test/fixtures/snapshots/sosreport-vbox01-2025-03-14-qxvwpbn');
  const r = lint(['--summary', root]);
  assert.equal(r.status, 0, r.stderr);
  // The capture in proc/net/bonding is judged with the config of the same machine.
  assert.match(
    r.stdout,
    /proc\/net\/bonding\/bond0\n(?:.*\n)*?\s+3:15\s+warning\s+This is the dead-after-failover signature/,
  );
  const summary = r.stdout.slice(r.stdout.indexOf('\nBonds\n'));
  assert.match(summary, /^bond0: active-backup, miimon 100 ms, fail_over_mac=none {2}\(.*ifcfg-bond0:10\)$/m);
  assert.match(summary, /^ {2}machine: vbox01\.example\.test \(innotek GmbH VirtualBox\)$/m);
  assert.match(summary, /^ {2}running: active-backup, active port enp0s9 {2}\(.*proc\/net\/bonding\/bond0\)$/m);
  assert.match(
    summary,
    /^ {2}port enp0s8: 08:00:27:5c:b0:e5, VirtualBox, Intel Corporation 82540EM Gigabit Ethernet Controller, driver e1000, link down$/m,
  );
  assert.match(summary, /^ {2}port enp0s9: .*link up \(active\)$/m);
  assert.match(summary, /^ {2}warning VNIC-001 .*ifcfg-bond0:10: Active-backup bond on VirtualBox/m);
  // Without --summary the text output has no bond section; JSON never has one.
  assert.doesNotMatch(lint([root]).stdout, /\nBonds\n/);
  const json = JSON.parse(lint(['--format', 'json', root]).stdout) as Array<{ code: string; file: string }>;
  assert.ok(json.some((f) => f.code === 'VNIC-001' && f.file.endsWith('ifcfg-bond0')));
});

test('a snapshot root is read only when it was named: its dmidecode decides VNIC-004', () => {
  const root = mkdtempSync(join(tmpdir(), 'sosreport-db02-'));
  cpSync(resolve('test/fixtures/snapshots/sosreport-db02-2025-03-14-hkzmtfa'), root, { recursive: true });
  const scripts = join(root, 'etc/sysconfig/network-scripts');
  for (const n of readdirSync(scripts)) {
    // Locally administered MACs: only the machine's DMI data shows it is a VMware guest.
    const t = readFileSync(join(scripts, n), 'utf8');
    writeFileSync(join(scripts, n), t.replace(/^HWADDR=.*\n/m, ''));
  }
  for (const rel of ['proc/net/bonding/bond0', 'sos_commands/networking/ip_-d_address']) {
    const t = readFileSync(join(root, rel), 'utf8');
    writeFileSync(join(root, rel), t.replace(/00:50:56/g, '02:00:00'));
  }
  const codesOf = (p: string) =>
    (JSON.parse(lint(['--format', 'json', p]).stdout) as Array<{ code: string; file: string }>).map((f) => f.code);
  assert.ok(!codesOf(scripts).includes('VNIC-004'), 'only network-scripts named: the snapshot is not read');
  const full = codesOf(root);
  assert.ok(full.includes('VNIC-004'), 'the root named: dmidecode says VMware');
  assert.ok(full.includes('BOND-063') && full.includes('CAP-005'));
});

test('--to-keyfile writes the keyfiles NetworkManager would write, mode 0600, named after the connection id', () => {
  const d = example();
  writeFileSync(join(d, 'ifcfg-eth9'), 'DEVICE=eth9\nNM_CONTROLLED=no\n');
  const out = join(d, 'system-connections');
  const r = lint(['--to-keyfile', out, d]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(readdirSync(out).sort(), [
    'System enp0s8.nmconnection',
    'System enp0s9.nmconnection',
    'bond0.nmconnection',
  ]);
  for (const f of readdirSync(out)) assert.equal(statSync(join(out, f)).mode & 0o777, 0o600);
  assert.match(readFileSync(join(out, 'bond0.nmconnection'), 'utf8'), /\[bond\]\nmiimon=100\nmode=active-backup\n/);
  assert.match(r.stdout, /ifcfg-eth9: no keyfile: NM_CONTROLLED=no/);
  // A second run updates the same files (same UUID) instead of adding <id>-<uuid> copies.
  const again = lint(['--to-keyfile', out, d]);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(readdirSync(out).length, 3);
});

test('--to-keyfile into a directory that cannot be created is an I/O error (exit 2)', () => {
  const d = example();
  writeFileSync(join(d, 'blocker'), '');
  const r = lint(['--to-keyfile', join(d, 'blocker', 'sub'), d]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /cannot create/);
});

test('--readiness on an sosreport names the hook scripts NetworkManager never runs, only those inside it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ifcfg-lint-hooks-'));
  const root = join(dir, 'sosreport-web03');
  cpSync(resolve('test/fixtures/snapshots/sosreport-web03-2025-03-14-ncrdtye'), root, { recursive: true });
  const clean = lint(['--readiness', root], dir);
  assert.equal(clean.status, 0, clean.stderr);
  assert.doesNotMatch(clean.stdout, /hook/);
  mkdirSync(join(root, 'sbin'));
  writeFileSync(join(root, 'sbin/ifup-local'), '#!/bin/sh\nethtool -K "$1" gro off\n');
  // A link out of the snapshot is not the machine's: containment as for every other read.
  writeFileSync(join(dir, 'ifdown-local'), '#!/bin/sh\n');
  symlinkSync(join(dir, 'ifdown-local'), join(root, 'sbin/ifdown-local'));
  const r = lint(['--readiness', root], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    /^sosreport-web03: this machine's initscripts hook scripts need attention\n {2}- \/sbin\/ifup-local has no keyfile equivalent: ifup-post runs it once an interface is up, but NetworkManager never runs it\. Move it to a dispatcher script in \/etc\/NetworkManager\/dispatcher\.d \(action up\)\.\n/m,
  );
  assert.doesNotMatch(r.stdout, /ifdown-local/);
  // Named on its own, a file of the snapshot is no licence to read the machine around it.
  const one = lint(['--readiness', join(root, 'etc/sysconfig/network-scripts/ifcfg-bond0')], dir);
  assert.doesNotMatch(one.stdout, /hook/);
});

test('--minimum-nm-version: KEYFILE-034 for profiles that must work with NetworkManager before 1.46', () => {
  const kf = resolve('examples/virtualbox-bond-keyfile');
  const json = (args: string[]) =>
    (JSON.parse(lint(['--format', 'json', ...args, kf]).stdout) as Array<{ file: string; code: string }>)
      .filter((f) => f.code === 'KEYFILE-034')
      .map((f) => f.file.replace(/.*\//, ''))
      .sort();
  assert.deepEqual(json([]), []);
  assert.deepEqual(json(['--minimum-nm-version', '1.40']), ['enp0s8.nmconnection', 'enp0s9.nmconnection']);
  assert.deepEqual(json(['--minimum-nm-version=1.46.0']), []);
  const bad = lint(['--minimum-nm-version', 'rhel8', kf]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--minimum-nm-version expects a version such as 1\.40, got "rhel8"/);
});

test('--readiness prints a verdict per file and a summary line per directory', () => {
  const d = example();
  writeFileSync(
    join(d, 'ifcfg-team0'),
    'DEVICE=team0\nDEVICETYPE=Team\nTEAM_CONFIG=\'{"runner": {"name": "activebackup"}}\'\n',
  );
  writeFileSync(join(d, 'ifcfg-eth9'), 'DEVICE=eth9\nNM_CONTROLLED=no\n');
  const r = lint(['--readiness', d]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /ifcfg-team0: BLOCKS\n\s+- Team profiles: teamd is removed in RHEL 10/);
  assert.match(r.stdout, /ifcfg-eth9: BLOCKS\n\s+- NetworkManager has no profile for it \(NM_CONTROLLED=no/);
  assert.match(r.stdout, /: 3 profiles convert cleanly, 0 need attention, 2 block\n/);
});
