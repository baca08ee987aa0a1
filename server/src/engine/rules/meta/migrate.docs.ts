// Documentation half of the readiness rules (see migrate.ts).
import { src } from './sources';
import type { RuleDocs } from './types';
import type { MIGRATE_RULES } from './migrate';
import { B, eth, one, physical } from './examples';

export const MIGRATE_DOCS = {
  'MIGRATE-001': {
    sources: [
      src('nm.reader', 'connection_from_file_full, parse_ethtool_options, read_aliases'),
      src('nm.keyfile', 'nm_keyfile_write'),
      src('nm.connection', 'nm_connection_normalize'),
    ],
    explanation:
      'With readiness on, each setting the migration preview finds NetworkManager would drop on the way to a keyfile (what `nmcli connection migrate` writes: the ifcfg-rh reader, normalization, the keyfile writer) is marked where it is written, with the reason. Keys that already have no effect under NetworkManager (initscripts-only keys) are left to IFCFG-044.',
    examples: [
      {
        bad: eth('DEVICE=eth0\nBOOTPROTO=dhcp\nETHTOOL_WAKE_ON_LAN=magic\n'),
        good: eth('DEVICE=eth0\nBOOTPROTO=dhcp\nETHTOOL_WAKE_ON_LAN=ignore\n'),
        settings: { readiness: true },
      },
      {
        bad: eth('DEVICE=eth0\nBOOTPROTO=dhcp\nETHTOOL_WAKE_ON_LAN=magic\n'),
        good: eth('DEVICE=eth0\nBOOTPROTO=dhcp\nETHTOOL_WAKE_ON_LAN=magic\n'),
        settings: { readiness: true },
        goodSettings: { readiness: false },
      },
    ],
  },
  'MIGRATE-002': {
    sources: [
      src('nm.reader', 'connection_from_file_full (NM_CONTROLLED, TYPE)'),
      src('vendor.leapp', 'networkdeprecations'),
    ],
    explanation:
      'NetworkManager keeps no profile for the file (NM_CONTROLLED=no, a type it does not handle, a value that fails verify()), so there is nothing to migrate; Leapp refuses the 9 to 10 upgrade while any ifcfg file remains.',
    examples: [
      {
        bad: eth('DEVICE=eth0\nNM_CONTROLLED=no\nBOOTPROTO=dhcp\n'),
        good: eth('DEVICE=eth0\nBOOTPROTO=dhcp\n'),
        settings: { readiness: true },
      },
    ],
  },
  'MIGRATE-003': {
    sources: [
      src('vendor.rhel10', 'teamd and libteam removed'),
      src('vendor.teamd', 'runner.name, runner.hwaddr_policy, runner.fast_rate, runner.tx_hash, link_watch'),
      src('vendor.teamd.src', 'ethtool delays, arp_ping miss counting, default Tx hash'),
      src('kernel.bonding.rst', 'Bonding Driver Options: mode, miimon, fail_over_mac, lacp_rate, xmit_hash_policy'),
      src('nm.reader', 'connection_from_file_full (DEVICETYPE before TYPE), check_if_bond_port'),
    ],
    explanation:
      'RHEL 10 ships no teamd, so a team profile migrated to a keyfile still has nothing to run it. The runners activebackup, roundrobin, broadcast and lacp do what the bonding modes active-backup, balance-rr, broadcast and 802.3ad do; loadbalance and random have no single equivalent.\n\n' +
      "Where everything in `TEAM_CONFIG` has an exact bond equivalent, a quick fix rewrites the controller as a bond (`TYPE=Bond`, `BONDING_MASTER=yes`, `BONDING_OPTS`, without `DEVICETYPE` and `TEAM_CONFIG`) and every port file as a bond port (`MASTER=`, `SLAVE=yes`, `TYPE=Ethernet` when it had none, without the team keys), in one edit. The mapping: the ethtool link watcher (teamd's default) follows the driver's carrier as `miimon=100` does, and its `delay_up`/`delay_down` become `updelay`/`downdelay` when they are multiples of 100 ms; `hwaddr_policy` `same_all` (default) is the bond's default `fail_over_mac=none` and `by_active` is `fail_over_mac=active`; for lacp, `fast_rate: true` is `lacp_rate=fast`, and teamd's Tx hash over MAC and IP addresses (its default `eth`, `ipv4`, `ipv6`) is `xmit_hash_policy=layer2+3` (`eth` alone is `layer2`). " +
      "Nothing else is mapped, so there is no fix for: other runners, the arp_ping and nsna_ping watchers (teamd counts only ARP replies and marks a port down after more than `missed_max` misses, the bond counts any traffic by default and its `arp_missed_max` counts differently), `only_active`, a passive LACP (`active: false`), `sys_prio`, `min_ports`, `agg_select_policy`, other hash lists, Tx balancers, and any per-port setting (`TEAM_PORT_CONFIG` or `ports` in the team's config with `prio`, `sticky`, `lacp_prio`, ...). " +
      'The fix is never applied by fix-all or `--fix`: it changes the device type of every file it touches.',
    examples: [
      {
        bad: {
          'ifcfg-team0':
            'DEVICE=team0\nDEVICETYPE=Team\nTEAM_CONFIG=\'{"runner": {"name": "activebackup"}, "link_watch": {"name": "ethtool"}}\'\nBOOTPROTO=none\nIPADDR=192.0.2.10\nPREFIX=24\nONBOOT=yes\n',
          'ifcfg-eth1': 'DEVICE=eth1\nHWADDR=00:1b:21:0a:0b:01\nDEVICETYPE=TeamPort\nTEAM_MASTER=team0\nONBOOT=yes\n',
          'ifcfg-eth2': 'DEVICE=eth2\nHWADDR=00:1b:21:0a:0b:02\nDEVICETYPE=TeamPort\nTEAM_MASTER=team0\nONBOOT=yes\n',
        },
        fixed:
          'DEVICE=team0\nBOOTPROTO=none\nIPADDR=192.0.2.10\nPREFIX=24\nONBOOT=yes\nTYPE=Bond\nBONDING_MASTER=yes\nBONDING_OPTS="mode=active-backup miimon=100"\n',
        good: physical('mode=active-backup miimon=100'),
        settings: { readiness: true },
      },
      {
        bad: {
          'ifcfg-team0':
            'DEVICE=team0\nTYPE=Team\nDEVICETYPE=Team\nTEAM_CONFIG=\'{"runner": {"name": "lacp", "active": true, "fast_rate": true, "tx_hash": ["eth", "ipv4", "ipv6"]}}\'\nBOOTPROTO=dhcp\nONBOOT=yes\n',
          'ifcfg-eth1': 'DEVICE=eth1\nTYPE=Ethernet\nDEVICETYPE=TeamPort\nTEAM_MASTER=team0\nONBOOT=yes\n',
          'ifcfg-eth2': 'DEVICE=eth2\nTYPE=Ethernet\nDEVICETYPE=TeamPort\nTEAM_MASTER=team0\nONBOOT=yes\n',
        },
        fixed:
          'DEVICE=team0\nTYPE=Bond\nBOOTPROTO=dhcp\nONBOOT=yes\nBONDING_MASTER=yes\nBONDING_OPTS="mode=802.3ad miimon=100 lacp_rate=fast xmit_hash_policy=layer2+3"\n',
        good: physical('mode=802.3ad miimon=100 lacp_rate=fast xmit_hash_policy=layer2+3'),
        settings: { readiness: true },
      },
      {
        bad: one(
          'ifcfg-team0',
          'DEVICE=team0\nDEVICETYPE=Team\nTEAM_CONFIG=\'{"runner": {"name": "activebackup"}}\'\nBOOTPROTO=dhcp\n',
        ),
        good: B('mode=active-backup miimon=100 fail_over_mac=1'),
        settings: { readiness: true },
      },
    ],
  },
  'MIGRATE-004': {
    sources: [
      src('is.ifup', 'runs /sbin/ifup-pre-local with the ifcfg file'),
      src('is.ifup-post', 'runs /sbin/ifup-local with the device'),
      src('is.ifdown', 'runs /sbin/ifdown-pre-local with the device'),
      src('is.ifdown-post', 'runs /sbin/ifdown-local with the device'),
      src('nm.dispatcher-man', 'actions pre-up, up, pre-down, down'),
    ],
    explanation:
      'initscripts runs /sbin/ifup-pre-local, /sbin/ifup-local, /sbin/ifdown-pre-local and /sbin/ifdown-local, when executable, around every interface it brings up or down. NetworkManager has no such hook and no keyfile setting for one: it runs the scripts in /etc/NetworkManager/dispatcher.d instead (pre-up and pre-down ones from pre-up.d and pre-down.d). The files are outside the configuration folder, so the host reports which exist (from a machine snapshot, or the machine itself when its live network-scripts folder is open; it only checks that they exist), and with readiness on each is named once per folder, on the first line of its first ifcfg file.',
    examples: [
      {
        bad: eth('DEVICE=eth0\nBOOTPROTO=dhcp\n'),
        good: eth('DEVICE=eth0\nBOOTPROTO=dhcp\n'),
        settings: { readiness: true, host: { hookScripts: ['/sbin/ifup-local'] } },
        goodSettings: { readiness: true, host: {} },
      },
    ],
  },
} as const satisfies Record<keyof typeof MIGRATE_RULES, RuleDocs>;
