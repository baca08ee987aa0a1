// Rule metadata: Bonds as files and BONDING_OPTS option by option.
// Each entry: severity, whose behaviour it describes, sources, examples, fix safety.
import { DiagnosticTag } from '../../types';
import type { RuleSpec } from './types';

export const BOND_RULES = {
  'BOND-001': {
    severity: 'warning',
    title: 'No link monitoring',
    fixes: [
      {
        title: 'Add miimon=100',
        safe: true,
      },
    ],
  },
  'BOND-002': {
    severity: 'warning',
    title: 'miimon=0 disables link monitoring',
    fixes: [
      {
        title: 'Set miimon=100',
        safe: true,
      },
    ],
  },
  'BOND-003': {
    severity: 'warning',
    title: 'No mode given',
    fixes: [{ title: 'Add mode=', safe: false }],
  },
  'BOND-004': {
    severity: 'error',
    title: 'Unknown bonding mode',
    fixes: [
      {
        title: 'Write mode=',
        safe: false,
      },
    ],
  },
  'BOND-005': {
    severity: 'warning',
    title: 'miimon and arp_interval together',
    fixes: [
      { title: 'Keep miimon', safe: false },
      { title: 'Keep ARP', safe: false },
    ],
  },
  'BOND-006': {
    severity: 'error',
    title: 'arp_interval without arp_ip_target',
    fixes: [{ title: 'Add arp_ip_target', safe: false }],
  },
  'BOND-007': {
    severity: 'warning',
    title: 'arp_ip_target without arp_interval',
    fixes: [{ title: 'Add arp_interval', safe: false }],
  },
  'BOND-008': {
    severity: 'error',
    title: 'ARP monitoring in a mode without it',
    fixes: [{ title: 'Replace ARP monitoring', safe: false }],
  },
  'BOND-009': {
    severity: 'error',
    title: 'Delay without miimon',
    fixes: [
      {
        title: 'Add miimon=100',
        safe: true,
      },
    ],
  },
  'BOND-010': {
    severity: 'hint',
    title: 'Delay not a multiple of miimon',
    fixes: [
      {
        title: 'Write ',
        safe: false,
      },
    ],
  },
  'BOND-011': {
    severity: 'warning',
    title: 'primary in a mode without a primary',
    fixes: [
      {
        title: 'Remove ',
        safe: true,
      },
    ],
  },
  'BOND-012': {
    severity: 'warning',
    title: 'primary names no port of the bond',
  },
  'BOND-013': {
    severity: 'warning',
    title: '802.3ad option in another mode',
    fixes: [{ title: 'Remove ', safe: true }],
  },
  'BOND-014': {
    severity: 'hint',
    title: 'Option only effective in active-backup',
    fixes: [{ title: 'Remove ', safe: false }],
    tags: [DiagnosticTag.Unnecessary],
  },
  'BOND-015': {
    severity: 'hint',
    title: 'xmit_hash_policy ignored in this mode',
    fixes: [{ title: 'Remove ', safe: false }],
    tags: [DiagnosticTag.Unnecessary],
  },
  'BOND-016': {
    severity: 'hint',
    title: 'Option ignored in this mode',
    fixes: [{ title: 'Remove ', safe: true }],
  },
  'BOND-017': {
    severity: 'error',
    title: 'num_grat_arp and num_unsol_na differ',
    fixes: [
      {
        title: 'Set num_unsol_na',
        safe: false,
      },
    ],
  },
  'BOND-018': {
    severity: 'warning',
    title: 'max_bonds in BONDING_OPTS',
    fixes: [{ title: 'Remove ', safe: true }],
  },
  'BOND-019': {
    severity: 'error',
    title: 'Unknown bonding option',
    fixes: [{ title: 'Rename to', safe: false }],
  },
  'BOND-020': {
    severity: 'warning',
    title: 'Repeated arp_ip_target',
    fixes: [
      {
        title: 'Merge into',
        safe: true,
      },
    ],
  },
  'BOND-021': {
    severity: 'error',
    title: 'Unquoted BONDING_OPTS',
    fixes: [{ title: 'Quote BONDING_OPTS', safe: true }],
  },
  'BOND-022': {
    severity: 'error',
    describes: 'networkmanager',
    title: 'Bond file not recognised as a bond',
    fixes: [{ title: 'Add TYPE=Bond', safe: false }],
  },
  'BOND-023': {
    severity: 'error',
    describes: 'networkmanager',
    title: 'BONDING_MASTER=yes with another TYPE',
    fixes: [{ title: 'Write TYPE=Bond', safe: true }],
  },
  'BOND-024': {
    severity: 'error',
    title: 'Bond without DEVICE',
    fixes: [
      { title: 'Add DEVICE', safe: true },
      { title: 'Set DEVICE', safe: true },
    ],
  },
  'BOND-025': {
    severity: 'error',
    title: 'BONDING_OPTS in a port file',
    fixes: [{ title: 'Delete BONDING_OPTS', safe: false }],
  },
  'BOND-026': {
    severity: 'warning',
    describes: 'initscripts',
    title: 'MASTER without SLAVE=yes',
    fixes: [
      {
        title: 'Add SLAVE=yes',
        safe: false,
      },
      { title: 'Write SLAVE=yes', safe: false },
    ],
  },
  'BOND-027': {
    severity: 'error',
    describes: 'initscripts',
    title: 'SLAVE=yes without MASTER',
  },
  'BOND-028': {
    severity: 'warning',
    title: 'MASTER names no bond',
  },
  'BOND-029': {
    severity: 'warning',
    title: 'IP settings on a bond port',
    fixes: [{ title: 'Delete the IP settings', safe: false }],
  },
  'BOND-030': {
    severity: 'warning',
    describes: 'networkmanager',
    title: 'Port does not start with its bond',
    fixes: [{ title: 'Write ', safe: false }],
  },
  'BOND-031': {
    severity: 'warning',
    title: 'Bond and port managed by different tools',
  },
  'BOND-032': {
    severity: 'information',
    title: 'NM_CONTROLLED=no',
  },
  'BOND-033': {
    severity: 'warning',
    title: 'Port MTU differs from the bond MTU',
    fixes: [
      {
        title: 'Delete the port MTU',
        safe: false,
      },
    ],
  },
  'BOND-034': {
    severity: 'warning',
    title: 'HWADDR and MACADDR together',
    fixes: [
      {
        title: 'Delete MACADDR',
        safe: false,
      },
    ],
  },
  'BOND-038': {
    severity: 'warning',
    title: 'Two profiles for one device',
  },
  'BOND-039': {
    severity: 'hint',
    title: 'Bond with a single port',
  },
  'BOND-040': {
    severity: 'information',
    title: 'Mode needs switch configuration',
  },
  'BOND-041': {
    severity: 'hint',
    title: '802.3ad with the slow LACP rate',
    fixes: [{ title: 'Add lacp_rate', safe: false }],
  },
  'BOND-044': {
    severity: 'error',
    title: 'Invalid bonding option value',
    fixes: [
      {
        title: 'Write ',
        safe: false,
      },
    ],
  },
  'BOND-045': {
    severity: 'error',
    title: 'Option refused in this mode',
    fixes: [{ title: 'Remove ', safe: true }],
  },
  'BOND-046': {
    severity: 'warning',
    title: 'Option the configuring tool cannot apply',
  },
  'BOND-047': {
    severity: 'error',
    title: 'Read-only bonding attribute',
    fixes: [{ title: 'Remove ', safe: true }],
  },
  'BOND-048': {
    severity: 'warning',
    title: 'use_carrier=0 is obsolete',
    fixes: [
      {
        title: 'Remove use_carrier',
        safe: false,
      },
    ],
    tags: [DiagnosticTag.Deprecated],
  },
  'BOND-049': {
    severity: 'warning',
    describes: 'networkmanager',
    title: 'Value NetworkManager rejects',
    fixes: [
      {
        title: 'Write ',
        safe: true,
      },
    ],
  },
  'BOND-050': {
    severity: 'warning',
    title: 'Option without a value',
    fixes: [{ title: 'Remove ', safe: true }],
  },
  'BOND-051': {
    severity: 'warning',
    describes: 'initscripts',
    title: 'arp_ip_target with + and a list',
    fixes: [
      {
        title: 'Remove the "+"',
        safe: true,
      },
    ],
  },
  'BOND-052': {
    severity: 'error',
    title: 'More than 16 ARP targets',
  },
  'BOND-053': {
    severity: 'warning',
    describes: 'initscripts',
    title: 'Runtime option initscripts cannot apply',
    fixes: [{ title: 'Use primary instead', safe: false }],
  },
  'BOND-054': {
    severity: 'warning',
    title: 'Option given twice',
    fixes: [{ title: 'Remove ', safe: true }],
    tags: [DiagnosticTag.Unnecessary],
  },
  'BOND-055': {
    severity: 'warning',
    describes: 'networkmanager',
    title: 'Tab between options',
  },
  'BOND-061': {
    severity: 'warning',
    title: 'Bond without ports',
  },
  'BOND-062': {
    severity: 'warning',
    title: 'The running bond does not match this file',
  },
  'BOND-063': {
    severity: 'warning',
    title: 'A port of this bond is missing from the running bond',
  },
  'BOND-064': {
    severity: 'warning',
    title: 'The running bond has a port no profile names',
  },
  'BOND-065': {
    severity: 'warning',
    describes: 'networkmanager',
    title: 'Port file declares itself a bond',
  },
  'BOND-066': {
    severity: 'warning',
    describes: 'initscripts',
    title: 'Bond without BONDING_OPTS: initscripts does not create it',
    messages: {
      main: 'No BONDING_OPTS: initscripts creates a missing bond only from BONDING_OPTS (ifup-eth, is_available), so at boot ifup finds no {dev} and gives up ("does not seem to be present") unless the bonding driver already made it. NetworkManager creates it with default options. Add BONDING_OPTS, e.g. "mode=active-backup miimon=100".',
    },
  },
} satisfies Record<string, RuleSpec>;
