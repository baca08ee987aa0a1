// Why each quick fix is (not) safe for fix-all, for docs/rules.md and the tests: the
// documentation half of FixSpec, kept out of the shipped bundles with the other rule docs.
import type { RuleCode } from '../registry';

export const FIX_REASONS: Partial<Record<RuleCode, Record<string, string>>> = {
  'BOND-001': {
    'Add miimon=100': 'NetworkManager already uses 100; initscripts gains the link monitoring it lacked.',
  },
  'BOND-002': {
    'Set miimon=100': 'Monitoring only lets the bond react to a failed port; it cannot stop a working one.',
  },
  'BOND-003': {
    'Add mode=': 'Naming a mode other than balance-rr changes how the bond works.',
  },
  'BOND-004': {
    'Write mode=': 'The bond runs balance-rr today; a different mode changes its behaviour.',
  },
  'BOND-005': {
    'Keep miimon': 'Changes the monitoring initscripts ends up with.',
    'Keep ARP': 'Changes the monitoring NetworkManager ends up with.',
  },
  'BOND-006': {
    'Add arp_ip_target': 'Which host to probe is a decision of the administrator.',
  },
  'BOND-007': {
    'Add arp_interval': 'Turning ARP monitoring on changes how failures are detected.',
  },
  'BOND-008': {
    'Replace ARP monitoring': 'Changes the monitoring in force.',
  },
  'BOND-009': {
    'Add miimon=100': 'The delay cannot work without it; NetworkManager already assumes 100.',
  },
  'BOND-010': {
    'Write ': 'Rounding to a different value changes the delay that is in force; the user must choose.',
  },
  'BOND-011': {
    'Remove ': 'The option is refused in this mode by both tools, so it never took effect.',
  },
  'BOND-013': {
    'Remove ': 'The option is refused or has no effect in this mode.',
  },
  'BOND-014': {
    'Remove ': 'Harmless as it is; only a hint.',
  },
  'BOND-015': {
    'Remove ': 'Harmless as it is; only a hint.',
  },
  'BOND-016': {
    'Remove ': 'The option never takes effect in this mode.',
  },
  'BOND-017': {
    'Set num_unsol_na': 'The later write decides the value for initscripts; changing it changes the count.',
  },
  'BOND-018': {
    'Remove ': 'The option never took effect.',
  },
  'BOND-019': {
    'Rename to': 'A guessed option changes the configuration.',
  },
  'BOND-020': {
    'Merge into': 'initscripts already probes all of them; NetworkManager gains the missing ones.',
  },
  'BOND-021': {
    'Quote BONDING_OPTS': 'Unquoted the value is broken for both tools.',
  },
  'BOND-022': {
    'Add TYPE=Bond': 'Changes the profile type NetworkManager creates.',
  },
  'BOND-023': {
    'Write TYPE=Bond': 'The profile is refused as it stands.',
  },
  'BOND-024': {
    'Add DEVICE': 'The profile is refused as it stands.',
    'Set DEVICE': 'The profile is refused as it stands.',
  },
  'BOND-025': {
    'Delete BONDING_OPTS': 'Changes the profile type.',
  },
  'BOND-026': {
    'Add SLAVE=yes': 'initscripts would start enslaving a device it configured on its own so far.',
    'Write SLAVE=yes': 'Same change for initscripts.',
  },
  'BOND-029': {
    'Delete the IP settings': 'Removes addresses the user wrote.',
  },
  'BOND-030': {
    'Write ': 'Changes when the port starts.',
  },
  'BOND-033': {
    'Delete the port MTU': 'Which MTU ends up on the port also depends on when each tool applies it.',
  },
  'BOND-034': {
    'Delete MACADDR': 'Never removed automatically: the MAC may be required by the network.',
  },
  'BOND-041': {
    'Add lacp_rate': 'The switch must be configured to match.',
  },
  'BOND-044': {
    'Write ': 'The option is not applied today; applying a guessed value changes the bond.',
  },
  'BOND-045': {
    'Remove ': 'The option is refused in this mode, so it never took effect.',
  },
  'BOND-047': {
    'Remove ': 'Writing it always fails.',
  },
  'BOND-048': {
    'Remove use_carrier': 'Changes how link state is read on kernels that still support 0.',
  },
  'BOND-049': {
    'Write ': 'The kernel reads the number and the name alike; NetworkManager starts applying the option.',
  },
  'BOND-050': {
    'Remove ': 'The token never took effect.',
  },
  'BOND-051': {
    'Remove the "+"': 'initscripts then adds every target; NetworkManager strips the + anyway.',
  },
  'BOND-053': {
    'Use primary instead': 'Changes which port is preferred.',
  },
  'BOND-054': {
    'Remove ': 'The earlier value is overridden by both tools.',
  },
  'IFCFG-001': {
    'Remove "':
      'For bash the assignment already happens; NetworkManager would start applying a value it ignored until now.',
    'Remove the blanks': 'Neither tool applied the value so far; making it count changes the running configuration.',
  },
  'IFCFG-002': {
    'Put the value in double quotes':
      'The unquoted value works for neither tool, so quoting cannot break a working file.',
  },
  'IFCFG-005': {
    'Delete the ignored': 'The deleted line is overridden by the later one for both tools.',
  },
  'IFCFG-006': {
    'Rename to': 'The value was ignored until now; renaming makes it take effect.',
  },
  'IFCFG-007': {
    'Rename to': 'A guess at the intended key changes what the file configures.',
  },
  'IFCFG-008': {
    'Convert line endings':
      'NetworkManager already ignores the carriage returns; initscripts can only start reading the values correctly.',
    'Turn the carriage return into a line break':
      'bash and NetworkManager read the two lines as one today; a real line break changes what they read.',
  },
  'IFCFG-009': {
    'Remove the byte order mark': 'The mark carries no setting for either tool.',
  },
  'IFCFG-010': {
    'Remove the blank': 'bash currently assigns an empty value and runs the rest; the fix assigns the rest instead.',
    'Put the value in double quotes': 'Unquoted, the value is broken for both tools.',
  },
  'IFCFG-020': {
    'Use "':
      "initscripts reads on/off like yes/no and NetworkManager already uses this value as the key's default, so nothing changes.",
    'Write "': "NetworkManager uses the key's default today; writing yes/no can change what it does.",
  },
  'IFCFG-026': {
    'Write "': 'NetworkManager already reads the value case-insensitively; only initscripts starts recognising it.',
  },
  'IFCFG-028': {
    'Delete NETMASK': 'Both tools already ignore it.',
  },
  'IFCFG-031': {
    'Rename to': 'The value was ignored; renaming makes it take effect.',
  },
  'IFCFG-033': {
    'Rename to DNS1': 'The server was ignored; renaming adds it to the configuration.',
  },
  'IFCFG-037': {
    Delete: 'The key has no effect in either tool.',
  },
  'IFCFG-043': {
    'Add DEVICE': 'Without DEVICE the profile is refused, so adding it cannot break a working file.',
    'Set DEVICE': 'An empty DEVICE is refused the same way.',
  },
  'IFCFG-046': {
    'Write DEVICE': 'The alias is skipped today; the fix can only make it load.',
  },
  'IFCFG-051': {
    'Write HWADDR=': 'NetworkManager reads the same address either way; initscripts starts to recognise the NIC.',
  },
  'KEYFILE-010': {
    'Rename the group to [': 'The guessed setting may not be the one meant.',
  },
  'KEYFILE-011': {
    'Rename to ': 'The key starts to take effect, which changes the profile NetworkManager loads.',
  },
  'KEYFILE-013': {
    'Remove ': 'NetworkManager older than the version that knows the new spelling reads only the old one.',
    'Rename to ': 'NetworkManager older than the version that knows the new spelling loses the setting.',
  },
  'KEYFILE-015': {
    'Remove this ': 'GLib keeps only the last value, so the earlier line never had an effect.',
  },
  'KEYFILE-020': {
    'Write ': 'NetworkManager uses the default today; the written value may differ from it.',
  },
  'KEYFILE-022': {
    'Write ': 'NetworkManager uses the default today; the number that was meant may differ from it.',
  },
  'KEYFILE-027': {
    'Write ': 'NetworkManager does not load the profile today; loading it brings up a connection that was down.',
  },
  'KEYFILE-028': {
    'Remove the trailing whitespace': 'The spaces are part of the value today; another profile may name it with them.',
  },
  'KEYFILE-029': {
    'Write ': 'The decimal number is the value NetworkManager already reads, so nothing changes.',
  },
  'KEYFILE-031': {
    'Add port-type=bond': 'Whether the controller is a bond is a guess.',
    'Add port-type=bridge': 'Whether the controller is a bridge is a guess.',
  },
  'KEYFILE-035': {
    'Add transport-mode=datagram': 'Datagram or connected mode is a decision of the administrator.',
  },
  'BRIDGE-001': {
    'Rename to': 'A guessed option changes the configuration.',
  },
  'BRIDGE-002': {
    'Delete the IP settings of the port': 'Someone may rely on them when the port is taken out of the bridge.',
  },
  'ROUTE-008': {
    'Remove the trailing comment': "Edits the user's notes.",
  },
  'VNIC-001': {
    'Add fail_over_mac':
      'Reported only with evidence that the ports are virtual NICs, where the default breaks failover.',
    'Set fail_over_mac': 'Reported only with MAC or platform evidence that the ports are virtual NICs.',
  },
  'VNIC-002': {
    'Use mode=': 'Changes the bonding mode.',
  },
  'VNIC-003': {
    'Use mode=': 'Changes the bonding mode.',
  },
  'VNIC-004': {
    'Use mode=': 'Changes the bonding mode.',
  },
  'VNIC-005': {
    'Use ARP monitoring': 'Changes the monitoring.',
  },
  'VNIC-006': {
    'Add num_grat_arp': 'How many announcements to send is a tuning choice.',
  },
  'VNIC-007': {
    'Delete MACADDR': 'Never removed automatically: the MAC may be registered with the network.',
  },
  'VNIC-008': {
    'Delete MACADDR': 'Never removed automatically: the MAC may be registered with the network.',
  },
  'VNIC-009': {
    'Delete MACADDR': 'Never removed automatically: the MAC may be registered with the network.',
  },
  'VNIC-012': {
    'Use mode=': 'Changes the bonding mode.',
  },
  'VNIC-013': {
    'Replace ARP monitoring': 'Changes the monitoring.',
  },
  'VNIC-016': {
    'Add fail_over_mac': 'No MAC or platform evidence that the ports are virtual.',
    'Set fail_over_mac': 'Only interface names suggest a VM, which is no evidence.',
  },
  'VNIC-017': {
    'Add fail_over_mac': 'On physical NICs fail_over_mac=active is not needed and changes MAC handling.',
    'Set fail_over_mac': 'On physical NICs fail_over_mac=active is not needed and changes MAC handling.',
  },
  'MIGRATE-003': {
    'Rebuild this team as a bond':
      'It changes the device type of the controller and of every port file, which the admin must plan (the interfaces go down and come back as a bond); it is offered only where teamd and the bond do the same.',
  },
};
