// Rule metadata: ETHTOOL_OPTS, BRIDGING_OPTS, /proc/net/bonding captures, route- and rule- files.
// Each entry: severity, whose behaviour it describes, sources, examples, fix safety.
import type { RuleSpec } from './types';

export const MISC_RULES = {
  'ETHTOOL-001': {
    severity: 'warning',
    describes: 'networkmanager',
    title: 'ETHTOOL_OPTS value NetworkManager cannot use',
  },
  'BRIDGE-001': {
    severity: 'warning',
    describes: 'both',
    title: 'BRIDGING_OPTS option of the wrong side or unknown',
    fixes: [{ title: 'Rename to', safe: false, why: 'A guessed option changes the configuration.' }],
  },
  'BRIDGE-002': {
    severity: 'warning',
    describes: 'both',
    title: 'IP settings on a bridge port',
    fixes: [
      {
        title: 'Delete the IP settings of the port',
        safe: false,
        why: 'Someone may rely on them when the port is taken out of the bridge.',
      },
    ],
    messages: {
      main: 'This interface is a port of {bridge} (BRIDGE=): its own IP settings are not applied. initscripts flushes its addresses when it joins the bridge, and NetworkManager removes IP configuration from port profiles. Put the addresses on {bridge}.',
    },
  },
  'CAP-001': {
    severity: 'warning',
    describes: 'kernel',
    title: 'Port or bond with MII status down',
  },
  'CAP-002': {
    severity: 'information',
    describes: 'kernel',
    title: 'Port link has failed',
  },
  'CAP-003': {
    severity: 'warning',
    describes: 'kernel',
    title: 'Running bond without link monitoring',
  },
  'CAP-004': {
    severity: 'warning',
    describes: 'kernel',
    title: 'Active-backup on virtual NICs without fail_over_mac (running)',
  },
  'CAP-005': {
    severity: 'warning',
    describes: 'kernel',
    title: 'No LACP partner',
  },
  'ROUTE-001': {
    severity: 'error',
    describes: 'both',
    title: 'Route file mixes two formats',
  },
  'ROUTE-002': {
    severity: 'error',
    describes: 'both',
    title: 'Route index gap',
  },
  'ROUTE-003': {
    severity: 'error',
    describes: 'both',
    title: 'Route without NETMASK',
  },
  'ROUTE-005': {
    severity: 'warning',
    describes: 'both',
    title: 'Route line NetworkManager skips',
  },
  'ROUTE-006': {
    severity: 'information',
    describes: 'networkmanager',
    title: 'Route file ignored because a rule file exists',
  },
  'ROUTE-007': {
    severity: 'warning',
    describes: 'both',
    title: 'Key that does not belong in a route file',
  },
  'ROUTE-008': {
    severity: 'warning',
    describes: 'initscripts',
    title: 'Trailing comment on a route/rule line',
    fixes: [{ title: 'Remove the trailing comment', safe: false, why: "Edits the user's notes." }],
  },
  'RULE-001': {
    severity: 'warning',
    describes: 'both',
    title: 'Unknown ip-rule word',
  },
} satisfies Record<string, RuleSpec>;
