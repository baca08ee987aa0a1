// The NetworkManager keyfile catalog: groups, aliases, keys, types and ranges as NM reads them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  BOND_OPTION_BY_NAME,
  isOpenSetting,
  lookupNmKey,
  nmKeysOf,
  nmProperty,
  nmPropertyRows,
  rowRange,
  settingOfGroup,
  specialGroup,
} from '../../server/src/engine';
import { generate } from '../../scripts/gen-nm-catalog';

test('the three group aliases name the same setting as the full names, and no others exist', () => {
  assert.equal(settingOfGroup('ethernet'), settingOfGroup('802-3-ethernet'));
  assert.equal(settingOfGroup('wifi'), settingOfGroup('802-11-wireless'));
  assert.equal(settingOfGroup('wifi-security'), settingOfGroup('802-11-wireless-security'));
  for (const notAlias of ['eth', 'wired', 'ip4', 'Connection', ' ipv4 '])
    assert.equal(settingOfGroup(notAlias), undefined);
});

test('keys of the settings a server admin writes are known, with their types', () => {
  const cases: Array<[string, string, string]> = [
    ['connection', 'id', 'string'],
    ['connection', 'uuid', 'string'],
    ['connection', 'controller', 'ifname-or-uuid'],
    ['connection', 'autoconnect', 'boolean'],
    ['ethernet', 'mac-address', 'mac'],
    ['ethernet', 'cloned-mac-address', 'mac'],
    ['ethernet', 'mtu', 'uint32'],
    ['ethernet', 'wake-on-lan', 'flags'],
    ['bond', 'miimon', 'bond-option'],
    ['bond-port', 'queue-id', 'uint32'],
    ['bridge', 'stp', 'boolean'],
    ['bridge-port', 'path-cost', 'uint32'],
    ['vlan', 'id', 'uint32'],
    ['infiniband', 'transport-mode', 'string'],
    ['ipv4', 'address1', 'ip-address'],
    ['ipv4', 'address', 'ip-address'],
    ['ipv4', 'route12_options', 'route-options'],
    ['ipv6', 'addr-gen-mode', 'addr-gen-mode'],
    ['ethtool', 'feature-tso', 'boolean'],
    ['ethtool', 'ring-rx', 'uint32'],
    ['match', 'interface-name', 'strv'],
    ['dcb', 'priority-group-id', 'uint-list'],
    ['team', 'config', 'json'],
    ['wifi', 'ssid', 'ssid'],
    ['wifi-security', 'key-mgmt', 'string'],
    ['proxy', 'method', 'enum'],
    ['user', 'org.example.anything', 'string'],
  ];
  for (const [group, key, type] of cases) {
    const { row } = lookupNmKey(group, key);
    assert.equal(row?.t, type, `${group}.${key}`);
  }
});

test('numbered address keys follow the reader: no leading zeros, no sign, no letters', () => {
  assert.ok(nmProperty('ipv4', 'address0'));
  assert.ok(nmProperty('ipv4', 'addresses3'));
  for (const bad of ['address01', 'address-1', 'address1a']) assert.equal(nmProperty('ipv4', bad), undefined, bad);
});

test('ranges, enum members and versions come through', () => {
  const prio = nmProperty('connection', 'autoconnect-priority')!;
  assert.deepEqual(rowRange(prio), [-999n, 999n]);
  const ts = nmProperty('connection', 'timestamp')!;
  assert.equal(rowRange(ts)![1], 18446744073709551615n);
  const ports = nmProperty('connection', 'autoconnect-ports')!;
  assert.deepEqual(
    ports.values?.map((v) => v.num),
    [-1, 0, 1],
  );
  assert.equal(ports.enumCheck, 'verify');
  assert.equal(ports.since, '1.46');
  const wol = nmProperty('802-3-ethernet', 'wake-on-lan')!;
  assert.equal(wol.flags?.find((f) => f.name === 'magic')?.bit, 0x40);
  const slave = nmProperty('connection', 'slave-type')!;
  assert.equal(slave.aliasOf, 'port-type');
  assert.ok(slave.deprecated);
});

test('team says it is gone in RHEL 10', () => {
  assert.match(settingOfGroup('team')!.status!, /RHEL 10/);
  assert.match(settingOfGroup('team-port')!.status!, /RHEL 10/);
});

test('groups that are not settings are recognised', () => {
  assert.ok(specialGroup('vpn-secrets'));
  assert.ok(specialGroup('wireguard-peer.aGVsbG8='));
  assert.ok(specialGroup('.nmmeta'));
  assert.ok(isOpenSetting('user'));
  assert.ok(!isOpenSetting('connection'));
});

test('keys NM knows but never reads from keyfiles are known (as ignored), not unknown', () => {
  const r = nmProperty('gsm', 'network-type');
  assert.ok(r?.notKeyfile);
  assert.ok(nmProperty('ipv4', 'address-data')?.notKeyfile);
});

test('every setting of the table has a group entry and documented core keys', () => {
  for (const row of nmPropertyRows()) {
    assert.ok(settingOfGroup(row.s) || specialGroup(row.s), `setting ${row.s}`);
  }
  for (const s of ['connection', '802-3-ethernet', 'bond', 'bridge', 'vlan', 'ipv4', 'ipv6']) {
    for (const r of nmKeysOf(s)) {
      // A [bond] option is documented by the bonding catalog, as in BONDING_OPTS.
      const doc = r.t === 'bond-option' ? BOND_OPTION_BY_NAME.get(r.k)?.doc : r.doc;
      assert.ok(doc && doc.length > 5, `${s}.${r.k} has a doc`);
    }
  }
});

// The reference table the catalog is generated from, kept beside its generator.
const TSV = join(__dirname, '..', '..', 'scripts', 'data', 'nm-settings-properties.tsv');
test('the committed table is what the generator makes of the reference table', () => {
  const fresh = generate(readFileSync(TSV, 'utf8'));
  assert.deepEqual(fresh, nmPropertyRows());
});
