// Documentation half of the misc rules: the explanation and the examples that docs/rules.md
// and the per-rule tests are generated from. Kept apart from misc.ts so the shipped server and
// CLI do not carry it; the type makes a missing entry a compile error.
import { src } from './sources';
import type { RuleDocs } from './types';
import type { MISC_RULES } from './misc';
import { CAPTURE_AB, CAPTURE_ALB, CAPTURE_LACP, eth, one } from './examples';

export const MISC_DOCS = {
  'ETHTOOL-001': {
    sources: [src('nm.reader', 'parse_ethtool_options'), src('is.functions', 'ethtool_set')],
    explanation:
      'NetworkManager parses ETHTOOL_OPTS itself and only understands autoneg/speed/duplex/wol/sopass and -K/-A/-C/-G with their values; initscripts passes the text to ethtool.',
    examples: [
      {
        bad: eth('ETHTOOL_OPTS="autoneg off speed 1000 duplex fulll"\n'),
        good: eth('ETHTOOL_OPTS="autoneg off speed 1000 duplex full; -K eth0 tso off gro on"\n'),
      },
      {
        bad: eth('ETHTOOL_OPTS="-K eth0 tso no"\n'),
        good: eth('ETHTOOL_OPTS="-G eth0 rx 4096 tx 4096; wol g"\n'),
      },
    ],
  },
  'BRIDGE-001': {
    sources: [src('nm.reader', 'handle_bridge_option'), src('is.ifup-eth', '(BRIDGING_OPTS)')],
    explanation:
      "BRIDGING_OPTS of a bridge and of a bridge port take different options; the wrong side's options are ignored by NetworkManager and fail to write under initscripts.",
    examples: [
      {
        bad: one('ifcfg-br0', 'DEVICE=br0\nTYPE=Bridge\nBRIDGING_OPTS="priority=100 path_cost=5"\n'),
        good: one('ifcfg-br0', 'DEVICE=br0\nTYPE=Bridge\nBRIDGING_OPTS="priority=100 hello_time=2"\n'),
      },
      {
        bad: one('ifcfg-eth0', 'DEVICE=eth0\nBRIDGE=br0\nBRIDGING_OPTS="hairpinmode=1"\n'),
        good: one('ifcfg-eth0', 'DEVICE=eth0\nBRIDGE=br0\nBRIDGING_OPTS="hairpin_mode=1 path_cost=100"\n'),
      },
    ],
  },
  'BRIDGE-002': {
    sources: [
      src('is.ifup-eth', 'BRIDGE=: address flush, enslave, exit before the address setup'),
      src('nm.connection', '_normalize_ip_config (ports lose their IP settings)'),
    ],
    explanation:
      'A bridge port carries no addresses of its own. ifup-eth flushes the port’s addresses, adds it to the bridge and stops before the address setup; NetworkManager removes the IP configuration of port profiles. Addresses belong in the bridge’s file.',
    examples: [
      {
        bad: one('ifcfg-eth0', 'DEVICE=eth0\nBRIDGE=br0\nONBOOT=yes\nIPADDR=10.0.0.5\nPREFIX=24\n'),
        good: one('ifcfg-eth0', 'DEVICE=eth0\nBRIDGE=br0\nONBOOT=yes\n'),
        fixed: 'DEVICE=eth0\nBRIDGE=br0\nONBOOT=yes\n',
      },
    ],
  },
  'BRIDGE-003': {
    sources: [
      src('nm.reader', 'make_bridge_setting / handle_bridge_option (DELAY only with STP)'),
      src('nm.bridge', 'verify (forward-delay 2–30 with STP)'),
      src('nm.base', 'NM_BRIDGE_FORWARD_DELAY_MIN/MAX/DEF'),
      src('is.ifup-eth', 'TYPE=Bridge: "forward_delay ${DELAY}" for ip link add/set'),
      src('iproute2.bridge', 'bridge_parse_opt (forward_delay sent unscaled, in clock_t)'),
      src('kernel.br_netlink', 'br_changelink (forward delay before stp_state)'),
      src('kernel.br_stp', 'br_set_forward_delay (-ERANGE outside 2–30 s while STP runs)'),
      src('kernel.br_stp_if', 'br_stp_start (clamps the forward delay to 2–30 s)'),
      src('kernel.br_private', 'BR_MIN_FORWARD_DELAY / BR_MAX_FORWARD_DELAY'),
    ],
    explanation:
      'With STP on the kernel keeps the forward delay between 2 and 30 seconds. NetworkManager reads DELAY in seconds: below 2 its verify() rejects the profile, above 30 it ignores the value and keeps 15 s. initscripts (10.x) passes DELAY to `ip link … type bridge forward_delay`, which counts hundredths of a second, although its own documentation says seconds: DELAY=15 is 0.15 s. When the bridge is created, STP starts after the delay is set and the kernel raises it to 2 s; when ifup runs again on a bridge that already runs STP, the kernel refuses the value and ifup fails. Without STP the delay is not used and nothing is reported.',
    examples: [
      {
        bad: one('ifcfg-br0', 'DEVICE=br0\nTYPE=Bridge\nSTP=yes\nDELAY=0\nONBOOT=yes\n'),
        good: one('ifcfg-br0', 'DEVICE=br0\nTYPE=Bridge\nSTP=no\nDELAY=0\nONBOOT=yes\n'),
      },
      {
        bad: one('ifcfg-br0', 'DEVICE=br0\nTYPE=Bridge\nSTP=on\nDELAY=45\nONBOOT=yes\n'),
        good: one('ifcfg-br0', 'DEVICE=br0\nTYPE=Bridge\nSTP=on\nONBOOT=yes\n'),
      },
      {
        bad: one('ifcfg-br0', 'DEVICE=br0\nTYPE=Bridge\nSTP=on\nDELAY=15\nONBOOT=yes\n'),
        good: one('ifcfg-br0', 'DEVICE=br0\nTYPE=Bridge\nSTP=on\nDELAY=15\nONBOOT=yes\n'),
        goodSettings: { target: 'networkmanager' },
      },
    ],
  },
  'CAP-001': {
    sources: [src('kernel.bond_main', 'bond_info_show_master / bond_info_show_slave (procfs)')],
    explanation: 'A port or the bond reports MII status down. Read from /proc/net/bonding.',
    examples: [
      {
        bad: one('bond0.bonding', CAPTURE_AB),
        good: one('bond0.bonding', CAPTURE_AB.replace('MII Status: down', 'MII Status: up')),
      },
    ],
  },
  'CAP-002': {
    sources: [src('kernel.bond_main', 'bond_info_show_master / bond_info_show_slave (procfs)')],
    explanation: 'The port lost its link since the bond came up. Read from /proc/net/bonding.',
    examples: [
      {
        bad: one('capture.txt', CAPTURE_ALB),
        good: one('capture.txt', CAPTURE_ALB.replace('Link Failure Count: 3', 'Link Failure Count: 0')),
      },
    ],
  },
  'CAP-003': {
    sources: [src('kernel.bond_main', 'bond_info_show_master / bond_info_show_slave (procfs)')],
    explanation: 'The running bond has neither MII nor ARP monitoring. Read from /proc/net/bonding.',
    examples: [
      {
        bad: one('capture.txt', CAPTURE_ALB),
        good: one('capture.txt', CAPTURE_ALB.replace('MII Polling Interval (ms): 0', 'MII Polling Interval (ms): 100')),
      },
    ],
  },
  'CAP-004': {
    sources: [src('kernel.bond_main', 'bond_info_show_master / bond_info_show_slave (procfs)')],
    explanation: 'A running active-backup bond with fail_over_mac=none on virtual NICs. Read from /proc/net/bonding.',
    examples: [
      {
        bad: one('bond0.bonding', CAPTURE_AB),
        good: one('bond0.bonding', CAPTURE_AB.replace('(active-backup)', '(active-backup) (fail_over_mac active)')),
      },
    ],
  },
  'CAP-005': {
    sources: [src('kernel.bond_main', 'bond_info_show_master / bond_info_show_slave (procfs)')],
    explanation: 'No LACPDU has been received from a partner. Read from /proc/net/bonding.',
    examples: [
      {
        bad: one('bond1.bonding', CAPTURE_LACP),
        good: one(
          'bond1.bonding',
          CAPTURE_LACP.replace('Partner Mac Address: 00:00:00:00:00:00', 'Partner Mac Address: 00:1c:73:aa:bb:cc'),
        ),
      },
    ],
  },
  'ROUTE-001': {
    sources: [src('nm.reader', 'read_route_file'), src('is.ifup-routes', '(format detection)')],
    explanation:
      'A route file is either ADDRESSn= lines or ip-route lines; once ADDRESS0 appears both tools read it as KEY=value.',
    examples: [
      {
        bad: one('route-eth0', 'ADDRESS0=10.0.0.0\nNETMASK0=255.0.0.0\n10.1.0.0/16 via 10.0.0.1\n'),
        good: one('route-eth0', 'ADDRESS0=10.0.0.0\nNETMASK0=255.0.0.0\n'),
      },
    ],
  },
  'ROUTE-002': {
    sources: [src('nm.reader', 'read_route_file'), src('is.ifup-routes', 'handle_file')],
    explanation: 'ADDRESSn routes are read from 0 upwards and stop at the first gap.',
    examples: [
      {
        bad: one('route-eth0', 'ADDRESS1=10.0.0.0\nNETMASK1=255.0.0.0\n'),
        good: one('route-eth0', 'ADDRESS0=10.0.0.0\nNETMASK0=255.0.0.0\n'),
      },
    ],
  },
  'ROUTE-003': {
    sources: [src('nm.reader', 'read_route_file (Missing IP4 route element)')],
    explanation: 'ADDRESSn needs NETMASKn; NetworkManager refuses the profile without it.',
    examples: [
      {
        bad: one('route-eth0', 'ADDRESS0=10.0.0.0\nGATEWAY0=192.168.1.1\n'),
        good: one('route-eth0', 'ADDRESS0=10.0.0.0\nNETMASK0=255.0.0.0\nGATEWAY0=192.168.1.1\n'),
      },
    ],
  },
  'ROUTE-005': {
    sources: [src('nm.reader', 'parse_route_line'), src('is.ifup-routes', '(ip route add $line)')],
    explanation: "A route line ip (or NetworkManager's parser) cannot read.",
    examples: [
      {
        bad: one('route-eth0', '10.0.0.0/8 via 10.0.0.1 foo 3\n'),
        good: one('route-eth0', '10.0.0.0/8 via 10.0.0.1 metric 3\n'),
      },
      {
        bad: one('route6-eth0', '2001:db8::/32 via 10.0.0.1\n'),
        good: one('route6-eth0', '2001:db8::/32 via 2001:db8::1\n'),
      },
    ],
  },
  'ROUTE-006': {
    sources: [src('nm.reader', 'connection_from_file_full (rule files)')],
    explanation:
      "When a rule- file exists NetworkManager ignores the profile's route file and route tables (a dispatcher script must apply them).",
    examples: [
      {
        bad: { 'route-eth0': '10.0.0.0/8 via 10.0.0.1\n', 'rule-eth0': 'from 10.0.0.0/8 table 10\n' },
        good: { 'route-eth0': '10.0.0.0/8 via 10.0.0.1\n' },
      },
    ],
  },
  'ROUTE-007': {
    sources: [src('nm.reader', 'read_route_file')],
    explanation: 'Only ADDRESSn, NETMASKn, GATEWAYn, METRICn and OPTIONSn are read in a route file.',
    examples: [
      {
        bad: one('route-eth0', 'ADDRESS0=10.0.0.0\nNETMASK0=255.0.0.0\nDEVICE=eth0\n'),
        good: one('route-eth0', 'ADDRESS0=10.0.0.0\nNETMASK0=255.0.0.0\n'),
      },
    ],
  },
  'ROUTE-008': {
    sources: [src('is.ifup-routes', 'handle_ip_file')],
    explanation:
      'initscripts passes each line to `ip route add`/`ip rule add` as it is, so a trailing comment is an argument and ip fails.',
    examples: [
      {
        bad: one('route-eth0', '10.0.0.0/8 via 10.0.0.1 # lab\n'),
        good: one('route-eth0', '# lab\n10.0.0.0/8 via 10.0.0.1\n'),
      },
    ],
  },
  'ROUTE-009': {
    sources: [
      src('nm.utils', 'utils_get_route_path (route-NAME beside ifcfg-NAME)'),
      src('is.ifup-post', 'ifup-routes ${REALDEVICE} ${DEVNAME}'),
      src('is.ifup-routes', 'route-/route6-/rule-/rule6- of the device and of the file name'),
    ],
    explanation:
      "NetworkManager reads `route-NAME`, `route6-NAME` and `rule-NAME` only together with `ifcfg-NAME`; initscripts reads them for the file's name and for the DEVICE that comes up. With neither an ifcfg file of that name nor a DEVICE of that name in the directory, the file is never read. (When a file in the directory finds its interface by HWADDR alone, its name is unknown and nothing is reported.)",
    examples: [
      {
        bad: {
          'route-eth1': '10.10.0.0/16 via 192.168.1.1\n',
          'ifcfg-eth0': 'DEVICE=eth0\nBOOTPROTO=dhcp\n',
        },
        good: {
          'route-eth1': '10.10.0.0/16 via 192.168.1.1\n',
          'ifcfg-eth1': 'DEVICE=eth1\nBOOTPROTO=dhcp\n',
        },
      },
    ],
  },
  'RULE-001': {
    sources: [src('nm.reader', 'parse_route_line (rules)'), src('is.ifup-routes', 'handle_ip_file')],
    explanation: 'A word ip rule does not know: the line fails.',
    examples: [
      {
        bad: one('rule-eth0', 'from 10.0.0.0/8 tabel 10\n'),
        good: one('rule-eth0', 'from 10.0.0.0/8 table 10\n'),
      },
    ],
  },
} satisfies Record<keyof typeof MISC_RULES, RuleDocs>;
