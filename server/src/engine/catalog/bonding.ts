// Every option of the Linux bonding driver as BONDING_OPTS sees it: value tables, ranges,
// defaults, mode restrictions, when it can be set, and which tools can apply it.
// Sources (ids of docs/sources.md): `kernel.bond_options` (tables, bond_opt_parse()),
// `kernel.bond_main`, `kernel.bonding.rst`; `nm.bond`; `is.functions`
// (install_bonding_driver()). Options newer than the pinned kernel name their release in `since`.
// Documentation text is our own.

import { MODES } from './modes';

export const KERNEL_DOC = 'https://www.kernel.org/doc/Documentation/networking/bonding.rst';

export type BondValueKind =
  | 'enum' // named values with numeric aliases
  | 'int'
  | 'ipv4-list'
  | 'ipv6-list'
  | 'ifname'
  | 'mac'
  | 'queue-id'
  | 'slaves'
  | 'readonly';

export interface BondValue {
  name: string;
  num: number;
  doc: string;
}

/** How NetworkManager validates the value (nm-setting-bond.c); undefined = NM rejects the option. */
export type NmCheck =
  | { kind: 'enum'; names: string[] } // name or index 0..n-1
  | { kind: 'int'; min: number; max: number } // digits only
  | { kind: 'ipv4-list' }
  | { kind: 'ipv6-list' }
  | { kind: 'ifname' }
  | { kind: 'mac' };

export interface BondOption {
  name: string;
  kind: BondValueKind;
  /** Kernel table entries: real values and helper names (off/on/minval/maxval/default). */
  values?: BondValue[];
  /** Kernel numeric range when the table has a maxval entry. */
  range?: [number, number];
  /** Names accepted by the kernel besides `values` (helpers), with their number. */
  helpers?: Record<string, number>;
  default: string;
  unit?: string;
  /** When the kernel lets it change. */
  setTime?: 'no-ports' | 'bond-down' | 'no-ports+bond-down' | 'module-load' | 'after-enslave';
  /** Has a sysfs file, so initscripts can write it. */
  sysfs: boolean;
  nm?: NmCheck;
  since?: string;
  /** One-line summary for completion lists. */
  summary: string;
  /** Markdown documentation, our own words. */
  doc: string;
}

const INT_MAX = 2147483647;
// The kernel's bond_intmax_tbl: "off" is also the default entry, so `default` means 0.
const OFF_MAX = { off: 0, maxval: INT_MAX, default: 0 };
const onOff = (offDoc: string, onDoc: string): BondValue[] => [
  { name: 'off', num: 0, doc: offDoc },
  { name: 'on', num: 1, doc: onDoc },
];

export const BOND_OPTIONS: readonly BondOption[] = [
  {
    name: 'mode',
    kind: 'enum',
    default: 'balance-rr',
    setTime: 'no-ports+bond-down',
    sysfs: true,
    values: [
      { name: 'balance-rr', num: 0, doc: 'Round-robin over all ports. Needs a static EtherChannel on the switch.' },
      { name: 'active-backup', num: 1, doc: 'One active port, the others wait. Needs no switch configuration.' },
      { name: 'balance-xor', num: 2, doc: 'Port chosen per flow by `xmit_hash_policy`. Needs a static EtherChannel.' },
      { name: 'broadcast', num: 3, doc: 'Every packet on every port.' },
      { name: '802.3ad', num: 4, doc: 'LACP link aggregation. Needs LACP on the switch.' },
      { name: 'balance-tlb', num: 5, doc: 'Transmit load balancing by port load. No switch configuration.' },
      { name: 'balance-alb', num: 6, doc: 'Transmit and receive load balancing through ARP. No switch configuration.' },
    ],
    nm: { kind: 'enum', names: MODES.map((m) => m.name) },
    summary: 'Bonding policy (0–6 or its name).',
    doc: 'Selects how the bond uses its ports. Name and number are the same thing: `mode=1` is `mode=active-backup`, `mode=4` is `mode=802.3ad`. Without `mode` the kernel and NetworkManager both fall back to balance-rr, which only works with a matching EtherChannel on the switch. The kernel accepts a change only while the bond is down and has no ports.',
  },
  {
    name: 'miimon',
    kind: 'int',
    range: [0, INT_MAX],
    helpers: OFF_MAX,
    default: '0 (NetworkManager: 100; forced to 100 in 802.3ad/tlb/alb)',
    unit: 'ms',
    sysfs: true,
    nm: { kind: 'int', min: 0, max: INT_MAX },
    summary: 'MII link monitoring interval in milliseconds (0 = off).',
    doc: "How often, in milliseconds, the bond polls each port's carrier. 100 is the usual choice. Without `miimon` or ARP monitoring the bond never notices a dead port. The carrier only reflects the cable to the next switch (in a VM: the virtual cable), not what lies beyond. Cannot run together with `arp_interval`: whichever is set last switches the other off.",
  },
  {
    name: 'updelay',
    kind: 'int',
    range: [0, INT_MAX],
    helpers: OFF_MAX,
    default: '0',
    unit: 'ms',
    sysfs: true,
    nm: { kind: 'int', min: 0, max: INT_MAX },
    summary: 'Wait before using a port whose link came back (needs miimon).',
    doc: "Milliseconds to wait after a port's link comes up before the bond uses it. Only works with `miimon`, and is rounded down to a multiple of it. Useful when a NIC or switch port reports link before it can really forward frames — for example so that a gratuitous ARP after failover is not lost.",
  },
  {
    name: 'downdelay',
    kind: 'int',
    range: [0, INT_MAX],
    helpers: OFF_MAX,
    default: '0',
    unit: 'ms',
    sysfs: true,
    nm: { kind: 'int', min: 0, max: INT_MAX },
    summary: 'Wait before giving up a port whose link went down (needs miimon).',
    doc: "Milliseconds to wait after a port's link goes down before the bond stops using it. Only works with `miimon`, and is rounded down to a multiple of it.",
  },
  {
    name: 'use_carrier',
    kind: 'enum',
    default: 'on (1)',
    sysfs: true,
    values: [
      { name: 'off', num: 0, doc: 'Use the old MII/ethtool ioctls. Obsolete: rejected since Linux 6.18.' },
      { name: 'on', num: 1, doc: "Use the driver's carrier state (the only value since Linux 6.18)." },
    ],
    nm: { kind: 'int', min: 0, max: 1 },
    summary: 'How miimon reads link state (obsolete; only 1 since Linux 6.18).',
    doc: "Chooses how `miimon` learns the link state. `1` uses the driver's carrier flag, which every current driver supports. `0` (the deprecated ioctl path) was removed in Linux 6.18, where only `1` is accepted. NetworkManager only accepts the digits `0`/`1`, not `on`/`off`.",
  },
  {
    name: 'arp_interval',
    kind: 'int',
    range: [0, INT_MAX],
    helpers: OFF_MAX,
    default: '0 (off)',
    unit: 'ms',
    sysfs: true,
    nm: { kind: 'int', min: 0, max: INT_MAX },
    summary: 'ARP monitoring interval in milliseconds (needs arp_ip_target).',
    doc: 'Probes the `arp_ip_target` addresses every so many milliseconds and treats a port as failed when no ARP traffic arrives. Unlike `miimon` it tests real reachability beyond the first switch. Needs at least one `arp_ip_target`; not available in 802.3ad, balance-tlb or balance-alb; cannot run together with `miimon` (initscripts ends up with ARP monitoring, NetworkManager with MII monitoring).',
  },
  {
    name: 'arp_ip_target',
    kind: 'ipv4-list',
    default: 'none',
    sysfs: true,
    nm: { kind: 'ipv4-list' },
    summary: 'IPv4 addresses the ARP monitor probes (comma-separated, up to 16).',
    doc: 'Comma-separated IPv4 addresses (at most 16) that the ARP monitor probes; use hosts that are always up, such as the gateway. Only meaningful with `arp_interval`. Give all targets in one token: NetworkManager keeps only the last `arp_ip_target=` token, and with a leading `+` (`+a,b`) the kernel reads only the first address.',
  },
  {
    name: 'arp_validate',
    kind: 'enum',
    default: 'none',
    sysfs: true,
    values: [
      { name: 'none', num: 0, doc: 'No validation.' },
      { name: 'active', num: 1, doc: 'Validate on the active port only.' },
      { name: 'backup', num: 2, doc: 'Validate on backup ports only.' },
      { name: 'all', num: 3, doc: 'Validate on every port.' },
      { name: 'filter', num: 4, doc: 'Count only ARP packets, on every port.' },
      { name: 'filter_active', num: 5, doc: 'Count only ARP packets, active port validated.' },
      { name: 'filter_backup', num: 6, doc: 'Count only ARP packets, backup ports validated.' },
    ],
    nm: { kind: 'enum', names: ['none', 'active', 'backup', 'all', 'filter', 'filter_active', 'filter_backup'] },
    summary: 'Whether ARP probes/replies are checked before counting a port as up.',
    doc: 'Makes the ARP monitor check that the ARP traffic it sees really answers its own probes, so that unrelated ARP on the segment does not keep a dead port "up". Requires `arp_interval`; not available in 802.3ad/tlb/alb.',
  },
  {
    name: 'arp_all_targets',
    kind: 'enum',
    default: 'any',
    sysfs: true,
    values: [
      { name: 'any', num: 0, doc: 'A port is up if any target answers.' },
      { name: 'all', num: 1, doc: 'A port is up only if every target answers.' },
    ],
    nm: { kind: 'enum', names: ['any', 'all'] },
    summary: 'Whether any or all ARP targets must answer (active-backup with arp_validate).',
    doc: 'With ARP validation in active-backup: `any` keeps a port up while at least one target answers, `all` only while every target answers.',
  },
  {
    name: 'arp_missed_max',
    kind: 'int',
    range: [1, 255],
    helpers: { minval: 1, maxval: 255, default: 2 },
    default: '2',
    sysfs: true,
    nm: { kind: 'int', min: 0, max: 255 },
    since: 'Linux 5.17, NetworkManager 1.44',
    summary: 'Missed ARP intervals before a port counts as down (1–255).',
    doc: 'How many `arp_interval` periods without ARP traffic mark a port down. NetworkManager also accepts 0 meaning "the default, 2"; the kernel does not.',
  },
  {
    name: 'ns_ip6_target',
    kind: 'ipv6-list',
    default: 'none',
    sysfs: false,
    nm: { kind: 'ipv6-list' },
    since: 'Linux 5.18, NetworkManager 1.44',
    summary: 'IPv6 addresses probed with Neighbor Solicitations (netlink only).',
    doc: 'The IPv6 counterpart of `arp_ip_target`: up to 16 comma-separated addresses probed by the ARP/NS monitor. The kernel offers it only through netlink, so NetworkManager can apply it but initscripts (which writes sysfs files) cannot.',
  },
  {
    name: 'primary',
    kind: 'ifname',
    default: 'none',
    sysfs: true,
    nm: { kind: 'ifname' },
    summary: 'Port that is preferred as the active one (active-backup/tlb/alb).',
    doc: 'Interface name of the port that should be active whenever it is available. Only for active-backup, balance-tlb and balance-alb. initscripts writes it after enslaving the ports. See `primary_reselect` for when the bond switches back to it.',
  },
  {
    name: 'primary_reselect',
    kind: 'enum',
    default: 'always',
    sysfs: true,
    values: [
      { name: 'always', num: 0, doc: 'Switch back to the primary as soon as it is up.' },
      { name: 'better', num: 1, doc: 'Switch back only if the primary is faster.' },
      { name: 'failure', num: 2, doc: 'Switch back only when the current active port fails.' },
    ],
    nm: { kind: 'enum', names: ['always', 'better', 'failure'] },
    summary: 'When the primary port takes over again after it recovers.',
    doc: 'Decides when a recovered `primary` port becomes active again. `failure` avoids needless switch-overs (and the MAC moves that come with them).',
  },
  {
    name: 'active_slave',
    kind: 'ifname',
    default: 'runtime state',
    setTime: 'after-enslave',
    sysfs: true,
    nm: { kind: 'ifname' },
    summary: 'Port to make active now (runtime; deprecated in files).',
    doc: 'Makes an enslaved, link-up port active right away. It is runtime state, not configuration: initscripts writes BONDING_OPTS before any port is enslaved, so the write fails there; NetworkManager treats it as a deprecated alias of `primary`.',
  },
  {
    name: 'fail_over_mac',
    kind: 'enum',
    default: 'none',
    setTime: 'no-ports',
    sysfs: true,
    values: [
      {
        name: 'none',
        num: 0,
        doc: "Every port is given the bond's MAC when enslaved; nothing changes at failover. Breaks on hypervisors that pin each virtual NIC to its own MAC.",
      },
      {
        name: 'active',
        num: 1,
        doc: 'Ports keep their own MACs; the bond takes the MAC of whichever port is active. The fix for virtual NICs.',
      },
      {
        name: 'follow',
        num: 2,
        doc: "The bond's MAC moves onto the newly active port at failover; backups keep their own MACs.",
      },
    ],
    nm: { kind: 'enum', names: ['none', 'active', 'follow'] },
    summary: 'How MAC addresses are handled at failover (active-backup only).',
    doc: [
      'Controls what happens to MAC addresses in **active-backup** mode (the option is accepted in other modes but does nothing there).',
      '',
      '- `none` / `0` (default): when a port is enslaved it is reprogrammed with the bond\'s MAC (normally the first port\'s), so all ports share one MAC and nothing changes at failover. Hypervisors and virtual switches (VirtualBox, VMware with MAC changes/forged transmits rejected, Hyper-V without MAC spoofing, OpenStack port security…) drop frames carrying a MAC they did not assign to that virtual NIC — failover then "works" inside the guest but the network is dead.',
      '- `active` / `1`: ports keep their own MACs; the **bond** takes the MAC of whichever port is active and changes it at failover. This is the setting for virtual NICs and for NICs that cannot change their MAC (the kernel switches to it by itself if the first port cannot).',
      "- `follow` / `2`: the bond keeps its MAC and at failover that MAC is moved onto the newly active port, while the old one gets the new one's previous address. Meant for multi-port NICs that misbehave when ports share a MAC; on virtual NICs it still moves a MAC between vNICs.",
      '',
      "Caveats of `active`: every peer must learn the new MAC from the gratuitous ARP (or unsolicited NA) sent at failover; if it is lost, traffic stops until the peers' ARP caches expire. Consider `num_grat_arp=3` and, with `miimon`, an `updelay` so that the port is really forwarding before the announcement goes out.",
      '',
      'The kernel only lets it change while the bond has no ports. initscripts writes BONDING_OPTS whenever it brings the bond up without ports (install_bonding_driver); a bond that still has ports keeps its old value.',
    ].join('\n'),
  },
  {
    name: 'xmit_hash_policy',
    kind: 'enum',
    default: 'layer2',
    sysfs: true,
    values: [
      { name: 'layer2', num: 0, doc: 'Hash of MAC addresses (and EtherType).' },
      { name: 'layer3+4', num: 1, doc: 'Hash of IP addresses and ports; spreads flows between the same hosts.' },
      { name: 'layer2+3', num: 2, doc: 'Hash of MAC and IP addresses.' },
      { name: 'encap2+3', num: 3, doc: 'Like layer2+3 but looks inside tunnels.' },
      { name: 'encap3+4', num: 4, doc: 'Like layer3+4 but looks inside tunnels.' },
      { name: 'vlan+srcmac', num: 5, doc: 'Hash of VLAN id and source MAC.' },
    ],
    nm: { kind: 'enum', names: ['layer2', 'layer3+4', 'layer2+3', 'encap2+3', 'encap3+4', 'vlan+srcmac'] },
    summary: 'Hash that picks the port per flow (balance-xor, 802.3ad; tlb/alb with tlb_dynamic_lb=0).',
    doc: 'Which header fields choose the transmit port in balance-xor and 802.3ad, and in balance-tlb/balance-alb when `tlb_dynamic_lb=0`. Ignored in the other modes.',
  },
  {
    name: 'lacp_rate',
    kind: 'enum',
    default: 'slow',
    setTime: 'bond-down',
    sysfs: true,
    values: [
      { name: 'slow', num: 0, doc: 'Partner sends LACPDUs every 30 s; a dead link is noticed after about 90 s.' },
      { name: 'fast', num: 1, doc: 'Partner sends LACPDUs every second; a dead link is noticed after about 3 s.' },
    ],
    nm: { kind: 'enum', names: ['slow', 'fast'] },
    summary: 'How often the LACP partner sends LACPDUs (802.3ad).',
    doc: 'Asks the LACP partner to send LACPDUs every 30 seconds (`slow`) or every second (`fast`). 802.3ad only. Note: `lacp_rate=default` is not valid — this option has no default entry in the kernel table.',
  },
  {
    name: 'lacp_active',
    kind: 'enum',
    default: 'on',
    setTime: 'bond-down',
    sysfs: true,
    values: onOff('Only answer LACPDUs, never start negotiation.', 'Send LACPDUs periodically (default).'),
    nm: { kind: 'enum', names: ['off', 'on'] },
    since: 'Linux 5.15, NetworkManager 1.44',
    summary: 'Whether the bond sends LACPDUs on its own (802.3ad).',
    doc: 'With `on` the bond sends LACPDUs periodically; with `off` it only answers a partner that starts. 802.3ad only.',
  },
  {
    name: 'ad_select',
    kind: 'enum',
    default: 'stable',
    setTime: 'bond-down',
    sysfs: true,
    values: [
      { name: 'stable', num: 0, doc: 'Keep the active aggregator until all its ports fail.' },
      { name: 'bandwidth', num: 1, doc: 'Pick the aggregator with the most bandwidth.' },
      { name: 'count', num: 2, doc: 'Pick the aggregator with the most ports.' },
      { name: 'actor_port_prio', num: 3, doc: 'Pick by port priority (Linux 6.18+; not accepted by NetworkManager).' },
    ],
    nm: { kind: 'enum', names: ['stable', 'bandwidth', 'count'] },
    summary: 'How the active 802.3ad aggregator is chosen.',
    doc: 'Decides which aggregator becomes active when ports end up in several (for example connected to different switches). 802.3ad only.',
  },
  {
    name: 'ad_actor_sys_prio',
    kind: 'int',
    range: [1, 65535],
    helpers: { minval: 1, maxval: 65535, default: 65535 },
    default: '65535',
    sysfs: true,
    nm: { kind: 'int', min: 1, max: 65535 },
    summary: 'LACP system priority (1–65535).',
    doc: 'System priority sent in LACPDUs. 802.3ad only.',
  },
  {
    name: 'ad_actor_system',
    kind: 'mac',
    default: "00:00:00:00:00:00 (the bond's MAC)",
    sysfs: true,
    nm: { kind: 'mac' },
    summary: 'LACP system id as a MAC address.',
    doc: "MAC address used as the LACP system id instead of the bond's own. Must be a unicast MAC. 802.3ad only.",
  },
  {
    name: 'ad_user_port_key',
    kind: 'int',
    range: [0, 1023],
    helpers: { minval: 0, maxval: 1023, default: 0 },
    default: '0',
    setTime: 'bond-down',
    sysfs: true,
    nm: { kind: 'int', min: 0, max: 1023 },
    summary: 'Upper 10 bits of the LACP port key (0–1023).',
    doc: 'User-defined part of the LACP port key. 802.3ad only.',
  },
  {
    name: 'coupled_control',
    kind: 'enum',
    default: 'on',
    setTime: 'bond-down',
    sysfs: false,
    values: onOff('Separate collecting and distributing states (independent control).', 'Coupled control (default).'),
    since: 'Linux 6.9',
    summary: '802.3ad coupled control state machine (netlink only).',
    doc: 'Chooses coupled or independent control of the 802.3ad mux state machine. Only reachable through netlink: initscripts cannot write it and NetworkManager does not know it.',
  },
  {
    name: 'broadcast_neighbor',
    kind: 'enum',
    default: 'off',
    sysfs: false,
    values: onOff('Default.', 'Send ARP/ND on all ports.'),
    since: 'Linux 6.17',
    summary: 'Broadcast ARP/ND on every port in 802.3ad (netlink only).',
    doc: 'In 802.3ad, sends ARP and neighbour discovery packets on all ports. Netlink only: neither initscripts nor NetworkManager can apply it from BONDING_OPTS.',
  },
  {
    name: 'min_links',
    kind: 'int',
    range: [0, INT_MAX],
    helpers: OFF_MAX,
    default: '0',
    sysfs: true,
    nm: { kind: 'int', min: 0, max: INT_MAX },
    summary: 'Ports that must be up before the bond reports carrier.',
    doc: 'The bond reports carrier only while at least this many ports are up (used in 802.3ad).',
  },
  {
    name: 'num_grat_arp',
    kind: 'int',
    range: [0, 255],
    helpers: { off: 0, default: 1, maxval: 255 },
    default: '1',
    sysfs: true,
    nm: { kind: 'int', min: 0, max: 255 },
    summary: 'Gratuitous ARPs sent after a failover (0–255).',
    doc: 'Number of peer notifications (gratuitous ARP / unsolicited NA) sent after a failover, spaced by `peer_notif_delay`. The same kernel setting as `num_unsol_na`. Raising it (e.g. to 3) makes `fail_over_mac=active` more robust, because peers learn the new MAC from these packets.',
  },
  {
    name: 'num_unsol_na',
    kind: 'int',
    range: [0, 255],
    helpers: { off: 0, default: 1, maxval: 255 },
    default: '1',
    sysfs: true,
    nm: { kind: 'int', min: 0, max: 255 },
    summary: 'Unsolicited IPv6 NAs after a failover (same setting as num_grat_arp).',
    doc: 'IPv6 name of `num_grat_arp`: both set the same kernel value, so give only one or give them equal values (NetworkManager rejects different values).',
  },
  {
    name: 'peer_notif_delay',
    kind: 'int',
    range: [0, 300000],
    helpers: { off: 0, maxval: 300000 },
    default: '0 (the miimon interval)',
    unit: 'ms',
    sysfs: true,
    nm: { kind: 'int', min: 0, max: INT_MAX },
    summary: 'Delay between peer notifications after failover (needs miimon).',
    doc: 'Milliseconds between the peer notifications counted by `num_grat_arp`. Needs `miimon`; the kernel rounds it down to a multiple of miimon and NetworkManager refuses a profile where it is not one.',
  },
  {
    name: 'resend_igmp',
    kind: 'int',
    range: [0, 255],
    helpers: { off: 0, default: 1, maxval: 255 },
    default: '1',
    sysfs: true,
    nm: { kind: 'int', min: 0, max: 255 },
    summary: 'IGMP reports sent after a failover (0–255).',
    doc: 'Number of IGMP membership reports sent after a failover, so that multicast keeps flowing to the new port. The first goes out at once, the rest every 200 ms.',
  },
  {
    name: 'all_slaves_active',
    kind: 'enum',
    default: '0',
    sysfs: true,
    values: onOff(
      'Drop duplicate frames received on inactive ports (default).',
      'Deliver frames received on inactive ports too.',
    ),
    nm: { kind: 'int', min: 0, max: 1 },
    summary: 'Deliver frames received on inactive ports (0/1).',
    doc: 'Whether frames arriving on inactive ports are delivered (1) or dropped as duplicates (0). NetworkManager only accepts `0`/`1`.',
  },
  {
    name: 'packets_per_slave',
    kind: 'int',
    range: [0, 65535],
    helpers: { default: 1, maxval: 65535 },
    default: '1',
    sysfs: true,
    nm: { kind: 'int', min: 0, max: 65535 },
    summary: 'Packets per port before moving on (balance-rr; 0 = random).',
    doc: 'In balance-rr, how many packets go out of one port before the next is used; 0 picks a random port.',
  },
  {
    name: 'tlb_dynamic_lb',
    kind: 'enum',
    default: '1',
    setTime: 'bond-down',
    sysfs: true,
    values: onOff('Balance by hash only (no dynamic shuffling).', 'Balance by current load (default).'),
    nm: { kind: 'int', min: 0, max: 1 },
    summary: 'Dynamic load balancing in balance-tlb (0/1).',
    doc: 'In balance-tlb, `1` shuffles flows by current load, `0` distributes by hash only. NetworkManager only accepts `0`/`1`.',
  },
  {
    name: 'lp_interval',
    kind: 'int',
    range: [1, INT_MAX],
    helpers: { minval: 1, maxval: INT_MAX, default: 1 },
    default: '1',
    unit: 's',
    sysfs: true,
    nm: { kind: 'int', min: 1, max: INT_MAX },
    summary: 'Seconds between learning packets to peer switches (tlb/alb).',
    doc: 'How often, in seconds, the bond sends learning packets so that switches keep the port MACs of balance-tlb/alb fresh.',
  },
  {
    name: 'queue_id',
    kind: 'queue-id',
    default: '0',
    setTime: 'after-enslave',
    sysfs: true,
    summary: 'Output queue of a port, `ifname:qid` (runtime; use BOND_PORT_QUEUE_ID).',
    doc: "Assigns a transmit queue to an enslaved port (`eth1:2`). initscripts writes BONDING_OPTS before enslaving, so it fails there; NetworkManager uses `BOND_PORT_QUEUE_ID` in the port's file instead.",
  },
  {
    name: 'slaves',
    kind: 'slaves',
    default: '–',
    sysfs: true,
    summary: 'Add/remove ports via sysfs (`+ifname`/`-ifname`); use MASTER= in port files.',
    doc: 'The sysfs command file for adding (`+eth1`) and removing (`-eth1`) ports. In ifcfg files, ports name their bond with `MASTER=` instead.',
  },
  {
    name: 'max_bonds',
    kind: 'int',
    default: '1',
    setTime: 'module-load',
    sysfs: false,
    summary: 'Module parameter: bond devices created at load (not per bond).',
    doc: 'A module-wide parameter telling `modprobe bonding` how many bond devices to create. It has no per-bond file and confuses the network scripts when put in BONDING_OPTS.',
  },
  {
    name: 'tx_queues',
    kind: 'int',
    default: '16',
    setTime: 'module-load',
    sysfs: false,
    summary: 'Module parameter: transmit queues per bond.',
    doc: 'A module-wide parameter (1–255) for the number of transmit queues; it cannot be set per bond.',
  },
  {
    name: 'prio',
    kind: 'int',
    default: '0',
    sysfs: false,
    summary: 'Per-port failover priority (netlink; use BOND_PORT_PRIO).',
    doc: 'Per-port priority for choosing the active port (Linux 6.0+, active-backup/tlb/alb). It belongs to a port, not the bond: NetworkManager reads it from `BOND_PORT_PRIO` in the port file.',
  },
  {
    name: 'actor_port_prio',
    kind: 'int',
    default: '–',
    sysfs: false,
    summary: 'Per-port LACP priority (netlink only, Linux 6.18+).',
    doc: 'Per-port LACP priority used with `ad_select=actor_port_prio`. Netlink only, per port.',
  },
  {
    name: 'lacp_strict',
    kind: 'enum',
    default: 'off',
    sysfs: false,
    values: onOff('Default.', 'Strict LACP behaviour.'),
    since: 'Linux 7.1/7.2',
    summary: 'Strict LACP mode (netlink only, very new kernels).',
    doc: 'A 2026 802.3ad knob, settable only through netlink; neither initscripts nor NetworkManager can apply it from BONDING_OPTS.',
  },
  {
    name: 'balance-slb',
    kind: 'enum',
    default: '0',
    sysfs: false,
    values: onOff('Off.', 'Source-load balancing.'),
    nm: { kind: 'int', min: 0, max: 1 },
    since: 'NetworkManager 1.42',
    summary: 'NetworkManager-only: source-load balancing for balance-xor.',
    doc: 'Not a kernel option: a NetworkManager extension (1.42+) that needs `mode=balance-xor` and `xmit_hash_policy=vlan+srcmac`. initscripts would try to write a sysfs file of that name and fail.',
  },
];

/** Read-only sysfs attributes: writing them fails. */
export const READ_ONLY_BOND_FILES: readonly string[] = [
  'mii_status',
  'ad_aggregator',
  'ad_num_ports',
  'ad_actor_key',
  'ad_partner_key',
  'ad_partner_mac',
];

export const BOND_OPTION_BY_NAME = new Map(BOND_OPTIONS.map((o) => [o.name, o]));

const helperMaps = new WeakMap<BondOption, ReadonlyMap<string, number>>();

/** The number a helper name (`off`, `maxval`…) stands for, looked up in a Map: option values
 *  are user text, and `toString` or `__proto__` must not find an object property. */
export function helperValue(o: BondOption, name: string): number | undefined {
  if (!o.helpers) return undefined;
  let m = helperMaps.get(o);
  if (!m) helperMaps.set(o, (m = new Map(Object.entries(o.helpers))));
  return m.get(name);
}
