// The fields of /proc/net/bonding/bondN, what each means, and the mode names the kernel prints.
import type { BondMode } from './modes';

/** Mode text printed by bond_mode_name() in the kernel. */
export const PROC_MODE_NAMES: Record<string, BondMode> = {
  'load balancing (round-robin)': 'balance-rr',
  'fault-tolerance (active-backup)': 'active-backup',
  'load balancing (xor)': 'balance-xor',
  'fault-tolerance (broadcast)': 'broadcast',
  'IEEE 802.3ad Dynamic link aggregation': '802.3ad',
  'transmit load balancing': 'balance-tlb',
  'adaptive load balancing': 'balance-alb',
};

export interface CaptureFieldInfo {
  doc: string;
}

export const CAPTURE_FIELDS: Record<string, CaptureFieldInfo> = {
  'Ethernet Channel Bonding Driver': { doc: 'Version of the bonding driver that printed this status.' },
  'Bonding Mode': {
    doc: 'The running mode, in the kernel\'s words: "fault-tolerance (active-backup)" is `mode=1`, "IEEE 802.3ad Dynamic link aggregation" is `mode=4`, "adaptive load balancing" is `mode=6`, and so on. In active-backup a suffix "(fail_over_mac active)" or "(fail_over_mac follow)" shows a non-default fail_over_mac; no suffix means `none`.',
  },
  'Transmit Hash Policy': {
    doc: 'The running `xmit_hash_policy` with its number (balance-xor, 802.3ad, balance-tlb).',
  },
  'Primary Slave': {
    doc: 'The port named by `primary=` ("None" when unset), and whether reselection follows `primary_reselect`.',
  },
  'Currently Active Slave': {
    doc: 'The port carrying traffic right now (active-backup, tlb, alb). After a failover it changes: if the network died at that moment on a VM, suspect fail_over_mac.',
  },
  'MII Status': {
    doc: 'Link state as MII monitoring sees it: `up` or `down` (in a slave section: that port; at the top: the bond). On virtual NICs it follows the hypervisor\'s "cable", not the physical uplink.',
  },
  'MII Polling Interval (ms)': {
    doc: 'The running `miimon`. 0 means no MII monitoring; unless ARP monitoring is on, the bond then never notices a dead port.',
  },
  'Up Delay (ms)': {
    doc: 'The running `updelay`: how long a port must stay up before it is used (a multiple of miimon).',
  },
  'Down Delay (ms)': {
    doc: 'The running `downdelay`: how long a port may stay down before it is dropped (a multiple of miimon).',
  },
  'Peer Notification Delay (ms)': {
    doc: 'The running `peer_notif_delay`: spacing of the gratuitous ARPs / unsolicited NAs sent after a failover.',
  },
  'ARP Polling Interval (ms)': { doc: 'The running `arp_interval`; 0 means no ARP monitoring.' },
  'ARP Missed Max': { doc: 'The running `arp_missed_max`: missed ARP intervals before a port is declared down.' },
  'ARP IP target/s (n.n.n.n form)': { doc: 'The running `arp_ip_target` list probed by the ARP monitor.' },
  'NS IPv6 target/s (xx::xx form)': { doc: 'The running `ns_ip6_target` list probed by the NS monitor.' },
  'LACP active': { doc: 'The running `lacp_active`: whether the bond sends LACPDUs on its own.' },
  'LACP rate': { doc: 'The running `lacp_rate`: `slow` (partner sends every 30 s) or `fast` (every second).' },
  'Min links': { doc: 'The running `min_links`.' },
  'Aggregator selection policy (ad_select)': { doc: 'The running `ad_select`.' },
  'System priority': { doc: 'The LACP system priority (`ad_actor_sys_prio`).' },
  'System MAC address': { doc: "The LACP system id (`ad_actor_system`, or the bond's MAC)." },
  'Active Aggregator Info': { doc: 'The aggregator currently carrying traffic in 802.3ad.' },
  'Aggregator ID': {
    doc: 'Which 802.3ad aggregator this port (or the active one) belongs to. Ports in different aggregators do not share load.',
  },
  'Number of ports': {
    doc: 'Ports in the active 802.3ad aggregator; fewer than the bond has means some ports did not agree with the partner.',
  },
  'Actor Key': { doc: 'LACP key of this side (derived from speed, duplex and ad_user_port_key).' },
  'Partner Key': { doc: 'LACP key the partner announced.' },
  'Partner Mac Address': {
    doc: 'System id of the LACP partner (the switch). `00:00:00:00:00:00` means no LACPDU was ever received: no LACP partner, e.g. the switch ports are not configured for LACP, or the bond is inside a VM.',
  },
  'Slave Interface': { doc: "Start of one port's section." },
  Speed: { doc: 'Negotiated speed of the port.' },
  Duplex: { doc: 'Negotiated duplex of the port.' },
  'Link Failure Count': {
    doc: "How often this port's link went down since the bond came up. A count that keeps rising between captures means a flapping cable, port or (in VMs) a host-side problem.",
  },
  'Permanent HW addr': {
    doc: "The port's own, burned-in MAC. With `fail_over_mac=none` the port actually uses the bond's MAC (see `ip link`), which is why HWADDR in ifcfg files must be this permanent address. A virtual-NIC prefix here (08:00:27 VirtualBox, 00:50:56 VMware…) is strong evidence that the bond runs in a VM.",
  },
  'Slave queue ID': { doc: "The port's `queue_id` (0 = none)." },
  'Actor Churn State': { doc: 'LACP churn detection for this side: `churned` means the actor state did not settle.' },
  'Partner Churn State': {
    doc: 'LACP churn detection for the partner: `churned` means no stable LACP exchange with the switch.',
  },
  'Actor Churned Count': { doc: 'How often the actor state churned.' },
  'Partner Churned Count': { doc: 'How often the partner state churned.' },
};

// Field names come from pasted text: look them up in Maps, never as object properties
// (`constructor` would find a function).
export const CAPTURE_FIELD_BY_NAME: ReadonlyMap<string, CaptureFieldInfo> = new Map(Object.entries(CAPTURE_FIELDS));
export const PROC_MODE_BY_NAME: ReadonlyMap<string, BondMode> = new Map(Object.entries(PROC_MODE_NAMES));
