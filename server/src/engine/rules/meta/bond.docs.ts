// Documentation half of the bond rules: the explanation and the examples that docs/rules.md
// and the per-rule tests are generated from. Kept apart from bond.ts so the shipped server and
// CLI do not carry it; the type makes a missing entry a compile error.
import { src } from './sources';
import type { RuleDocs } from './types';
import type { BOND_RULES } from './bond';
import {
  B,
  bond,
  CAPTURE_AB,
  CASE_DIR,
  files,
  KB,
  KF_DIR,
  KF_ETH,
  kfBond,
  kfPhysical,
  kfPhysicalWith,
  kfPort,
  kfSeed,
  one,
  physical,
  port,
  seed,
  targets,
} from './examples';

export const BOND_DOCS = {
  'BOND-001': {
    sources: [
      src('kernel.bonding.rst', 'miimon'),
      src('kernel.bond_options', 'bond_option_mode_set'),
      src('nm.bond', '_bond_get_option_or_default (miimon default "100")'),
      src('is.functions', 'install_bonding_driver'),
    ],
    explanation:
      "Without miimon or arp_interval, initscripts leaves the kernel's miimon at 0 in balance-rr, active-backup, balance-xor and broadcast, so a dead port is never noticed; NetworkManager assumes miimon=100 when the option is absent. (802.3ad, balance-tlb and balance-alb get miimon=100 from the kernel when the mode is set.)",
    examples: [
      { bad: KB('mode=1'), good: KB('mode=1 miimon=100'), dir: KF_DIR },
      { bad: B('mode=1'), good: B('mode=1 miimon=100'), fixed: bond('mode=1 miimon=100') },
    ],
  },
  'BOND-002': {
    sources: [src('kernel.bonding.rst', 'miimon')],
    explanation:
      'miimon=0 switches MII monitoring off and no ARP monitoring is set, so the bond never notices a dead port.',
    examples: [
      { bad: KB('mode=1 miimon=0'), good: KB('mode=1 miimon=100'), dir: KF_DIR },
      { bad: B('mode=1 miimon=0'), good: B('mode=1 miimon=100'), fixed: bond('mode=1 miimon=100') },
    ],
  },
  'BOND-003': {
    sources: [
      src('kernel.bond_options', 'bond_mode_tbl (balance-rr is the default)'),
      src('nm.bond', 'nm_setting_bond_init'),
    ],
    explanation:
      'Without mode= the kernel and NetworkManager both use balance-rr, which needs a static EtherChannel on the switch.',
    examples: [
      {
        bad: KB('miimon=100'),
        good: KB('mode=1 miimon=100'),
        dir: KF_DIR,
        fixed: kfBond('mode=active-backup miimon=100'),
      },
      {
        bad: B('miimon=100'),
        good: B('mode=1 miimon=100'),
        fixed: bond('mode=active-backup miimon=100'),
      },
    ],
  },
  'BOND-004': {
    sources: [
      src('kernel.bond_options', 'bond_opts[] (unsuppmodes, value tables) / bond_opt_check_deps'),
      src('nm.reader', 'make_bond_setting / handle_bond_option'),
    ],
    explanation:
      "mode names are case-sensitive; the kernel refuses unknown names (initscripts' write fails and the bond stays balance-rr) and NetworkManager drops the option, also ending up with balance-rr.",
    examples: [
      { bad: KB('mode=Active-Backup miimon=100'), good: KB('mode=active-backup miimon=100'), dir: KF_DIR },
      {
        bad: B('mode=Active-Backup miimon=100'),
        good: B('mode=active-backup miimon=100'),
        fixed: bond('mode=active-backup miimon=100'),
      },
    ],
  },
  'BOND-005': {
    sources: [
      src('kernel.bond_options', 'bond_option_arp_interval_set / bond_option_miimon_set'),
      src('nm.bond', '_bond_get_option_normalized'),
      src('is.functions', 'install_bonding_driver'),
    ],
    explanation:
      'MII and ARP monitoring cannot run together. initscripts writes miimon first and the other options later, and the kernel switches MII monitoring off when arp_interval is set, so ARP wins; NetworkManager keeps miimon and drops the ARP options. The same file behaves differently under the two tools.',
    examples: [
      {
        bad: KB('mode=1 miimon=100 arp_interval=200 arp_ip_target=10.0.0.1'),
        good: KB('mode=1 arp_interval=200 arp_ip_target=10.0.0.1'),
        dir: KF_DIR,
      },
      {
        bad: B('mode=1 miimon=100 arp_interval=200 arp_ip_target=10.0.0.1'),
        good: B('mode=1 arp_interval=200 arp_ip_target=10.0.0.1'),
      },
    ],
  },
  'BOND-006': {
    sources: [
      src('nm.bond', 'verify()'),
      src('kernel.bond_options', 'bond_option_arp_interval_set'),
      src('nm.keyfile', 'gateway_parser / ip_address_or_route_parser'),
    ],
    explanation:
      "arp_interval needs at least one arp_ip_target (or ns_ip6_target): NetworkManager's verify() refuses the profile, and the kernel runs an ARP monitor with nothing to probe. The fix offers the profile's IPv4 gateway (GATEWAY; in a keyfile [ipv4] gateway=, else the gateway of the first address=ip/prefix,gateway) as the target.",
    examples: [
      {
        bad: KB('mode=1 arp_interval=200'),
        good: KB('mode=1 arp_interval=200 arp_ip_target=10.0.0.1'),
        dir: KF_DIR,
        fixed: kfBond('mode=1 arp_interval=200 arp_ip_target=192.0.2.1'),
      },
      {
        bad: {
          'bond0.nmconnection': kfBond('mode=1 arp_interval=200').replace('[ipv6]', 'gateway=192.0.2.254\n\n[ipv6]'),
        },
        good: KB('mode=1 arp_interval=200 arp_ip_target=10.0.0.1'),
        dir: KF_DIR,
        fixed: kfBond('mode=1 arp_interval=200 arp_ip_target=192.0.2.254').replace(
          '[ipv6]',
          'gateway=192.0.2.254\n\n[ipv6]',
        ),
      },
      {
        bad: B('mode=1 arp_interval=200', 'GATEWAY=192.168.1.1\n'),
        good: B('mode=1 arp_interval=200 arp_ip_target=10.0.0.1'),
        fixed: bond('mode=1 arp_interval=200 arp_ip_target=192.168.1.1', 'GATEWAY=192.168.1.1\n'),
      },
    ],
  },
  'BOND-007': {
    sources: [src('nm.bond', 'verify()'), src('kernel.bonding.rst', 'arp_ip_target')],
    explanation:
      "arp_ip_target and ns_ip6_target only mean something with arp_interval > 0. NetworkManager's verify() refuses a profile that has them without arp_interval, in every mode; the kernel accepts the targets but does nothing with them.",
    examples: [
      {
        bad: KB('mode=1 miimon=100 arp_ip_target=10.0.0.1'),
        good: KB('mode=1 arp_interval=200 arp_ip_target=10.0.0.1'),
        dir: KF_DIR,
      },
      {
        bad: B('mode=1 miimon=100 arp_ip_target=10.0.0.1'),
        good: B('mode=1 arp_interval=200 arp_ip_target=10.0.0.1'),
      },
    ],
  },
  'BOND-008': {
    sources: [
      src('kernel.bond_options', 'bond_opts[] (unsuppmodes, value tables) / bond_opt_check_deps'),
      src('nm.bond', 'verify()'),
      src('nm.bond', '_bond_option_unsupp_mode'),
    ],
    explanation:
      '802.3ad, balance-tlb and balance-alb have no ARP monitoring: the kernel refuses arp_interval there. NetworkManager refuses a balance-tlb/alb profile with arp_interval > 0, and in 802.3ad removes the ARP options (normalisation) and uses MII monitoring.',
    examples: [
      {
        bad: KB('mode=4 arp_interval=200 arp_ip_target=10.0.0.1 lacp_rate=1'),
        good: KB('mode=4 miimon=100 lacp_rate=1'),
        dir: KF_DIR,
        fixed: kfBond('miimon=100 mode=4 lacp_rate=1'),
      },
      {
        bad: B('mode=4 arp_interval=200 arp_ip_target=10.0.0.1 lacp_rate=1'),
        good: B('mode=4 miimon=100 lacp_rate=1'),
        fixed: bond('mode=4 lacp_rate=1 miimon=100'),
      },
    ],
  },
  'BOND-009': {
    sources: [
      src('kernel.bond_options', '_bond_option_delay_set'),
      src('nm.bond', 'verify()'),
      src('is.functions', 'install_bonding_driver'),
    ],
    explanation:
      'updelay, downdelay and peer_notif_delay are counted in MII monitoring intervals. With miimon=0 the kernel refuses them ("MII monitoring is disabled") and NetworkManager\'s verify() refuses the profile. With no miimon at all, initscripts leaves miimon at 0 in the ARP-capable modes (the kernel refuses the delay), while NetworkManager assumes miimon=100; with ARP monitoring on, NetworkManager accepts the profile but MII monitoring does not run, so the delay does nothing.',
    examples: [
      { bad: KB('mode=1 miimon=0 updelay=200'), good: KB('mode=1 miimon=100 updelay=200'), dir: KF_DIR },
      {
        bad: B('mode=1 updelay=200'),
        good: B('mode=1 miimon=100 updelay=200'),
        fixed: bond('mode=1 updelay=200 miimon=100'),
      },
    ],
  },
  'BOND-010': {
    sources: [src('kernel.bond_options', '_bond_option_delay_set'), src('nm.bond', 'verify()')],
    explanation:
      "The kernel stores delays as a number of miimon intervals and rounds down: downdelay=10 with miimon=100 becomes 0. NetworkManager's verify() additionally refuses a peer_notif_delay that is not a multiple of miimon.",
    examples: [
      { bad: KB('mode=1 miimon=100 updelay=250'), good: KB('mode=1 miimon=100 updelay=200'), dir: KF_DIR },
      {
        bad: B('mode=1 miimon=100 updelay=250'),
        good: B('mode=1 miimon=100 updelay=200'),
        fixed: bond('mode=1 miimon=100 updelay=200'),
      },
    ],
  },
  'BOND-011': {
    sources: [
      src('kernel.bond_options', 'bond_opts[] (unsuppmodes, value tables) / bond_opt_check_deps'),
      src('nm.bond', 'verify()'),
    ],
    explanation:
      "primary exists only in active-backup, balance-tlb and balance-alb: the kernel refuses it in other modes and NetworkManager's verify() refuses the profile.",
    examples: [
      { bad: KB('mode=0 miimon=100 primary=eth0'), good: KB('mode=1 miimon=100 primary=eth0'), dir: KF_DIR },
      {
        bad: B('mode=0 miimon=100 primary=eth0'),
        good: B('mode=1 miimon=100 primary=eth0'),
        fixed: bond('mode=0 miimon=100'),
      },
    ],
  },
  'BOND-012': {
    sources: [src('kernel.bonding.rst', 'primary')],
    explanation: "primary should name one of the bond's ports; otherwise no port is preferred.",
    examples: [
      {
        bad: kfPhysical('mode=1 miimon=100 primary=eth9'),
        good: kfPhysical('mode=1 miimon=100 primary=eth1'),
        dir: KF_DIR,
      },
      {
        bad: physical('mode=1 miimon=100 primary=eth9'),
        good: physical('mode=1 miimon=100 primary=eth1'),
      },
    ],
  },
  'BOND-013': {
    sources: [
      src('kernel.bond_options', 'bond_opts[] (unsuppmodes, value tables) / bond_opt_check_deps'),
      src('nm.bond', 'verify()'),
      src('nm.bond', '_bond_option_unsupp_mode'),
    ],
    explanation:
      "802.3ad-only options in another mode. The kernel refuses lacp_rate, lacp_active, ad_actor_sys_prio, ad_actor_system, ad_user_port_key and coupled_control outside 802.3ad; NetworkManager's verify() refuses lacp_active and a lacp_rate other than slow, and removes the ad_actor_*/ad_user_port_key options; ad_select and min_links are accepted but have no effect.",
    examples: [
      { bad: KB('mode=1 miimon=100 lacp_rate=fast'), good: KB('mode=4 miimon=100 lacp_rate=fast'), dir: KF_DIR },
      {
        bad: B('mode=1 miimon=100 lacp_rate=fast'),
        good: B('mode=4 miimon=100 lacp_rate=fast'),
        fixed: bond('mode=1 miimon=100'),
      },
    ],
  },
  'BOND-014': {
    sources: [
      src('kernel.bonding.rst', 'fail_over_mac'),
      src('kernel.bonding.rst', 'num_grat_arp'),
      src('kernel.bonding.rst', 'arp_all_targets'),
    ],
    explanation:
      'fail_over_mac, num_grat_arp/num_unsol_na and arp_all_targets act only in active-backup; the kernel accepts them in other modes but they do nothing there.',
    examples: [
      {
        bad: KB('mode=0 miimon=100 fail_over_mac=1'),
        good: KB('mode=1 miimon=100 fail_over_mac=1 num_grat_arp=3'),
        dir: KF_DIR,
      },
      {
        bad: B('mode=0 miimon=100 fail_over_mac=1'),
        good: B('mode=1 miimon=100 fail_over_mac=1 num_grat_arp=3'),
        fixed: bond('mode=0 miimon=100'),
      },
    ],
  },
  'BOND-015': {
    sources: [src('kernel.bonding.rst', 'xmit_hash_policy'), src('kernel.bonding.rst', 'tlb_dynamic_lb')],
    explanation:
      'xmit_hash_policy chooses the transmit port in balance-xor and 802.3ad, and in balance-tlb/balance-alb when tlb_dynamic_lb=0; other modes ignore it.',
    examples: [
      {
        bad: KB('mode=1 miimon=100 xmit_hash_policy=layer3+4'),
        good: KB('mode=2 miimon=100 xmit_hash_policy=layer3+4'),
        dir: KF_DIR,
      },
      {
        bad: B('mode=1 miimon=100 xmit_hash_policy=layer3+4'),
        good: B('mode=2 miimon=100 xmit_hash_policy=layer3+4'),
      },
    ],
  },
  'BOND-016': {
    sources: [
      src('kernel.bond_options', 'bond_opts[] (unsuppmodes, value tables) / bond_opt_check_deps'),
      src('nm.bond', '_bond_option_unsupp_mode'),
    ],
    explanation:
      'The option is accepted in this mode but has no effect, or (packets_per_slave, tlb_dynamic_lb outside their modes) the kernel refuses it and NetworkManager removes it.',
    examples: [
      { bad: KB('mode=1 miimon=100 lp_interval=2'), good: KB('mode=6 miimon=100 lp_interval=2'), dir: KF_DIR },
      { bad: B('mode=1 miimon=100 lp_interval=2'), good: B('mode=6 miimon=100 lp_interval=2') },
      { bad: B('mode=4 miimon=100 lacp_rate=1 balance-slb=0'), good: B('mode=4 miimon=100 lacp_rate=1') },
    ],
  },
  'BOND-017': {
    sources: [src('kernel.bond_options', 'bond_option_num_peer_notif_set'), src('nm.bond', 'verify()')],
    explanation:
      "num_grat_arp and num_unsol_na are one kernel setting; NetworkManager's verify() refuses different values.",
    examples: [
      {
        bad: KB('mode=1 miimon=100 num_grat_arp=3 num_unsol_na=2'),
        good: KB('mode=1 miimon=100 num_grat_arp=3 num_unsol_na=3'),
        dir: KF_DIR,
      },
      {
        bad: B('mode=1 miimon=100 num_grat_arp=3 num_unsol_na=2'),
        good: B('mode=1 miimon=100 num_grat_arp=3 num_unsol_na=3'),
        fixed: bond('mode=1 miimon=100 num_grat_arp=3 num_unsol_na=3'),
      },
    ],
  },
  'BOND-018': {
    sources: [src('kernel.bonding.rst', 'max_bonds'), src('nm.reader', 'make_bond_setting / handle_bond_option')],
    explanation:
      "max_bonds is a module parameter of `modprobe bonding`; there is no per-bond file, so initscripts' write fails and NetworkManager drops the unknown option.",
    examples: [
      { bad: KB('mode=1 miimon=100 max_bonds=2'), good: KB('mode=1 miimon=100'), dir: KF_DIR },
      {
        bad: B('mode=1 miimon=100 max_bonds=2'),
        good: B('mode=1 miimon=100'),
        fixed: bond('mode=1 miimon=100'),
      },
    ],
  },
  'BOND-019': {
    sources: [
      src('kernel.bond_options', 'bond_opts[] (unsuppmodes, value tables) / bond_opt_check_deps'),
      src('nm.reader', 'make_bond_setting / handle_bond_option'),
      src('nm.keyfile', 'read_hash_of_string ("ignoring invalid bond option")'),
    ],
    explanation:
      "The kernel has no such bonding option (initscripts' write to the sysfs file fails: an error) and NetworkManager drops it with a warning. Where only NetworkManager reads the file (a keyfile), the profile loads without the option, so it is a warning.",
    examples: [
      {
        bad: KB('mode=1 miimon=100 fail_over_mca=1'),
        good: KB('mode=1 miimon=100 fail_over_mac=1'),
        dir: KF_DIR,
        fixed: kfBond('mode=1 miimon=100 fail_over_mac=1'),
      },
      { bad: B('mode=1 miimon=100 fail_over_mca=1'), good: B('mode=1 miimon=100 fail_over_mac=1') },
    ],
  },
  'BOND-020': {
    sources: [
      src('is.functions', 'install_bonding_driver'),
      src('nm.reader', 'make_bond_setting / handle_bond_option'),
    ],
    explanation:
      'initscripts adds every arp_ip_target token; NetworkManager keeps only the last one, so the two tools probe different targets.',
    examples: [
      {
        bad: KB('mode=1 arp_interval=1000 arp_ip_target=10.0.0.1 arp_ip_target=10.0.0.2'),
        good: KB('mode=1 arp_interval=1000 arp_ip_target=10.0.0.1,10.0.0.2'),
        dir: KF_DIR,
      },
      {
        bad: B('mode=1 arp_interval=1000 arp_ip_target=10.0.0.1 arp_ip_target=10.0.0.2'),
        good: B('mode=1 arp_interval=1000 arp_ip_target=10.0.0.1,10.0.0.2'),
        fixed: bond('mode=1 arp_interval=1000 arp_ip_target=10.0.0.1,10.0.0.2'),
      },
    ],
  },
  'BOND-021': {
    sources: [src('nm.shvar', 'svUnescape'), src('is.functions', 'source_config')],
    explanation:
      'Unquoted, bash assigns only the first option to BONDING_OPTS and treats the rest as further assignments or a command; NetworkManager reads the value as empty.',
    examples: [
      {
        bad: one('ifcfg-bond0', 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS=mode=1 miimon=100\n'),
        good: one('ifcfg-bond0', 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n'),
        fixed: 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n',
      },
    ],
  },
  'BOND-022': {
    sources: [src('nm.reader', 'connection_from_file_full (bond detection)'), src('is.functions', 'is_available')],
    explanation:
      "Without TYPE=Bond, BONDING_MASTER=yes or BONDING_OPTS, NetworkManager makes an Ethernet profile for the device. initscripts does not create the bond when it brings this file up (is_available finds no device), but a port with MASTER= creates it when it comes up (install_bonding_driver), with the kernel's default options.",
    examples: [
      {
        bad: one('ifcfg-bond0', 'DEVICE=bond0\nONBOOT=yes\n'),
        good: one('ifcfg-bond0', 'DEVICE=bond0\nTYPE=Bond\nONBOOT=yes\n'),
        fixed: 'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nONBOOT=yes\n',
      },
    ],
  },
  'BOND-023': {
    sources: [src('nm.reader', 'connection_from_file_full (BONDING_MASTER)')],
    explanation: 'NetworkManager refuses BONDING_MASTER=yes together with a TYPE other than Bond.',
    examples: [
      {
        bad: one('ifcfg-bond0', 'DEVICE=bond0\nTYPE=Ethernet\nBONDING_MASTER=yes\n'),
        good: one('ifcfg-bond0', 'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\n'),
        fixed: 'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\n',
      },
    ],
  },
  'BOND-024': {
    sources: [src('nm.reader', 'make_bond_setting')],
    explanation:
      'A bond needs DEVICE: NetworkManager refuses it ("mandatory DEVICE keyword missing") and initscripts cannot create the interface.',
    examples: [
      {
        bad: one('ifcfg-bond0', 'TYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n'),
        good: one('ifcfg-bond0', bond('mode=1 miimon=100')),
        fixed: 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n',
      },
    ],
  },
  'BOND-025': {
    sources: [src('nm.reader', 'connection_from_file_full (BONDING_OPTS makes a bond)')],
    explanation:
      "BONDING_OPTS in a port file makes NetworkManager treat the port as a bond itself; the options belong in the bond's file.",
    examples: [
      {
        bad: one('ifcfg-eth1', port('eth1', undefined, 'BONDING_OPTS="mode=1"\n')),
        good: one('ifcfg-eth1', port('eth1')),
      },
    ],
  },
  'BOND-026': {
    sources: [src('is.ifup-eth', '(SLAVE/MASTER handling)'), src('nm.reader', 'make_bond_port_setting')],
    explanation:
      'initscripts enslaves a device only with SLAVE=yes and MASTER=; otherwise it configures it as a normal interface. NetworkManager enslaves on MASTER alone.',
    examples: [
      {
        bad: one('ifcfg-eth1', 'DEVICE=eth1\nMASTER=bond0\n'),
        good: one('ifcfg-eth1', 'DEVICE=eth1\nMASTER=bond0\nSLAVE=yes\n'),
        fixed: 'DEVICE=eth1\nMASTER=bond0\nSLAVE=yes\n',
      },
    ],
  },
  'BOND-027': {
    sources: [src('is.ifup-eth', '(SLAVE/MASTER handling)')],
    explanation: 'SLAVE=yes without MASTER: initscripts does not know which bond to join.',
    examples: [
      {
        bad: one('ifcfg-eth1', 'DEVICE=eth1\nSLAVE=yes\n'),
        good: one('ifcfg-eth1', 'DEVICE=eth1\nMASTER=bond0\nSLAVE=yes\n'),
      },
    ],
  },
  'BOND-028': {
    sources: [src('nm.reader', 'make_bond_port_setting'), src('is.ifup-eth', 'install_bonding_driver ${MASTER}')],
    explanation: 'MASTER names no bond defined in this directory (by DEVICE or UUID), so the port has nothing to join.',
    examples: [
      {
        bad: files({
          'eth1.nmconnection': kfPort('eth1', '00:1B:21:0A:0B:01', 1).replace('controller=bond0', 'controller=bond9'),
          'eth0.nmconnection': KF_ETH,
        }),
        good: kfPhysical(),
        dir: KF_DIR,
        file: 'eth1.nmconnection',
      },
      {
        bad: {
          'ifcfg-eth1': port('eth1').replace('MASTER=bond0', 'MASTER=bond9'),
          'ifcfg-bond0': bond('mode=1 miimon=100'),
        },
        good: { 'ifcfg-eth1': port('eth1'), 'ifcfg-bond0': bond('mode=1 miimon=100') },
      },
    ],
  },
  'BOND-029': {
    sources: [
      src('nm.reader', 'connection_from_file_full (port profiles get no IP setting)'),
      src('is.ifup-eth', '(SLAVE handling)'),
    ],
    explanation:
      'Addresses belong on the bond; on a port they are not applied by NetworkManager (a port profile has no IP configuration), and without SLAVE=yes initscripts adds them as a second address.',
    examples: [
      {
        bad: one('ifcfg-eth1', port('eth1', undefined, 'IPADDR=10.0.0.2\nPREFIX=24\n')),
        good: one('ifcfg-eth1', port('eth1')),
      },
    ],
  },
  'BOND-030': {
    sources: [
      src(
        'nm.reader',
        'make_connection_setting (ONBOOT \u2192 autoconnect; AUTOCONNECT_SLAVES \u2192 autoconnect-slaves)',
      ),
      src('nm.keyfile', '[connection] autoconnect (g_key_file_get_boolean)'),
    ],
    explanation:
      'With NetworkManager, activating the bond does not start ports whose profile has ONBOOT=no (in a keyfile autoconnect=false), so the bond comes up without them — unless the bond asks for its ports itself (AUTOCONNECT_SLAVES=yes, in a keyfile autoconnect-ports=1).',
    examples: [
      {
        bad: kfPhysicalWith('eth1', '[connection]\n', '[connection]\nautoconnect=false\n'),
        good: kfPhysicalWith('eth1', '[connection]\n', '[connection]\nautoconnect=true\n'),
        file: 'eth1.nmconnection',
        dir: KF_DIR,
        fixed: kfPort('eth1', '00:1B:21:0A:0B:01', 1).replace('[connection]\n', '[connection]\nautoconnect=true\n'),
      },
      {
        bad: physical('mode=1 miimon=100', '', 'ONBOOT=no\n'),
        good: physical(),
        file: 'ifcfg-eth1',
        fixed: port('eth1', '00:1b:21:0a:0b:01', 'ONBOOT=yes\n'),
      },
      {
        // The bond starts its ports itself.
        bad: physical('mode=1 miimon=100', '', 'ONBOOT=no\n'),
        good: physical('mode=1 miimon=100', 'AUTOCONNECT_SLAVES=yes\n', 'ONBOOT=no\n'),
        file: 'ifcfg-eth1',
        fixed: port('eth1', '00:1b:21:0a:0b:01', 'ONBOOT=yes\n'),
      },
    ],
  },
  'BOND-031': {
    sources: [src('nm.reader', 'connection_from_file_full (NM_CONTROLLED)')],
    explanation: 'The bond and its port are configured by different tools (NM_CONTROLLED differs).',
    examples: [
      {
        bad: physical('mode=1 miimon=100', '', 'NM_CONTROLLED=no\n'),
        good: physical(),
        file: 'ifcfg-eth1',
      },
    ],
  },
  'BOND-032': {
    sources: [src('nm.reader', 'connection_from_file_full (NM_CONTROLLED \u2192 unmanaged)')],
    explanation:
      'NM_CONTROLLED=no: NetworkManager leaves the device unmanaged; only the legacy network-scripts would configure it, and they are absent from RHEL 9.',
    examples: [{ bad: B('mode=1 miimon=100', 'NM_CONTROLLED=no\n'), good: B('mode=1 miimon=100') }],
  },
  'BOND-033': {
    sources: [src('kernel.bond_main', 'bond_enslave (dev_set_mtu)')],
    explanation:
      "When a port is enslaved the kernel gives it the bond's MTU, so an MTU in the port file is overridden.",
    examples: [
      {
        bad: kfPhysicalWith('eth1', '[ethernet]\n', '[ethernet]\nmtu=9000\n'),
        good: kfPhysical(),
        file: 'eth1.nmconnection',
        dir: KF_DIR,
        fixed: kfPort('eth1', '00:1B:21:0A:0B:01', 1),
      },
      { bad: physical('mode=1 miimon=100', '', 'MTU=9000\n'), good: physical(), file: 'ifcfg-eth1' },
    ],
  },
  'BOND-034': {
    sources: [src('nm.reader', 'make_wired_setting'), src('kernel.bonding.rst', 'fail_over_mac')],
    explanation:
      "HWADDR (which NIC this file is for) and MACADDR (which MAC to set) together on a port: the kernel gives ports the bond's MAC anyway in most modes.",
    examples: [
      {
        bad: one('ifcfg-eth1', port('eth1', '00:1b:21:0a:0b:01', 'MACADDR=02:00:00:00:00:01\n')),
        good: one('ifcfg-eth1', port('eth1', '00:1b:21:0a:0b:01')),
      },
    ],
  },
  'BOND-038': {
    sources: [src('nm.reader', '(one connection per file)')],
    explanation:
      'Two profiles that start at boot (ONBOOT=yes, or a keyfile without autoconnect=false) for one interface: NetworkManager activates only one of them on the device, and initscripts brings up each file in turn, so which settings end up on it depends on order; a plain profile may win over the bond port.',
    examples: [
      {
        bad: { 'ifcfg-eth1': port('eth1'), 'ifcfg-eth1-old': 'DEVICE=eth1\nBOOTPROTO=dhcp\n' },
        good: { 'ifcfg-eth1': port('eth1'), 'ifcfg-eth1-old': 'DEVICE=eth1\nBOOTPROTO=dhcp\nONBOOT=no\n' },
      },
    ],
  },
  'BOND-039': {
    sources: [src('kernel.bonding.rst', 'Introduction')],
    explanation: 'A bond with a single port gives no redundancy.',
    examples: [
      {
        bad: files(KB('mode=1 miimon=100'), { 'eth1.nmconnection': kfPort('eth1', '00:1B:21:0A:0B:01', 1) }),
        good: kfPhysical(),
        dir: KF_DIR,
      },
      { bad: { 'ifcfg-bond0': bond('mode=1 miimon=100'), 'ifcfg-eth1': port('eth1') }, good: physical() },
    ],
  },
  'BOND-040': {
    sources: [src('kernel.bonding.rst', 'Bonding Modes')],
    explanation: 'balance-rr, balance-xor and broadcast need a static EtherChannel / trunk group on the switch ports.',
    examples: [{ bad: physical('mode=0 miimon=100'), good: physical('mode=1 miimon=100') }],
  },
  'BOND-041': {
    sources: [src('kernel.bonding.rst', 'lacp_rate')],
    explanation:
      'With lacp_rate=slow the partner sends LACPDUs every 30 s, so a dead link that keeps carrier is detected only after about 90 s.',
    examples: [
      { bad: KB('mode=4 miimon=100'), good: KB('mode=4 miimon=100 lacp_rate=fast'), dir: KF_DIR },
      { bad: B('mode=4 miimon=100'), good: B('mode=4 miimon=100 lacp_rate=fast') },
    ],
  },
  'BOND-044': {
    sources: [src('kernel.bond_options', 'bond_opt_parse / value tables')],
    explanation:
      "The value is not in the kernel's table or range for this option: initscripts' write fails. The kernel accepts names from the table, plain decimal numbers, and `default` for every option whose table has a default entry (all but lacp_rate and peer_notif_delay). In a keyfile, NetworkManager reads the value with GLib, where only a line that starts with `#` is a comment: a `# note` after a value is part of the value, which then is no number.",
    examples: [
      { bad: KB('mode=1 miimon=abc'), good: KB('mode=1 miimon=100'), dir: KF_DIR },
      {
        bad: { 'bond0.nmconnection': kfBond('mode=1 miimon=100').replace('miimon=100', 'miimon=100 # ms') },
        good: { 'bond0.nmconnection': kfBond('mode=1 miimon=100').replace('miimon=100', '# ms\nmiimon=100') },
        dir: KF_DIR,
      },
      { bad: B('mode=1 miimon=abc'), good: B('mode=1 miimon=100') },
      { bad: B('mode=4 miimon=100 lacp_rate=default'), good: B('mode=4 miimon=100 lacp_rate=slow') },
    ],
  },
  'BOND-045': {
    sources: [
      src('kernel.bond_options', 'bond_opts[] (unsuppmodes, value tables) / bond_opt_check_deps'),
      src('nm.bond', 'verify()'),
      src('nm.bond', '_bond_option_unsupp_mode'),
    ],
    explanation:
      'The option is refused in this bonding mode: the kernel answers EACCES ("mode dependency failed"), so initscripts\' write fails, and/or NetworkManager\'s verify() refuses the whole profile (error). Where NetworkManager only removes the option when it loads the profile (its _bond_option_unsupp_mode list) and only NetworkManager applies the file, it is a warning. See the table of bonding options by mode at the end of this page.',
    examples: [
      {
        bad: KB('mode=4 miimon=100 lacp_rate=1 tlb_dynamic_lb=1'),
        good: KB('mode=5 miimon=100 tlb_dynamic_lb=1'),
        dir: KF_DIR,
      },
      {
        bad: B('mode=4 miimon=100 lacp_rate=1 tlb_dynamic_lb=1'),
        good: B('mode=5 miimon=100 tlb_dynamic_lb=1'),
        fixed: bond('mode=4 miimon=100 lacp_rate=1'),
      },
      { bad: B('mode=1 miimon=100 packets_per_slave=2'), good: B('mode=0 miimon=100 packets_per_slave=2') },
      {
        bad: B('mode=4 miimon=100 lacp_rate=1 arp_validate=all'),
        good: B('mode=1 arp_interval=1000 arp_ip_target=10.0.0.1 arp_validate=all'),
        settings: { target: 'networkmanager' },
      },
    ],
  },
  'BOND-046': {
    sources: [
      src('kernel.bond_options', 'bond_opts[] (unsuppmodes, value tables) / bond_opt_check_deps'),
      src('nm.reader', 'make_bond_setting / handle_bond_option'),
    ],
    explanation:
      'The option exists only on one path: options without a sysfs file (netlink only) cannot be written by initscripts, and NetworkManager drops options it does not know.',
    examples: [
      {
        bad: KB('mode=1 miimon=100 queue_id=eth1:2'),
        good: KB('mode=1 miimon=100'),
        dir: KF_DIR,
      },
      {
        bad: B('mode=1 miimon=100 ns_ip6_target=2001:db8::1'),
        good: B('mode=1 miimon=100 ns_ip6_target=2001:db8::1'),
        settings: { target: 'initscripts' },
        goodSettings: { target: 'networkmanager' },
      },
    ],
  },
  'BOND-047': {
    sources: [src('kernel.bond_main', '(sysfs attributes)')],
    explanation: 'A read-only status file of the bond: it cannot be set.',
    examples: [
      { bad: KB('mode=1 miimon=100 mii_status=up'), good: KB('mode=1 miimon=100'), dir: KF_DIR },
      {
        bad: B('mode=1 miimon=100 mii_status=up'),
        good: B('mode=1 miimon=100'),
        fixed: bond('mode=1 miimon=100'),
      },
    ],
  },
  'BOND-048': {
    sources: [src('kernel.bonding.rst', 'use_carrier')],
    explanation: 'use_carrier=0 selects the deprecated MII/ethtool ioctl link detection, removed in newer kernels.',
    examples: [
      { bad: KB('mode=1 miimon=100 use_carrier=0'), good: KB('mode=1 miimon=100 use_carrier=1'), dir: KF_DIR },
      {
        bad: B('mode=1 miimon=100 use_carrier=0'),
        good: B('mode=1 miimon=100 use_carrier=1'),
        fixed: bond('mode=1 miimon=100'),
      },
    ],
  },
  'BOND-049': {
    sources: [
      src('nm.bond', '_nm_setting_bond_validate_option'),
      src('nm.reader', 'make_bond_setting / handle_bond_option'),
      src('nm.keyfile', 'read_hash_of_string ("ignoring invalid bond option")'),
    ],
    explanation:
      'NetworkManager validates values more strictly than the kernel (integers: decimal digits only; enums: names or indexes). Both of its readers (ifcfg-rh handle_bond_option, keyfile read_hash_of_string) check each option before adding it and drop a refused one with a warning, so the profile loads and the option takes its default; a warning, since nothing is refused as a whole.',
    examples: [
      {
        bad: KB('mode=1 miimon=100 all_slaves_active=on'),
        good: KB('mode=1 miimon=100 all_slaves_active=1'),
        dir: KF_DIR,
      },
      {
        bad: B('mode=1 miimon=100 all_slaves_active=on'),
        good: B('mode=1 miimon=100 all_slaves_active=1'),
        fixed: bond('mode=1 miimon=100 all_slaves_active=1'),
      },
    ],
  },
  'BOND-050': {
    sources: [
      src('nm.reader', 'make_bond_setting / handle_bond_option'),
      src('is.functions', 'install_bonding_driver'),
    ],
    explanation:
      'A token that is not option=value: NetworkManager skips it and initscripts writes to a sysfs file of that name, which fails.',
    examples: [
      { bad: KB('mode=1 miimon=100 fail_over_mac='), good: KB('mode=1 miimon=100'), dir: KF_DIR },
      {
        bad: B('mode=1 miimon=100 fail_over_mac'),
        good: B('mode=1 miimon=100'),
        fixed: bond('mode=1 miimon=100'),
      },
    ],
  },
  'BOND-051': {
    sources: [
      src('is.functions', 'install_bonding_driver'),
      src('kernel.bond_options', 'bond_option_arp_ip_targets_set'),
    ],
    explanation:
      'With a leading + initscripts writes the whole list as one sysfs command and the kernel adds only the first address.',
    examples: [
      {
        bad: B('mode=1 arp_interval=1000 arp_ip_target=+10.0.0.1,10.0.0.2'),
        good: B('mode=1 arp_interval=1000 arp_ip_target=10.0.0.1,10.0.0.2'),
        fixed: bond('mode=1 arp_interval=1000 arp_ip_target=10.0.0.1,10.0.0.2'),
      },
    ],
  },
  'BOND-052': {
    sources: [src('kernel.bond_options', '_bond_option_arp_ip_target_add (BOND_MAX_ARP_TARGETS)')],
    explanation: 'The kernel holds at most 16 ARP targets.',
    examples: [
      {
        bad: KB(`mode=1 arp_interval=1000 arp_ip_target=${targets(17)}`),
        good: KB(`mode=1 arp_interval=1000 arp_ip_target=${targets(16)}`),
        dir: KF_DIR,
      },
      {
        bad: B(`mode=1 arp_interval=1000 arp_ip_target=${targets(17)}`),
        good: B(`mode=1 arp_interval=1000 arp_ip_target=${targets(16)}`),
      },
    ],
  },
  'BOND-053': {
    sources: [
      src('is.functions', 'install_bonding_driver'),
      src('kernel.bond_options', 'bond_option_active_slave_set'),
    ],
    explanation:
      'active_slave and queue_id need enslaved ports, but initscripts writes BONDING_OPTS before any port is enslaved, so the write fails.',
    examples: [{ bad: B('mode=1 miimon=100 active_slave=eth1'), good: B('mode=1 miimon=100 primary=eth1') }],
  },
  'BOND-054': {
    sources: [
      src('nm.reader', 'make_bond_setting / handle_bond_option'),
      src('is.functions', 'install_bonding_driver'),
    ],
    explanation: 'An option given twice: the later value counts for both tools.',
    examples: [
      {
        bad: KB('mode=1 miimon=100 miimon=200'),
        good: KB('mode=1 miimon=200'),
        dir: KF_DIR,
        fixed: kfBond('mode=1 miimon=200'),
      },
      {
        bad: B('mode=1 miimon=100 miimon=200'),
        good: B('mode=1 miimon=200'),
        fixed: bond('mode=1 miimon=200'),
      },
    ],
  },
  'BOND-055': {
    sources: [src('nm.reader', 'make_bond_setting / handle_bond_option')],
    explanation:
      'NetworkManager splits BONDING_OPTS on spaces only, so a tab joins two options into one invalid token; bash splits on tabs too.',
    examples: [{ bad: B('mode=1\tmiimon=100'), good: B('mode=1 miimon=100') }],
  },
  'BOND-061': {
    sources: [src('nm.reader', 'make_bond_port_setting')],
    explanation: 'No file names this bond in MASTER=, so it comes up without ports.',
    examples: [
      {
        bad: files(KB('mode=active-backup miimon=100'), { 'eth3.nmconnection': KF_ETH.replace(/eth0/g, 'eth3') }),
        good: kfPhysical(),
        dir: KF_DIR,
      },
      {
        bad: { 'ifcfg-bond0': bond('mode=1 miimon=100'), 'ifcfg-eth3': 'DEVICE=eth3\nBOOTPROTO=dhcp\n' },
        good: physical(),
      },
    ],
  },
  'BOND-062': {
    sources: [
      src('is.functions', 'install_bonding_driver'),
      src('kernel.bond_options', 'bond_opts[] (unsuppmodes, value tables) / bond_opt_check_deps'),
      src('kernel.bond_procfs', 'bond_info_show_master (mode, fail_over_mac, Primary Slave, MII Polling Interval)'),
      src(
        'kernel.bond_netlink',
        'bond_fill_info (IFLA_BOND_MODE, MIIMON, FAIL_OVER_MAC always; IFLA_BOND_PRIMARY only while the primary is enslaved)',
      ),
      src(
        'iproute2.bond',
        'bond_print_opt ("mode %s", "miimon %u", "primary %s", "fail_over_mac %s"; mode_tbl, fail_over_mac_tbl)',
      ),
    ],
    explanation:
      'The running bond differs from the file: its /proc/net/bonding capture or, in a machine snapshot without one, the `bond …` line of `ip -d address` / `ip -s -d link` (mode, miimon, fail_over_mac, and the primary when ip prints one: the kernel reports a primary to ip only while that port is in the bond, so an absent one proves nothing). initscripts writes BONDING_OPTS only while the bond has no ports, and mode/fail_over_mac need the bond empty (and down), so edits are not applied to a running bond.',
    examples: [
      {
        bad: { ...kfSeed('mode=active-backup miimon=200'), 'bond0.bonding': CAPTURE_AB },
        good: { ...kfSeed(), 'bond0.bonding': CAPTURE_AB },
        dir: CASE_DIR,
      },
      {
        bad: { ...seed('mode=1 miimon=200 fail_over_mac=1'), 'bond0.bonding': CAPTURE_AB },
        good: { ...seed('mode=1 miimon=100'), 'bond0.bonding': CAPTURE_AB },
      },
    ],
  },
  'BOND-063': {
    sources: [
      src('kernel.bond_procfs', 'bond_info_show_slave (one section per enslaved port)'),
      src('iproute2.ipaddress', 'print_linkinfo ("master %s": the bond an interface is enslaved to)'),
      src('is.ifup-eth', 'ports are enslaved when their own file is brought up'),
      src('nm.reader', 'make_bond_port_setting'),
    ],
    explanation:
      'A file names this bond as its controller, but the /proc/net/bonding capture of the running bond has no section for that interface (in a machine snapshot without the capture: `ip -d address` shows no `master <bond>` for it). The kernel lists every enslaved port there, so the port was never added (the file was not brought up, its DEVICE names a NIC the machine does not have, or it is in another bond): the bond runs with less redundancy than configured. When the capture belongs to an sosreport, the machine’s interface list says which case it is.',
    examples: [
      {
        bad: {
          ...kfSeed(),
          'enp0s10.nmconnection': kfPort('enp0s10', '08:00:27:11:22:33', 7),
          'bond0.bonding': CAPTURE_AB,
        },
        good: { ...kfSeed(), 'bond0.bonding': CAPTURE_AB },
        dir: CASE_DIR,
        file: 'enp0s10.nmconnection',
      },
      {
        bad: { ...seed(), 'ifcfg-enp0s10': port('enp0s10'), 'bond0.bonding': CAPTURE_AB },
        good: {
          ...seed(),
          'ifcfg-enp0s10': port('enp0s10'),
          'bond0.bonding': `${CAPTURE_AB}\nSlave Interface: enp0s10\nMII Status: up\nPermanent HW addr: 08:00:27:11:22:33\n`,
        },
        file: 'ifcfg-enp0s10',
      },
    ],
  },
  'BOND-064': {
    sources: [
      src('kernel.bond_procfs', 'bond_info_show_slave'),
      src('is.ifup-eth', 'ports are enslaved when their own file is brought up'),
      src('nm.reader', 'make_bond_port_setting'),
    ],
    explanation:
      'The running bond has a port that no profile of this system puts into it. It was enslaved by hand (`ip link set … master …`) or by a profile that no longer exists, and it leaves the bond at the next reboot or re-activation. Not judged while keyfiles of the machine are unread, since one of them may name the port.',
    examples: [
      {
        bad: { 'ifcfg-bond0': bond('mode=1 miimon=100'), 'ifcfg-enp0s8': port('enp0s8'), 'bond0.bonding': CAPTURE_AB },
        good: { ...seed(), 'bond0.bonding': CAPTURE_AB },
        file: 'bond0.bonding',
      },
    ],
  },
  'BOND-065': {
    sources: [
      src('nm.reader', 'connection_from_file_full (TYPE=Bond / BONDING_MASTER make a bond setting)'),
      src('nm.reader', 'make_bond_port_setting'),
    ],
    explanation:
      "A file with MASTER= is a port, but TYPE=Bond or BONDING_MASTER=yes makes NetworkManager create a bond profile for it: the device becomes a bond of its own, enslaved to the named bond (a nested bond), and the NIC is not enslaved. Generators that copy the bond's keys into its ports produce this.",
    examples: [
      {
        bad: kfPhysicalWith('eth1', 'type=ethernet', 'type=bond'),
        good: kfPhysical(),
        file: 'eth1.nmconnection',
        dir: KF_DIR,
      },
      {
        bad: {
          'ifcfg-bond0': bond('mode=1 miimon=100'),
          'ifcfg-eth1': port('eth1', undefined, 'BONDING_MASTER=yes\n').replace('TYPE=Ethernet', 'TYPE=Bond'),
        },
        good: physical(),
        file: 'ifcfg-eth1',
      },
    ],
  },
  'BOND-066': {
    sources: [
      src('is.functions', 'is_available (install_bonding_driver only when BONDING_OPTS is set)'),
      src('is.ifup-eth', 'is_available / is_available_wait before the device is configured'),
    ],
    explanation:
      'initscripts never looks at TYPE=Bond or BONDING_MASTER. ifup-eth first asks is_available whether the device exists; for a missing device it creates the bond only when BONDING_OPTS is set (or a `modprobe` alias names the bonding driver for it). Otherwise ifup reports that the device is not present and stops, and the ports join nothing. NetworkManager creates the bond with the default options either way.',
    examples: [
      {
        bad: one('ifcfg-bond0', 'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nBOOTPROTO=none\nONBOOT=yes\n'),
        good: B('mode=1 miimon=100'),
      },
    ],
  },
} satisfies Record<keyof typeof BOND_RULES, RuleDocs>;
