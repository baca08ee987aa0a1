// The groups a keyfile may hold: NetworkManager's setting names, the three keyfile aliases,
// which settings can be a connection type, and what each is for (our own words).
// Facts: libnm-core-public/nm-setting-*.h (names), libnm-core-impl/nm-meta-setting-base-impl.c
// (priorities: HW_BASE settings are connection types), libnm-core-impl/nm-keyfile-utils.c
// (aliases), at NetworkManager 355bc902994f (1.59.2-dev).

export interface NmSetting {
  /** Full setting name, as `type=` and NM's own tables spell it. */
  name: string;
  /** The shorter group name the keyfile writer uses (only three exist). */
  alias?: string;
  /** A "base type" setting: it can be the profile's `type`. */
  base: boolean;
  /** The profile type needs `interface-name` (verify() rejects the profile without it). */
  needsInterfaceName?: boolean;
  /** Port group: its presence lets NM infer `port-type`. */
  portOf?: string;
  /** Short description for completion and hover. */
  doc: string;
  /** Support status an admin must know before relying on the setting. */
  status?: string;
}

const S = (name: string, base: boolean, doc: string, extra: Partial<NmSetting> = {}): NmSetting => ({
  name,
  base,
  doc,
  ...extra,
});

const TEAM_STATUS =
  'Teaming is deprecated since RHEL 9 and removed in RHEL 10 (teamd and the NetworkManager team plugin are no longer shipped); use a bond instead.';

export const NM_SETTINGS: readonly NmSetting[] = [
  S('connection', false, 'Identity of the profile: name, UUID, type, interface, controller and autoconnect behaviour.'),
  S('802-3-ethernet', true, 'Wired Ethernet: MAC address match, cloned MAC, MTU, speed/duplex, Wake-on-LAN.', {
    alias: 'ethernet',
  }),
  S('802-11-wireless', true, 'Wi-Fi: SSID, mode, band, MAC handling.', { alias: 'wifi' }),
  S('802-11-wireless-security', false, 'Wi-Fi security: key management (WPA-PSK, SAE…), PSK, WEP keys.', {
    alias: 'wifi-security',
  }),
  S('bond', true, 'Bond (Linux bonding driver). Every key except `interface-name` is a bonding option.', {
    needsInterfaceName: true,
  }),
  S('bond-port', false, 'Per-port settings of a bond port (queue ID, priority). Only kept when `port-type=bond`.', {
    portOf: 'bond',
  }),
  S('bridge', true, 'Linux bridge: STP, timers, multicast snooping, VLAN filtering.', { needsInterfaceName: true }),
  S('bridge-port', false, 'Per-port settings of a bridge port: STP cost/priority, hairpin, VLANs.', {
    portOf: 'bridge',
  }),
  S('vlan', true, 'VLAN: parent interface, VLAN ID, flags and priority maps.'),
  S('infiniband', true, 'IP over InfiniBand: transport mode, P_Key child interfaces, MTU.'),
  S('ipv4', false, 'IPv4 configuration: method, addresses, gateway, routes, DNS, DHCP options.'),
  S('ipv6', false, 'IPv6 configuration: method, addresses, gateway, routes, DNS, address generation.'),
  S('ethtool', false, 'ethtool settings applied on activation: offload features, ring sizes, coalescing, pause.'),
  S(
    'match',
    false,
    'Restricts which devices the profile applies to (interface name, driver, path, kernel command line).',
  ),
  S('dcb', false, 'Data Center Bridging (FCoE/iSCSI priorities, PFC, priority groups).'),
  S('team', true, 'Team device (teamd), configured by a JSON `config`.', {
    needsInterfaceName: true,
    status: TEAM_STATUS,
  }),
  S('team-port', false, 'Per-port teamd JSON configuration.', { portOf: 'team', status: TEAM_STATUS }),
  S('proxy', false, 'Proxy configuration published to applications (none or PAC).'),
  S('user', false, 'Free-form user data: every key is one entry, NetworkManager does not interpret it.'),
  S('link', false, 'Generic link properties: GRO/GSO sizes, TX queue length.'),
  S('hostname', false, 'How the system hostname is taken from this profile.'),
  S('802-1x', false, '802.1X authentication (EAP methods, certificates, identities).'),
  S('6lowpan', true, '6LoWPAN interface on top of a WPAN device.'),
  S('802-11-olpc-mesh', true, 'OLPC mesh (obsolete hardware).'),
  S('adsl', true, 'ADSL modem connection.'),
  S('bluetooth', false, 'Bluetooth PAN/DUN connection.'),
  S('cdma', true, 'CDMA mobile broadband.'),
  S('dummy', true, 'Dummy interface.', { needsInterfaceName: true }),
  S('generic', true, 'Device NetworkManager does not manage specifically (configured by a script).'),
  S('geneve', true, 'GENEVE tunnel.'),
  S('gsm', true, 'GSM/UMTS/LTE mobile broadband.'),
  S('hsr', true, 'HSR/PRP redundancy interface.'),
  S('ip-tunnel', true, 'IP tunnel (GRE, IPIP, SIT, …).'),
  S('ipvlan', true, 'IPVLAN interface.', { needsInterfaceName: true }),
  S('loopback', true, 'The loopback interface.'),
  S('macsec', true, 'MACsec interface.'),
  S('macvlan', true, 'MACVLAN/MACVTAP interface.'),
  S('ovs-bridge', true, 'Open vSwitch bridge.', { needsInterfaceName: true }),
  S('ovs-dpdk', false, 'Open vSwitch DPDK interface options.'),
  S('ovs-external-ids', false, 'Open vSwitch external-ids (keys `data.NAME`).'),
  S('ovs-interface', true, 'Open vSwitch interface.', { portOf: 'ovs-port' }),
  S('ovs-other-config', false, 'Open vSwitch other_config (keys `data.NAME`).'),
  S('ovs-patch', false, 'Open vSwitch patch interface.', { needsInterfaceName: true }),
  S('ovs-port', true, 'Open vSwitch port.', { needsInterfaceName: true, portOf: 'ovs-bridge' }),
  S('ppp', false, 'PPP options.'),
  S('pppoe', false, 'PPP over Ethernet.'),
  S('prefix-delegation', false, 'DHCPv6 prefix delegation.'),
  S('serial', false, 'Serial line options.'),
  S('sriov', false, 'SR-IOV virtual functions (keys `vf.N`).'),
  S('tc', false, 'Traffic control: queueing disciplines and filters (keys `qdisc.PARENT`, `tfilter.PARENT`).'),
  S('tun', true, 'TUN/TAP interface.'),
  S('veth', true, 'veth pair.', { needsInterfaceName: true }),
  S('vpn', true, 'VPN plugin connection; other keys are plugin data.'),
  S('vrf', true, 'VRF (virtual routing and forwarding) device.'),
  S('vxlan', true, 'VXLAN tunnel.'),
  S('wifi-p2p', true, 'Wi-Fi Direct (P2P).'),
  S('wimax', true, 'WiMAX (obsolete; NetworkManager no longer supports the hardware).'),
  S('wireguard', true, 'WireGuard interface; peers live in `[wireguard-peer.KEY]` groups.'),
  S('wpan', true, 'IEEE 802.15.4 (WPAN) interface.'),
];

/**
 * Groups that are not settings but that NetworkManager reads: secrets of a VPN, WireGuard peers,
 * s390 options of the wired setting, NM's own flags for in-memory profiles.
 */
export const NM_SPECIAL_GROUPS: ReadonlyArray<{ pattern: RegExp; name: string; doc: string }> = [
  { pattern: /^vpn-secrets$/, name: 'vpn-secrets', doc: 'VPN secrets: one key per secret.' },
  {
    pattern: /^wireguard-peer\..+$/,
    name: 'wireguard-peer.PUBLIC-KEY',
    doc: 'One WireGuard peer, named after its public key.',
  },
  {
    pattern: /^ethernet-s390-options$/,
    name: 'ethernet-s390-options',
    doc: 's390 options of the wired setting: one key per option.',
  },
  { pattern: /^\.nmmeta$/, name: '.nmmeta', doc: 'Flags NetworkManager writes for profiles it keeps in /run.' },
];

/** Keys a `[wireguard-peer.*]` group may hold. */
export const WIREGUARD_PEER_KEYS = [
  'endpoint',
  'allowed-ips',
  'preshared-key',
  'preshared-key-flags',
  'persistent-keepalive',
];

/** Keys of `[.nmmeta]` (NM-internal, read with a lenient boolean parser). */
export const NMMETA_KEYS = ['nm-generated', 'volatile', 'external', 'shadowed-storage', 'shadowed-owned'];

export const SETTING_BY_NAME = new Map<string, NmSetting>();
for (const s of NM_SETTINGS) {
  SETTING_BY_NAME.set(s.name, s);
  if (s.alias) SETTING_BY_NAME.set(s.alias, s);
}

/** The setting a group name stands for (full name or alias), if NetworkManager knows it. */
export function settingOfGroup(group: string): NmSetting | undefined {
  return SETTING_BY_NAME.get(group);
}

/** The spelling the keyfile writer uses for a setting. */
export function groupSpelling(s: NmSetting): string {
  return s.alias ?? s.name;
}

/** The special (non-setting) group a name matches. */
export function specialGroup(group: string): (typeof NM_SPECIAL_GROUPS)[number] | undefined {
  return NM_SPECIAL_GROUPS.find((g) => g.pattern.test(group));
}
