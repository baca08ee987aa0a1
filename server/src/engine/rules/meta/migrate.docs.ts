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
} as const satisfies Record<keyof typeof MIGRATE_RULES, RuleDocs>;
