// Rule metadata: readiness for a release without ifcfg support (RHEL 10), opt-in through the
// `readiness` setting. Warnings: each says what NetworkManager drops or cannot convert when the
// profile moves to a keyfile. Off by default, because on a machine that stays on RHEL 8/9
// none of it is a problem, and a fleet would otherwise be flooded. They describe the upgrade,
// whichever tool runs the file today (an NM_CONTROLLED=no profile is exactly what it must see).
import type { RuleSpec } from './types';

export const MIGRATE_RULES = {
  'MIGRATE-001': {
    severity: 'warning',
    title: 'Does not survive migration to a keyfile',
    messages: { lost: 'This will not survive migration to a keyfile: {what}' },
  },
  'MIGRATE-002': {
    severity: 'warning',
    title: 'No keyfile can be made from this file',
    messages: {
      refused:
        'No keyfile can be made from this file: {why} Leapp still refuses the upgrade to RHEL 10 while it exists.',
    },
  },
  'MIGRATE-003': {
    severity: 'warning',
    title: 'Team profile: teamd is removed in RHEL 10',
    fixes: [
      {
        title: 'Rebuild this team as a bond',
        safe: false,
      },
    ],
    messages: {
      mapped:
        'Team profile: RHEL 10 has no teamd, so this team does not come up after the upgrade even once converted. Its {runner} runner does what a bond with mode={mode} does: rebuild it as a bond (TYPE=Bond, BONDING_OPTS="mode={mode} miimon=100", ports with MASTER=) before upgrading.',
      unmapped:
        'Team profile: RHEL 10 has no teamd, so this team does not come up after the upgrade even once converted. Its {runner} runner has no single bonding mode that does the same; choose one (balance-xor or balance-tlb for loadbalance) and rebuild it as a bond before upgrading.',
    },
  },
  'MIGRATE-004': {
    severity: 'warning',
    title: 'initscripts hook script that NetworkManager never runs',
    messages: {
      hook: '{path} has no keyfile equivalent: {when}, but NetworkManager never runs it. Move it to a dispatcher script in /etc/NetworkManager/dispatcher.d (action {action}).',
    },
  },
} as const satisfies Record<string, RuleSpec>;
