// Every key NetworkManager's ifcfg-rh plugin knows (its well-known table, 265 entries with
// the numbered families) plus the keys only initscripts and its companions read.
// Sources (ids of docs/sources.md): `nm.utils` nms_ifcfg_well_known_keys[], `nm.reader`,
// `nm.ifcfg-man`; `is.sysconfig` and the network-scripts (`is.ifup`, `is.ifup-eth`, …). Documentation text is our own.
import { BOOL, en, IFNAME, int, IPV4, KeyType, MAC, STR, UUID } from './keyTypes';

/** Who reads the key: NM and initscripts, NM only, or initscripts (and legacy helpers) only. */
export type KeySource = 'both' | 'nm' | 'initscripts';

/** Profile roles a key belongs to; `any` = every type. */
export type Role =
  | 'any'
  | 'ethernet'
  | 'wifi'
  | 'infiniband'
  | 'bond'
  | 'bond-port'
  | 'bridge'
  | 'bridge-port'
  | 'team'
  | 'team-port'
  | 'vlan'
  | 'alias'
  | 'route'
  | 'tunnel'
  | 'legacy';

export interface KeyInfo {
  name: string;
  type: KeyType;
  source: KeySource;
  roles: Role[];
  /** Family written with a numeric suffix (IPADDR0, DNS1…) or a free suffix (NM_USER_*). */
  numbered?: boolean;
  prefix?: boolean;
  default?: string;
  doc: string;
  /** Obsolete or never read: a typo list entry. */
  obsolete?: string;
}

type Row = [name: string, type: KeyType, source: KeySource, roles: Role[] | Role, doc: string, def?: string];

const ANY: Role = 'any';
const ETH: Role[] = ['ethernet', 'bond', 'bridge', 'team', 'vlan'];
const WIFI: Role = 'wifi';
const TRI_BOOL = BOOL; // missing = NetworkManager's global default

const ROWS: Row[] = [
  // Identity, type, activation
  [
    'NAME',
    STR,
    'both',
    ANY,
    "Human-readable profile name (NetworkManager's connection id). `ifup NAME` can find the file by it when it is written in double quotes.",
    'System <file suffix>',
  ],
  [
    'UUID',
    UUID,
    'nm',
    ANY,
    'Unique id of the profile. Other profiles refer to it (`MASTER_UUID`, `SECONDARY_UUIDS`). When absent, NetworkManager derives one from the file path.',
  ],
  [
    'STABLE_ID',
    STR,
    'nm',
    ANY,
    'Seed for stable MAC, IPv6 and DHCP identifiers. May contain `${CONNECTION}`, `${DEVICE}`, `${MAC}`, `${BOOT}`, `${RANDOM}` — write those in single quotes, since NetworkManager rejects `$` inside double quotes.',
  ],
  [
    'DEVICE',
    IFNAME,
    'both',
    ANY,
    'Kernel interface name the profile is bound to (1–15 characters, no `/`, `:` or blanks). Mandatory for bonds, bridges and teams; ports name their bond by this value in `MASTER=`.',
  ],
  [
    'TYPE',
    en(['Ethernet', 'Wireless', 'InfiniBand', 'Bond', 'Team', 'Vlan', 'Bridge', 'CTC'], true),
    'both',
    ANY,
    'Connection type. NetworkManager understands Ethernet, Wireless, InfiniBand, Bond, Team, Vlan and Bridge (any case); initscripts compares the exact spelling and knows a few legacy types more.',
  ],
  [
    'DEVICETYPE',
    STR,
    'both',
    ANY,
    'Selects the `ifup-<DEVICETYPE>` script initscripts runs: `Team`/`TeamPort` for teams, and third-party integrations such as `ovs` (Open vSwitch), `ivs` or `nfvswitch`. NetworkManager reads `Team`/`TeamPort`.',
  ],
  [
    'ONBOOT',
    BOOL,
    'both',
    ANY,
    'Whether the profile comes up automatically (NetworkManager: may autoconnect at any time; initscripts: at boot).',
    'yes',
  ],
  [
    'NM_CONTROLLED',
    BOOL,
    'both',
    ANY,
    '`no` makes NetworkManager leave the device alone (unmanaged). On RHEL 9 nothing else configures it then.',
    'yes',
  ],
  [
    'AUTOCONNECT_PRIORITY',
    int(-999, 999),
    'nm',
    ANY,
    'Higher wins when several profiles could autoconnect on one device.',
    '0',
  ],
  [
    'AUTOCONNECT_RETRIES',
    int(-1, 2147483647),
    'nm',
    ANY,
    'Autoconnect attempts before giving up (-1 = global default, 0 = forever).',
    '-1',
  ],
  [
    'AUTOCONNECT_SLAVES',
    TRI_BOOL,
    'nm',
    ['bond', 'bridge', 'team'],
    'Activate the ports together with this controller.',
  ],
  [
    'MULTI_CONNECT',
    int(0, 3),
    'nm',
    ANY,
    'Whether the profile may be active on several devices at once (0 default, 1 single, 2 manual-multiple, 3 multiple).',
    '0',
  ],
  ['USERS', STR, 'nm', ANY, 'Space-separated users allowed to use this profile.'],
  ['ZONE', STR, 'both', ANY, 'firewalld zone of the interface.'],
  ['SECONDARY_UUIDS', STR, 'nm', ANY, 'UUIDs of VPN profiles to bring up together with this one.'],
  ['LLDP', STR, 'nm', ETH, 'Receive LLDP: yes/no or `rx`.'],
  [
    'GATEWAY_PING_TIMEOUT',
    int(0, 600),
    'nm',
    ANY,
    'Seconds to wait for the gateway to answer a ping before the connection counts as up.',
    '0',
  ],
  ['CONNECTION_METERED', STR, 'nm', ANY, 'Whether the connection is metered (yes/no/unknown).'],
  ['AUTH_RETRIES', int(-1, 2147483647), 'nm', ANY, 'Authentication attempts (-1 = global default).'],
  ['DEVTIMEOUT', STR, 'both', ANY, 'Seconds to wait for the device to appear before activation.'],
  [
    'WAIT_ACTIVATION_DELAY',
    int(-1, 2147483647),
    'nm',
    ANY,
    'Extra milliseconds before the connection counts as activated.',
  ],
  ['MUD_URL', STR, 'nm', ANY, 'Manufacturer Usage Description URL sent by DHCP/LLDP.'],
  [
    'MDNS',
    en(['yes', 'no', 'resolve', 'default', '-1', '0', '1', '2']),
    'nm',
    ANY,
    'Multicast DNS on this connection.',
  ],
  ['LLMNR', en(['yes', 'no', 'resolve', 'default', '-1', '0', '1', '2']), 'nm', ANY, 'LLMNR on this connection.'],
  [
    'DNS_OVER_TLS',
    en(['yes', 'no', 'opportunistic', 'default', '-1', '0', '1', '2']),
    'nm',
    ANY,
    'DNS over TLS on this connection.',
  ],
  ['MPTCP_FLAGS', STR, 'nm', ANY, 'Multipath TCP endpoint flags.'],
  // Controller / port relations
  [
    'MASTER',
    STR,
    'both',
    'bond-port',
    "Makes this device a port of the named bond (its DEVICE; NetworkManager also accepts the bond profile's UUID). initscripts also needs `SLAVE=yes`.",
  ],
  [
    'MASTER_UUID',
    UUID,
    'nm',
    'bond-port',
    'UUID of the bond profile this port belongs to; NetworkManager prefers it over `MASTER`.',
  ],
  [
    'SLAVE',
    BOOL,
    'both',
    'bond-port',
    'initscripts enslaves the device only with `SLAVE=yes` and `MASTER=`; otherwise it configures it as a normal interface. NetworkManager does not read it.',
    'no',
  ],
  [
    'BONDING_MASTER',
    BOOL,
    'nm',
    'bond',
    'Marks a bond when TYPE is absent. With another TYPE than Bond NetworkManager refuses the file.',
  ],
  ['BRIDGE', STR, 'both', 'bridge-port', 'Adds this device to the named bridge.'],
  ['BRIDGE_UUID', UUID, 'nm', 'bridge-port', 'UUID of the bridge profile; preferred over `BRIDGE`.'],
  ['TEAM_MASTER', STR, 'both', 'team-port', 'Makes this device a port of the named team.'],
  ['TEAM_MASTER_UUID', UUID, 'nm', 'team-port', 'UUID of the team profile; preferred over `TEAM_MASTER`.'],
  ['OVS_PORT', STR, 'nm', ANY, 'Open vSwitch port profile (name or UUID) this interface belongs to.'],
  ['OVS_PORT_UUID', UUID, 'nm', ANY, 'UUID of the Open vSwitch port profile.'],
  ['VRF', STR, 'nm', ANY, 'VRF profile (name or UUID) to enslave this device to.'],
  ['VRF_UUID', UUID, 'nm', ANY, 'UUID of the VRF profile.'],
  // IPv4
  [
    'BOOTPROTO',
    en(['none', 'static', 'dhcp', 'bootp', 'autoip', 'shared', 'ibft'], true),
    'both',
    ANY,
    'IPv4 method: `none`/`static` (addresses from IPADDR), `dhcp`, `bootp`, `autoip` (link-local), `shared`, `ibft`. NetworkManager refuses the file for other values.',
    'none',
  ],
  [
    'IPADDR',
    IPV4,
    'both',
    ANY,
    'Static IPv4 address. Numbered forms (IPADDR0, IPADDR1, …) add more; from index 2 on they must be contiguous.',
  ],
  ['PREFIX', int(0, 32), 'both', ANY, 'Prefix length (0–32) of the matching IPADDR; wins over NETMASK.'],
  [
    'NETMASK',
    { t: 'netmask' },
    'both',
    ANY,
    'Dotted netmask of the matching IPADDR, used when PREFIX is absent. In route files: the mask of ADDRESSn.',
  ],
  ['GATEWAY', IPV4, 'both', ANY, 'IPv4 default gateway. In route files: the next hop of ADDRESSn.'],
  ['DEFROUTE', BOOL, 'both', ANY, '`no` keeps this connection from installing the IPv4 default route.', 'yes'],
  [
    'GATEWAYDEV',
    IFNAME,
    'both',
    ANY,
    'Only this device may install the IPv4 default route (normally set in /etc/sysconfig/network).',
  ],
  [
    'METRIC',
    int(0, 4294967295),
    'both',
    ANY,
    'In route files: metric of route n. In an ifcfg file only initscripts reads it (default-route metric); NetworkManager uses IPV4_ROUTE_METRIC.',
  ],
  ['PEERDNS', BOOL, 'both', ANY, '`no` ignores name servers learned from DHCP.', 'yes'],
  ['PEERROUTES', BOOL, 'nm', ANY, '`no` ignores routes learned from DHCP.', 'yes'],
  ['IPV4_FAILURE_FATAL', BOOL, 'both', ANY, '`yes` fails the whole connection if IPv4 configuration fails.', 'no'],
  [
    'IPV4_ROUTE_METRIC',
    int(-1, 4294967295),
    'nm',
    ANY,
    "Default metric of this connection's IPv4 routes (-1 = device default).",
    '-1',
  ],
  [
    'IPV4_ROUTE_TABLE',
    int(0, 4294967295),
    'nm',
    ANY,
    "Routing table for this connection's IPv4 routes (ignored when rule- files exist).",
    '0',
  ],
  [
    'IPV4_LINK_LOCAL',
    en(['default', 'auto', 'disabled', 'enabled', 'fallback']),
    'nm',
    ANY,
    'IPv4 link-local (169.254/16) behaviour.',
  ],
  ['IPV4_AUTO_ROUTE_EXT_GW', TRI_BOOL, 'nm', ANY, 'Add a route to the external gateway (VPN).'],
  ['IPV4_REPLACE_LOCAL_RULE', TRI_BOOL, 'nm', ANY, "Replace the kernel's priority-0 local routing rule."],
  ['IPV4_DHCP_TIMEOUT', int(0, 2147483647), 'nm', ANY, 'DHCPv4 timeout in seconds (0 = global default).'],
  [
    'IPV4_REQUIRED_TIMEOUT',
    int(-1, 2147483647),
    'nm',
    ANY,
    'Milliseconds to wait for IPv4 before activation completes.',
  ],
  ['DHCP_HOSTNAME', STR, 'both', ANY, 'Host name sent to the DHCP server.'],
  ['DHCP_FQDN', STR, 'both', ANY, 'Fully qualified name sent by DHCP; wins over DHCP_HOSTNAME.'],
  ['DHCP_HOSTNAME_FLAGS', int(0, 4294967295), 'nm', ANY, 'DHCPv4 FQDN option flags (decimal sum).'],
  ['DHCP_SEND_HOSTNAME', BOOL, 'both', ANY, 'Whether to send a host name at all.', 'yes'],
  ['DHCP_CLIENT_ID', STR, 'nm', ANY, 'DHCPv4 client identifier (`mac`, `perm-mac`, `duid`, `stable`, hex bytes…).'],
  ['DHCP_VENDOR_CLASS_IDENTIFIER', STR, 'nm', ANY, 'DHCP option 60.'],
  ['DHCP_IAID', STR, 'nm', ANY, 'IAID for DHCPv4 (`mac`, `perm-mac`, `ifname`, `stable` or a number).'],
  ['DHCP_REJECT_SERVERS', STR, 'nm', ANY, 'DHCP servers whose offers are ignored.'],
  ['ACD_TIMEOUT', int(-1, 30000), 'nm', ANY, 'Milliseconds of IPv4 duplicate address detection (-1 = global default).'],
  [
    'ARPING_WAIT',
    STR,
    'both',
    ANY,
    'Seconds of duplicate-address detection (initscripts arping; NetworkManager fallback for ACD_TIMEOUT).',
  ],
  // IPv6
  ['IPV6INIT', BOOL, 'both', ANY, 'Enable IPv6 configuration. NetworkManager defaults to no, initscripts to yes.'],
  ['IPV6_DISABLED', BOOL, 'nm', ANY, '`yes` disables IPv6 on the device.', 'no'],
  ['IPV6_AUTOCONF', STR, 'both', ANY, 'SLAAC on/off (NetworkManager also accepts `shared`).'],
  ['IPV6FORWARDING', BOOL, 'both', ANY, 'IPv6 forwarding; also changes the IPV6_AUTOCONF default.', 'no'],
  ['DHCPV6C', BOOL, 'both', ANY, 'Run DHCPv6 (with IPV6_AUTOCONF=no: DHCPv6 only).', 'no'],
  ['IPV6ADDR', { t: 'ipv6' }, 'both', ANY, 'Primary static IPv6 address, optionally with /prefix (default /64).'],
  ['IPV6ADDR_SECONDARIES', { t: 'ipv6-list' }, 'both', ANY, 'More static IPv6 addresses, space-separated.'],
  ['IPV6_DEFAULTGW', { t: 'ipv6-gw' }, 'both', ANY, 'IPv6 default gateway, optionally `%iface`.'],
  ['IPV6_DEFAULTDEV', IFNAME, 'both', ANY, 'Only this device gets the IPv6 default route (global file).'],
  ['IPV6_DEFROUTE', BOOL, 'nm', ANY, '`no` keeps this connection from installing the IPv6 default route.', 'yes'],
  ['IPV6_PEERDNS', BOOL, 'nm', ANY, '`no` ignores DNS servers from router advertisements/DHCPv6.', 'yes'],
  ['IPV6_PEERROUTES', BOOL, 'nm', ANY, '`no` ignores routes from router advertisements/DHCPv6.', 'yes'],
  ['IPV6_FAILURE_FATAL', BOOL, 'nm', ANY, '`yes` fails the connection if IPv6 fails.', 'no'],
  ['IPV6_ROUTE_METRIC', int(-1, 4294967295), 'nm', ANY, 'Default metric of IPv6 routes.', '-1'],
  ['IPV6_ROUTE_TABLE', int(0, 4294967295), 'nm', ANY, 'Routing table for IPv6 routes.', '0'],
  ['IPV6_PRIVACY', STR, 'both', ANY, 'RFC 4941 temporary addresses (`rfc3041`/`rfc4941` or yes/no).'],
  ['IPV6_PRIVACY_PREFER_PUBLIC_IP', BOOL, 'nm', ANY, 'Prefer the public address over temporary ones.', 'no'],
  [
    'IPV6_ADDR_GEN_MODE',
    en(['eui64', 'stable-privacy', 'default-or-eui64', 'default']),
    'nm',
    ANY,
    'How the IPv6 interface identifier is generated.',
    'default-or-eui64',
  ],
  ['IPV6_TOKEN', STR, 'nm', ANY, 'Tokenized interface identifier such as `::53`.'],
  ['IPV6_RA_TIMEOUT', int(0, 2147483647), 'nm', ANY, 'Seconds to wait for router advertisements.'],
  ['IPV6_DHCP_TIMEOUT', int(0, 2147483647), 'nm', ANY, 'DHCPv6 timeout in seconds.'],
  [
    'IPV6_REQUIRED_TIMEOUT',
    int(-1, 2147483647),
    'nm',
    ANY,
    'Milliseconds to wait for IPv6 before activation completes.',
  ],
  ['IPV6_AUTO_ROUTE_EXT_GW', TRI_BOOL, 'nm', ANY, 'Add a route to the external gateway (IPv6).'],
  ['IPV6_REPLACE_LOCAL_RULE', TRI_BOOL, 'nm', ANY, "Replace the kernel's local IPv6 rule."],
  ['DHCPV6_DUID', STR, 'nm', ANY, 'DHCPv6 DUID (`lease`, `llt`, `ll`, `stable-*` or hex).'],
  ['DHCPV6_IAID', STR, 'nm', ANY, 'DHCPv6 IAID.'],
  ['DHCPV6_PD_HINT', STR, 'nm', ANY, 'Prefix-delegation hint such as `::/60`.'],
  ['DHCPV6_HOSTNAME', STR, 'nm', ANY, 'Host name sent by DHCPv6.'],
  ['DHCPV6_HOSTNAME_FLAGS', int(0, 4294967295), 'nm', ANY, 'DHCPv6 FQDN flags (decimal sum).'],
  ['DHCPV6_SEND_HOSTNAME', BOOL, 'nm', ANY, 'Send a host name in DHCPv6.', 'yes'],
  [
    'IPV6TUNNELIPV4',
    IPV4,
    'both',
    'tunnel',
    'Remote IPv4 endpoint of a sit tunnel (initscripts). NetworkManager ignores files that set it without TYPE.',
  ],
  // DNS
  [
    'DNS',
    { t: 'ip' },
    'both',
    ANY,
    'Name server n (DNS1, DNS2, …). NetworkManager starts at DNS1 and stops at the first gap; initscripts uses DNS1–DNS3.',
  ],
  ['DOMAIN', STR, 'both', ANY, 'Space-separated DNS search domains.'],
  ['SEARCH', STR, 'nm', ANY, 'Old spelling of DOMAIN, read only when DOMAIN is empty.'],
  ['IPV6_DOMAIN', STR, 'nm', ANY, 'IPv6 DNS search domains.'],
  ['RES_OPTIONS', STR, 'nm', ANY, 'resolv.conf options (`ndots:2 timeout:3 …`).'],
  ['IPV6_RES_OPTIONS', STR, 'nm', ANY, 'resolv.conf options for IPv6.'],
  ['IPV4_DNS_PRIORITY', int(-2147483648, 2147483647), 'nm', ANY, "Priority of this connection's IPv4 DNS servers."],
  ['IPV6_DNS_PRIORITY', int(-2147483648, 2147483647), 'nm', ANY, "Priority of this connection's IPv6 DNS servers."],
  ['HOSTNAME_PRIORITY', int(-2147483648, 2147483647), 'nm', ANY, 'Priority when choosing the system host name.'],
  ['HOSTNAME_FROM_DHCP', TRI_BOOL, 'nm', ANY, 'Take the host name from DHCP.'],
  ['HOSTNAME_FROM_DNS_LOOKUP', TRI_BOOL, 'nm', ANY, 'Take the host name from reverse DNS.'],
  ['HOSTNAME_ONLY_FROM_DEFAULT', TRI_BOOL, 'nm', ANY, 'Only the default-route device may set the host name.'],
  // route-* key=value format
  ['ADDRESS', IPV4, 'both', 'route', 'Destination network of route n (route file, n from 0, contiguous).'],
  [
    'OPTIONS',
    STR,
    'nm',
    ['route', 'ethernet'],
    'Route file: extra `ip route` attributes of route n. ifcfg file: s390 options.',
  ],
  ['ROUTING_RULE_', STR, 'nm', ANY, 'IPv4 policy-routing rule, e.g. `priority 10 from 0.0.0.0/0 table 1`.'],
  ['ROUTING_RULE6_', STR, 'nm', ANY, 'IPv6 policy-routing rule.'],
  // Link layer
  [
    'HWADDR',
    MAC,
    'both',
    ANY,
    "Permanent MAC of the NIC this profile is bound to. initscripts refuses to bring the device up if its MAC differs; udev renames the NIC with this MAC to DEVICE. For a bond port it must be the port's own permanent MAC.",
  ],
  [
    'MACADDR',
    { t: 'mac-or', words: ['preserve', 'permanent', 'random', 'stable', 'stable-ssid'] },
    'both',
    ANY,
    'MAC address to set on the device at activation (cloned MAC). NetworkManager also accepts `preserve`, `permanent`, `random`, `stable`.',
  ],
  ['GENERATE_MAC_ADDRESS_MASK', STR, 'nm', ['ethernet', 'wifi'], 'Mask (and OUIs) for generated random/stable MACs.'],
  ['HWADDR_BLACKLIST', STR, 'nm', ['ethernet', 'wifi'], 'MACs this profile must never be used on.'],
  [
    'MTU',
    int(0, 65535),
    'both',
    ANY,
    "Link MTU (0 = automatic). On a bond, the kernel gives every port the bond's MTU.",
  ],
  ['ACCEPT_ALL_MAC_ADDRESSES', TRI_BOOL, 'nm', 'ethernet', 'Promiscuous mode.'],
  [
    'ETHTOOL_OPTS',
    { t: 'ethtool-opts' },
    'both',
    ETH,
    '`;`-separated ethtool settings (`autoneg off speed 1000 duplex full; -K eth0 tso off`). An empty value means Wake-on-LAN "ignore" to NetworkManager.',
  ],
  ['ETHTOOL_WAKE_ON_LAN', en(['ignore']), 'nm', 'ethernet', 'Only `ignore`: leave Wake-on-LAN alone.'],
  ['SUBCHANNELS', STR, 'both', 'ethernet', 's390 subchannels, 2 or 3 comma-separated CCW ids.'],
  ['NETTYPE', en(['qeth', 'lcs', 'ctc']), 'nm', 'ethernet', 's390 network type.'],
  ['PORTNAME', STR, 'nm', 'ethernet', 's390 port name.'],
  ['CTCPROT', STR, 'nm', 'ethernet', 's390 CTC protocol.'],
  [
    'KEY_MGMT',
    en(['WPA-PSK', 'SAE', 'OWE', 'WPA-EAP', 'WPA-EAP-SUITE-B-192', 'IEEE8021X']),
    'nm',
    ANY,
    'Key management: Wi-Fi security, or `IEEE8021X` to enable 802.1X on a wired link.',
  ],
  // Bond
  [
    'BONDING_OPTS',
    { t: 'bonding-opts' },
    'both',
    'bond',
    "Space-separated `option=value` settings of the bonding driver, in double quotes. See each option's hover for what it does.",
  ],
  ['BOND_PORT_QUEUE_ID', int(0, 65535), 'nm', 'bond-port', 'Transmit queue id of this bond port.', '0'],
  ['BOND_PORT_PRIO', int(-2147483648, 2147483647), 'nm', 'bond-port', 'Failover priority of this bond port.', '0'],
  // Bridge
  ['STP', { t: 'bool-onoff' }, 'both', 'bridge', 'Spanning tree protocol on the bridge (`on`/`off` or `yes`/`no`).'],
  [
    'DELAY',
    int(0, 30),
    'both',
    'bridge',
    'Bridge forward delay in seconds (NetworkManager only honours it with STP on).',
    '15',
  ],
  [
    'BRIDGING_OPTS',
    { t: 'bridging-opts' },
    'both',
    ['bridge', 'bridge-port'],
    'Space-separated bridge (or bridge-port) attributes, `key=value`.',
  ],
  ['BRIDGE_MACADDR', MAC, 'nm', 'bridge', 'MAC address of the bridge device.'],
  ['BRIDGE_VLANS', STR, 'nm', 'bridge', 'VLANs of the bridge itself (`vid[-vid] [pvid] [untagged]`, comma-separated).'],
  ['BRIDGE_PORT_VLANS', STR, 'nm', 'bridge-port', 'VLANs of this bridge port.'],
  // Team
  ['TEAM_CONFIG', { t: 'json' }, 'both', 'team', 'teamd configuration as JSON. Its presence makes the profile a team.'],
  ['TEAM_PORT_CONFIG', { t: 'json' }, 'both', 'team-port', 'Per-port teamd configuration as JSON.'],
  // VLAN
  ['VLAN', BOOL, 'both', 'vlan', 'Marks a VLAN interface (required by initscripts).', 'no'],
  ['VLAN_ID', int(0, 4094), 'nm', 'vlan', 'VLAN id (0–4094); wins over the id derived from DEVICE.'],
  ['PHYSDEV', STR, 'both', ['vlan', 'infiniband'], 'Parent device of a VLAN or InfiniBand child.'],
  ['VLAN_PROTOCOL', en(['802.1Q', '802.1ad']), 'nm', 'vlan', 'VLAN tag protocol.', '802.1Q'],
  ['VLAN_FLAGS', STR, 'nm', 'vlan', 'VLAN flags: GVRP, LOOSE_BINDING, NO_REORDER_HDR.'],
  ['GVRP', BOOL, 'both', 'vlan', 'GVRP registration.', 'no'],
  ['MVRP', BOOL, 'nm', 'vlan', 'MVRP registration.', 'no'],
  [
    'REORDER_HDR',
    BOOL,
    'both',
    'vlan',
    'VLAN header reordering (deprecated in NetworkManager: use VLAN_FLAGS).',
    'yes',
  ],
  ['VLAN_INGRESS_PRIORITY_MAP', STR, 'nm', 'vlan', 'Ingress priority map, `from:to` pairs.'],
  ['VLAN_EGRESS_PRIORITY_MAP', STR, 'both', 'vlan', 'Egress priority map, `from:to` pairs.'],
  // InfiniBand
  ['CONNECTED_MODE', BOOL, 'both', 'infiniband', 'IPoIB connected mode instead of datagram.', 'no'],
  ['PKEY', BOOL, 'both', 'infiniband', 'This is a P_Key child interface (needs PHYSDEV and PKEY_ID).', 'no'],
  ['PKEY_ID', STR, 'both', 'infiniband', 'P_Key (decimal or 0x hex); the full-membership bit is added.'],
  ['PKEY_ID_NM', STR, 'nm', 'infiniband', 'P_Key taken literally (no full-membership bit added).'],
  // Wi-Fi
  ['ESSID', STR, 'both', WIFI, 'Network name (SSID); hex written as 0x… .'],
  [
    'MODE',
    en(['Ad-Hoc', 'Ap', 'Managed', 'Auto', 'ad-hoc', 'ap', 'managed', 'auto'], true),
    'both',
    WIFI,
    'Wi-Fi mode: Managed, Ad-Hoc or Ap.',
  ],
  ['BSSID', MAC, 'nm', WIFI, 'Lock the profile to one access point.'],
  ['CHANNEL', int(1, 255), 'nm', WIFI, 'Wi-Fi channel.'],
  ['BAND', en(['a', 'bg', '6GHz']), 'nm', WIFI, 'Wi-Fi band.'],
  ['SSID_HIDDEN', BOOL, 'nm', WIFI, 'The network does not broadcast its SSID.', 'no'],
  ['POWERSAVE', en(['default', 'ignore', 'enable', 'yes', 'disable', 'no']), 'nm', WIFI, 'Wi-Fi power saving.'],
  ['MAC_ADDRESS_RANDOMIZATION', en(['default', 'never', 'always']), 'nm', WIFI, 'MAC randomization while scanning.'],
  ['AP_ISOLATION', TRI_BOOL, 'nm', WIFI, 'Isolate clients of this access point from each other.'],
  ['WPA_PSK', STR, 'nm', WIFI, 'WPA pre-shared key (8–63 characters or 64 hex digits); usually kept in keys-<name>.'],
  ['WPA_PSK_FLAGS', STR, 'nm', WIFI, 'Who stores the WPA key (`user`, `ask`, `unused`).'],
  ['WPA_ALLOW_WPA', BOOL, 'nm', WIFI, 'Allow WPA1.'],
  ['WPA_ALLOW_WPA2', BOOL, 'nm', WIFI, 'Allow WPA2/RSN.'],
  ['CIPHER_PAIRWISE', STR, 'nm', WIFI, 'Allowed pairwise ciphers (CCMP, TKIP).'],
  ['CIPHER_GROUP', STR, 'nm', WIFI, 'Allowed group ciphers.'],
  ['PMF', en(['default', 'disable', 'optional', 'required']), 'nm', WIFI, 'Protected management frames (802.11w).'],
  ['FILS', en(['default', 'disable', 'optional', 'required']), 'nm', WIFI, 'Fast initial link setup (802.11ai).'],
  ['WPS_METHOD', STR, 'nm', WIFI, 'Allowed WPS methods.'],
  ['SECURITYMODE', STR, 'nm', WIFI, 'WEP authentication (`open`/`restricted`) or `leap`.'],
  ['DEFAULTKEY', int(1, 4), 'nm', WIFI, 'Index (1–4) of the WEP key used for sending.', '1'],
  ['KEY', STR, 'both', WIFI, 'WEP key n (KEY1–KEY4): 10 or 26 hex digits, or `s:` plus 5 or 13 characters.'],
  ['KEY_PASSPHRASE', STR, 'nm', WIFI, 'WEP passphrase n (KEY_PASSPHRASE1–4).'],
  ['KEY_TYPE', en(['key', 'passphrase']), 'nm', WIFI, 'Whether KEYn or KEY_PASSPHRASEn is used.'],
  ['WEP_KEY_FLAGS', STR, 'nm', WIFI, 'Who stores the WEP keys.'],
  // DCB
  ['DCB', BOOL, 'nm', 'ethernet', 'Enable Data Center Bridging; other DCB_* keys are read only then.', 'no'],
  ['DCB_APP_FCOE_MODE', en(['fabric', 'vn2vn']), 'nm', 'ethernet', 'FCoE controller mode.', 'fabric'],
  [
    'DCB_PFC_UP',
    { t: 'bits8', digits: '01' },
    'nm',
    'ethernet',
    'Priority flow control per priority: exactly 8 characters of 0/1.',
  ],
  [
    'DCB_PG_ID',
    { t: 'bits8', digits: '01234567fF' },
    'nm',
    'ethernet',
    'Priority group per priority: exactly 8 characters 0–7 or f.',
  ],
  [
    'DCB_PG_PCT',
    { t: 'pct8', sum100: true },
    'nm',
    'ethernet',
    'Bandwidth percentage of each of the 8 priority groups; must add up to 100.',
  ],
  [
    'DCB_PG_UPPCT',
    { t: 'pct8', sum100: false },
    'nm',
    'ethernet',
    'Bandwidth percentage per priority (8 comma-separated values 0–100).',
  ],
  [
    'DCB_PG_STRICT',
    { t: 'bits8', digits: '01' },
    'nm',
    'ethernet',
    'Strict bandwidth per priority: exactly 8 characters of 0/1.',
  ],
  [
    'DCB_PG_UP2TC',
    { t: 'bits8', digits: '01234567' },
    'nm',
    'ethernet',
    'Traffic class per priority: exactly 8 characters 0–7.',
  ],
  // SR-IOV, traffic control
  ['SRIOV_TOTAL_VFS', int(0, 2147483647), 'nm', 'ethernet', 'Number of SR-IOV virtual functions to create.'],
  ['SRIOV_AUTOPROBE_DRIVERS', int(-1, 1), 'nm', 'ethernet', 'Probe VF drivers automatically (-1 = global default).'],
  ['SRIOV_VF', STR, 'nm', 'ethernet', 'Settings of virtual function n (`mac=… trust=… spoof-check=…`).'],
  ['QDISC', STR, 'nm', ANY, 'Traffic-control qdisc n (QDISC1, …).'],
  ['FILTER', STR, 'nm', ANY, 'Traffic-control filter n (FILTER1, …).'],
  ['TC_COMMIT', BOOL, 'nm', ANY, 'Apply (and so clear) traffic control even without QDISC/FILTER keys.'],
  // Proxy, match, user data
  ['PROXY_METHOD', STR, 'nm', ANY, 'Proxy method (`auto` or none).'],
  ['PAC_URL', STR, 'nm', ANY, 'URL of the proxy auto-config file.'],
  ['PAC_SCRIPT', STR, 'nm', ANY, 'Inline proxy auto-config script.'],
  ['BROWSER_ONLY', BOOL, 'nm', ANY, 'Proxy only for browsers.'],
  ['MATCH_INTERFACE_NAME', STR, 'nm', ANY, 'Interface-name patterns this profile may apply to.'],
  ['MATCH_KERNEL_COMMAND_LINE', STR, 'nm', ANY, 'Kernel command line words this profile requires.'],
  ['MATCH_DRIVER', STR, 'nm', ANY, 'Driver patterns this profile may apply to.'],
  ['MATCH_PATH', STR, 'nm', ANY, 'udev ID_PATH patterns this profile may apply to.'],
  ['NM_USER_', STR, 'nm', ANY, 'NetworkManager user data; the key name encodes the user key.'],
  // initscripts-only keys
  ['HOTPLUG', BOOL, 'initscripts', ANY, '`no` ignores the interface on hotplug events.', 'yes'],
  ['USERCTL', BOOL, 'initscripts', ANY, 'Let ordinary users run ifup/ifdown on this interface.', 'no'],
  ['WINDOW', STR, 'initscripts', ANY, 'TCP window of the default route.'],
  ['SCOPE', STR, 'initscripts', ANY, 'Address scope passed to `ip addr add`.'],
  ['SRCADDR', IPV4, 'initscripts', ANY, 'Preferred source address of the default route.'],
  ['NOZEROCONF', STR, 'initscripts', ANY, 'Any non-empty value (even `no`) suppresses the 169.254.0.0/16 route.'],
  ['LINKSTATUS', STR, 'initscripts', ANY, '`down` never sets the link up.'],
  ['PERSISTENT_DHCLIENT', BOOL, 'initscripts', ANY, 'Keep dhclient retrying.', 'no'],
  ['DHCPRELEASE', BOOL, 'initscripts', ANY, 'Release the DHCP lease on ifdown.', 'no'],
  ['NO_DHCP_HOSTNAME', BOOL, 'initscripts', ANY, 'Do not take the host name from DHCP.', 'no'],
  ['DHCLIENT_IGNORE_GATEWAY', BOOL, 'initscripts', ANY, 'Ignore the DHCP gateway (dhclient-script).', 'no'],
  ['DHCLIENTARGS', STR, 'initscripts', ANY, 'Extra dhclient arguments.'],
  ['ARPCHECK', BOOL, 'initscripts', ANY, '`no` skips the duplicate-address check for address n.', 'yes'],
  ['ARPUPDATE', BOOL, 'initscripts', ANY, '`no` sends no gratuitous ARP for address n.', 'yes'],
  ['ARPING_UPDATE_WAIT', STR, 'initscripts', ANY, 'Seconds of gratuitous-ARP updates.'],
  ['ARPING_TRIES', STR, 'initscripts', ANY, 'Duplicate-address arping attempts.'],
  ['BROADCAST', IPV4, 'initscripts', ANY, 'Broadcast address of address n (deprecated).'],
  ['NETWORK', IPV4, 'initscripts', ANY, 'Network address (deprecated, computed).'],
  ['IPV6_SET_SYSCTLS', BOOL, 'initscripts', ANY, 'Let the scripts set IPv6 sysctls.', 'yes'],
  ['IPV6_MTU', int(1280, 65535), 'initscripts', ANY, 'IPv6 MTU.'],
  ['IPV6_FORCE_ACCEPT_RA', BOOL, 'initscripts', ANY, 'Accept router advertisements without SLAAC.', 'no'],
  ['PERSISTENT_DHCLIENT_IPV6', BOOL, 'initscripts', ANY, 'Keep `dhclient -6` retrying.', 'no'],
  ['IPV6_ROUTER', BOOL, 'initscripts', ANY, 'Behave as an IPv6 router.'],
  ['DHCPV6C_OPTIONS', STR, 'initscripts', ANY, 'Extra `dhclient -6` arguments.'],
  ['ARP', BOOL, 'initscripts', ANY, 'Toggle the ARP flag of the interface.'],
  ['LINKDELAY', STR, 'initscripts', ANY, 'Seconds to wait after link up.'],
  ['EXTRA_ROUTE_OPTS', STR, 'initscripts', ANY, 'Appended to the default-route `ip route` command.'],
  ['ETHTOOL_DELAY', STR, 'initscripts', ANY, 'Microseconds to wait before applying ETHTOOL_OPTS.'],
  ['PROMISC', BOOL, 'initscripts', ANY, 'No longer supported by initscripts.'],
  ['ALLMULTI', BOOL, 'initscripts', ANY, 'No longer supported by initscripts.'],
  ['VID', int(0, 4094), 'initscripts', 'vlan', 'Explicit VLAN id for initscripts (NetworkManager uses VLAN_ID).'],
  ['PARENTDEVICE', IFNAME, 'initscripts', ANY, 'Normally computed by the scripts.'],
  ['REALDEVICE', IFNAME, 'initscripts', ANY, 'Normally computed by the scripts.'],
  ['SYSCTLDEVICE', STR, 'initscripts', ANY, 'Normally computed by the scripts.'],
  ['PRIO', STR, 'initscripts', 'bridge', 'Bridge priority (initscripts).'],
  ['AGEING', STR, 'initscripts', 'bridge', 'Bridge ageing time (initscripts).'],
  ['PEER', IFNAME, 'initscripts', ANY, 'Peer name of a veth pair.'],
  ['OWNER', STR, 'initscripts', ANY, 'Owner of a tun/tap device.'],
  ['FREQ', STR, 'initscripts', WIFI, 'Wi-Fi frequency or channel (ad-hoc).'],
  ['WOWLAN', STR, 'initscripts', WIFI, 'Wake-on-WLAN arguments.'],
  ['RATE', STR, 'initscripts', WIFI, 'Wi-Fi bit rate for the legacy wireless scripts (iwconfig rate).'],
  ['NWID', STR, 'initscripts', WIFI, 'Network id for the legacy wireless scripts.'],
  ['SENS', STR, 'initscripts', WIFI, 'Sensitivity threshold for the legacy wireless scripts.'],
  ['RTS', STR, 'initscripts', WIFI, 'RTS threshold for the legacy wireless scripts.'],
  ['FRAG', STR, 'initscripts', WIFI, 'Fragmentation threshold for the legacy wireless scripts.'],
  ['IWCONFIG', STR, 'initscripts', WIFI, 'Extra iwconfig arguments for the legacy wireless scripts.'],
  ['IWPRIV', STR, 'initscripts', WIFI, 'Extra iwpriv arguments for the legacy wireless scripts.'],
  ['NOROUTESET', BOOL, 'initscripts', ANY, 'Skip route files.'],
  ['RESOLV_MODS', BOOL, 'initscripts', ANY, 'Update resolv.conf even with PEERDNS=no.'],
  ['DEBUG', BOOL, 'initscripts', 'legacy', 'pppd/chat debugging.'],
  [
    'NETBOOT',
    BOOL,
    'initscripts',
    ANY,
    'Set by the installer for the interface used to boot over the network; the interface is left alone at shutdown.',
  ],
  ['IPV6TUNNELIPV4LOCAL', IPV4, 'initscripts', 'tunnel', 'Local endpoint of a sit tunnel.'],
  ['IPV6TO4INIT', BOOL, 'initscripts', 'tunnel', 'Enable a 6to4 tunnel.'],
  ['IPV6TO4_RELAY', IPV4, 'initscripts', 'tunnel', '6to4 relay address.'],
  ['IPV6TO4_IPV4ADDR', STR, 'initscripts', 'tunnel', 'Local IPv4 for 6to4.'],
  ['IPV6TO4_MTU', int(1280, 65535), 'initscripts', 'tunnel', '6to4 tunnel MTU.'],
  ['IPV6TO4_ROUTING', STR, 'initscripts', 'tunnel', 'LAN prefixes routed over 6to4.'],
  ['IPV6_CONTROL_RADVD', BOOL, 'initscripts', 'tunnel', 'Signal radvd.'],
  ['IPV6_RADVD_PIDFILE', STR, 'initscripts', 'tunnel', 'radvd pid file.'],
  ['IPV6_RADVD_TRIGGER_ACTION', STR, 'initscripts', 'tunnel', 'How radvd is signalled.'],
  ['IPV6TO4_RADVD_PIDFILE', STR, 'initscripts', 'tunnel', 'Obsolete radvd pid file key.'],
  ['IPV6_AUTOTUNNEL', BOOL, 'initscripts', 'tunnel', 'Automatic IPv6 tunnel.'],
  ['MY_INNER_IPADDR', STR, 'initscripts', 'tunnel', 'Local address inside an IP tunnel.'],
  ['PEER_OUTER_IPADDR', STR, 'initscripts', 'tunnel', 'Remote tunnel endpoint.'],
  ['MY_OUTER_IPADDR', STR, 'initscripts', 'tunnel', 'Local tunnel endpoint.'],
  ['PEER_INNER_IPADDR', STR, 'initscripts', 'tunnel', 'Remote address inside the tunnel.'],
  ['TTL', STR, 'initscripts', 'tunnel', 'Tunnel TTL.'],
  ['ONPARENT', BOOL, 'initscripts', 'alias', 'Bring this alias up with its parent.', 'yes'],
  ['NO_ALIASROUTING', BOOL, 'initscripts', ANY, 'Skip routes and gateway for aliases.'],
  ['IPADDR_START', IPV4, 'initscripts', 'alias', 'First address of a range file.'],
  ['IPADDR_END', IPV4, 'initscripts', 'alias', 'Last address of a range file.'],
  ['CLONENUM_START', STR, 'initscripts', 'alias', 'First alias number of a range file.'],
  // Open vSwitch's ifup-ovs and libteam read the same files.
  ['OVS_BRIDGE', STR, 'initscripts', 'legacy', 'Open vSwitch bridge of this port (ifup-ovs).'],
  ['OVS_OPTIONS', STR, 'initscripts', 'legacy', 'Extra ovs-vsctl options (ifup-ovs).'],
  ['OVS_EXTRA', STR, 'initscripts', 'legacy', 'Extra ovs-vsctl commands (ifup-ovs).'],
  ['OVSREQUIRES', STR, 'initscripts', 'legacy', 'Devices to bring up first (ifup-ovs).'],
  ['OVSBOOTPROTO', STR, 'initscripts', 'legacy', 'Boot protocol of an OVS bridge (ifup-ovs).'],
  ['OVSDHCPINTERFACES', STR, 'initscripts', 'legacy', 'Ports for DHCP on an OVS bridge (ifup-ovs).'],
  ['BOND_IFACES', STR, 'initscripts', 'legacy', 'Member interfaces of an OVS bond (ifup-ovs).'],
  ['OVS_TUNNEL_TYPE', STR, 'initscripts', 'legacy', 'OVS tunnel type (ifup-ovs).'],
  ['OVS_TUNNEL_OPTIONS', STR, 'initscripts', 'legacy', 'OVS tunnel options (ifup-ovs).'],
  ['OVS_PATCH_PEER', STR, 'initscripts', 'legacy', 'Peer of an OVS patch port (ifup-ovs).'],
  ['RX_QUEUE', STR, 'initscripts', 'legacy', 'Receive queues of an OVS DPDK port (os-net-config, used in OVS_EXTRA).'],
  ['IVS_BRIDGE', STR, 'initscripts', 'legacy', 'Indigo Virtual Switch bridge of this port (ifup-ivs).'],
  ['NFVSWITCH_BRIDGE', STR, 'initscripts', 'legacy', 'NFVswitch bridge of this port (ifup-nfvswitch).'],
];

// Families generated from one description each.
const DCB_APPS = ['FCOE', 'ISCSI', 'FIP'];
const DCB_FLAGS = ['ENABLE', 'ADVERTISE', 'WILLING'];
for (const app of DCB_APPS) {
  for (const f of DCB_FLAGS)
    ROWS.push([
      `DCB_APP_${app}_${f}`,
      BOOL,
      'nm',
      'ethernet',
      `DCB ${app} application: ${f.toLowerCase()} flag.`,
      'no',
    ]);
  ROWS.push([
    `DCB_APP_${app}_PRIORITY`,
    int(0, 7),
    'nm',
    'ethernet',
    `Frame priority (0–7) of the DCB ${app} application.`,
  ]);
}
for (const grp of ['PFC', 'PG'])
  for (const f of DCB_FLAGS)
    ROWS.push([
      `DCB_${grp}_${f}`,
      BOOL,
      'nm',
      'ethernet',
      `DCB ${grp === 'PFC' ? 'priority flow control' : 'priority groups'}: ${f.toLowerCase()} flag.`,
      'no',
    ]);

const X8021 = 'IEEE_8021X_';
const x8021: Array<[string, string]> = [
  ['EAP_METHODS', 'Outer EAP methods (TLS, PEAP, TTLS, FAST, LEAP, PWD…).'],
  ['IDENTITY', 'EAP identity.'],
  ['ANON_IDENTITY', 'Anonymous outer identity.'],
  ['PASSWORD', 'EAP password.'],
  ['PASSWORD_RAW', 'EAP password as hex bytes.'],
  ['CA_CERT', 'CA certificate (path or pkcs11: URI).'],
  ['CA_CERT_PASSWORD', 'Password of a pkcs11 CA certificate.'],
  ['CA_PATH', 'Directory of CA certificates.'],
  ['SYSTEM_CA_CERTS', 'Use the system CA bundle.'],
  ['CLIENT_CERT', 'Client certificate.'],
  ['CLIENT_CERT_PASSWORD', 'Client certificate password.'],
  ['PRIVATE_KEY', 'Private key.'],
  ['PRIVATE_KEY_PASSWORD', 'Private key password.'],
  ['INNER_AUTH_METHODS', 'Phase-2 authentication methods.'],
  ['INNER_CA_CERT', 'Phase-2 CA certificate.'],
  ['INNER_CA_CERT_PASSWORD', 'Phase-2 CA certificate password.'],
  ['INNER_CLIENT_CERT', 'Phase-2 client certificate.'],
  ['INNER_CLIENT_CERT_PASSWORD', 'Phase-2 client certificate password.'],
  ['INNER_PRIVATE_KEY', 'Phase-2 private key.'],
  ['INNER_PRIVATE_KEY_PASSWORD', 'Phase-2 private key password.'],
  ['PEAP_VERSION', 'Force PEAP version 0 or 1.'],
  ['PEAP_FORCE_NEW_LABEL', 'Force the new PEAP label.'],
  ['PAC_FILE', 'EAP-FAST PAC file.'],
  ['FAST_PROVISIONING', 'EAP-FAST provisioning (allow-auth, allow-unauth).'],
  ['SUBJECT_MATCH', 'Server certificate subject must contain this.'],
  ['PHASE2_SUBJECT_MATCH', 'Phase-2 subject match.'],
  ['ALTSUBJECT_MATCHES', 'Accepted altSubjectName entries.'],
  ['PHASE2_ALTSUBJECT_MATCHES', 'Phase-2 altSubjectName entries.'],
  ['DOMAIN_SUFFIX_MATCH', 'Server domain suffix.'],
  ['PHASE2_DOMAIN_SUFFIX_MATCH', 'Phase-2 domain suffix.'],
  ['DOMAIN_MATCH', 'Exact server domain.'],
  ['PHASE2_DOMAIN_MATCH', 'Phase-2 exact domain.'],
  ['PHASE2_CA_PATH', 'Phase-2 CA directory.'],
  ['PHASE1_AUTH_FLAGS', 'TLS phase-1 flags.'],
  ['AUTH_TIMEOUT', 'Authentication timeout in seconds.'],
  ['OPTIONAL', 'Authentication failure is not fatal.'],
  ['OPENSSL_CIPHERS', 'OpenSSL cipher list.'],
  ['PIN', 'PIN.'],
];
for (const [k, d] of x8021) {
  ROWS.push([
    X8021 + k,
    k === 'SYSTEM_CA_CERTS' || k === 'OPTIONAL' || k === 'PEAP_FORCE_NEW_LABEL' ? BOOL : STR,
    'nm',
    ANY,
    `802.1X: ${d}`,
  ]);
  if (/PASSWORD|PASSWORD_RAW|^PIN$/.test(k))
    ROWS.push([
      `${X8021}${k}_FLAGS`,
      STR,
      'nm',
      ANY,
      `802.1X: who stores ${k.toLowerCase().replace(/_/g, ' ')} (user, ask, unused).`,
    ]);
}

const NUMBERED = new Set([
  'ADDRESS',
  'DNS',
  'FILTER',
  'GATEWAY',
  'IPADDR',
  'KEY',
  'KEY_PASSPHRASE',
  'METRIC',
  'NETMASK',
  'OPTIONS',
  'PREFIX',
  'QDISC',
  'ROUTING_RULE6_',
  'ROUTING_RULE_',
  'SRIOV_VF',
  'ARPCHECK',
  'ARPUPDATE',
  'BROADCAST',
]);

export const KEYS: readonly KeyInfo[] = [
  ...ROWS.map(([name, type, source, roles, doc, def]): KeyInfo => ({
    name,
    type,
    source,
    roles: Array.isArray(roles) ? roles : [roles],
    doc,
    default: def,
    numbered: NUMBERED.has(name) || undefined,
    prefix: name === 'NM_USER_' || undefined,
  })),
  {
    name: 'DHCPv6_DUID',
    type: STR,
    source: 'nm',
    roles: ['any'],
    doc: 'Misspelling written by old NetworkManager versions; never read.',
    obsolete: 'DHCPV6_DUID',
  },
  {
    name: 'DHCPv6_IAID',
    type: STR,
    source: 'nm',
    roles: ['any'],
    doc: 'Misspelling written by old NetworkManager versions; never read.',
    obsolete: 'DHCPV6_IAID',
  },
];

const BY_NAME = new Map(KEYS.map((k) => [k.name, k]));

export interface KeyMatch {
  info: KeyInfo;
  /** Numeric suffix of a numbered family ('' for the bare name). */
  index?: string;
}

/** The answer for each key's exact name (not for a prefix family's), made once: every
 *  assignment of every file is looked up. Shared, so never changed by a caller. */
const EXACT_MATCH = new Map<string, KeyMatch>(
  KEYS.filter((k) => !k.prefix).map((k) => [k.name, Object.freeze({ info: k, index: k.numbered ? '' : undefined })]),
);

/** Looks a key up the way NM's table does: exact, numbered family, or prefix family. */
export function lookupKey(name: string): KeyMatch | undefined {
  const exact = EXACT_MATCH.get(name);
  if (exact) return exact;
  // The trailing digits, found by one backward scan (a regex would backtrack on long names).
  let d = name.length;
  while (d > 0 && name.charCodeAt(d - 1) >= 48 && name.charCodeAt(d - 1) <= 57) d--;
  if (d < name.length) {
    const fam = BY_NAME.get(name.slice(0, d));
    if (fam?.numbered) return { info: fam, index: name.slice(d) };
  }
  if (name.startsWith('NM_USER_') && name.length > 'NM_USER_'.length) return { info: BY_NAME.get('NM_USER_')! };
  return undefined;
}

export const KEY_NAMES: readonly string[] = KEYS.filter((k) => !k.obsolete).map((k) => k.name);
