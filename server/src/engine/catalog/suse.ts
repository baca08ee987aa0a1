// Keys of SUSE's wicked ifcfg files (/etc/sysconfig/network) that neither NetworkManager's
// ifcfg-rh reader nor initscripts reads, with what a RHEL file writes instead.

const EXACT = new Map<string, string>(
  Object.entries({
    STARTMODE: 'RHEL uses ONBOOT=yes|no.',
    BONDING_MODULE_OPTS: 'The RHEL key is BONDING_OPTS.',
    ETHTOOL_OPTIONS: 'The RHEL key is ETHTOOL_OPTS.',
    PREFIXLEN: 'The RHEL key is PREFIX.',
    LLADDR: 'RHEL sets the MAC address with MACADDR.',
    ETHERDEVICE: 'A RHEL VLAN names its parent with PHYSDEV (or DEVICE=parent.id).',
    USERCONTROL: 'The RHEL key is USERCTL.',
    INTERFACETYPE: 'RHEL uses TYPE.',
    BRIDGE_PORTS: "On RHEL each port's own file says BRIDGE=<bridge>.",
    BRIDGE_STP: 'The RHEL key is STP.',
    BRIDGE_FORWARDDELAY: 'The RHEL key is DELAY.',
  }),
);

const PATTERNS: Array<[RegExp, string]> = [
  [/^BONDING_SLAVE_?\d+$/, "On RHEL each port's own file says MASTER=<bond> and SLAVE=yes."],
  // IPADDR_START/IPADDR_END are initscripts' own range-file keys (ifup-aliases).
  [/^IPADDR_(?!START$|END$)\w+$/, 'RHEL numbers extra addresses IPADDR1, IPADDR2, … (with PREFIX1, …).'],
  [/^(PREFIXLEN|LABEL|NETMASK|BROADCAST)_\w+$/, 'RHEL numbers extra addresses IPADDR1, IPADDR2, … (with PREFIX1, …).'],
];

/** What RHEL writes instead of a SUSE-only key, undefined if the key is not one. */
export function suseKeyInstead(key: string): string | undefined {
  return EXACT.get(key) ?? PATTERNS.find(([re]) => re.test(key))?.[1];
}
