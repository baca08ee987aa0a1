// Every diagnostic the engine can produce: stable code, default severity, which tool's
// behaviour it describes, and a title. Messages are built by the checks; this table is what
// users see in documentation and what severity overrides refer to.
import type { Severity } from '../types';

export type AppliesTo = 'both' | 'initscripts' | 'networkmanager';

export interface RuleMeta {
  code: string;
  severity: Severity;
  appliesTo: AppliesTo;
  title: string;
}

const R = (code: string, severity: Severity, title: string, appliesTo: AppliesTo = 'both'): RuleMeta => ({
  code,
  severity,
  appliesTo,
  title,
});

export const RULES: readonly RuleMeta[] = [
  // Syntax: how the file is read
  R('IFCFG-001', 'warning', 'Line is not a KEY=value assignment'),
  R('IFCFG-002', 'error', 'Unquoted whitespace in a value'),
  R('IFCFG-003', 'error', 'Unterminated quote'),
  R('IFCFG-004', 'error', 'Shell expansion NetworkManager does not perform'),
  R('IFCFG-005', 'warning', 'Duplicate key (the last one wins)'),
  R('IFCFG-006', 'warning', 'Key in the wrong case'),
  R('IFCFG-007', 'information', 'Unknown key'),
  R('IFCFG-008', 'warning', 'CRLF line endings'),
  R('IFCFG-009', 'warning', 'UTF-8 byte order mark'),
  R('IFCFG-010', 'error', 'Value NetworkManager cannot read (shell syntax)'),
  R('IFCFG-011', 'warning', 'Invalid UTF-8 or NUL bytes'),
  // Values
  R('IFCFG-020', 'warning', 'Invalid boolean (on/off are initscripts-only)'),
  R('IFCFG-021', 'error', 'Invalid IPv4 address'),
  R('IFCFG-022', 'error', 'Invalid IPv6 address'),
  R('IFCFG-023', 'error', 'Invalid prefix length'),
  R('IFCFG-024', 'error', 'Invalid netmask'),
  R('IFCFG-025', 'error', 'Invalid MAC address'),
  R('IFCFG-026', 'warning', 'Value not in the allowed set'),
  R('IFCFG-027', 'warning', 'Invalid or out-of-range number'),
  R('IFCFG-028', 'warning', 'NETMASK and PREFIX disagree'),
  R('IFCFG-029', 'hint', 'DEVICE does not match the file name'),
  R('IFCFG-030', 'warning', 'Invalid interface name'),
  R('IFCFG-031', 'warning', 'Misspelt key that is never read'),
  R('IFCFG-032', 'warning', 'Gap in numbered addresses'),
  R('IFCFG-033', 'warning', 'DNS/DNS0 is never read'),
  R('IFCFG-034', 'warning', 'GATEWAY with DEFROUTE=no'),
  R('IFCFG-035', 'information', 'File name is ignored (backup suffix)'),
  R('IFCFG-036', 'warning', 'More than one controller'),
  R('IFCFG-037', 'warning', 'Obsolete key'),
  R('IFCFG-038', 'information', 'TYPE NetworkManager does not handle'),
  R('IFCFG-039', 'warning', 'Invalid UUID'),
  R('IFCFG-040', 'error', 'Invalid JSON'),
  R('IFCFG-041', 'error', 'Invalid DCB list'),
  R('IFCFG-042', 'error', 'Invalid hex SSID'),
  R('IFCFG-043', 'error', 'Profile needs DEVICE'),
  R('IFCFG-044', 'hint', 'Key ignored by NetworkManager', 'networkmanager'),
  R('IFCFG-045', 'error', 'Duplicate UUID'),
  R('IFCFG-046', 'error', 'Invalid alias file'),
  R('IFCFG-047', 'information', 'SUSE (wicked) ifcfg file: RHEL rules not applied'),
  // Bonding (virtual-nic-pitfalls.md §5.2 numbering, extended)
  R('BOND-001', 'warning', 'No link monitoring'),
  R('BOND-002', 'warning', 'miimon=0 disables link monitoring'),
  R('BOND-003', 'warning', 'No mode given'),
  R('BOND-004', 'error', 'Unknown bonding mode'),
  R('BOND-005', 'warning', 'miimon and arp_interval together'),
  R('BOND-006', 'error', 'arp_interval without arp_ip_target'),
  R('BOND-007', 'warning', 'arp_ip_target without arp_interval'),
  R('BOND-008', 'error', 'ARP monitoring in a mode without it'),
  R('BOND-009', 'error', 'Delay without miimon'),
  R('BOND-010', 'hint', 'Delay not a multiple of miimon'),
  R('BOND-011', 'warning', 'primary in a mode without a primary'),
  R('BOND-012', 'warning', 'primary names no port of the bond'),
  R('BOND-013', 'warning', '802.3ad option in another mode'),
  R('BOND-014', 'hint', 'Option only effective in active-backup'),
  R('BOND-015', 'hint', 'xmit_hash_policy ignored in this mode'),
  R('BOND-016', 'hint', 'Option ignored in this mode'),
  R('BOND-017', 'error', 'num_grat_arp and num_unsol_na differ'),
  R('BOND-018', 'warning', 'max_bonds in BONDING_OPTS'),
  R('BOND-019', 'error', 'Unknown bonding option'),
  R('BOND-020', 'warning', 'Repeated arp_ip_target'),
  R('BOND-021', 'error', 'Unquoted BONDING_OPTS'),
  R('BOND-022', 'error', 'Bond file not recognised as a bond'),
  R('BOND-023', 'error', 'BONDING_MASTER=yes with another TYPE', 'networkmanager'),
  R('BOND-024', 'error', 'Bond without DEVICE'),
  R('BOND-025', 'error', 'BONDING_OPTS in a port file'),
  R('BOND-026', 'warning', 'MASTER without SLAVE=yes', 'initscripts'),
  R('BOND-027', 'error', 'SLAVE=yes without MASTER', 'initscripts'),
  R('BOND-028', 'warning', 'MASTER names no bond'),
  R('BOND-029', 'warning', 'IP settings on a bond port'),
  R('BOND-030', 'warning', 'Port does not start with its bond', 'networkmanager'),
  R('BOND-031', 'warning', 'Bond and port managed by different tools'),
  R('BOND-032', 'information', 'NM_CONTROLLED=no'),
  R('BOND-033', 'warning', 'Port MTU differs from the bond MTU'),
  R('BOND-034', 'warning', 'HWADDR and MACADDR together'),
  R('BOND-038', 'warning', 'Two profiles for one device'),
  R('BOND-039', 'hint', 'Bond with a single port'),
  R('BOND-040', 'information', 'Mode needs switch configuration'),
  R('BOND-041', 'hint', '802.3ad with the slow LACP rate'),
  R('BOND-044', 'error', 'Invalid bonding option value'),
  R('BOND-045', 'error', 'Option refused in this mode'),
  R('BOND-046', 'warning', 'Option the configuring tool cannot apply'),
  R('BOND-047', 'error', 'Read-only bonding attribute'),
  R('BOND-048', 'warning', 'use_carrier=0 is obsolete'),
  R('BOND-049', 'error', 'Value NetworkManager rejects', 'networkmanager'),
  R('BOND-050', 'warning', 'Option without a value'),
  R('BOND-051', 'warning', 'arp_ip_target with + and a list', 'initscripts'),
  R('BOND-052', 'error', 'More than 16 ARP targets'),
  R('BOND-053', 'warning', 'Runtime option initscripts cannot apply', 'initscripts'),
  R('BOND-054', 'warning', 'Option given twice'),
  R('BOND-055', 'warning', 'Tab between options', 'networkmanager'),
  R('BOND-061', 'warning', 'Bond without ports'),
  // Virtual NICs (virtual-nic-pitfalls.md §5.1)
  R('VNIC-001', 'warning', 'Active-backup on virtual NICs without fail_over_mac=active'),
  R('VNIC-002', 'warning', 'balance-tlb/alb on virtual NICs'),
  R('VNIC-003', 'warning', 'Switch-dependent mode on virtual NICs'),
  R('VNIC-004', 'warning', '802.3ad on virtual NICs'),
  R('VNIC-005', 'information', 'miimon only sees the virtual cable'),
  R('VNIC-006', 'hint', 'fail_over_mac=active with a single gratuitous ARP'),
  R('VNIC-007', 'warning', 'MACADDR on the bond with fail_over_mac=active'),
  R('VNIC-008', 'warning', 'Bond MACADDR on virtual NICs'),
  R('VNIC-009', 'warning', 'MACADDR on a virtual NIC port'),
  R('VNIC-010', 'information', 'OpenStack port security'),
  R('VNIC-011', 'error', 'Ports share one HWADDR'),
  R('VNIC-012', 'warning', 'Bridged bond in a mode that breaks guests'),
  R('VNIC-013', 'warning', 'ARP monitoring on a bridged bond'),
  R('VNIC-014', 'information', 'Host-side active-backup and guests'),
  R('VNIC-015', 'information', 'Guest bond in a cloud'),
  R('VNIC-016', 'information', 'Interface names suggest a VM'),
  R('VNIC-017', 'hint', 'Active-backup without fail_over_mac (if these are virtual NICs)'),
  R('ETHTOOL-001', 'warning', 'ETHTOOL_OPTS value NetworkManager cannot use'),
  R('BRIDGE-001', 'warning', 'BRIDGING_OPTS option of the wrong side or unknown'),
  // /proc/net/bonding captures and the running bond
  R('CAP-001', 'warning', 'Port or bond with MII status down'),
  R('CAP-002', 'information', 'Port link has failed'),
  R('CAP-003', 'warning', 'Running bond without link monitoring'),
  R('CAP-004', 'warning', 'Active-backup on virtual NICs without fail_over_mac (running)'),
  R('CAP-005', 'warning', 'No LACP partner'),
  R('BOND-062', 'warning', 'The running bond does not match this file'),
  R('BOND-063', 'warning', 'A port of this bond is missing from the running bond'),
  R('BOND-064', 'warning', 'The running bond has a port no profile names'),
  // route-* / rule-*
  R('ROUTE-001', 'error', 'Route file mixes two formats'),
  R('ROUTE-002', 'error', 'Route index gap'),
  R('ROUTE-003', 'error', 'Route without NETMASK'),
  R('ROUTE-005', 'warning', 'Route line NetworkManager skips'),
  R('ROUTE-006', 'information', 'Route file ignored because a rule file exists', 'networkmanager'),
  R('ROUTE-007', 'warning', 'Key that does not belong in a route file'),
  R('ROUTE-008', 'warning', 'Trailing comment on a route/rule line', 'initscripts'),
  R('RULE-001', 'warning', 'Unknown ip-rule word'),
];

export const RULE_BY_CODE = new Map(RULES.map((r) => [r.code, r]));

/** Where each rule is documented (rendered from this table by scripts/gen-rules-doc.mjs). */
export const DOCS_BASE = 'https://github.com/vscode-ifcfg/vscode-ifcfg/blob/main/docs/rules.md';

export function ruleHref(code: string): string {
  return `${DOCS_BASE}#${code.toLowerCase()}`;
}
