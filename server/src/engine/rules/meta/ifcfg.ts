// Rule metadata: How ifcfg files are read and what their values mean.
// Each entry: severity, whose behaviour it describes, sources, examples, fix safety.
import { DiagnosticTag } from '../../types';
import type { RuleSpec } from './types';

export const IFCFG_RULES = {
  'IFCFG-001': {
    severity: 'warning',
    title: 'Line is not a KEY=value assignment',
    fixes: [
      {
        title: 'Remove "',
        safe: false,
      },
      {
        title: 'Remove the blanks',
        safe: false,
      },
    ],
  },
  'IFCFG-002': {
    severity: 'error',
    title: 'Unquoted whitespace in a value',
    fixes: [
      {
        title: 'Put the value in double quotes',
        safe: true,
      },
    ],
  },
  'IFCFG-003': {
    severity: 'error',
    title: 'Unterminated quote',
  },
  'IFCFG-004': {
    severity: 'error',
    describes: 'networkmanager',
    title: 'Shell expansion NetworkManager does not perform',
  },
  'IFCFG-005': {
    severity: 'warning',
    title: 'Duplicate key (the last one wins)',
    fixes: [
      {
        title: 'Delete the ignored',
        safe: true,
      },
    ],
    tags: [DiagnosticTag.Unnecessary],
  },
  'IFCFG-006': {
    severity: 'warning',
    title: 'Key in the wrong case',
    fixes: [{ title: 'Rename to', safe: false }],
  },
  'IFCFG-007': {
    severity: 'information',
    title: 'Unknown key',
    fixes: [{ title: 'Rename to', safe: false }],
  },
  'IFCFG-008': {
    severity: 'warning',
    title: 'CRLF line endings or a lone carriage return',
    fixes: [
      {
        title: 'Convert line endings',
        safe: true,
      },
      {
        title: 'Turn the carriage return into a line break',
        safe: false,
      },
    ],
  },
  'IFCFG-009': {
    severity: 'warning',
    title: 'UTF-8 byte order mark',
    fixes: [{ title: 'Remove the byte order mark', safe: true }],
  },
  'IFCFG-010': {
    severity: 'error',
    title: 'Value NetworkManager cannot read (shell syntax)',
    fixes: [
      {
        title: 'Remove the blank',
        safe: false,
      },
      { title: 'Put the value in double quotes', safe: true },
    ],
  },
  'IFCFG-011': {
    severity: 'warning',
    describes: 'networkmanager',
    title: 'Invalid UTF-8 or NUL bytes',
  },
  'IFCFG-020': {
    severity: 'warning',
    describes: 'networkmanager',
    title: 'Invalid boolean (on/off are initscripts-only)',
    fixes: [
      {
        title: 'Use "',
        safe: true,
      },
      {
        title: 'Write "',
        safe: false,
      },
    ],
  },
  'IFCFG-021': {
    severity: 'error',
    title: 'Invalid IPv4 address',
  },
  'IFCFG-022': {
    severity: 'error',
    title: 'Invalid IPv6 address',
  },
  'IFCFG-023': {
    severity: 'error',
    title: 'Invalid prefix length',
  },
  'IFCFG-024': {
    severity: 'error',
    title: 'Invalid netmask',
  },
  'IFCFG-025': {
    severity: 'error',
    title: 'Invalid MAC address',
    messages: {
      groupBit:
        "HWADDR {mac} has the group (multicast) bit set in its first byte: no network card has such an address (the kernel refuses it as a device address), so NetworkManager never activates this profile on any device and ifup finds no device with it. Use the card's own address (ip link show).",
      zero: "HWADDR {mac} is all zeros: no network card has this address (the kernel refuses it as a device address), so NetworkManager never activates this profile on any device and ifup finds no device with it. Use the card's own address (ip link show).",
    },
  },
  'IFCFG-026': {
    severity: 'warning',
    title: 'Value not in the allowed set',
    fixes: [
      {
        title: 'Write "',
        safe: true,
      },
    ],
  },
  'IFCFG-027': {
    severity: 'warning',
    title: 'Invalid or out-of-range number',
  },
  'IFCFG-028': {
    severity: 'warning',
    title: 'NETMASK and PREFIX disagree',
    fixes: [{ title: 'Delete NETMASK', safe: true }],
  },
  'IFCFG-029': {
    severity: 'hint',
    title: 'DEVICE does not match the file name',
  },
  'IFCFG-030': {
    severity: 'warning',
    title: 'Invalid interface name',
  },
  'IFCFG-031': {
    severity: 'warning',
    title: 'Misspelt key that is never read',
    fixes: [{ title: 'Rename to', safe: false }],
  },
  'IFCFG-032': {
    severity: 'warning',
    title: 'Gap in numbered addresses',
  },
  'IFCFG-033': {
    severity: 'warning',
    title: 'DNS/DNS0 is never read',
    fixes: [{ title: 'Rename to DNS1', safe: false }],
  },
  'IFCFG-034': {
    severity: 'warning',
    title: 'GATEWAY with DEFROUTE=no',
  },
  'IFCFG-035': {
    severity: 'information',
    title: 'File name is ignored (backup suffix)',
  },
  'IFCFG-036': {
    severity: 'warning',
    describes: 'networkmanager',
    title: 'More than one controller',
  },
  'IFCFG-037': {
    severity: 'warning',
    title: 'Obsolete key',
    fixes: [{ title: 'Delete', safe: true }],
    tags: [DiagnosticTag.Deprecated],
  },
  'IFCFG-038': {
    severity: 'information',
    describes: 'networkmanager',
    title: 'TYPE NetworkManager does not handle',
  },
  'IFCFG-039': {
    severity: 'warning',
    describes: 'networkmanager',
    title: 'Invalid UUID',
  },
  'IFCFG-040': {
    severity: 'error',
    title: 'Invalid JSON',
  },
  'IFCFG-041': {
    severity: 'error',
    describes: 'networkmanager',
    title: 'Invalid DCB list',
  },
  'IFCFG-042': {
    severity: 'error',
    describes: 'networkmanager',
    title: 'Invalid hex SSID',
  },
  'IFCFG-043': {
    severity: 'error',
    title: 'Profile needs DEVICE',
    fixes: [
      {
        title: 'Add DEVICE',
        safe: true,
      },
      { title: 'Set DEVICE', safe: true },
    ],
  },
  'IFCFG-044': {
    severity: 'hint',
    describes: 'networkmanager',
    title: 'Key ignored by NetworkManager',
    tags: [DiagnosticTag.Unnecessary],
  },
  'IFCFG-045': {
    severity: 'warning',
    describes: 'networkmanager',
    title: 'Duplicate UUID',
  },
  'IFCFG-046': {
    severity: 'error',
    describes: 'networkmanager',
    title: 'Invalid alias file',
    fixes: [{ title: 'Write DEVICE', safe: true }],
  },
  'IFCFG-047': {
    severity: 'information',
    title: 'SUSE (wicked) ifcfg file: RHEL rules not applied',
  },
  'IFCFG-048': {
    severity: 'error',
    describes: 'networkmanager',
    title: 'VLAN whose ID or parent NetworkManager cannot determine',
    messages: {
      noDevice:
        'A VLAN without VLAN_ID and without DEVICE: NetworkManager cannot determine the VLAN ID and does not load the file. Set VLAN_ID= and PHYSDEV=, or name the device parent.id.',
      noId: 'No VLAN_ID, and "{dev}" carries no VLAN ID NetworkManager can read (parent.id or vlanN): it does not load the file. Set VLAN_ID=.',
      noParent:
        'No PHYSDEV, and "{dev}" names no parent interface (only parent.id does): NetworkManager does not load the file. Set PHYSDEV= to the parent interface.',
    },
  },
  'IFCFG-049': {
    severity: 'information',
    describes: 'networkmanager',
    title: 'BOOTPROTO=ibft: NetworkManager does not load the file',
    messages: {
      main: 'BOOTPROTO=ibft: NetworkManager does not load this file; the iSCSI boot firmware table is read by nm-initrd-generator at boot instead. Nothing here is applied by NetworkManager.',
    },
  },
  'IFCFG-050': {
    severity: 'warning',
    describes: 'initscripts',
    title: "GATEWAY outside the first address's network",
    messages: {
      main: 'GATEWAY {gw} is not in the network of the first address ({addr}): initscripts adds no default route for this interface. Fix the address, prefix or gateway, or set GATEWAYDEV to route through the device.',
    },
  },
  'IFCFG-051': {
    severity: 'warning',
    describes: 'initscripts',
    title: 'HWADDR spelt in a way initscripts never matches',
    fixes: [
      {
        title: 'Write HWADDR=',
        safe: true,
      },
    ],
    messages: {
      main: 'initscripts compares HWADDR as text with the address the kernel reports (two hex digits per byte, separated by colons), so this spelling never matches and ifup ignores the device ("different MAC address than expected"). NetworkManager reads it as {canonical}.',
    },
  },
  'IFCFG-052': {
    severity: 'error',
    title: 'Neither tool can tell which interface the file is for',
    messages: {
      neither:
        'No DEVICE, TYPE or HWADDR: NetworkManager does not load the file ("neither TYPE nor DEVICE keys") and ifup stops ("Device name does not seem to be present"), so this file configures nothing. Set DEVICE= to the interface name.',
      nmOnly:
        'Neither DEVICE nor TYPE: NetworkManager does not load the file ("neither TYPE nor DEVICE keys"); only initscripts uses it, finding the interface by HWADDR. Set DEVICE= (or TYPE=Ethernet).',
      isOnly:
        'No DEVICE and no HWADDR: ifup stops ("Device name does not seem to be present"). NetworkManager loads it as a profile for any {type} device. Set DEVICE= or HWADDR=.',
    },
  },
  'IFCFG-053': {
    severity: 'warning',
    title: 'IPv4 address without PREFIX or NETMASK (classful prefix assumed)',
    messages: {
      both: '{key}={addr} has no {prefix} or {netmask}: NetworkManager and initscripts (ipcalc --netmask) both assume the old classful /{len}. Write {prefix}= with the real prefix length.',
      nm: '{key}={addr} has no {prefix} or {netmask}: NetworkManager adds it as {addr}/{len} (the old classful prefix) even with BOOTPROTO={bootproto}; initscripts does not use it. Write {prefix}= or remove the address.',
    },
  },
  'IFCFG-054': {
    severity: 'hint',
    title: 'SUSE (wicked) key that RHEL does not read',
    tags: [DiagnosticTag.Unnecessary],
    messages: {
      main: '{key} is a SUSE (wicked) key: neither NetworkManager nor initscripts reads it, so it has no effect here. {instead}',
    },
  },
  'IFCFG-055': {
    severity: 'error',
    describes: 'networkmanager',
    title: 'DHCP host name settings NetworkManager refuses',
    messages: {
      noHostname:
        '{key}={value} shapes the host name sent over DHCP, but {send}=no sends none: verify() fails ("{family}.dhcp-hostname-flags: the property cannot be set when \'dhcp-send-hostname\' is disabled") and NetworkManager does not load the file. Remove {key} or {send}=no.',
      flags:
        '{key}={value}: verify() refuses these flags ("{family}.dhcp-hostname-flags: {nm}") and NetworkManager does not load the file. The bits: 1 fqdn-serv-update, 2 fqdn-encoded (DHCPv4 only), 4 fqdn-no-update (not with 1), 8 fqdn-clear-flags (alone).',
      noFqdn:
        'DHCP_HOSTNAME_FLAGS={value} sets FQDN flags, which NetworkManager uses over DHCPv4 only with DHCP_FQDN: verify() fails ("ipv4.dhcp-hostname-flags: FQDN flags requires a FQDN set") and NetworkManager does not load the file. Set DHCP_FQDN= to a dotted name, or remove the flags.',
      badFqdn:
        'DHCP_FQDN={value} has no dot, so it is no fully qualified name: verify() fails ("ipv4.dhcp-fqdn: \'{value}\' is not a valid FQDN") and NetworkManager does not load the file. Use DHCP_HOSTNAME= for a short name.',
    },
  },
} satisfies Record<string, RuleSpec>;
