// Documentation half of the readiness rules (see migrate.ts).
import { src } from './sources';
import type { RuleDocs } from './types';
import type { MIGRATE_RULES } from './migrate';
import { B, eth, one } from './examples';

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
      src('vendor.teamd', 'runner.name'),
      src('kernel.bonding.rst', 'Bonding Driver Options: mode'),
    ],
    explanation:
      'RHEL 10 ships no teamd, so a team profile migrated to a keyfile still has nothing to run it. The runners activebackup, roundrobin, broadcast and lacp do what the bonding modes active-backup, balance-rr, broadcast and 802.3ad do; loadbalance and random have no single equivalent.',
    examples: [
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
