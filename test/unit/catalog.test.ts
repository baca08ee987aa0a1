// The knowledge tables against the reference material.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'fs';
import {
  BOND_OPTIONS,
  isIPv4,
  isIPv6,
  isMac,
  isNetmask,
  lookupKey,
  MODES,
  normalizeMac,
  READ_ONLY_BOND_FILES,
  resolveMode,
  vendorOfIfname,
  vendorOfMac,
} from '../../server/src/engine';
import { NM_WELL_KNOWN_KEYS as NM_KEYS } from '../helpers/corpus';

test("every key of NetworkManager's well-known table is known", () => {
  const lines = readFileSync(NM_KEYS, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
  const names = lines.map((l) => {
    const m = /_KEY_TYPE\((?:KEY_|")([A-Za-z0-9_]+)"?,/.exec(l);
    return m ? m[1] : l.trim().split(/\s+/)[0];
  });
  assert.ok(names.length >= 250, `read ${names.length} keys`);
  const unknown = names.filter((n) => !lookupKey(n.endsWith('_') ? n + (n.startsWith('NM_USER') ? 'X' : '1') : n));
  assert.deepEqual(unknown, []);
});

test('numbered families take digits; prefix families take any suffix', () => {
  assert.equal(lookupKey('IPADDR17')?.info.name, 'IPADDR');
  assert.equal(lookupKey('ROUTING_RULE_3')?.info.name, 'ROUTING_RULE_');
  assert.equal(lookupKey('NM_USER_MY__KEY')?.info.name, 'NM_USER_');
  assert.equal(lookupKey('ONBOOT1'), undefined);
  assert.equal(lookupKey('onboot'), undefined);
});

test('all 36 current kernel options plus module-only, per-port, new and NM-only ones', () => {
  const names = BOND_OPTIONS.map((o) => o.name);
  for (const n of [
    'mode',
    'miimon',
    'updelay',
    'downdelay',
    'use_carrier',
    'arp_interval',
    'arp_ip_target',
    'arp_validate',
    'arp_all_targets',
    'arp_missed_max',
    'ns_ip6_target',
    'primary',
    'primary_reselect',
    'active_slave',
    'fail_over_mac',
    'xmit_hash_policy',
    'lacp_rate',
    'lacp_active',
    'ad_select',
    'ad_actor_sys_prio',
    'ad_actor_system',
    'ad_user_port_key',
    'coupled_control',
    'broadcast_neighbor',
    'min_links',
    'num_grat_arp',
    'num_unsol_na',
    'peer_notif_delay',
    'resend_igmp',
    'all_slaves_active',
    'packets_per_slave',
    'tlb_dynamic_lb',
    'lp_interval',
    'queue_id',
    'slaves',
    'max_bonds',
    'tx_queues',
    'prio',
    'actor_port_prio',
    'lacp_strict',
    'balance-slb',
  ]) {
    assert.ok(names.includes(n), n);
  }
  assert.equal(BOND_OPTIONS.length, 41);
  assert.equal(BOND_OPTIONS.filter((o) => o.sysfs).length, 32);
  assert.equal(READ_ONLY_BOND_FILES.length, 6);
  for (const o of BOND_OPTIONS) assert.ok(o.doc.length > 40 && o.summary.length > 10, o.name);
});

test('fail_over_mac documents its three policies and the caveats', () => {
  const d = BOND_OPTIONS.find((o) => o.name === 'fail_over_mac')!;
  for (const w of ['none', 'active', 'follow', 'gratuitous ARP', 'updelay', 'active-backup', 'num_grat_arp'])
    assert.ok(d.doc.includes(w), w);
  assert.deepEqual(
    d.values!.map((v) => [v.name, v.num]),
    [
      ['none', 0],
      ['active', 1],
      ['follow', 2],
    ],
  );
});

test('modes by name and number', () => {
  assert.equal(MODES.length, 7);
  assert.equal(resolveMode('4')?.name, '802.3ad');
  assert.equal(resolveMode('active-backup')?.num, 1);
  assert.equal(resolveMode('Active-Backup'), undefined);
  assert.equal(resolveMode('7'), undefined);
});

test('virtual NIC vendors by MAC prefix and weak name hints', () => {
  assert.equal(vendorOfMac('08:00:27:5c:b0:e5')?.id, 'virtualbox');
  assert.equal(vendorOfMac('08-00-27-5C-B0-E5')?.id, 'virtualbox');
  assert.equal(vendorOfMac('0:50:56:1:2:3')?.id, 'vmware');
  assert.equal(vendorOfMac('52:54:00:12:34:56')?.id, 'kvm');
  assert.equal(vendorOfMac('42:01:0a:80:00:02')?.id, 'gce');
  assert.equal(vendorOfMac('00:1b:21:0a:0b:01'), undefined);
  assert.equal(vendorOfIfname('ens192')?.id, 'vmware');
  assert.equal(normalizeMac('8:0:27:5c:b0:e5'), '08:00:27:5C:B0:E5');
});

test('address syntax checks', () => {
  assert.ok(isIPv4('192.168.1.1') && !isIPv4('192.168.1.256') && !isIPv4('1.2.3') && !isIPv4('01.2.3.4'));
  for (const a of ['::', '::1', '2001:db8::1', 'fe80::1:2:3:4', '::ffff:192.168.1.1', '1:2:3:4:5:6:7:8'])
    assert.ok(isIPv6(a), a);
  for (const a of ['1:2:3:4:5:6:7:8:9', '2001:db8:::1', 'g::1', '1::2::3']) assert.ok(!isIPv6(a), a);
  assert.ok(isMac('08:00:27:5c:b0:e5') && isMac('8-0-27-5c-b0-e5') && !isMac('08:00:27:5c:b0'));
  assert.ok(isNetmask('255.255.255.0') && isNetmask('0.0.0.0') && !isNetmask('255.0.255.0'));
});
