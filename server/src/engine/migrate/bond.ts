// BONDING_OPTS → [bond] as NetworkManager produces it: each option validated
// (_nm_setting_bond_validate_option), arp_ip_target cleaned (NMR handle_bond_option L5535-5562),
// the whole set verified (nm-setting-bond.c verify(), L862-1179: errors there refuse the
// profile), then normalized: numeric mode → name, options the mode does not support removed
// (nm-connection.c L1478-1528, nm-setting-bond.c _bond_option_unsupp_mode L226-256).
// Options keep the spelling they were given (`fail_over_mac=1` stays 1): only mode is renamed.
import { BOND_OPTION_BY_NAME, NmCheck } from '../catalog/bonding';
import { NM_UNSUPPORTED } from '../catalog/bondModeTable';
import { MODES as BOND_MODES } from '../catalog/modes';
import { isIPv4, isIPv6, isIfname, isMac } from '../catalog/keyTypes';
import { tokenizeOptions } from '../parser/options';
import { tokenRange } from '../rules/context';
import type { Range } from '../types';
import { IfcfgReader } from './shvarRead';

const MODES: readonly string[] = BOND_MODES.map((m) => m.name);

export interface BondResult {
  /** Final options, by name. */
  options: Map<string, string>;
}

export class BondRefused extends Error {}

function valid(check: NmCheck | undefined, v: string): boolean {
  if (!check) return false;
  const digitsIn = (min: number, max: number) => /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max;
  switch (check.kind) {
    case 'int':
      return digitsIn(check.min, check.max);
    case 'enum':
      return digitsIn(0, check.names.length - 1) || check.names.includes(v);
    case 'ipv4-list':
    case 'ipv6-list': {
      const items = v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return items.length > 0 && items.every((s) => (check.kind === 'ipv4-list' ? isIPv4(s) : isIPv6(s)));
    }
    case 'ifname':
      return isIfname(v);
    case 'mac':
      return isMac(v, [6]);
  }
}

export function convertBondOptions(r: IfcfgReader): BondResult {
  const options = new Map<string, string>([['mode', 'balance-rr']]);
  const ranges = new Map<string, Range>();
  const a = r.assignment('BONDING_OPTS');
  if (r.str('BONDING_OPTS') && a) {
    for (const t of tokenizeOptions(a)) {
      if (t.value === undefined || !t.key || !t.value) continue;
      let value = t.value;
      if (t.key === 'arp_ip_target') value = value.replace(/^['"]/, '').replace(/[+\-'"]/g, '');
      const check =
        BOND_OPTION_BY_NAME.get(t.key)?.nm ?? (t.key === 'balance-slb' ? { kind: 'int', min: 0, max: 1 } : undefined);
      if (!valid(check, value)) {
        r.note(
          'lost',
          'BONDING_OPTS',
          `NetworkManager rejects the bonding option ${t.key}=${value} and drops it.`,
          tokenRange(a, t),
        );
        continue;
      }
      options.set(t.key, value);
      ranges.set(t.key, tokenRange(a, t));
    }
  }
  const modeStr = options.get('mode')!;
  const mode = /^\d+$/.test(modeStr) ? Number(modeStr) : MODES.indexOf(modeStr);
  verify(options, mode, modeStr);
  if (/^\d+$/.test(modeStr)) options.set('mode', MODES[mode]);
  // The options the mode does not support (_bond_option_unsupp_mode), as the catalog's truth table has them.
  for (const [name, modes] of Object.entries(NM_UNSUPPORTED)) {
    if (options.has(name) && (modes as readonly string[]).includes(MODES[mode])) {
      options.delete(name);
      r.note(
        'lost',
        'BONDING_OPTS',
        `${name} is not supported in mode ${MODES[mode]}: NetworkManager's normalization removes it.`,
        ranges.get(name),
      );
    }
  }
  return { options };
}

const num = (o: Map<string, string>, k: string, def: string): number => {
  const v = o.get(k) ?? def;
  const named = BOND_OPTION_BY_NAME.get(k)?.nm;
  if (named?.kind === 'enum' && !/^\d+$/.test(v)) return named.names.indexOf(v);
  return Number(v) || 0;
};

/** The verify() checks that refuse the profile (before the NORMALIZABLE ones). */
function verify(o: Map<string, string>, mode: number, modeStr: string): void {
  const fail = (m: string) => {
    throw new BondRefused(`bond.options: ${m}`);
  };
  const miimon = num(o, 'miimon', '100');
  const arpInterval = num(o, 'arp_interval', '0');
  if ((mode === 5 || mode === 6) && arpInterval > 0) fail(`'mode=${modeStr}' is incompatible with 'arp_interval > 0'`);
  if ([4, 5, 6].includes(mode) && num(o, 'arp_missed_max', '0') > 0)
    fail(`'mode=${modeStr}' is incompatible with 'arp_missed_max > 0'`);
  if (o.has('primary') && ![1, 5, 6].includes(mode)) fail("'primary' option is only valid for 'mode=active-backup'");
  if (miimon === 0) {
    if (num(o, 'updelay', '0')) fail("'updelay' option requires 'miimon' option to be enabled");
    if (num(o, 'downdelay', '0')) fail("'downdelay' option requires 'miimon' option to be enabled");
  }
  const pnd = num(o, 'peer_notif_delay', '0');
  if (pnd) {
    if (miimon === 0) fail("'peer_notif_delay' option requires 'miimon' option to be enabled");
    if (pnd % miimon && arpInterval === 0)
      fail("'peer_notif_delay' option needs to be a value multiple of 'miimon' value");
  }
  if (arpInterval > 0) {
    if (!o.has('arp_ip_target') && !o.has('ns_ip6_target'))
      fail("'arp_interval' option requires 'arp_ip_target' or 'ns_ip6_target'option to be set");
  } else {
    if (o.has('arp_ip_target')) fail("'arp_ip_target' option requires 'arp_interval' option to be set");
    if (o.has('ns_ip6_target')) fail("'ns_ip6_target' option requires 'arp_interval' option to be set");
  }
  const lr = o.get('lacp_rate');
  if (lr && mode !== 4 && lr !== '0' && lr !== 'slow') fail("'lacp_rate' option is only valid with mode '802.3ad'");
  if (o.has('lacp_active') && mode !== 4) fail("'lacp_active' option is only valid with mode '802.3ad'");
  if (o.has('num_grat_arp') && o.has('num_unsol_na') && num(o, 'num_grat_arp', '1') !== num(o, 'num_unsol_na', '1'))
    fail("'num_grat_arp' and 'num_unsol_na' cannot have different values");
  if (num(o, 'balance-slb', '0') > 0) {
    if (mode !== 2) fail('balance-slb requires bond mode "balance-xor"');
    const x = o.get('xmit_hash_policy');
    if (x && x !== 'vlan+srcmac' && x !== '5') fail('balance-slb requires xmit_hash_policy "vlan+srcmac"');
  }
}
