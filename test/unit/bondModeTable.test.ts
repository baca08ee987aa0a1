// The mode × option truth table, cell by cell: for every mode-dependent option in every mode,
// under each tool, the engine reports exactly what the table and the severity policy say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BOND_OPTION_BY_NAME,
  cellOf,
  judge,
  MODE_DEPENDENT_OPTIONS,
  MODE_OPTION_TABLE,
  MODES,
} from '../../server/src/engine';
import { bond } from '../../server/src/engine/docs';
import { lint } from '../helpers/lint';

const APPLICABILITY = new Set(['BOND-008', 'BOND-011', 'BOND-013', 'BOND-014', 'BOND-015', 'BOND-016', 'BOND-045']);

/** A valid value for each option, and what else the bond needs for it to be read on its own. */
const SAMPLE: Record<string, { value: string; with?: string }> = {
  packets_per_slave: { value: '2' },
  arp_validate: { value: 'all' },
  arp_interval: { value: '1000', with: 'arp_ip_target=10.0.0.1' },
  arp_missed_max: { value: '3' },
  lacp_active: { value: 'on' },
  lacp_rate: { value: 'fast' },
  primary: { value: 'eth1' },
  tlb_dynamic_lb: { value: '0' },
  ad_actor_sys_prio: { value: '100' },
  ad_actor_system: { value: '02:00:00:00:00:01' },
  ad_user_port_key: { value: '5' },
  fail_over_mac: { value: 'active' },
  num_grat_arp: { value: '3' },
  num_unsol_na: { value: '3' },
  arp_all_targets: { value: 'all' },
  xmit_hash_policy: { value: 'layer3+4' },
  ad_select: { value: 'bandwidth' },
  min_links: { value: '1' },
  lp_interval: { value: '2' },
  'balance-slb': { value: '1' },
};
// Judged by other rules: ARP targets by BOND-007/008, active_slave by BOND-053, and options
// that neither tool can write from BONDING_OPTS by BOND-046.
const ELSEWHERE = new Set(['arp_ip_target', 'active_slave', 'prio', 'coupled_control']);

let cells = 0;
for (const option of MODE_DEPENDENT_OPTIONS) {
  if (ELSEWHERE.has(option)) continue;
  const sample = SAMPLE[option];
  const o = BOND_OPTION_BY_NAME.get(option)!;
  for (const m of MODES) {
    for (const target of ['initscripts', 'networkmanager'] as const) {
      cells++;
      test(`${option} in ${m.name} under ${target}`, () => {
        const monitor = option === 'arp_interval' ? '' : ' miimon=100';
        const opts = `mode=${m.name}${monitor} ${option}=${sample.value}${sample.with ? ' ' + sample.with : ''}`;
        const text = bond(opts);
        const found = lint({ 'ifcfg-bond0': text }, 'ifcfg-bond0', { target }).filter((f) => {
          const col = text.split('\n').findIndex((l) => l.startsWith('BONDING_OPTS'));
          const line = text.split('\n')[col];
          const at = line.indexOf(`${option}=`);
          return APPLICABILITY.has(f.code) && f.range.start.line === col && f.range.start.character === at;
        });
        const cell =
          option === 'xmit_hash_policy' && (m.name === 'balance-tlb' || m.name === 'balance-alb')
            ? ({ kernel: 'no-effect', nm: 'no-effect' } as const)
            : cellOf(option, m.name, sample.value);
        const want = judge(cell, target === 'initscripts' && o.sysfs, target === 'networkmanager' && !!o.nm);
        assert.equal(found.length, want ? 1 : 0, `${opts}: ${found.map((f) => f.code + ' ' + f.message).join(' | ')}`);
        if (want) {
          assert.equal(found[0].severity, want.severity, found[0].message);
          if (want.severity === 'hint') assert.deepEqual(found[0].tags, [1]);
        }
      });
    }
  }
}

test('the table covers every mode-dependent option in all seven modes', () => {
  assert.equal(MODE_OPTION_TABLE.length, MODE_DEPENDENT_OPTIONS.length);
  assert.ok(cells >= 20 * 7 * 2, `${cells} cells`);
});

test('cells the sources state explicitly', () => {
  // Kernel refusals that are errors however NetworkManager treats them.
  assert.deepEqual(cellOf('ad_actor_system', 'active-backup'), { kernel: 'refuses', nm: 'normalises' });
  assert.deepEqual(cellOf('packets_per_slave', 'balance-xor'), { kernel: 'refuses', nm: 'normalises' });
  // verify() failures.
  assert.equal(cellOf('lacp_active', 'balance-rr').nm, 'refuses');
  assert.equal(cellOf('lacp_rate', 'active-backup', 'fast').nm, 'refuses');
  assert.equal(cellOf('lacp_rate', 'active-backup', 'slow').nm, 'normalises');
  assert.equal(cellOf('balance-slb', 'active-backup', '1').nm, 'refuses');
  assert.equal(cellOf('arp_missed_max', '802.3ad', '2').nm, 'refuses');
  assert.equal(cellOf('primary', 'balance-xor').nm, 'refuses');
  // NetworkManager only normalises ARP monitoring away in 802.3ad, but refuses it in tlb/alb.
  assert.equal(cellOf('arp_interval', '802.3ad', '100').nm, 'normalises');
  assert.equal(cellOf('arp_interval', 'balance-alb', '100').nm, 'refuses');
  assert.equal(judge(cellOf('fail_over_mac', 'balance-rr'), true, true)?.severity, 'hint');
});
