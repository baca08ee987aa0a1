// "Safe for fix-all" is a declared, tested property of each fix: fix-all and --fix apply a fix
// only when it keeps every working configuration working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll, parseDocument } from '../../server/src/engine';
import { bond, DOCUMENTED_RULES, physical, seed } from '../../server/src/engine/docs';
import { DIR } from '../helpers/lint';

const fixBond = (files: Record<string, string>): string => {
  const siblings = Object.entries(files).map(([n, t]) => parseDocument(`${DIR}/${n}`, t));
  return fixAll(`${DIR}/ifcfg-bond0`, files['ifcfg-bond0'], siblings).text;
};

test('every declared fix says why it is or is not safe, and every reason belongs to a declared fix', () => {
  for (const r of DOCUMENTED_RULES) {
    const titles = (r.fixes ?? []).map((f) => f.title);
    for (const t of titles) assert.ok((r.fixReasons[t] ?? '').length > 20, `${r.code}: ${t}`);
    assert.deepEqual(Object.keys(r.fixReasons).sort(), [...titles].sort(), r.code);
  }
});

test('fix-all adds fail_over_mac on VirtualBox NICs, where MAC evidence shows the default breaks failover', () => {
  assert.match(fixBond(seed()), /BONDING_OPTS="mode=1 miimon=100 fail_over_mac=1"/);
});

test('fix-all leaves fail_over_mac alone on bonds of physical NICs (no MAC or platform evidence)', () => {
  const files = physical();
  assert.equal(fixBond(files), files['ifcfg-bond0']);
  const named = { 'ifcfg-bond0': bond('mode=1 miimon=100'), 'ifcfg-enp0s8': '', 'ifcfg-enp0s9': '' };
  assert.equal(fixBond(named), named['ifcfg-bond0']);
});

test('fix-all never deletes MACADDR', () => {
  const files = seed('mode=1 miimon=100 fail_over_mac=1 num_grat_arp=3', 'MACADDR=02:00:00:00:00:01\n');
  assert.match(fixBond(files), /MACADDR=02:00:00:00:00:01/);
});

test('fix-all never rounds a delay (downdelay=10 with miimon=100 is 0 ms in force)', () => {
  const files = physical('mode=1 miimon=100 downdelay=10');
  assert.match(fixBond(files), /downdelay=10/);
});
