// Building blocks of the rule examples: real-looking ifcfg text and /proc/net/bonding
// captures. Plain strings, so the examples are data that docs and tests share.
import type { Files } from './types';

export const one = (name: string, text: string): Files => ({ [name]: text });
export const eth = (text: string): Files => one('ifcfg-eth0', text);

export const bond = (opts: string, extra = ''): string =>
  `DEVICE=bond0\nNAME=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nBOOTPROTO=none\nONBOOT=yes\n${extra}BONDING_OPTS="${opts}"\n`;

export const port = (dev: string, mac?: string, extra = ''): string =>
  `DEVICE=${dev}\n${mac ? `HWADDR=${mac}\n` : ''}TYPE=Ethernet\nBOOTPROTO=none\nONBOOT=yes\nMASTER=bond0\nSLAVE=yes\n${extra}`;

export const B = (opts: string, extra = ''): Files => one('ifcfg-bond0', bond(opts, extra));

/** The seed scenario: a VirtualBox active-backup bond with two ports. */
export const seed = (opts = 'mode=1 miimon=100', bondExtra = '', portExtra = ''): Files => ({
  'ifcfg-bond0': bond(opts, bondExtra),
  'ifcfg-enp0s8': port('enp0s8', '08:00:27:5c:b0:e5', portExtra),
  'ifcfg-enp0s9': port('enp0s9', '08:00:27:85:02:d8'),
});

/** The same bond on physical (Intel) NICs. */
export const physical = (opts = 'mode=1 miimon=100', bondExtra = '', portExtra = ''): Files => ({
  'ifcfg-bond0': bond(opts, bondExtra),
  'ifcfg-eth1': port('eth1', '00:1b:21:0a:0b:01', portExtra),
  'ifcfg-eth2': port('eth2', '00:1b:21:0a:0b:02'),
});

export const targets = (n: number): string => Array.from({ length: n }, (_, i) => `10.0.0.${i + 1}`).join(',');

/** An active-backup bond on two VirtualBox NICs, one of them without link. */
export const CAPTURE_AB = [
  'Ethernet Channel Bonding Driver: v5.14.0-427.13.1.el9_4.x86_64',
  '',
  'Bonding Mode: fault-tolerance (active-backup)',
  'Primary Slave: None',
  'Currently Active Slave: enp0s9',
  'MII Status: up',
  'MII Polling Interval (ms): 100',
  'Up Delay (ms): 0',
  'Down Delay (ms): 0',
  'Peer Notification Delay (ms): 0',
  '',
  'Slave Interface: enp0s8',
  'MII Status: down',
  'Speed: Unknown',
  'Duplex: Unknown',
  'Link Failure Count: 1',
  'Permanent HW addr: 08:00:27:5c:b0:e5',
  'Slave queue ID: 0',
  '',
  'Slave Interface: enp0s9',
  'MII Status: up',
  'Speed: 1000 Mbps',
  'Duplex: full',
  'Link Failure Count: 0',
  'Permanent HW addr: 08:00:27:85:02:d8',
  'Slave queue ID: 0',
  '',
].join('\n');

/** An 802.3ad bond whose partner never answered. */
export const CAPTURE_LACP = [
  'Ethernet Channel Bonding Driver: v6.8.0',
  '',
  'Bonding Mode: IEEE 802.3ad Dynamic link aggregation',
  'Transmit Hash Policy: layer3+4 (1)',
  'MII Status: up',
  'MII Polling Interval (ms): 100',
  'Up Delay (ms): 0',
  'Down Delay (ms): 0',
  'Peer Notification Delay (ms): 0',
  '',
  '802.3ad info',
  'LACP active: on',
  'LACP rate: fast',
  'Min links: 0',
  'Aggregator selection policy (ad_select): stable',
  'System priority: 65535',
  'System MAC address: 3c:ec:ef:12:34:56',
  'Active Aggregator Info:',
  '\tAggregator ID: 1',
  '\tNumber of ports: 1',
  '\tActor Key: 15',
  '\tPartner Key: 1',
  '\tPartner Mac Address: 00:00:00:00:00:00',
  '',
  'Slave Interface: eno1',
  'MII Status: up',
  'Speed: 10000 Mbps',
  'Duplex: full',
  'Link Failure Count: 0',
  'Permanent HW addr: 3c:ec:ef:12:34:56',
  'Slave queue ID: 0',
  'Aggregator ID: 1',
  'Actor Churn State: churned',
  'Partner Churn State: churned',
  'Actor Churned Count: 1',
  'Partner Churned Count: 1',
  '',
].join('\n');

/** A balance-alb bond on VMware NICs without link monitoring. */
export const CAPTURE_ALB = [
  'Ethernet Channel Bonding Driver: v4.18.0-553.el8_10.x86_64',
  '',
  'Bonding Mode: adaptive load balancing',
  'Primary Slave: None',
  'Currently Active Slave: ens192',
  'MII Status: up',
  'MII Polling Interval (ms): 0',
  'Up Delay (ms): 0',
  'Down Delay (ms): 0',
  '',
  'Slave Interface: ens192',
  'MII Status: up',
  'Speed: 10000 Mbps',
  'Duplex: full',
  'Link Failure Count: 3',
  'Permanent HW addr: 00:50:56:a1:2b:3c',
  'Slave queue ID: 0',
  '',
  'Slave Interface: ens224',
  'MII Status: up',
  'Speed: 10000 Mbps',
  'Duplex: full',
  'Link Failure Count: 0',
  'Permanent HW addr: 00:50:56:a1:2b:3d',
  'Slave queue ID: 0',
  '',
].join('\n');

/** Where NetworkManager keeps keyfiles: keyfile examples live here, so folder rules apply. */
export const KF_DIR = '/etc/NetworkManager/system-connections';

/** A complete, loadable Ethernet keyfile that the keyfile examples vary. */
export const KF_ETH = `[connection]
id=eth0
uuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a01
type=ethernet
interface-name=eth0

[ethernet]
mac-address=52:54:00:12:34:56

[ipv4]
method=manual
address1=192.0.2.10/24,192.0.2.1
dns=192.0.2.53;

[ipv6]
method=auto
`;

/** A bond port keyfile. */
export const KF_PORT = `[connection]
id=eth1
uuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a03
type=ethernet
interface-name=eth1
controller=bond0
port-type=bond
`;

export const kf = (text: string, name = 'eth0.nmconnection'): Files => ({ [name]: text });
/** The Ethernet keyfile with one piece of text replaced. */
export const kfEdit = (from: string, to: string): Files => kf(KF_ETH.replace(from, to));

/** A bond keyfile whose [bond] holds these options (written `a=1 b=2` as in BONDING_OPTS, one key a line). */
export const kfBond = (opts: string): string =>
  `[connection]\nid=bond0\nuuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a02\ntype=bond\ninterface-name=bond0\n\n[bond]\n${opts
    .split(' ')
    .filter(Boolean)
    .map((o) => `${o}\n`)
    .join('')}\n[ipv4]\nmethod=manual\naddress1=192.0.2.10/24,192.0.2.1\n\n[ipv6]\nmethod=disabled\n`;

/** The bond keyfile alone, as example files. */
export const KB = (opts: string): Files => ({ 'bond0.nmconnection': kfBond(opts) });

/** A port keyfile of bond0. */
export const kfPort = (dev: string, mac: string, n: number): string =>
  `[connection]\nid=${dev}\nuuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0b0${n}\ntype=ethernet\ninterface-name=${dev}\ncontroller=bond0\nport-type=bond\n\n[ethernet]\nmac-address=${mac}\n`;

/** The bond keyfile with two ports on physical (Intel) NICs. */
export const kfPhysical = (opts = 'mode=active-backup miimon=100'): Files => ({
  ...KB(opts),
  'eth1.nmconnection': kfPort('eth1', '00:1B:21:0A:0B:01', 1),
  'eth2.nmconnection': kfPort('eth2', '00:1B:21:0A:0B:02', 2),
});

/** kfPhysical with one piece of text replaced in one port's keyfile. */
export const kfPhysicalWith = (dev: 'eth1' | 'eth2', from: string, to: string): Files => {
  const f = kfPhysical();
  const name = `${dev}.nmconnection`;
  return { ...f, [name]: f[name].replace(from, to) };
};

/** The seed scenario as keyfiles: the bond on two VirtualBox NICs. */
export const kfSeed = (opts = 'mode=active-backup miimon=100'): Files => ({
  ...KB(opts),
  'enp0s8.nmconnection': kfPort('enp0s8', '08:00:27:5C:B0:E5', 8),
  'enp0s9.nmconnection': kfPort('enp0s9', '08:00:27:85:02:D8', 9),
});

/** A folder where keyfiles sit next to a capture of the running bond (in system-connections
 *  every file is read as a keyfile, so a capture is collected elsewhere). */
export const CASE_DIR = '/srv/support/bond0-case';

/** Several example folders' files as one. */
export const files = (...parts: Files[]): Files => Object.assign({}, ...parts) as Files;
