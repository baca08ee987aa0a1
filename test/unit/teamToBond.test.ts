// MIGRATE-003's quick fix: a team whose teamd configuration has an exact bonding equivalent is
// rebuilt as that bond, controller and ports in one fix; anything without an exact equivalent
// gets the message alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, migrateSystem, parseDocument, profileOf, SystemIndex } from '../../server/src/engine';
import type { Finding } from '../../server/src/engine';
import { DIR, lint, lintDir, type Files } from '../helpers/lint';

const team = (config: string, extra = '') =>
  `DEVICE=team0\nDEVICETYPE=Team\nTEAM_CONFIG='${config}'\nBOOTPROTO=none\nIPADDR=192.0.2.10\nPREFIX=24\nONBOOT=yes\n${extra}`;
const teamPort = (dev: string, mac: string, extra = '') =>
  `DEVICE=${dev}\nHWADDR=${mac}\nDEVICETYPE=TeamPort\nTEAM_MASTER=team0\nONBOOT=yes\n${extra}`;
const files = (config: string, portExtra = ''): Files => ({
  'ifcfg-team0': team(config),
  'ifcfg-eth1': teamPort('eth1', '00:1b:21:0a:0b:01', portExtra),
  'ifcfg-eth2': teamPort('eth2', '00:1b:21:0a:0b:02'),
});
const READY = { readiness: true };

function teamFinding(f: Files): Finding {
  const hit = lint(f, 'ifcfg-team0', READY).find((x) => x.code === 'MIGRATE-003');
  assert.ok(hit, 'MIGRATE-003 on the team');
  return hit;
}

/** Applies the fix to the controller and, through otherFiles, to the ports. */
function applyTeamFix(f: Files, hit: Finding): Files {
  const fix = hit.fixes?.[0];
  assert.ok(fix, 'a fix is offered');
  const out: Files = { ...f, 'ifcfg-team0': applyEdits(f['ifcfg-team0'], fix.edits) };
  for (const o of fix.otherFiles ?? []) {
    const name = o.uri.slice(DIR.length + 1);
    out[name] = applyEdits(f[name], o.edits);
  }
  return out;
}

test('an activebackup team with two ports becomes a bond with two ports, in one fix that fix-all leaves alone', () => {
  const before = files('{"runner": {"name": "activebackup"}, "link_watch": {"name": "ethtool"}}');
  const hit = teamFinding(before);
  const fix = hit.fixes![0];
  assert.equal(fix.safe, false);
  assert.deepEqual(fix.otherFiles!.map((o) => o.uri.slice(DIR.length + 1)).sort(), ['ifcfg-eth1', 'ifcfg-eth2']);
  const after = applyTeamFix(before, hit);
  assert.equal(
    after['ifcfg-team0'],
    'DEVICE=team0\nBOOTPROTO=none\nIPADDR=192.0.2.10\nPREFIX=24\nONBOOT=yes\nTYPE=Bond\nBONDING_MASTER=yes\nBONDING_OPTS="mode=active-backup miimon=100"\n',
  );
  assert.equal(
    after['ifcfg-eth1'],
    'DEVICE=eth1\nHWADDR=00:1b:21:0a:0b:01\nONBOOT=yes\nTYPE=Ethernet\nMASTER=team0\nSLAVE=yes\n',
  );

  // Our engine reads it as a bond with both ports, and finds nothing wrong with it.
  const docs = Object.entries(after).map(([n, t]) => parseDocument(`${DIR}/${n}`, t));
  const system = new SystemIndex(docs);
  const bond = profileOf(docs[0]);
  assert.equal(bond.type, 'bond');
  assert.deepEqual(
    system.portsOf(bond).map((p) => p.device),
    ['eth1', 'eth2'],
  );
  const found = [...lintDir(after, READY).values()].flat();
  assert.deepEqual(
    found
      .filter((x) => x.severity === 'error' || x.code.startsWith('BOND') || x.code.startsWith('MIGRATE'))
      .map((x) => `${x.code}: ${x.message}`),
    [],
  );

  // The conversion preview turns it into a bond keyfile and two bond ports.
  const out = new Map(migrateSystem(system).map((c) => [c.uri.slice(DIR.length + 1), c]));
  const b = out.get('ifcfg-team0')!;
  assert.equal(b.status, 'converted');
  assert.match(b.text!, /\ntype=bond\n/);
  assert.match(b.text!, /\n\[bond\]\nmiimon=100\nmode=active-backup\n/);
  for (const port of ['ifcfg-eth1', 'ifcfg-eth2']) {
    const p = out.get(port)!;
    assert.equal(p.status, 'converted');
    assert.match(p.text!, /\ncontroller=team0\n/);
    assert.match(p.text!, /\nport-type=bond\n/);
  }
});

test('the runner options that have an exact bond equivalent are carried over', () => {
  const opts = (config: string) => {
    const f = teamFinding(files(config)).fixes?.[0];
    return f && /BONDING_OPTS="([^"]*)"/.exec(f.edits.map((e) => e.newText).join(''))?.[1];
  };
  assert.equal(opts('{"runner": {"name": "roundrobin"}}'), 'mode=balance-rr miimon=100');
  assert.equal(opts('{"runner": {"name": "broadcast"}}'), 'mode=broadcast miimon=100');
  assert.equal(
    opts(
      '{"runner": {"name": "activebackup", "hwaddr_policy": "by_active"}, "link_watch": {"name": "ethtool", "delay_up": 2500, "delay_down": 1000}}',
    ),
    'mode=active-backup miimon=100 updelay=2500 downdelay=1000 fail_over_mac=active',
  );
  // teamd hashes MAC and IP addresses by default: layer2+3.
  assert.equal(opts('{"runner": {"name": "lacp"}}'), 'mode=802.3ad miimon=100 xmit_hash_policy=layer2+3');
  assert.equal(
    opts('{"runner": {"name": "lacp", "fast_rate": true, "tx_hash": ["eth"]}}'),
    'mode=802.3ad miimon=100 lacp_rate=fast',
  );
});

test('no fix where teamd does something a bond cannot say the same way; the message stays', () => {
  const noFix = (f: Files, why: string) => {
    const hit = teamFinding(f);
    assert.equal(hit.fixes, undefined, why);
  };
  noFix(files('{"runner": {"name": "loadbalance"}}'), 'loadbalance has no single mode');
  noFix(files('{"runner": {"name": "random"}}'), 'random has no mode');
  noFix(files('{"runner": {"name": "lacp", "tx_hash": ["eth", "ipv4", "tcp"]}}'), 'a hash list that is no bond policy');
  noFix(files('{"runner": {"name": "lacp", "active": false}}'), 'passive LACP');
  noFix(files('{"runner": {"name": "lacp", "min_ports": 2}}'), 'min_ports');
  noFix(files('{"runner": {"name": "activebackup", "hwaddr_policy": "only_active"}}'), 'only_active');
  noFix(
    files(
      '{"runner": {"name": "activebackup"}, "link_watch": {"name": "arp_ping", "interval": 100, "missed_max": 30, "target_host": "192.0.2.1"}}',
    ),
    'arp_ping counts misses differently from the bond ARP monitor',
  );
  noFix(
    files('{"runner": {"name": "activebackup"}, "link_watch": {"name": "ethtool", "delay_up": 250}}'),
    'a delay that is no multiple of miimon',
  );
  noFix(files('{"runner": {"name": "activebackup"}}', 'TEAM_PORT_CONFIG=\'{"prio": 100}\'\n'), 'port priorities');
  noFix(
    files('{"runner": {"name": "activebackup"}, "ports": {"eth1": {"sticky": true}}}'),
    'per-port settings in the team config',
  );
  noFix(files('{"runner": {"name": "activebackup"'), 'JSON teamd cannot read');
  noFix({ 'ifcfg-team0': team('{"runner": {"name": "activebackup"}}') }, 'a team without port files');
});

test('the fix is offered only with readiness on', () => {
  const found = lint(files('{"runner": {"name": "activebackup"}}'), 'ifcfg-team0', { readiness: false });
  assert.ok(!found.some((x) => x.code === 'MIGRATE-003'));
});
