// Documentation half of the vnic rules: the explanation and the examples that docs/rules.md
// and the per-rule tests are generated from. Kept apart from vnic.ts so the shipped server and
// CLI do not carry it; the type makes a missing entry a compile error.
import { src } from './sources';
import type { RuleDocs } from './types';
import type { VNIC_RULES } from './vnic';
import { B, bond, physical, port, seed } from './examples';

export const VNIC_DOCS = {
  'VNIC-001': {
    sources: [
      src('kernel.bonding.rst', 'fail_over_mac'),
      src('vendor.virtualbox', 'Virtual Networking'),
      src('vendor.vmware', 'Security policy: MAC address changes, Forged transmits'),
      src('vendor.hyperv', 'MacAddressSpoofing'),
      src('vendor.openstack', 'port security'),
    ],
    explanation:
      "In active-backup with fail_over_mac=none every port is given the bond's MAC when it is enslaved. Hypervisors deliver frames to a virtual NIC by the MAC they assigned to it (VirtualBox), or reject MAC changes and forged transmits by switch policy (vSphere standard/distributed switches reject them by default since 7.0; VMware Workstation behaves differently), or block MAC spoofing (Hyper-V, OpenStack port security). After a failover the traffic for the moved MAC is not delivered to the backup vNIC. fail_over_mac=active keeps each vNIC's own MAC and moves the bond's MAC instead. Reported when MAC prefixes, a capture, the host, or the `ifcfg.virtualization` setting say the ports are virtual.",
    examples: [
      {
        bad: seed(),
        good: seed('mode=1 miimon=100 fail_over_mac=1'),
        fixed: bond('mode=1 miimon=100 fail_over_mac=1'),
      },
      {
        bad: seed('mode=active-backup miimon=100 fail_over_mac=none'),
        good: seed('mode=active-backup miimon=100 fail_over_mac=active'),
        fixed: bond('mode=active-backup miimon=100 fail_over_mac=active'),
      },
      {
        bad: physical(),
        good: physical(),
        settings: { virtualization: 'virtualbox' },
        goodSettings: { virtualization: 'none' },
        fixed: bond('mode=1 miimon=100 fail_over_mac=1'),
      },
    ],
  },
  'VNIC-002': {
    sources: [src('kernel.bonding.rst', 'balance-tlb / balance-alb'), src('vendor.virtualbox', 'Virtual Networking')],
    explanation:
      'balance-tlb/alb move MACs between ports at failover (alb also answers ARP with per-port MACs); a virtual switch that pins each vNIC to its MAC drops that traffic.',
    examples: [
      {
        bad: seed('mode=6 miimon=100'),
        good: physical('mode=6 miimon=100'),
        fixed: bond('mode=1 miimon=100 fail_over_mac=1'),
      },
    ],
  },
  'VNIC-003': {
    sources: [src('kernel.bonding.rst', 'Bonding Modes'), src('vendor.virtualbox', 'Virtual Networking')],
    explanation:
      "balance-rr, balance-xor and broadcast need an EtherChannel on the switch; a hypervisor's virtual switch offers none to a guest.",
    examples: [
      {
        bad: seed('mode=balance-rr miimon=100'),
        good: physical('mode=balance-rr miimon=100'),
        fixed: bond('mode=active-backup miimon=100 fail_over_mac=active'),
      },
    ],
  },
  'VNIC-004': {
    sources: [src('kernel.bonding.rst', '802.3ad'), src('vendor.virtualbox', 'Virtual Networking')],
    explanation: "802.3ad needs an LACP partner; the guest's virtual switch does not take part in LACP.",
    examples: [{ bad: seed('mode=4 miimon=100 lacp_rate=1'), good: physical('mode=4 miimon=100 lacp_rate=1') }],
  },
  'VNIC-005': {
    sources: [src('kernel.bonding.rst', 'ARP Monitor Operation')],
    explanation: 'In a VM miimon sees the virtual link state, not the host uplink; ARP monitoring tests reachability.',
    examples: [
      {
        bad: seed('mode=1 miimon=100', 'GATEWAY=192.168.99.1\n'),
        good: seed('mode=1 arp_interval=1000 arp_ip_target=192.168.99.1'),
        fixed: bond('mode=1 arp_interval=1000 arp_ip_target=192.168.99.1', 'GATEWAY=192.168.99.1\n'),
      },
    ],
  },
  'VNIC-006': {
    sources: [src('kernel.bonding.rst', 'num_grat_arp')],
    explanation:
      'With fail_over_mac=active peers learn the new MAC from the gratuitous ARPs sent at failover; one lost packet stalls traffic until caches expire.',
    examples: [
      {
        bad: B('mode=1 miimon=100 fail_over_mac=1'),
        good: B('mode=1 miimon=100 fail_over_mac=1 num_grat_arp=3'),
        fixed: bond('mode=1 miimon=100 fail_over_mac=1 num_grat_arp=3'),
      },
    ],
  },
  'VNIC-007': {
    sources: [src('kernel.bonding.rst', 'fail_over_mac')],
    explanation:
      'With fail_over_mac=active the bond takes the MAC of the active port, so a MACADDR on the bond is overridden at the next failover.',
    examples: [
      {
        bad: B('mode=1 miimon=100 fail_over_mac=1 num_grat_arp=3', 'MACADDR=02:00:00:00:00:01\n'),
        good: B('mode=1 miimon=100 fail_over_mac=1 num_grat_arp=3'),
        fixed: bond('mode=1 miimon=100 fail_over_mac=1 num_grat_arp=3'),
      },
    ],
  },
  'VNIC-008': {
    sources: [src('kernel.bonding.rst', 'fail_over_mac'), src('vendor.virtualbox', 'Virtual Networking')],
    explanation:
      'A MACADDR on an active-backup bond on vNICs is a MAC no vNIC owns; hypervisors that filter by MAC drop it.',
    examples: [
      {
        bad: seed('mode=1 miimon=100', 'MACADDR=02:00:00:00:00:01\n'),
        good: physical('mode=1 miimon=100', 'MACADDR=02:00:00:00:00:01\n'),
      },
    ],
  },
  'VNIC-009': {
    sources: [
      src('vendor.virtualbox', 'Virtual Networking'),
      src('vendor.vmware', 'Security policy: MAC address changes'),
    ],
    explanation:
      "Changing a vNIC's MAC inside the guest is blocked by hypervisors that filter by MAC unless the host allows it.",
    examples: [
      {
        bad: seed('mode=1 miimon=100 fail_over_mac=1', '', 'MACADDR=02:00:00:00:00:01\n'),
        good: physical('mode=1 miimon=100', '', 'MACADDR=02:00:00:00:00:01\n'),
        file: 'ifcfg-enp0s8',
      },
    ],
  },
  'VNIC-010': {
    sources: [src('vendor.openstack', 'port security / allowed-address-pairs')],
    explanation: 'OpenStack port security lets each port use only its own MAC and fixed IPs.',
    examples: [
      {
        bad: {
          'ifcfg-bond0': bond('mode=1 miimon=100'),
          'ifcfg-eth1': port('eth1', 'fa:16:3e:00:00:01'),
          'ifcfg-eth2': port('eth2', 'fa:16:3e:00:00:02'),
        },
        good: seed(),
      },
    ],
  },
  'VNIC-011': {
    sources: [src('nm.reader', 'make_wired_setting (HWADDR)'), src('is.functions', 'get_device_by_hwaddr')],
    explanation:
      "Two ports with the same HWADDR: HWADDR must be each NIC's permanent MAC; copied from `ip link` on a bonded system it is the bond's MAC and matches only one NIC.",
    examples: [
      {
        bad: {
          'ifcfg-bond0': bond('mode=1 miimon=100'),
          'ifcfg-eth1': port('eth1', '00:1b:21:0a:0b:01'),
          'ifcfg-eth2': port('eth2', '00:1b:21:0a:0b:01'),
        },
        good: physical(),
        file: 'ifcfg-eth1',
      },
    ],
  },
  'VNIC-012': {
    sources: [src('kernel.bonding.rst', 'Configuring Bonding for Maximum Throughput / bridges')],
    explanation: 'Bridged guests behind a bond break with balance-rr, broadcast, balance-tlb and balance-alb.',
    examples: [
      {
        bad: B('mode=0 miimon=100', 'BRIDGE=br0\n'),
        good: B('mode=4 miimon=100 lacp_rate=1', 'BRIDGE=br0\n'),
      },
    ],
  },
  'VNIC-013': {
    sources: [src('kernel.bonding.rst', 'ARP Monitor Operation')],
    explanation: 'ARP monitoring on a bond that carries bridged guests is unreliable.',
    examples: [
      {
        bad: B('mode=2 arp_interval=1000 arp_ip_target=10.0.0.1', 'BRIDGE=br0\n'),
        good: B('mode=2 miimon=100', 'BRIDGE=br0\n'),
      },
    ],
  },
  'VNIC-014': {
    sources: [src('kernel.bonding.rst', 'active-backup')],
    explanation:
      'After an active-backup failover nothing announces the MACs of guests behind the bridge on the new port.',
    examples: [
      {
        bad: B('mode=1 miimon=100', 'BRIDGE=br0\n'),
        good: B('mode=4 miimon=100 lacp_rate=1', 'BRIDGE=br0\n'),
      },
    ],
  },
  'VNIC-015': {
    sources: [src('vendor.openstack', 'port security')],
    explanation: 'Clouds forward per vNIC; guest bonding adds no redundancy.',
    examples: [
      {
        bad: {
          'ifcfg-bond0': bond('mode=1 miimon=100'),
          'ifcfg-eth1': port('eth1', '00:0d:3a:00:00:01'),
          'ifcfg-eth2': port('eth2', '00:0d:3a:00:00:02'),
        },
        good: physical(),
      },
    ],
  },
  'VNIC-016': {
    sources: [src('kernel.bonding.rst', 'fail_over_mac')],
    explanation:
      'Only the interface names suggest a VM, so the fail_over_mac fix is offered but never applied by fix-all.',
    examples: [
      {
        bad: {
          'ifcfg-bond0': bond('mode=1 miimon=100'),
          'ifcfg-enp0s8': port('enp0s8'),
          'ifcfg-enp0s9': port('enp0s9'),
        },
        good: { 'ifcfg-bond0': bond('mode=1 miimon=100'), 'ifcfg-eth1': port('eth1'), 'ifcfg-eth2': port('eth2') },
        fixed: bond('mode=1 miimon=100 fail_over_mac=1'),
      },
    ],
  },
  'VNIC-017': {
    sources: [src('kernel.bonding.rst', 'fail_over_mac')],
    explanation:
      'If the ports are virtual NICs, active-backup needs fail_over_mac=active; on physical NICs the default is right. Without evidence this is a hint whose fix the user must pick.',
    examples: [
      {
        bad: physical(),
        good: physical(),
        goodSettings: { virtualization: 'none' },
        fixed: bond('mode=1 miimon=100 fail_over_mac=1'),
      },
    ],
  },
} satisfies Record<keyof typeof VNIC_RULES, RuleDocs>;
