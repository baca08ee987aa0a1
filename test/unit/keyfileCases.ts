// One case that must report and one that must not, for every keyfile rule (used by rules.test.ts).
import type { Files } from '../helpers/lint';
import { type Settings } from '../../server/src/engine';

export const KF_DIR = '/etc/NetworkManager/system-connections';

export const ETH = `[connection]
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

const kf = (text: string, name = 'eth0.nmconnection'): Files => ({ [name]: text });
const edit = (from: string, to: string): Files => kf(ETH.replace(from, to));

const PORT = `[connection]
id=eth1
uuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a03
type=ethernet
interface-name=eth1
controller=bond0
port-type=bond
`;

export interface KeyfileCase {
  code: string;
  bad: Files;
  good: Files;
  fixed?: string;
  dir: string;
  settings?: Partial<Settings>;
  goodSettings?: Partial<Settings>;
}

const C = (code: string, bad: Files, good: Files, fixed?: string): KeyfileCase => ({
  code,
  bad,
  good,
  fixed,
  dir: KF_DIR,
});

export const KEYFILE_CASES: KeyfileCase[] = [
  C('KEYFILE-001', edit('[ipv6]', '[ipv6] # v6'), kf(ETH)),
  C('KEYFILE-002', edit('id=eth0\n', 'id=eth0\r'), kf(ETH)),
  C('KEYFILE-003', edit('id=eth0', 'id=eth\\q0'), edit('id=eth0', 'id=eth\\s0')),
  C('KEYFILE-004', edit('id=eth0', 'id=eth\u00000'), kf(ETH)),
  C('KEYFILE-010', edit('[ipv6]', '[ipv 6]'), kf(ETH), ETH.replace('[ipv6]', '[ipv6]')),
  C('KEYFILE-011', edit('mac-address=', 'mac-adress='), kf(ETH)),
  C('KEYFILE-012', edit('id=eth0', 'id=eth0\nid[de]=Netz'), kf(ETH)),
  C('KEYFILE-013', kf(PORT.replace('controller=', 'master=')), kf(PORT)),
  C('KEYFILE-014', edit('[ethernet]', '[802-3-ethernet]\nmtu=1500\n\n[ethernet]'), kf(ETH)),
  C(
    'KEYFILE-015',
    edit('[ethernet]\n', '[ethernet]\nmtu=1500\nmtu=9000\n'),
    edit('[ethernet]\n', '[ethernet]\nmtu=9000\n'),
  ),
  C(
    'KEYFILE-016',
    kf(
      '[connection]\nid=team0\nuuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a09\ntype=team\ninterface-name=team0\n\n[team]\nconfig={}\n\n[ipv4]\nmethod=auto\n',
    ),
    kf(ETH),
  ),
  C(
    'KEYFILE-020',
    edit('[ethernet]\n', '[ethernet]\nauto-negotiate=yes\n'),
    edit('[ethernet]\n', '[ethernet]\nauto-negotiate=true\n'),
    ETH.replace('[ethernet]\n', '[ethernet]\nauto-negotiate=true\n'),
  ),
  C('KEYFILE-021', edit('[ethernet]\n', '[ethernet]\nmtu=big\n'), edit('[ethernet]\n', '[ethernet]\nmtu=9000\n')),
  C(
    'KEYFILE-022',
    edit('type=ethernet', 'type=ethernet\nmdns=yes'),
    edit('type=ethernet', 'type=ethernet\nmdns=2'),
    ETH.replace('type=ethernet', 'type=ethernet\nmdns=2'),
  ),
  C('KEYFILE-023', edit('52:54:00:12:34:56', '52:54:00:12:34'), kf(ETH)),
  C('KEYFILE-024', edit('192.0.2.10/24', '192.0.2.300/24'), kf(ETH)),
  C(
    'KEYFILE-025',
    edit('dns=', 'route1=198.51.100.0/24,192.0.2.254,abc\ndns='),
    edit('dns=', 'route1=198.51.100.0/24,192.0.2.254,10\ndns='),
  ),
  C('KEYFILE-026', edit('dns=192.0.2.53;', 'dns=192.0.2.53;bogus;'), kf(ETH)),
  C('KEYFILE-027', edit('method=auto', 'method=automatic'), kf(ETH)),
  C('KEYFILE-028', edit('id=eth0', 'id=eth0  '), kf(ETH)),
  C(
    'KEYFILE-029',
    edit('[ethernet]\n', '[ethernet]\nmtu=01500\n'),
    edit('[ethernet]\n', '[ethernet]\nmtu=832\n'),
    ETH.replace('[ethernet]\n', '[ethernet]\nmtu=832\n'),
  ),
  C('KEYFILE-030', edit('type=ethernet', 'type=ethernets'), kf(ETH)),
  C('KEYFILE-031', kf(PORT.replace('port-type=bond\n', '')), kf(PORT)),
  C('KEYFILE-032', edit('address1=192.0.2.10/24,192.0.2.1\n', ''), kf(ETH)),
  C('KEYFILE-033', kf(PORT + '\n[ipv4]\nmethod=auto\n'), kf(PORT)),
  C('KEYFILE-034', kf(PORT), kf(PORT.replace('controller=bond0', 'controller=bond0\nmaster=bond0'))),
  C(
    'KEYFILE-035',
    kf(
      '[connection]\nid=v\nuuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a05\ntype=vlan\n\n[vlan]\nid=10\n\n[ipv4]\nmethod=auto\n',
    ),
    kf(
      '[connection]\nid=v\nuuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a05\ntype=vlan\n\n[vlan]\nid=10\nparent=eth0\n\n[ipv4]\nmethod=auto\n',
    ),
  ),
  C('KEYFILE-036', edit('uuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a01\n', ''), kf(ETH)),
  C('KEYFILE-040', kf(ETH, 'eth0.nmconnection~'), kf(ETH)),
  {
    code: 'KEYFILE-041',
    bad: kf(ETH),
    good: kf(ETH),
    dir: KF_DIR,
    settings: {
      host: { keyfileStats: { [`${KF_DIR}/eth0.nmconnection`]: { mode: 0o100644, uid: 0 } } },
    },
    goodSettings: {
      host: { keyfileStats: { [`${KF_DIR}/eth0.nmconnection`]: { mode: 0o100600, uid: 0 } } },
    },
  },
  C('KEYFILE-042', kf(ETH, 'eth0.nmconnection.bak'), kf(ETH)),
];
