// Documentation half of the ifcfg rules: the explanation and the examples that docs/rules.md
// and the per-rule tests are generated from. Kept apart from ifcfg.ts so the shipped server and
// CLI do not carry it; the type makes a missing entry a compile error.
import { src } from './sources';
import type { RuleDocs } from './types';
import type { IFCFG_RULES } from './ifcfg';
import { eth, one } from './examples';

export const IFCFG_DOCS = {
  'IFCFG-001': {
    sources: [
      src('nm.shvar', 'svUnescape / svParseLine'),
      src('is.functions', 'source_config (the file is sourced by bash)'),
    ],
    explanation:
      "NetworkManager's reader only understands `KEY=value` lines and skips anything else with a warning; initscripts sources the file with bash, which runs such a line as a command (`export`/`declare` still assign for bash, so the two tools end up with different settings).",
    examples: [
      { bad: eth('DEVICE=eth0\necho hi\n'), good: eth('DEVICE=eth0\n# echo hi\n') },
      { bad: eth('export ONBOOT=yes\n'), good: eth('ONBOOT=yes\n'), fixed: 'ONBOOT=yes\n' },
      { bad: eth('ONBOOT = yes\n'), good: eth('ONBOOT=yes\n'), fixed: 'ONBOOT=yes\n' },
    ],
  },
  'IFCFG-002': {
    sources: [
      src('nm.shvar', 'svUnescape / svParseLine'),
      src('is.functions', 'source_config (the file is sourced by bash)'),
    ],
    explanation:
      'An unquoted blank ends a shell word: bash assigns only the first word and runs the rest as a command, and NetworkManager rejects the whole value and reads the key as empty.',
    examples: [{ bad: eth('NAME=My Device\n'), good: eth('NAME="My Device"\n'), fixed: 'NAME="My Device"\n' }],
  },
  'IFCFG-003': {
    sources: [
      src('nm.shvar', 'svUnescape / svParseLine'),
      src('is.functions', 'source_config (the file is sourced by bash)'),
    ],
    explanation:
      'A quote that is never closed makes NetworkManager read the key as empty, while bash keeps reading the following lines into the value (or fails to source the file).',
    examples: [{ bad: eth('NAME="abc\n'), good: eth('NAME="abc"\n') }],
  },
  'IFCFG-004': {
    sources: [
      src('nm.shvar', 'svUnescape (refuses $ and ` inside double quotes)'),
      src('is.sysconfig', 'ETHTOOL_OPTS'),
    ],
    explanation:
      'NetworkManager reads ifcfg files without a shell: it does not expand `$VAR`, `${VAR}` or backticks. Inside double quotes such a value is read as empty; unquoted it is kept literally. initscripts sources the file with bash, which expands it \u2014 its own `sysconfig.txt` shows `${DEVICE}` inside ETHTOOL_OPTS \u2014 so this rule only concerns NetworkManager, and only keys NetworkManager reads (a `$` in OVS_EXTRA, which only ifup-ovs reads, is fine).',
    examples: [
      {
        bad: eth('ETHTOOL_OPTS="-K ${DEVICE} tso on"\n'),
        good: eth('NM_CONTROLLED=no\nETHTOOL_OPTS="-K ${DEVICE} tso on"\n'),
      },
      {
        bad: eth('ETHTOOL_OPTS="-K ${DEVICE} tso on"\n'),
        good: eth('ETHTOOL_OPTS="-K ${DEVICE} tso on"\n'),
        goodSettings: { target: 'initscripts' },
      },
      {
        bad: eth('ETHTOOL_OPTS="-K ${DEVICE} tso on"\n'),
        good: eth("ETHTOOL_OPTS='-K ${DEVICE} tso on'\n"),
      },
    ],
  },
  'IFCFG-005': {
    sources: [
      src('nm.shvar', 'svGetValue (last line with the key wins)'),
      src('is.functions', 'source_config (the file is sourced by bash)'),
    ],
    explanation:
      'Both bash and NetworkManager take the last assignment of a key; earlier ones are dead text that misleads readers.',
    examples: [{ bad: eth('ONBOOT=yes\nONBOOT=no\n'), good: eth('ONBOOT=yes\n'), fixed: 'ONBOOT=no\n' }],
  },
  'IFCFG-006': {
    sources: [
      src('nm.shvar', 'svUnescape / svParseLine'),
      src('is.functions', 'source_config (the file is sourced by bash)'),
    ],
    explanation:
      'Keys are case-sensitive for bash and for NetworkManager: a lower-case key is a different variable that nothing reads.',
    examples: [{ bad: eth('onboot=yes\n'), good: eth('ONBOOT=yes\n'), fixed: 'ONBOOT=yes\n' }],
  },
  'IFCFG-007': {
    sources: [src('nm.reader', '(keys read through svGetValue*)'), src('is.ifup-eth', '(variables used)')],
    explanation:
      "Neither NetworkManager's reader nor initscripts reads the key. Keys that third-party ifup scripts read (Open vSwitch `OVS_*`, IVS, NFVswitch, DPDK, \u2026) are known and not reported; a did-you-mean is only offered for near-misses of real keys.",
    examples: [
      { bad: eth('OVS_BRIGDE=br-ex\n'), good: eth('DEVICETYPE=ivs\nIVS_BRIDGE=ivs0\nRX_QUEUE=2\n') },
      { bad: eth('ONBOTT=yes\n'), good: eth('ONBOOT=yes\n') },
    ],
  },
  'IFCFG-008': {
    sources: [src('nm.shvar', 'svParseLine'), src('is.functions', 'source_config (the file is sourced by bash)')],
    explanation:
      'With CRLF line endings bash keeps the carriage return in every value (`ONBOOT=yes\\r` is not `yes`), so initscripts misreads the file; NetworkManager strips it. A carriage return without a line feed is worse: editors show a line break there, but bash and NetworkManager break lines only at line feeds, so the next line becomes part of this one. Making it a real line break changes what both tools read, so that fix is never applied by fix-all.',
    examples: [
      {
        bad: eth('DEVICE=eth0\r\nONBOOT=yes\r\n'),
        good: eth('DEVICE=eth0\nONBOOT=yes\n'),
        fixed: 'DEVICE=eth0\nONBOOT=yes\n',
      },
      { bad: eth('DEVICE=eth0\rONBOOT=yes\n'), good: eth('DEVICE=eth0\nONBOOT=yes\n') },
    ],
  },
  'IFCFG-009': {
    sources: [src('is.functions', 'source_config (the file is sourced by bash)')],
    explanation:
      'A UTF-8 byte order mark becomes part of the first key for bash, so the first line is not an assignment for initscripts.',
    examples: [{ bad: eth('\uFEFFDEVICE=eth0\n'), good: eth('DEVICE=eth0\n'), fixed: 'DEVICE=eth0\n' }],
  },
  'IFCFG-010': {
    sources: [
      src('nm.shvar', 'svUnescape / svParseLine'),
      src('is.functions', 'source_config (the file is sourced by bash)'),
    ],
    explanation:
      'Values NetworkManager cannot unescape (a blank after `=`, a `;` and a second statement, a trailing backslash, unquoted `|`, `&`, `<`, `>`, `(`) are read as empty by NetworkManager, while bash does something else entirely (runs a command, continues the line).',
    examples: [
      { bad: eth('NAME= x\n'), good: eth('NAME=x\n'), fixed: 'NAME=x\n' },
      { bad: eth('NAME=a|b\n'), good: eth('NAME="a|b"\n'), fixed: 'NAME="a|b"\n' },
    ],
  },
  'IFCFG-011': {
    sources: [src('nm.shvar', 'svUnescape / _svGetValue')],
    explanation: 'NetworkManager requires values to be valid UTF-8 without NUL bytes and reads others as empty.',
    examples: [{ bad: eth('NAME=a\u0000b\n'), good: eth('NAME=ab\n') }],
  },
  'IFCFG-020': {
    sources: [src('nm.shvar', 'svParseBoolean'), src('is.functions', 'is_true / is_false')],
    explanation:
      "NetworkManager parses booleans with `svParseBoolean`, which knows yes/no, true/false, t/f, y/n and 1/0 but not on/off; for anything else it uses the key's default. initscripts' `is_true` also accepts on/off.",
    examples: [{ bad: eth('ONBOOT=on\n'), good: eth('ONBOOT=yes\n'), fixed: 'ONBOOT=yes\n' }],
  },
  'IFCFG-021': {
    sources: [src('nm.reader', 'read_full_ip4_address'), src('is.ifup-eth', 'ip addr add')],
    explanation:
      'The value is not an IPv4 address: NetworkManager refuses the profile and `ip addr add` fails under initscripts.',
    examples: [{ bad: eth('IPADDR=192.168.1.300\n'), good: eth('IPADDR=192.168.1.30\n') }],
  },
  'IFCFG-022': {
    sources: [src('nm.reader', 'make_ip6_setting'), src('is.functions', '(network-functions-ipv6)')],
    explanation:
      'The value is not an IPv6 address (with optional /prefix): NetworkManager refuses the profile and `ip -6 addr add` fails under initscripts.',
    examples: [{ bad: eth('IPV6ADDR=2001:db8::zz/64\n'), good: eth('IPV6ADDR=2001:db8::1/64\n') }],
  },
  'IFCFG-023': {
    sources: [src('nm.reader', 'read_full_ip4_address (PREFIX)')],
    explanation: 'PREFIX must be a number from 0 to 32.',
    examples: [{ bad: eth('PREFIX=33\n'), good: eth('PREFIX=24\n') }],
  },
  'IFCFG-024': {
    sources: [src('nm.reader', 'read_full_ip4_address (NETMASK)')],
    explanation: 'NETMASK must be a contiguous dotted mask such as 255.255.255.0.',
    examples: [{ bad: eth('NETMASK=255.0.255.0\n'), good: eth('NETMASK=255.255.255.0\n') }],
  },
  'IFCFG-025': {
    sources: [
      src('nm.reader', 'make_wired_setting (HWADDR/MACADDR)'),
      src('is.functions', 'get_device_by_hwaddr'),
      src('kernel.etherdevice', 'is_valid_ether_addr (not multicast, not all zeros)'),
      src('kernel.eth', 'eth_prepare_mac_addr_change / eth_validate_addr (-EADDRNOTAVAIL)'),
    ],
    explanation:
      "MAC addresses are six hexadecimal octets. NetworkManager refuses the profile otherwise; initscripts cannot match HWADDR to a device. An HWADDR whose first byte is odd (the group, i.e. multicast, bit) or that is all zeros is well-formed but is no card's address: the kernel refuses such an address for a device, so the profile (a warning) never matches any interface.",
    examples: [
      { bad: eth('HWADDR=08:00:27:5c:b0\n'), good: eth('HWADDR=08:00:27:5c:b0:e5\n') },
      {
        bad: eth('DEVICE=eth0\nHWADDR=cf:d6:af:48:e8:80\n'),
        good: eth('DEVICE=eth0\nHWADDR=ce:d6:af:48:e8:80\n'),
      },
    ],
  },
  'IFCFG-026': {
    sources: [
      src('nm.reader', 'connection_from_file_full (TYPE, BOOTPROTO)'),
      src('is.ifup', '(DEVICETYPE/TYPE dispatch)'),
    ],
    explanation:
      'The value is not one the reading tool knows. For `TYPE`, NetworkManager compares case-insensitively but initscripts compares exact strings (`TYPE=Bond`, `Bridge`, `Ethernet`); for other keys NetworkManager ignores unknown values (BOOTPROTO: refuses the profile).',
    examples: [
      { bad: eth('DEVICETYPE=ovs\nTYPE=ethernet\n'), good: eth('DEVICETYPE=ovs\nTYPE=OVSPort\nOVS_BRIDGE=br-ex\n') },
      { bad: eth('BOOTPROTO=static-ip\n'), good: eth('BOOTPROTO=dhcp\n') },
      { bad: eth('TYPE=ethernet\n'), good: eth('TYPE=Ethernet\n'), fixed: 'TYPE=Ethernet\n' },
    ],
  },
  'IFCFG-027': {
    sources: [src('nm.reader', 'make_wired_setting (MTU, base 0)')],
    explanation:
      'The key takes a whole number in the given range (MTU also in hex `0x\u2026` or octal, as NetworkManager parses base 0); NetworkManager ignores other values and `ip link` refuses them.',
    examples: [
      { bad: eth('MTU=0x5dcz\n'), good: eth('MTU=0x5dc\n') },
      {
        bad: one('ifcfg-vlan100', 'DEVICE=vlan100\nVLAN=yes\nPHYSDEV=eth0\nVLAN_ID=4095\n'),
        good: one('ifcfg-vlan100', 'DEVICE=vlan100\nVLAN=yes\nPHYSDEV=eth0\nVLAN_ID=4094\n'),
      },
      { bad: eth('MTU=abc\n'), good: eth('MTU=9000\n') },
    ],
  },
  'IFCFG-028': {
    sources: [src('nm.reader', 'read_full_ip4_address'), src('is.functions', 'expand_config')],
    explanation:
      'When PREFIX and NETMASK are both set NetworkManager and initscripts use PREFIX; the disagreeing NETMASK is ignored.',
    examples: [
      {
        bad: eth('IPADDR=10.0.0.1\nPREFIX=24\nNETMASK=255.255.0.0\n'),
        good: eth('IPADDR=10.0.0.1\nPREFIX=24\nNETMASK=255.255.255.0\n'),
        fixed: 'IPADDR=10.0.0.1\nPREFIX=24\n',
      },
    ],
  },
  'IFCFG-029': {
    sources: [src('nm.utils', 'utils_get_route_path'), src('is.ifup-routes', '(route-$DEVICE and route-$CONFIG)')],
    explanation:
      'DEVICE may differ from the file name, but the two tools then look for route-/rule- files under different names.',
    examples: [{ bad: eth('DEVICE=eth1\n'), good: eth('DEVICE=eth0\n') }],
  },
  'IFCFG-030': {
    sources: [src('nm.reader', 'make_wired_setting / nm_utils_ifname_valid_kernel')],
    explanation: "Interface names are 1\u201315 bytes without `/`, `:` or blanks (the kernel's IFNAMSIZ).",
    examples: [{ bad: eth('DEVICE=averyveryverylongname0\n'), good: eth('DEVICE=eth0\n') }],
  },
  'IFCFG-031': {
    sources: [src('nm.reader', 'make_ip6_setting (DHCPV6_DUID)')],
    explanation:
      'Old NetworkManager versions wrote some keys with a lower-case letter (e.g. `DHCPv6_DUID`); current ones never read that spelling.',
    examples: [{ bad: eth('DHCPv6_DUID=ll\n'), good: eth('DHCPV6_DUID=ll\n'), fixed: 'DHCPV6_DUID=ll\n' }],
  },
  'IFCFG-032': {
    sources: [src('nm.reader', 'make_ip4_setting (IPADDR loop)'), src('is.functions', 'expand_config')],
    explanation: 'Numbered IPADDRn entries after 1 must be contiguous: both tools stop at the first gap.',
    examples: [
      {
        bad: eth('IPADDR0=10.0.0.1\nIPADDR3=10.0.0.3\n'),
        good: eth('IPADDR0=10.0.0.1\nIPADDR2=10.0.0.2\nIPADDR3=10.0.0.3\n'),
      },
    ],
  },
  'IFCFG-033': {
    sources: [src('nm.reader', 'make_ip4_setting (DNS%u)')],
    explanation: 'Name servers are read from DNS1, DNS2, \u2026; `DNS` and `DNS0` are never read.',
    examples: [{ bad: eth('DNS=1.1.1.1\n'), good: eth('DNS1=1.1.1.1\n'), fixed: 'DNS1=1.1.1.1\n' }],
  },
  'IFCFG-034': {
    sources: [src('nm.reader', 'make_ip4_setting (DEFROUTE)')],
    explanation:
      'With DEFROUTE=no the profile installs no default route, so GATEWAY has no effect on the default route.',
    examples: [{ bad: eth('GATEWAY=10.0.0.1\nDEFROUTE=no\n'), good: eth('GATEWAY=10.0.0.1\nDEFROUTE=yes\n') }],
  },
  'IFCFG-035': {
    sources: [src('nm.utils', 'utils_should_ignore_file'), src('is.functions', '(ignored file patterns)')],
    explanation:
      'Both tools skip backup-looking files (`.bak`, `~`, `.orig`, `.rpmnew`, \u2026) \u2014 NetworkManager by suffix, initscripts by its own pattern list.',
    examples: [{ bad: one('ifcfg-eth0.bak', 'DEVICE=eth0\n'), good: eth('DEVICE=eth0\n') }],
  },
  'IFCFG-036': {
    sources: [src('nm.reader', 'make_bond_port_setting / bridge port handling')],
    explanation:
      'A device has one controller: NetworkManager takes the first of MASTER/TEAM_MASTER/BRIDGE it finds and ignores the others.',
    examples: [
      {
        bad: eth('DEVICE=eth0\nBRIDGE=br0\nMASTER=bond0\nSLAVE=yes\n'),
        good: eth('DEVICE=eth0\nMASTER=bond0\nSLAVE=yes\n'),
      },
    ],
  },
  'IFCFG-037': {
    sources: [src('nm.reader', '(not read)')],
    explanation: 'PROMISC and ALLMULTI are not read by NetworkManager and were dropped from initscripts.',
    examples: [{ bad: eth('PROMISC=yes\n'), good: eth('ONBOOT=yes\n') }],
  },
  'IFCFG-038': {
    sources: [src('nm.reader', 'connection_from_file_full (TYPE dispatch)')],
    explanation:
      'NetworkManager creates no usable profile for a TYPE it does not know; initscripts or a third-party ifup script may still handle it.',
    examples: [{ bad: eth('TYPE=Foo\n'), good: eth('TYPE=Ethernet\n') }],
  },
  'IFCFG-039': {
    sources: [src('nm.reader', 'make_connection_setting (UUID, MASTER_UUID)')],
    explanation: 'UUIDs are 8-4-4-4-12 hex digits; NetworkManager cannot match anything else.',
    examples: [
      {
        bad: eth('MASTER_UUID=not-a-uuid\n'),
        good: eth('MASTER_UUID=5fcc2fee-9f44-4de0-8f3d-91bd4d0fb3e5\n'),
      },
    ],
  },
  'IFCFG-040': {
    sources: [src('nm.reader', 'make_team_setting')],
    explanation:
      'TEAM_CONFIG and TEAM_PORT_CONFIG must be JSON: NetworkManager refuses the profile and teamd cannot start.',
    examples: [
      {
        bad: one('ifcfg-team0', 'DEVICE=team0\nTEAM_CONFIG=\'{"runner": }\'\n'),
        good: one('ifcfg-team0', 'DEVICE=team0\nTEAM_CONFIG=\'{"runner": {"name": "lacp"}}\'\n'),
      },
    ],
  },
  'IFCFG-041': {
    sources: [src('nm.reader', 'make_dcb_setting')],
    explanation:
      'DCB values have a fixed format (8 flags, 8 percentages summing to 100 \u2026); NetworkManager refuses the profile otherwise.',
    examples: [
      {
        bad: eth('DCB=yes\nDCB_PG_PCT=10,10,10,10,10,10,10,10\n'),
        good: eth('DCB=yes\nDCB_PG_PCT=25,25,25,25,0,0,0,0\n'),
      },
    ],
  },
  'IFCFG-042': {
    sources: [src('nm.reader', 'make_wireless_setting (ESSID)')],
    explanation: 'An SSID written as `0x\u2026` must be an even number of hex digits.',
    examples: [
      {
        bad: one('ifcfg-wlan0', 'TYPE=Wireless\nESSID=0x123\n'),
        good: one('ifcfg-wlan0', 'TYPE=Wireless\nESSID=0x1234\n'),
      },
    ],
  },
  'IFCFG-043': {
    sources: [src('nm.reader', 'make_bond_setting / make_bridge_setting / make_team_setting')],
    explanation:
      'Bond, team and bridge profiles need DEVICE: NetworkManager refuses them ("mandatory DEVICE keyword missing") and initscripts cannot name the interface.',
    examples: [
      {
        bad: one('ifcfg-team0', "DEVICETYPE=Team\nTEAM_CONFIG='{}'\n"),
        good: one('ifcfg-team0', "DEVICE=team0\nDEVICETYPE=Team\nTEAM_CONFIG='{}'\n"),
        fixed: "DEVICE=team0\nDEVICETYPE=Team\nTEAM_CONFIG='{}'\n",
      },
    ],
  },
  'IFCFG-044': {
    sources: [src('nm.reader', '(not read)'), src('is.ifup-eth', '(reads it)')],
    explanation: 'The key is read only by initscripts; NetworkManager ignores it.',
    examples: [
      {
        bad: eth('USERCTL=no\n'),
        good: eth('USERCTL=no\n'),
        settings: { target: 'networkmanager' },
        goodSettings: { target: 'auto' },
      },
    ],
  },
  'IFCFG-045': {
    sources: [
      src('nm.reader', 'make_connection_setting (UUID)'),
      src(
        'nm.settings',
        '_sett_conn_entry_sds_update / _sett_conn_entry_sds_update_cmp_ascending (one profile per UUID)',
      ),
      src(
        'nm.settings-storage',
        'nm_settings_storage_cmp (plugin order, then the storage’s cmp_fcn: newer file first, then file name)',
      ),
    ],
    explanation:
      'Two profiles with one UUID, in either format (ifcfg files and keyfiles are one system). NetworkManager reads both files but keeps one profile per UUID: a profile in /run wins, then the one from the settings plugin listed first in NetworkManager.conf, then the file modified last, then the file name. The other file is shadowed: it is not a profile NetworkManager offers, and edits to it have no effect until the winner is gone. Which file wins can change when either is touched.',
    examples: [
      {
        bad: {
          'ifcfg-eth0': 'DEVICE=eth0\nUUID=5fcc2fee-9f44-4de0-8f3d-91bd4d0fb3e5\n',
          'ifcfg-eth1': 'DEVICE=eth1\nUUID=5fcc2fee-9f44-4de0-8f3d-91bd4d0fb3e5\n',
        },
        good: {
          'ifcfg-eth0': 'DEVICE=eth0\nUUID=5fcc2fee-9f44-4de0-8f3d-91bd4d0fb3e5\n',
          'ifcfg-eth1': 'DEVICE=eth1\nUUID=6fcc2fee-9f44-4de0-8f3d-91bd4d0fb3e5\n',
        },
      },
    ],
  },
  'IFCFG-046': {
    sources: [src('nm.reader', 'read_aliases')],
    explanation: 'An alias file (`ifcfg-eth0:1`) needs DEVICE equal to its suffix; NetworkManager skips it otherwise.',
    examples: [
      {
        bad: one('ifcfg-eth0:1', 'DEVICE=eth0:2\nIPADDR=10.0.0.5\n'),
        good: one('ifcfg-eth0:1', 'DEVICE=eth0:1\nIPADDR=10.0.0.5\n'),
        fixed: 'DEVICE=eth0:1\nIPADDR=10.0.0.5\n',
      },
    ],
  },
  'IFCFG-047': {
    sources: [src('is.sysconfig', '(RHEL keys)')],
    explanation:
      "SUSE's wicked keeps ifcfg files in /etc/sysconfig/network with different keys (STARTMODE, BONDING_SLAVE0, \u2026); RHEL rules would only mislead, so none are applied.",
    examples: [{ bad: eth('STARTMODE=auto\nBOOTPROTO=static\n'), good: eth('DEVICE=eth0\nBOOTPROTO=static\n') }],
  },
  'IFCFG-048': {
    sources: [src('nm.reader', 'make_vlan_setting')],
    explanation:
      'NetworkManager takes the VLAN ID from VLAN_ID, or else from the number after the dot of DEVICE (`eth0.100`) or after `vlan` (`vlan100`); the parent comes from PHYSDEV or from the part of DEVICE before the dot. If either cannot be found, reading the file fails and there is no profile. (initscripts’ own VLAN handling is not judged here.)',
    examples: [
      {
        bad: one('ifcfg-vlan-data', 'DEVICE=data\nTYPE=Vlan\nVLAN=yes\nPHYSDEV=eth0\nBOOTPROTO=none\n'),
        good: one('ifcfg-vlan-data', 'DEVICE=data\nTYPE=Vlan\nVLAN=yes\nPHYSDEV=eth0\nVLAN_ID=100\nBOOTPROTO=none\n'),
      },
      {
        bad: one('ifcfg-vlan100', 'DEVICE=vlan100\nVLAN=yes\nBOOTPROTO=none\n'),
        good: one('ifcfg-vlan100', 'DEVICE=vlan100\nVLAN=yes\nPHYSDEV=eth0\nBOOTPROTO=none\n'),
      },
    ],
  },
  'IFCFG-049': {
    sources: [src('nm.reader', 'connection_from_file_full (BOOTPROTO=ibft is ignored)')],
    explanation:
      'On iSCSI-booted machines the network settings come from the firmware’s iBFT table. NetworkManager leaves such a file alone; nm-initrd-generator reads the table during boot. Edits to this file therefore have no effect under NetworkManager.',
    examples: [
      { bad: eth('DEVICE=eth0\nBOOTPROTO=ibft\nONBOOT=yes\n'), good: eth('DEVICE=eth0\nBOOTPROTO=dhcp\nONBOOT=yes\n') },
    ],
  },
  'IFCFG-050': {
    sources: [src('is.ifup-eth', 'default route: GATEWAY must be in NETWORK of the first address (ipcalc --network)')],
    explanation:
      'Before it sets the default route, ifup-eth checks that GATEWAY lies in the network of the first address; if not (and GATEWAYDEV does not name the device), it silently adds no default route. Usually the prefix or the gateway is mistyped.',
    examples: [
      {
        bad: eth('DEVICE=eth0\nBOOTPROTO=none\nIPADDR=192.168.10.5\nPREFIX=24\nGATEWAY=192.168.1.1\n'),
        good: eth('DEVICE=eth0\nBOOTPROTO=none\nIPADDR=192.168.10.5\nPREFIX=24\nGATEWAY=192.168.10.1\n'),
      },
    ],
  },
  'IFCFG-051': {
    sources: [
      src('is.ifup-eth', 'the HWADDR check: get_hwaddr compared with HWADDR'),
      src('is.functions', 'get_hwaddr / source_config (both upper-cased)'),
      src('nm.reader', 'make_wired_setting (HWADDR parsed as a MAC address)'),
    ],
    explanation:
      'NetworkManager parses HWADDR as an address and accepts `-` separators and single-digit bytes. initscripts compares the text, upper-cased, with what sysfs prints, two hex digits per byte and colons, so any other spelling makes ifup refuse the device as having a different MAC. The fix writes the same address in the form both read.',
    examples: [
      {
        bad: eth('DEVICE=eth0\nHWADDR=08-00-27-5C-B0-E5\nONBOOT=yes\n'),
        good: eth('DEVICE=eth0\nHWADDR=08:00:27:5C:B0:E5\nONBOOT=yes\n'),
        fixed: 'DEVICE=eth0\nHWADDR=08:00:27:5c:b0:e5\nONBOOT=yes\n',
      },
    ],
  },
  'IFCFG-052': {
    sources: [
      src('nm.reader', 'connection_from_file_full ("neither TYPE nor DEVICE keys")'),
      src('is.functions', 'source_config (DEVICE from HWADDR through get_device_by_hwaddr)'),
      src('is.ifup-eth', '"Device name does not seem to be present"'),
    ],
    explanation:
      "NetworkManager decides a profile's type from TYPE (or DEVICETYPE/TEAM_CONFIG) and otherwise from DEVICE; with neither it does not load the file. ifup needs DEVICE, or HWADDR to look the interface up; with neither it stops. When only initscripts fails (a TYPE but no DEVICE or HWADDR, as NetworkManager writes profiles without an interface name) the finding is a warning. A file that neither tool can tie to an interface is not counted as a port of the bond it names.",
    examples: [
      {
        bad: one('ifcfg-port1', 'MASTER=bond0\nSLAVE=yes\nONBOOT=yes\n'),
        good: one('ifcfg-port1', 'DEVICE=eth1\nMASTER=bond0\nSLAVE=yes\nONBOOT=yes\n'),
      },
      {
        bad: eth('HWADDR=08:00:27:5c:b0:e5\nBOOTPROTO=dhcp\nONBOOT=yes\n'),
        good: eth('DEVICE=eth0\nHWADDR=08:00:27:5c:b0:e5\nBOOTPROTO=dhcp\nONBOOT=yes\n'),
      },
    ],
  },
  'IFCFG-053': {
    sources: [
      src('nm.reader', 'read_full_ip4_address ("missing PREFIX, assuming …")'),
      src('nm.inet-utils', 'nm_ip4_addr_get_default_prefix (class A /8, B /16, C /24)'),
      src('is.functions', 'expand_config (ipcalc --netmask without a prefix)'),
      src('ipcalc.man', '--netmask: a complete class A, B or C network when no prefix is given'),
    ],
    explanation:
      'Without PREFIX or NETMASK both tools fall back to the class of the address: 10.1.2.3 becomes /8, 172.16.0.5 /16, 192.168.1.5 /24. NetworkManager logs a warning and continues; initscripts asks ipcalc, which does the same. Classful prefixes rarely match today’s networks, so the interface may claim a far larger network than it is on. Under BOOTPROTO=dhcp only NetworkManager adds the address.',
    examples: [
      {
        bad: eth('DEVICE=eth0\nBOOTPROTO=none\nIPADDR=10.150.20.142\n'),
        good: eth('DEVICE=eth0\nBOOTPROTO=none\nIPADDR=10.150.20.142\nPREFIX=24\n'),
      },
    ],
  },
  'IFCFG-054': {
    sources: [
      src('nm.reader', '(the keys it reads; none of these)'),
      src('is.sysconfig', '(the keys initscripts documents; none of these)'),
    ],
    explanation:
      "SUSE's wicked uses keys of its own (STARTMODE, BONDING_MODULE_OPTS, BONDING_SLAVE0, ETHTOOL_OPTIONS, LLADDR, IPADDR_x…). In a Red Hat file neither NetworkManager nor initscripts reads them; the hint names the RHEL key that does the job. A file that is SUSE's as a whole gets IFCFG-047 instead.",
    examples: [
      {
        bad: eth('DEVICE=eth0\nSTARTMODE=auto\nBOOTPROTO=dhcp\n'),
        good: eth('DEVICE=eth0\nONBOOT=yes\nBOOTPROTO=dhcp\n'),
      },
      {
        bad: one(
          'ifcfg-bond0',
          'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nBONDING_MODULE_OPTS="mode=1 miimon=100"\n',
        ),
        good: one('ifcfg-bond0', 'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nBONDING_OPTS="mode=1 miimon=100"\n'),
      },
    ],
  },
  'IFCFG-055': {
    sources: [
      src(
        'nm.reader',
        'make_ip4_setting / make_ip6_setting (DHCP_HOSTNAME_FLAGS, DHCPV6_HOSTNAME_FLAGS, DHCP_FQDN, *_SEND_HOSTNAME)',
      ),
      src('nm.ip-config', 'verify() (dhcp-hostname-flags while dhcp-send-hostname is disabled)'),
      src('nm.libnm-utils', '_nm_utils_validate_dhcp_hostname_flags'),
      src('nm.ip4', 'verify() (dhcp-fqdn needs a dot; FQDN flags need dhcp-fqdn)'),
    ],
    explanation:
      'NetworkManager turns DHCP_HOSTNAME_FLAGS (and DHCPV6_HOSTNAME_FLAGS) into the profile’s dhcp-hostname-flags and then checks them with the rest of the profile. It refuses flags when DHCP_SEND_HOSTNAME=no (or DHCPV6_SEND_HOSTNAME=no), unknown bits, fqdn-no-update (4) with fqdn-serv-update (1), fqdn-clear-flags (8) with any other flag and fqdn-encoded (2) for DHCPv6; over DHCPv4 every FQDN flag also needs DHCP_FQDN, and DHCP_FQDN needs a dot. Any of these makes the whole file fail to load. The DHCPv4 keys are not read when IPv4 is off (BOOTPROTO=none without an address); the DHCPv6 keys are read whatever IPV6INIT says. initscripts ignores these keys.',
    examples: [
      {
        bad: eth('DEVICE=eth0\nBOOTPROTO=dhcp\nDHCP_HOSTNAME_FLAGS=1\n'),
        good: eth('DEVICE=eth0\nBOOTPROTO=dhcp\nDHCP_FQDN=eth0.example.com\nDHCP_HOSTNAME_FLAGS=1\n'),
      },
      {
        bad: eth(
          'DEVICE=eth0\nBOOTPROTO=dhcp\nDHCP_SEND_HOSTNAME=no\nDHCP_FQDN=eth0.example.com\nDHCP_HOSTNAME_FLAGS=1\n',
        ),
        good: eth('DEVICE=eth0\nBOOTPROTO=dhcp\nDHCP_SEND_HOSTNAME=no\n'),
      },
    ],
  },
} satisfies Record<keyof typeof IFCFG_RULES, RuleDocs>;
