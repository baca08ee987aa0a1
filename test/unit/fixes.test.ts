// The headline fix in every quoting style, fix-all, and suppression comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, fixAll, parseDocument } from '../../server/src/engine';
import { applyFix, bond, lint, port, seed, DIR } from '../helpers/lint';

const withOpts = (line: string) => ({
  'ifcfg-bond0': `DEVICE=bond0\nTYPE=Bond\n${line}\n`,
  'ifcfg-enp0s8': port('enp0s8', '08:00:27:5c:b0:e5'),
  'ifcfg-enp0s9': port('enp0s9', '08:00:27:85:02:d8'),
});

const cases: Array<[string, string]> = [
  ['BONDING_OPTS="mode=1 miimon=100"', 'BONDING_OPTS="mode=1 miimon=100 fail_over_mac=1"'],
  ["BONDING_OPTS='mode=1 miimon=100'", "BONDING_OPTS='mode=1 miimon=100 fail_over_mac=1'"],
  ['BONDING_OPTS="mode=active-backup miimon=100"', 'BONDING_OPTS="mode=active-backup miimon=100 fail_over_mac=active"'],
  ['BONDING_OPTS="mode=1 fail_over_mac=0 miimon=100"', 'BONDING_OPTS="mode=1 fail_over_mac=1 miimon=100"'],
  [
    'BONDING_OPTS="mode=active-backup fail_over_mac=none miimon=100"',
    'BONDING_OPTS="mode=active-backup fail_over_mac=active miimon=100"',
  ],
  ['BONDING_OPTS="mode=1 miimon=100 fail_over_mac=follow"', 'BONDING_OPTS="mode=1 miimon=100 fail_over_mac=1"'],
  ['BONDING_OPTS="mode=1 miimon=100" # the bond', 'BONDING_OPTS="mode=1 miimon=100 fail_over_mac=1" # the bond'],
  ['  BONDING_OPTS="mode=1 miimon=100 "', '  BONDING_OPTS="mode=1 miimon=100 fail_over_mac=1"'],
  ["BONDING_OPTS=$'mode=1 miimon=100'", "BONDING_OPTS=$'mode=1 miimon=100 fail_over_mac=1'"],
];

for (const [before, after] of cases) {
  test(`add fail_over_mac keeps quoting, order and mode style: ${before}`, () => {
    const files = withOpts(before);
    const f = lint(files).find((x) => x.code === 'VNIC-001');
    assert.ok(f, 'VNIC-001 reported');
    const fixed = applyFix(files['ifcfg-bond0'], f);
    assert.equal(fixed, `DEVICE=bond0\nTYPE=Bond\n${after}\n`);
    assert.ok(!lint({ ...files, 'ifcfg-bond0': fixed }).some((x) => x.code === 'VNIC-001'));
  });
}

test('an unquoted single-option BONDING_OPTS gets quoted when the fix adds a token', () => {
  const files = withOpts('BONDING_OPTS=mode=1');
  const f = lint(files).find((x) => x.code === 'VNIC-001')!;
  assert.equal(applyFix(files['ifcfg-bond0'], f), 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 fail_over_mac=1"\n');
});

test('fix-all applies every safe fix, never conflicts, and is idempotent', () => {
  const files = seed('mode=1 fail_over_mac=0 mii_status=up use_carrier=0', 'ONBOOT=no\nONBOOT=yes\n');
  const siblings = Object.entries(files).map(([n, t]) => parseDocument(`${DIR}/${n}`, t));
  const r = fixAll(`${DIR}/ifcfg-bond0`, files['ifcfg-bond0'], siblings);
  assert.ok(r.applied >= 4, `applied ${r.applied}`);
  // use_carrier=0 stays: removing it changes how link state is read on older kernels.
  assert.match(r.text, /BONDING_OPTS="mode=1 fail_over_mac=1 use_carrier=0 miimon=100"/);
  assert.doesNotMatch(r.text, /ONBOOT=no\nONBOOT=yes/);
  const again = fixAll(`${DIR}/ifcfg-bond0`, r.text, siblings);
  assert.equal(again.text, r.text);
  assert.equal(again.applied, 0);
  const left = lint({ ...files, 'ifcfg-bond0': r.text });
  assert.ok(
    !left.some((f) => f.fixes?.some((x) => x.safe)),
    `safe fixes left: ${left
      .filter((f) => f.fixes?.some((x) => x.safe))
      .map((f) => f.code)
      .join(', ')}`,
  );
});

test('a fix edits only what it names', () => {
  const text = bond('mode=1 miimon=100 fail_over_mac=0', '# keep me\n');
  const files = { ...seed(), 'ifcfg-bond0': text };
  const f = lint(files).find((x) => x.code === 'VNIC-001')!;
  assert.equal(f.fixes![0].edits.length, 1);
  const e = f.fixes![0].edits[0];
  assert.equal(e.range.start.line, e.range.end.line);
  assert.equal(applyEdits(text, f.fixes![0].edits), text.replace('fail_over_mac=0', 'fail_over_mac=1'));
});

test('suppression comments silence one line or the whole file', () => {
  const base = 'DEVICE=eth0\nONBOTT=yes\nFOO=1\n';
  assert.equal(lint({ 'ifcfg-eth0': base }).filter((f) => f.code === 'IFCFG-007').length, 2);
  const line = 'DEVICE=eth0\n# ifcfg-lint: ignore IFCFG-007\nONBOTT=yes\nFOO=1\n';
  assert.equal(lint({ 'ifcfg-eth0': line }).filter((f) => f.code === 'IFCFG-007').length, 1);
  const file = '# ifcfg-lint: ignore-file IFCFG-007\n' + base;
  assert.equal(lint({ 'ifcfg-eth0': file }).filter((f) => f.code === 'IFCFG-007').length, 0);
});

test('severity overrides, including off', () => {
  const files = seed();
  assert.equal(
    lint(files, undefined, { rules: { 'VNIC-001': 'error' } }).find((f) => f.code === 'VNIC-001')?.severity,
    'error',
  );
  assert.ok(!lint(files, undefined, { rules: { 'VNIC-001': 'off' } }).some((f) => f.code === 'VNIC-001'));
});

test('target picks whose behaviour is judged', () => {
  const files = { 'ifcfg-eth1': 'DEVICE=eth1\nMASTER=bond0\nONBOOT=on\n' };
  const auto = lint(files).map((f) => f.code);
  assert.ok(auto.includes('BOND-026') && auto.includes('IFCFG-020'));
  assert.ok(!lint(files, undefined, { target: 'networkmanager' }).some((f) => f.code === 'BOND-026'));
  const opts = { 'ifcfg-bond0': bond('mode=1 miimon=100 arp_interval=200 arp_ip_target=10.0.0.1') };
  assert.match(
    lint(opts).find((f) => f.code === 'BOND-005')!.message,
    /initscripts ends up with ARP.*NetworkManager with MII/,
  );
  assert.match(
    lint(opts, undefined, { target: 'initscripts' }).find((f) => f.code === 'BOND-005')!.message,
    /ARP monitoring wins/,
  );
});

test('the seed scenario three ways: evidence, stated platform, nothing known', () => {
  const ev = lint(seed()).find((f) => f.code === 'VNIC-001')!;
  assert.equal(ev.severity, 'warning');
  assert.match(ev.message, /VirtualBox/);
  assert.deepEqual(
    ev.related!.map((r) => r.uri.split('/').pop()),
    ['ifcfg-enp0s8', 'ifcfg-enp0s9'],
  );
  const phys = { 'ifcfg-bond0': bond('mode=1 miimon=100'), 'ifcfg-eth1': port('eth1'), 'ifcfg-eth2': port('eth2') };
  const stated = lint(phys, undefined, { virtualization: 'virtualbox' }).find((f) => f.code === 'VNIC-001')!;
  assert.equal(stated.severity, 'warning');
  const none = lint(phys).find((f) => f.code === 'VNIC-017')!;
  assert.equal(none.severity, 'hint');
  assert.equal(none.fixes![0].title, 'Add fail_over_mac=1');
});
