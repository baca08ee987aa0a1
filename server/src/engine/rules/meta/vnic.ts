// Rule metadata: Bonds on virtual NICs.
// Each entry: severity, whose behaviour it describes, sources, examples, fix safety.
import type { RuleSpec } from './types';

export const VNIC_RULES = {
  'VNIC-001': {
    severity: 'warning',
    title: 'Active-backup on virtual NICs without fail_over_mac=active',
    fixes: [
      {
        title: 'Add fail_over_mac',
        safe: true,
      },
      {
        title: 'Set fail_over_mac',
        safe: true,
      },
    ],
  },
  'VNIC-002': {
    severity: 'warning',
    title: 'balance-tlb/alb on virtual NICs',
    fixes: [{ title: 'Use mode=', safe: false }],
  },
  'VNIC-003': {
    severity: 'warning',
    title: 'Switch-dependent mode on virtual NICs',
    fixes: [{ title: 'Use mode=', safe: false }],
  },
  'VNIC-004': {
    severity: 'warning',
    title: '802.3ad on virtual NICs',
    fixes: [{ title: 'Use mode=', safe: false }],
  },
  'VNIC-005': {
    severity: 'information',
    title: 'miimon only sees the virtual cable',
    fixes: [{ title: 'Use ARP monitoring', safe: false }],
  },
  'VNIC-006': {
    severity: 'hint',
    title: 'fail_over_mac=active with a single gratuitous ARP',
    fixes: [{ title: 'Add num_grat_arp', safe: false }],
  },
  'VNIC-007': {
    severity: 'warning',
    title: 'MACADDR on the bond with fail_over_mac=active',
    fixes: [
      {
        title: 'Delete MACADDR',
        safe: false,
      },
    ],
  },
  'VNIC-008': {
    severity: 'warning',
    title: 'Bond MACADDR on virtual NICs',
    fixes: [
      {
        title: 'Delete MACADDR',
        safe: false,
      },
    ],
  },
  'VNIC-009': {
    severity: 'warning',
    title: 'MACADDR on a virtual NIC port',
    fixes: [
      {
        title: 'Delete MACADDR',
        safe: false,
      },
    ],
  },
  'VNIC-010': {
    severity: 'information',
    title: 'OpenStack port security',
  },
  'VNIC-011': {
    severity: 'error',
    title: 'Ports share one HWADDR',
  },
  'VNIC-012': {
    severity: 'warning',
    title: 'Bridged bond in a mode that breaks guests',
    fixes: [{ title: 'Use mode=', safe: false }],
  },
  'VNIC-013': {
    severity: 'warning',
    title: 'ARP monitoring on a bridged bond',
    fixes: [{ title: 'Replace ARP monitoring', safe: false }],
  },
  'VNIC-014': {
    severity: 'information',
    title: 'Host-side active-backup and guests',
  },
  'VNIC-015': {
    severity: 'information',
    title: 'Guest bond in a cloud',
  },
  'VNIC-016': {
    severity: 'information',
    title: 'Interface names suggest a VM',
    fixes: [
      { title: 'Add fail_over_mac', safe: false },
      { title: 'Set fail_over_mac', safe: false },
    ],
  },
  'VNIC-017': {
    severity: 'hint',
    title: 'Active-backup without fail_over_mac (if these are virtual NICs)',
    fixes: [
      {
        title: 'Add fail_over_mac',
        safe: false,
      },
      {
        title: 'Set fail_over_mac',
        safe: false,
      },
    ],
  },
} satisfies Record<string, RuleSpec>;
