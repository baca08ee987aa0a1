// Every rule, one case that must report it and one that must not, on real ifcfg text.
// Where a case has `fixed`, applying the rule's preferred fix must give exactly that text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULES } from '../../server/src/engine/rules/registry';
import type { Settings } from '../../server/src/engine/rules/context';
import { readFileSync } from 'fs';
import { applyFix, bond, codes, Files, lint, physical, port, seed } from '../helpers/lint';
import { KEYFILE_CASES } from './keyfileCases';

const capture = (name: string) => readFileSync(`test/fixtures/captures/${name}`, 'utf8');
const AB = capture('bond0-virtualbox-active-backup.bonding');
const LACP = capture('bond1-lacp.bonding');
const ALB = capture('bond2-alb.bonding');

interface Case {
  code: string;
  bad: Files;
  good: Files;
  /** File to look at (default: the first). */
  file?: string;
  settings?: Partial<Settings>;
  goodSettings?: Partial<Settings>;
  /** Exact text of `file` after the preferred fix. */
  fixed?: string;
  dir?: string;
}

const one = (name: string, text: string): Files => ({ [name]: text });
const eth = (text: string): Files => one('ifcfg-eth0', text);
const B = (opts: string, extra = ''): Files => one('ifcfg-bond0', bond(opts, extra));

const targets17 = Array.from({ length: 17 }, (_, i) => `10.0.0.${i + 1}`).join(',');
const targets16 = Array.from({ length: 16 }, (_, i) => `10.0.0.${i + 1}`).join(',');

const CASES: Case[] = [
  { code: 'IFCFG-001', bad: eth('DEVICE=eth0\necho hi\n'), good: eth('DEVICE=eth0\n# echo hi\n') },
  { code: 'IFCFG-001', bad: eth('export ONBOOT=yes\n'), good: eth('ONBOOT=yes\n'), fixed: 'ONBOOT=yes\n' },
  { code: 'IFCFG-001', bad: eth('ONBOOT = yes\n'), good: eth('ONBOOT=yes\n'), fixed: 'ONBOOT=yes\n' },
  { code: 'IFCFG-002', bad: eth('NAME=My Device\n'), good: eth('NAME="My Device"\n'), fixed: 'NAME="My Device"\n' },
  { code: 'IFCFG-003', bad: eth('NAME="abc\n'), good: eth('NAME="abc"\n') },
  {
    code: 'IFCFG-004',
    bad: eth('ETHTOOL_OPTS="-K ${DEVICE} tso on"\n'),
    good: eth("ETHTOOL_OPTS='-K ${DEVICE} tso on'\n"),
  },
  { code: 'IFCFG-005', bad: eth('ONBOOT=yes\nONBOOT=no\n'), good: eth('ONBOOT=yes\n'), fixed: 'ONBOOT=no\n' },
  { code: 'IFCFG-006', bad: eth('onboot=yes\n'), good: eth('ONBOOT=yes\n'), fixed: 'ONBOOT=yes\n' },
  { code: 'IFCFG-007', bad: eth('ONBOTT=yes\n'), good: eth('ONBOOT=yes\n') },
  {
    code: 'IFCFG-008',
    bad: eth('DEVICE=eth0\r\nONBOOT=yes\r\n'),
    good: eth('DEVICE=eth0\nONBOOT=yes\n'),
    fixed: 'DEVICE=eth0\nONBOOT=yes\n',
  },
  { code: 'IFCFG-009', bad: eth('\uFEFFDEVICE=eth0\n'), good: eth('DEVICE=eth0\n'), fixed: 'DEVICE=eth0\n' },
  { code: 'IFCFG-010', bad: eth('NAME= x\n'), good: eth('NAME=x\n'), fixed: 'NAME=x\n' },
  { code: 'IFCFG-010', bad: eth('NAME=a|b\n'), good: eth('NAME="a|b"\n'), fixed: 'NAME="a|b"\n' },
  { code: 'IFCFG-011', bad: eth('NAME=a\u0000b\n'), good: eth('NAME=ab\n') },
  { code: 'IFCFG-020', bad: eth('ONBOOT=on\n'), good: eth('ONBOOT=yes\n'), fixed: 'ONBOOT=yes\n' },
  { code: 'IFCFG-021', bad: eth('IPADDR=192.168.1.300\n'), good: eth('IPADDR=192.168.1.30\n') },
  { code: 'IFCFG-022', bad: eth('IPV6ADDR=2001:db8::zz/64\n'), good: eth('IPV6ADDR=2001:db8::1/64\n') },
  { code: 'IFCFG-023', bad: eth('PREFIX=33\n'), good: eth('PREFIX=24\n') },
  { code: 'IFCFG-024', bad: eth('NETMASK=255.0.255.0\n'), good: eth('NETMASK=255.255.255.0\n') },
  { code: 'IFCFG-025', bad: eth('HWADDR=08:00:27:5c:b0\n'), good: eth('HWADDR=08:00:27:5c:b0:e5\n') },
  { code: 'IFCFG-026', bad: eth('BOOTPROTO=static-ip\n'), good: eth('BOOTPROTO=dhcp\n') },
  { code: 'IFCFG-026', bad: eth('TYPE=ethernet\n'), good: eth('TYPE=Ethernet\n'), fixed: 'TYPE=Ethernet\n' },
  { code: 'IFCFG-027', bad: eth('MTU=abc\n'), good: eth('MTU=9000\n') },
  {
    code: 'IFCFG-028',
    bad: eth('IPADDR=10.0.0.1\nPREFIX=24\nNETMASK=255.255.0.0\n'),
    good: eth('IPADDR=10.0.0.1\nPREFIX=24\nNETMASK=255.255.255.0\n'),
    fixed: 'IPADDR=10.0.0.1\nPREFIX=24\n',
  },
  { code: 'IFCFG-029', bad: eth('DEVICE=eth1\n'), good: eth('DEVICE=eth0\n') },
  { code: 'IFCFG-030', bad: eth('DEVICE=averyveryverylongname0\n'), good: eth('DEVICE=eth0\n') },
  { code: 'IFCFG-031', bad: eth('DHCPv6_DUID=ll\n'), good: eth('DHCPV6_DUID=ll\n'), fixed: 'DHCPV6_DUID=ll\n' },
  {
    code: 'IFCFG-032',
    bad: eth('IPADDR0=10.0.0.1\nIPADDR3=10.0.0.3\n'),
    good: eth('IPADDR0=10.0.0.1\nIPADDR2=10.0.0.2\nIPADDR3=10.0.0.3\n'),
  },
  { code: 'IFCFG-033', bad: eth('DNS=1.1.1.1\n'), good: eth('DNS1=1.1.1.1\n'), fixed: 'DNS1=1.1.1.1\n' },
  { code: 'IFCFG-034', bad: eth('GATEWAY=10.0.0.1\nDEFROUTE=no\n'), good: eth('GATEWAY=10.0.0.1\nDEFROUTE=yes\n') },
  { code: 'IFCFG-035', bad: one('ifcfg-eth0.bak', 'DEVICE=eth0\n'), good: eth('DEVICE=eth0\n') },
  {
    code: 'IFCFG-036',
    bad: eth('DEVICE=eth0\nBRIDGE=br0\nMASTER=bond0\nSLAVE=yes\n'),
    good: eth('DEVICE=eth0\nMASTER=bond0\nSLAVE=yes\n'),
  },
  { code: 'IFCFG-037', bad: eth('PROMISC=yes\n'), good: eth('ONBOOT=yes\n') },
  { code: 'IFCFG-038', bad: eth('TYPE=Foo\n'), good: eth('TYPE=Ethernet\n') },
  {
    code: 'IFCFG-039',
    bad: eth('MASTER_UUID=not-a-uuid\n'),
    good: eth('MASTER_UUID=5fcc2fee-9f44-4de0-8f3d-91bd4d0fb3e5\n'),
  },
  {
    code: 'IFCFG-040',
    bad: one('ifcfg-team0', 'DEVICE=team0\nTEAM_CONFIG=\'{"runner": }\'\n'),
    good: one('ifcfg-team0', 'DEVICE=team0\nTEAM_CONFIG=\'{"runner": {"name": "lacp"}}\'\n'),
  },
  {
    code: 'IFCFG-041',
    bad: eth('DCB=yes\nDCB_PG_PCT=10,10,10,10,10,10,10,10\n'),
    good: eth('DCB=yes\nDCB_PG_PCT=25,25,25,25,0,0,0,0\n'),
  },
  {
    code: 'IFCFG-042',
    bad: one('ifcfg-wlan0', 'TYPE=Wireless\nESSID=0x123\n'),
    good: one('ifcfg-wlan0', 'TYPE=Wireless\nESSID=0x1234\n'),
  },
  {
    code: 'IFCFG-043',
    bad: one('ifcfg-team0', "DEVICETYPE=Team\nTEAM_CONFIG='{}'\n"),
    good: one('ifcfg-team0', "DEVICE=team0\nDEVICETYPE=Team\nTEAM_CONFIG='{}'\n"),
    fixed: "DEVICE=team0\nDEVICETYPE=Team\nTEAM_CONFIG='{}'\n",
  },
  {
    code: 'IFCFG-044',
    bad: eth('USERCTL=no\n'),
    good: eth('USERCTL=no\n'),
    settings: { target: 'networkmanager' },
    goodSettings: { target: 'auto' },
  },
  {
    code: 'IFCFG-045',
    bad: {
      'ifcfg-eth0': 'DEVICE=eth0\nUUID=5fcc2fee-9f44-4de0-8f3d-91bd4d0fb3e5\n',
      'ifcfg-eth1': 'DEVICE=eth1\nUUID=5fcc2fee-9f44-4de0-8f3d-91bd4d0fb3e5\n',
    },
    good: {
      'ifcfg-eth0': 'DEVICE=eth0\nUUID=5fcc2fee-9f44-4de0-8f3d-91bd4d0fb3e5\n',
      'ifcfg-eth1': 'DEVICE=eth1\nUUID=6fcc2fee-9f44-4de0-8f3d-91bd4d0fb3e5\n',
    },
  },
  {
    code: 'IFCFG-046',
    bad: one('ifcfg-eth0:1', 'DEVICE=eth0:2\nIPADDR=10.0.0.5\n'),
    good: one('ifcfg-eth0:1', 'DEVICE=eth0:1\nIPADDR=10.0.0.5\n'),
    fixed: 'DEVICE=eth0:1\nIPADDR=10.0.0.5\n',
  },
  { code: 'IFCFG-047', bad: eth('STARTMODE=auto\nBOOTPROTO=static\n'), good: eth('DEVICE=eth0\nBOOTPROTO=static\n') },

  { code: 'BOND-001', bad: B('mode=1'), good: B('mode=1 miimon=100'), fixed: bond('mode=1 miimon=100') },
  { code: 'BOND-002', bad: B('mode=1 miimon=0'), good: B('mode=1 miimon=100'), fixed: bond('mode=1 miimon=100') },
  {
    code: 'BOND-003',
    bad: B('miimon=100'),
    good: B('mode=1 miimon=100'),
    fixed: bond('mode=active-backup miimon=100'),
  },
  {
    code: 'BOND-004',
    bad: B('mode=Active-Backup miimon=100'),
    good: B('mode=active-backup miimon=100'),
    fixed: bond('mode=active-backup miimon=100'),
  },
  {
    code: 'BOND-005',
    bad: B('mode=1 miimon=100 arp_interval=200 arp_ip_target=10.0.0.1'),
    good: B('mode=1 arp_interval=200 arp_ip_target=10.0.0.1'),
  },
  {
    code: 'BOND-006',
    bad: B('mode=1 arp_interval=200', 'GATEWAY=192.168.1.1\n'),
    good: B('mode=1 arp_interval=200 arp_ip_target=10.0.0.1'),
    fixed: bond('mode=1 arp_interval=200 arp_ip_target=192.168.1.1', 'GATEWAY=192.168.1.1\n'),
  },
  {
    code: 'BOND-007',
    bad: B('mode=1 miimon=100 arp_ip_target=10.0.0.1'),
    good: B('mode=1 arp_interval=200 arp_ip_target=10.0.0.1'),
  },
  {
    code: 'BOND-008',
    bad: B('mode=4 arp_interval=200 arp_ip_target=10.0.0.1 lacp_rate=1'),
    good: B('mode=4 miimon=100 lacp_rate=1'),
    fixed: bond('mode=4 lacp_rate=1 miimon=100'),
  },
  {
    code: 'BOND-009',
    bad: B('mode=1 updelay=200'),
    good: B('mode=1 miimon=100 updelay=200'),
    fixed: bond('mode=1 updelay=200 miimon=100'),
  },
  {
    code: 'BOND-010',
    bad: B('mode=1 miimon=100 updelay=250'),
    good: B('mode=1 miimon=100 updelay=200'),
    fixed: bond('mode=1 miimon=100 updelay=200'),
  },
  {
    code: 'BOND-011',
    bad: B('mode=0 miimon=100 primary=eth0'),
    good: B('mode=1 miimon=100 primary=eth0'),
    fixed: bond('mode=0 miimon=100'),
  },
  {
    code: 'BOND-012',
    bad: physical('mode=1 miimon=100 primary=eth9'),
    good: physical('mode=1 miimon=100 primary=eth1'),
  },
  {
    code: 'BOND-013',
    bad: B('mode=1 miimon=100 lacp_rate=fast'),
    good: B('mode=4 miimon=100 lacp_rate=fast'),
    fixed: bond('mode=1 miimon=100'),
  },
  {
    code: 'BOND-014',
    bad: B('mode=0 miimon=100 fail_over_mac=1'),
    good: B('mode=1 miimon=100 fail_over_mac=1 num_grat_arp=3'),
    fixed: bond('mode=0 miimon=100'),
  },
  {
    code: 'BOND-015',
    bad: B('mode=1 miimon=100 xmit_hash_policy=layer3+4'),
    good: B('mode=2 miimon=100 xmit_hash_policy=layer3+4'),
  },
  {
    code: 'BOND-016',
    bad: B('mode=1 miimon=100 packets_per_slave=2'),
    good: B('mode=0 miimon=100 packets_per_slave=2'),
  },
  {
    code: 'BOND-017',
    bad: B('mode=1 miimon=100 num_grat_arp=3 num_unsol_na=2'),
    good: B('mode=1 miimon=100 num_grat_arp=3 num_unsol_na=3'),
    fixed: bond('mode=1 miimon=100 num_grat_arp=3 num_unsol_na=3'),
  },
  {
    code: 'BOND-018',
    bad: B('mode=1 miimon=100 max_bonds=2'),
    good: B('mode=1 miimon=100'),
    fixed: bond('mode=1 miimon=100'),
  },
  { code: 'BOND-019', bad: B('mode=1 miimon=100 fail_over_mca=1'), good: B('mode=1 miimon=100 fail_over_mac=1') },
  {
    code: 'BOND-020',
    bad: B('mode=1 arp_interval=1000 arp_ip_target=10.0.0.1 arp_ip_target=10.0.0.2'),
    good: B('mode=1 arp_interval=1000 arp_ip_target=10.0.0.1,10.0.0.2'),
    fixed: bond('mode=1 arp_interval=1000 arp_ip_target=10.0.0.1,10.0.0.2'),
  },
  {
    code: 'BOND-021',
    bad: one('ifcfg-bond0', 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS=mode=1 miimon=100\n'),
    good: one('ifcfg-bond0', 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n'),
    fixed: 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n',
  },
  {
    code: 'BOND-022',
    bad: one('ifcfg-bond0', 'DEVICE=bond0\nONBOOT=yes\n'),
    good: one('ifcfg-bond0', 'DEVICE=bond0\nTYPE=Bond\nONBOOT=yes\n'),
    fixed: 'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nONBOOT=yes\n',
  },
  {
    code: 'BOND-023',
    bad: one('ifcfg-bond0', 'DEVICE=bond0\nTYPE=Ethernet\nBONDING_MASTER=yes\n'),
    good: one('ifcfg-bond0', 'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\n'),
    fixed: 'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\n',
  },
  {
    code: 'BOND-024',
    bad: one('ifcfg-bond0', 'TYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n'),
    good: one('ifcfg-bond0', bond('mode=1 miimon=100')),
    fixed: 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n',
  },
  {
    code: 'BOND-025',
    bad: one('ifcfg-eth1', port('eth1', undefined, 'BONDING_OPTS="mode=1"\n')),
    good: one('ifcfg-eth1', port('eth1')),
  },
  {
    code: 'BOND-026',
    bad: one('ifcfg-eth1', 'DEVICE=eth1\nMASTER=bond0\n'),
    good: one('ifcfg-eth1', 'DEVICE=eth1\nMASTER=bond0\nSLAVE=yes\n'),
    fixed: 'DEVICE=eth1\nMASTER=bond0\nSLAVE=yes\n',
  },
  {
    code: 'BOND-027',
    bad: one('ifcfg-eth1', 'DEVICE=eth1\nSLAVE=yes\n'),
    good: one('ifcfg-eth1', 'DEVICE=eth1\nMASTER=bond0\nSLAVE=yes\n'),
  },
  {
    code: 'BOND-028',
    bad: {
      'ifcfg-eth1': port('eth1').replace('MASTER=bond0', 'MASTER=bond9'),
      'ifcfg-bond0': bond('mode=1 miimon=100'),
    },
    good: { 'ifcfg-eth1': port('eth1'), 'ifcfg-bond0': bond('mode=1 miimon=100') },
  },
  {
    code: 'BOND-029',
    bad: one('ifcfg-eth1', port('eth1', undefined, 'IPADDR=10.0.0.2\nPREFIX=24\n')),
    good: one('ifcfg-eth1', port('eth1')),
  },
  { code: 'BOND-030', bad: physical('mode=1 miimon=100', '', 'ONBOOT=no\n'), good: physical(), file: 'ifcfg-eth1' },
  {
    code: 'BOND-031',
    bad: physical('mode=1 miimon=100', '', 'NM_CONTROLLED=no\n'),
    good: physical(),
    file: 'ifcfg-eth1',
  },
  { code: 'BOND-032', bad: B('mode=1 miimon=100', 'NM_CONTROLLED=no\n'), good: B('mode=1 miimon=100') },
  { code: 'BOND-033', bad: physical('mode=1 miimon=100', '', 'MTU=9000\n'), good: physical(), file: 'ifcfg-eth1' },
  {
    code: 'BOND-034',
    bad: one('ifcfg-eth1', port('eth1', '00:1b:21:0a:0b:01', 'MACADDR=02:00:00:00:00:01\n')),
    good: one('ifcfg-eth1', port('eth1', '00:1b:21:0a:0b:01')),
  },
  {
    code: 'BOND-038',
    bad: { 'ifcfg-eth1': port('eth1'), 'ifcfg-eth1-old': 'DEVICE=eth1\nBOOTPROTO=dhcp\n' },
    good: { 'ifcfg-eth1': port('eth1'), 'ifcfg-eth1-old': 'DEVICE=eth1\nBOOTPROTO=dhcp\nONBOOT=no\n' },
  },
  { code: 'BOND-039', bad: { 'ifcfg-bond0': bond('mode=1 miimon=100'), 'ifcfg-eth1': port('eth1') }, good: physical() },
  { code: 'BOND-040', bad: physical('mode=0 miimon=100'), good: physical('mode=1 miimon=100') },
  { code: 'BOND-041', bad: B('mode=4 miimon=100'), good: B('mode=4 miimon=100 lacp_rate=fast') },
  { code: 'BOND-044', bad: B('mode=1 miimon=abc'), good: B('mode=1 miimon=100') },
  { code: 'BOND-044', bad: B('mode=4 miimon=100 lacp_rate=default'), good: B('mode=4 miimon=100 lacp_rate=slow') },
  {
    code: 'BOND-045',
    bad: B('mode=4 miimon=100 lacp_rate=1 tlb_dynamic_lb=1'),
    good: B('mode=5 miimon=100 tlb_dynamic_lb=1'),
    fixed: bond('mode=4 miimon=100 lacp_rate=1'),
  },
  {
    code: 'BOND-046',
    bad: B('mode=1 miimon=100 ns_ip6_target=2001:db8::1'),
    good: B('mode=1 miimon=100 ns_ip6_target=2001:db8::1'),
    settings: { target: 'initscripts' },
    goodSettings: { target: 'networkmanager' },
  },
  {
    code: 'BOND-047',
    bad: B('mode=1 miimon=100 mii_status=up'),
    good: B('mode=1 miimon=100'),
    fixed: bond('mode=1 miimon=100'),
  },
  {
    code: 'BOND-048',
    bad: B('mode=1 miimon=100 use_carrier=0'),
    good: B('mode=1 miimon=100 use_carrier=1'),
    fixed: bond('mode=1 miimon=100'),
  },
  {
    code: 'BOND-049',
    bad: B('mode=1 miimon=100 all_slaves_active=on'),
    good: B('mode=1 miimon=100 all_slaves_active=1'),
    fixed: bond('mode=1 miimon=100 all_slaves_active=1'),
  },
  {
    code: 'BOND-050',
    bad: B('mode=1 miimon=100 fail_over_mac'),
    good: B('mode=1 miimon=100'),
    fixed: bond('mode=1 miimon=100'),
  },
  {
    code: 'BOND-051',
    bad: B('mode=1 arp_interval=1000 arp_ip_target=+10.0.0.1,10.0.0.2'),
    good: B('mode=1 arp_interval=1000 arp_ip_target=10.0.0.1,10.0.0.2'),
    fixed: bond('mode=1 arp_interval=1000 arp_ip_target=10.0.0.1,10.0.0.2'),
  },
  {
    code: 'BOND-052',
    bad: B(`mode=1 arp_interval=1000 arp_ip_target=${targets17}`),
    good: B(`mode=1 arp_interval=1000 arp_ip_target=${targets16}`),
  },
  { code: 'BOND-053', bad: B('mode=1 miimon=100 active_slave=eth1'), good: B('mode=1 miimon=100 primary=eth1') },
  {
    code: 'BOND-054',
    bad: B('mode=1 miimon=100 miimon=200'),
    good: B('mode=1 miimon=200'),
    fixed: bond('mode=1 miimon=200'),
  },
  { code: 'BOND-055', bad: B('mode=1\tmiimon=100'), good: B('mode=1 miimon=100') },
  {
    code: 'BOND-061',
    bad: { 'ifcfg-bond0': bond('mode=1 miimon=100'), 'ifcfg-eth3': 'DEVICE=eth3\nBOOTPROTO=dhcp\n' },
    good: physical(),
  },

  {
    code: 'VNIC-001',
    bad: seed(),
    good: seed('mode=1 miimon=100 fail_over_mac=1'),
    fixed: bond('mode=1 miimon=100 fail_over_mac=1'),
  },
  {
    code: 'VNIC-001',
    bad: seed('mode=active-backup miimon=100 fail_over_mac=none'),
    good: seed('mode=active-backup miimon=100 fail_over_mac=active'),
    fixed: bond('mode=active-backup miimon=100 fail_over_mac=active'),
  },
  {
    code: 'VNIC-001',
    bad: physical(),
    good: physical(),
    settings: { virtualization: 'virtualbox' },
    goodSettings: { virtualization: 'none' },
    fixed: bond('mode=1 miimon=100 fail_over_mac=1'),
  },
  {
    code: 'VNIC-002',
    bad: seed('mode=6 miimon=100'),
    good: physical('mode=6 miimon=100'),
    fixed: bond('mode=1 miimon=100 fail_over_mac=1'),
  },
  {
    code: 'VNIC-003',
    bad: seed('mode=balance-rr miimon=100'),
    good: physical('mode=balance-rr miimon=100'),
    fixed: bond('mode=active-backup miimon=100 fail_over_mac=active'),
  },
  { code: 'VNIC-004', bad: seed('mode=4 miimon=100 lacp_rate=1'), good: physical('mode=4 miimon=100 lacp_rate=1') },
  {
    code: 'VNIC-005',
    bad: seed('mode=1 miimon=100', 'GATEWAY=192.168.99.1\n'),
    good: seed('mode=1 arp_interval=1000 arp_ip_target=192.168.99.1'),
    fixed: bond('mode=1 arp_interval=1000 arp_ip_target=192.168.99.1', 'GATEWAY=192.168.99.1\n'),
  },
  {
    code: 'VNIC-006',
    bad: B('mode=1 miimon=100 fail_over_mac=1'),
    good: B('mode=1 miimon=100 fail_over_mac=1 num_grat_arp=3'),
    fixed: bond('mode=1 miimon=100 fail_over_mac=1 num_grat_arp=3'),
  },
  {
    code: 'VNIC-007',
    bad: B('mode=1 miimon=100 fail_over_mac=1 num_grat_arp=3', 'MACADDR=02:00:00:00:00:01\n'),
    good: B('mode=1 miimon=100 fail_over_mac=1 num_grat_arp=3'),
    fixed: bond('mode=1 miimon=100 fail_over_mac=1 num_grat_arp=3'),
  },
  {
    code: 'VNIC-008',
    bad: seed('mode=1 miimon=100', 'MACADDR=02:00:00:00:00:01\n'),
    good: physical('mode=1 miimon=100', 'MACADDR=02:00:00:00:00:01\n'),
  },
  {
    code: 'VNIC-009',
    bad: seed('mode=1 miimon=100 fail_over_mac=1', '', 'MACADDR=02:00:00:00:00:01\n'),
    good: physical('mode=1 miimon=100', '', 'MACADDR=02:00:00:00:00:01\n'),
    file: 'ifcfg-enp0s8',
  },
  {
    code: 'VNIC-010',
    bad: {
      'ifcfg-bond0': bond('mode=1 miimon=100'),
      'ifcfg-eth1': port('eth1', 'fa:16:3e:00:00:01'),
      'ifcfg-eth2': port('eth2', 'fa:16:3e:00:00:02'),
    },
    good: seed(),
  },
  {
    code: 'VNIC-011',
    bad: {
      'ifcfg-bond0': bond('mode=1 miimon=100'),
      'ifcfg-eth1': port('eth1', '00:1b:21:0a:0b:01'),
      'ifcfg-eth2': port('eth2', '00:1b:21:0a:0b:01'),
    },
    good: physical(),
    file: 'ifcfg-eth1',
  },
  {
    code: 'VNIC-012',
    bad: B('mode=0 miimon=100', 'BRIDGE=br0\n'),
    good: B('mode=4 miimon=100 lacp_rate=1', 'BRIDGE=br0\n'),
  },
  {
    code: 'VNIC-013',
    bad: B('mode=2 arp_interval=1000 arp_ip_target=10.0.0.1', 'BRIDGE=br0\n'),
    good: B('mode=2 miimon=100', 'BRIDGE=br0\n'),
  },
  {
    code: 'VNIC-014',
    bad: B('mode=1 miimon=100', 'BRIDGE=br0\n'),
    good: B('mode=4 miimon=100 lacp_rate=1', 'BRIDGE=br0\n'),
  },
  {
    code: 'VNIC-015',
    bad: {
      'ifcfg-bond0': bond('mode=1 miimon=100'),
      'ifcfg-eth1': port('eth1', '00:0d:3a:00:00:01'),
      'ifcfg-eth2': port('eth2', '00:0d:3a:00:00:02'),
    },
    good: physical(),
  },
  {
    code: 'VNIC-016',
    bad: { 'ifcfg-bond0': bond('mode=1 miimon=100'), 'ifcfg-enp0s8': port('enp0s8'), 'ifcfg-enp0s9': port('enp0s9') },
    good: { 'ifcfg-bond0': bond('mode=1 miimon=100'), 'ifcfg-eth1': port('eth1'), 'ifcfg-eth2': port('eth2') },
    fixed: bond('mode=1 miimon=100 fail_over_mac=1'),
  },
  {
    code: 'VNIC-017',
    bad: physical(),
    good: physical(),
    goodSettings: { virtualization: 'none' },
    fixed: bond('mode=1 miimon=100 fail_over_mac=1'),
  },

  {
    code: 'BRIDGE-001',
    bad: one('ifcfg-br0', 'DEVICE=br0\nTYPE=Bridge\nBRIDGING_OPTS="priority=100 path_cost=5"\n'),
    good: one('ifcfg-br0', 'DEVICE=br0\nTYPE=Bridge\nBRIDGING_OPTS="priority=100 hello_time=2"\n'),
  },
  {
    code: 'BRIDGE-001',
    bad: one('ifcfg-eth0', 'DEVICE=eth0\nBRIDGE=br0\nBRIDGING_OPTS="hairpinmode=1"\n'),
    good: one('ifcfg-eth0', 'DEVICE=eth0\nBRIDGE=br0\nBRIDGING_OPTS="hairpin_mode=1 path_cost=100"\n'),
  },
  {
    code: 'ETHTOOL-001',
    bad: eth('ETHTOOL_OPTS="autoneg off speed 1000 duplex fulll"\n'),
    good: eth('ETHTOOL_OPTS="autoneg off speed 1000 duplex full; -K eth0 tso off gro on"\n'),
  },
  {
    code: 'ETHTOOL-001',
    bad: eth('ETHTOOL_OPTS="-K eth0 tso no"\n'),
    good: eth('ETHTOOL_OPTS="-G eth0 rx 4096 tx 4096; wol g"\n'),
  },
  {
    code: 'CAP-001',
    bad: one('bond0.bonding', AB),
    good: one('bond0.bonding', AB.replace('MII Status: down', 'MII Status: up')),
  },
  {
    code: 'CAP-002',
    bad: one('capture.txt', ALB),
    good: one('capture.txt', ALB.replace('Link Failure Count: 3', 'Link Failure Count: 0')),
  },
  {
    code: 'CAP-003',
    bad: one('capture.txt', ALB),
    good: one('capture.txt', ALB.replace('MII Polling Interval (ms): 0', 'MII Polling Interval (ms): 100')),
  },
  {
    code: 'CAP-004',
    bad: one('bond0.bonding', AB),
    good: one('bond0.bonding', AB.replace('(active-backup)', '(active-backup) (fail_over_mac active)')),
  },
  {
    code: 'CAP-005',
    bad: one('bond1.bonding', LACP),
    good: one(
      'bond1.bonding',
      LACP.replace('Partner Mac Address: 00:00:00:00:00:00', 'Partner Mac Address: 00:1c:73:aa:bb:cc'),
    ),
  },
  {
    code: 'BOND-062',
    bad: { ...seed('mode=1 miimon=200 fail_over_mac=1'), 'bond0.bonding': AB },
    good: { ...seed('mode=1 miimon=100'), 'bond0.bonding': AB },
  },
  {
    code: 'BOND-063',
    file: 'ifcfg-enp0s10',
    bad: { ...seed(), 'ifcfg-enp0s10': port('enp0s10'), 'bond0.bonding': AB },
    good: {
      ...seed(),
      'ifcfg-enp0s10': port('enp0s10'),
      'bond0.bonding': `${AB}\nSlave Interface: enp0s10\nMII Status: up\nPermanent HW addr: 08:00:27:11:22:33\n`,
    },
  },
  {
    code: 'BOND-064',
    file: 'bond0.bonding',
    bad: { 'ifcfg-bond0': bond('mode=1 miimon=100'), 'ifcfg-enp0s8': port('enp0s8'), 'bond0.bonding': AB },
    good: { ...seed(), 'bond0.bonding': AB },
  },
  {
    code: 'ROUTE-001',
    bad: one('route-eth0', 'ADDRESS0=10.0.0.0\nNETMASK0=255.0.0.0\n10.1.0.0/16 via 10.0.0.1\n'),
    good: one('route-eth0', 'ADDRESS0=10.0.0.0\nNETMASK0=255.0.0.0\n'),
  },
  {
    code: 'ROUTE-002',
    bad: one('route-eth0', 'ADDRESS1=10.0.0.0\nNETMASK1=255.0.0.0\n'),
    good: one('route-eth0', 'ADDRESS0=10.0.0.0\nNETMASK0=255.0.0.0\n'),
  },
  {
    code: 'ROUTE-003',
    bad: one('route-eth0', 'ADDRESS0=10.0.0.0\nGATEWAY0=192.168.1.1\n'),
    good: one('route-eth0', 'ADDRESS0=10.0.0.0\nNETMASK0=255.0.0.0\nGATEWAY0=192.168.1.1\n'),
  },
  {
    code: 'ROUTE-005',
    bad: one('route-eth0', '10.0.0.0/8 via 10.0.0.1 foo 3\n'),
    good: one('route-eth0', '10.0.0.0/8 via 10.0.0.1 metric 3\n'),
  },
  {
    code: 'ROUTE-005',
    bad: one('route6-eth0', '2001:db8::/32 via 10.0.0.1\n'),
    good: one('route6-eth0', '2001:db8::/32 via 2001:db8::1\n'),
  },
  {
    code: 'ROUTE-006',
    bad: { 'route-eth0': '10.0.0.0/8 via 10.0.0.1\n', 'rule-eth0': 'from 10.0.0.0/8 table 10\n' },
    good: { 'route-eth0': '10.0.0.0/8 via 10.0.0.1\n' },
  },
  {
    code: 'ROUTE-007',
    bad: one('route-eth0', 'ADDRESS0=10.0.0.0\nNETMASK0=255.0.0.0\nDEVICE=eth0\n'),
    good: one('route-eth0', 'ADDRESS0=10.0.0.0\nNETMASK0=255.0.0.0\n'),
  },
  {
    code: 'ROUTE-008',
    bad: one('route-eth0', '10.0.0.0/8 via 10.0.0.1 # lab\n'),
    good: one('route-eth0', '# lab\n10.0.0.0/8 via 10.0.0.1\n'),
  },
  {
    code: 'RULE-001',
    bad: one('rule-eth0', 'from 10.0.0.0/8 tabel 10\n'),
    good: one('rule-eth0', 'from 10.0.0.0/8 table 10\n'),
  },
  // Readiness (opt-in): what the migration to a keyfile loses, from the migration preview.
  {
    code: 'MIGRATE-001',
    bad: eth('DEVICE=eth0\nBOOTPROTO=dhcp\nETHTOOL_WAKE_ON_LAN=magic\n'),
    good: eth('DEVICE=eth0\nBOOTPROTO=dhcp\nETHTOOL_WAKE_ON_LAN=ignore\n'),
    settings: { readiness: true },
  },
  {
    code: 'MIGRATE-001',
    bad: eth('DEVICE=eth0\nBOOTPROTO=dhcp\nETHTOOL_WAKE_ON_LAN=magic\n'),
    good: eth('DEVICE=eth0\nBOOTPROTO=dhcp\nETHTOOL_WAKE_ON_LAN=magic\n'),
    settings: { readiness: true },
    goodSettings: { readiness: false },
  },
  {
    code: 'MIGRATE-002',
    bad: eth('DEVICE=eth0\nNM_CONTROLLED=no\nBOOTPROTO=dhcp\n'),
    good: eth('DEVICE=eth0\nBOOTPROTO=dhcp\n'),
    settings: { readiness: true },
  },
  {
    code: 'MIGRATE-003',
    bad: one(
      'ifcfg-team0',
      'DEVICE=team0\nDEVICETYPE=Team\nTEAM_CONFIG=\'{"runner": {"name": "activebackup"}}\'\nBOOTPROTO=dhcp\n',
    ),
    good: B('mode=active-backup miimon=100 fail_over_mac=1'),
    settings: { readiness: true },
  },
  ...KEYFILE_CASES,
];

for (const c of CASES) {
  const file = c.file ?? Object.keys(c.bad)[0];
  test(`${c.code} is reported: ${JSON.stringify(c.bad[file]).slice(0, 70)}`, () => {
    const found = lint(c.bad, file, c.settings, c.dir);
    const hit = found.find((f) => f.code === c.code);
    assert.ok(hit, `expected ${c.code}, got ${codes(found).join(', ') || 'nothing'}`);
    assert.ok(hit.message.length > 30, 'the message explains what breaks');
    if (c.fixed !== undefined) {
      assert.equal(applyFix(c.bad[file], hit), c.fixed);
      const again = lint({ ...c.bad, [file]: c.fixed }, file, c.settings, c.dir);
      assert.ok(
        !again.some((f) => f.code === c.code && f.range.start.line === hit.range.start.line),
        `${c.code} reported again after its fix`,
      );
    }
  });
  const goodFile =
    c.file && c.good[c.file] !== undefined
      ? c.file
      : (Object.keys(c.good).find((n) => n !== 'ifcfg-bond0' || !c.file) ?? Object.keys(c.good)[0]);
  test(`${c.code} is not reported: ${JSON.stringify(c.good[goodFile]).slice(0, 70)}`, () => {
    const found = lint(c.good, goodFile, c.goodSettings ?? c.settings, c.dir);
    assert.ok(
      !found.some((f) => f.code === c.code),
      `unexpected ${c.code}: ${found.find((f) => f.code === c.code)?.message}`,
    );
  });
}

test('every registered rule has a positive and a negative case', () => {
  const covered = new Set(CASES.map((c) => c.code));
  const missing = RULES.map((r) => r.code).filter((c) => !covered.has(c));
  assert.deepEqual(missing, []);
});
