// The format-neutral profile: the same facts read from an ifcfg file and from a keyfile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, profileOf } from '../../server/src/engine';

const ifcfg = (text: string) => profileOf(parseDocument('/etc/sysconfig/network-scripts/ifcfg-eth0', text));
const keyfile = (text: string) =>
  profileOf(parseDocument('/etc/NetworkManager/system-connections/eth0.nmconnection', text));

test('controller: BRIDGE wins over MASTER, as in the ifcfg reader; a bridge port has no bond master', () => {
  const p = ifcfg('DEVICE=eth0\nBRIDGE=br0\nMASTER=bond0\n');
  assert.equal(p.controller?.value, 'br0');
  assert.equal(p.controller?.portType, 'bridge');
  const k = keyfile('[connection]\nid=eth0\ntype=ethernet\ncontroller=br0\nport-type=bridge\n');
  assert.deepEqual([k.controller?.value, k.controller?.portType, k.master], ['br0', 'bridge', undefined]);
  const b = keyfile('[connection]\nid=eth0\ntype=ethernet\ncontroller=bond0\nport-type=bond\n');
  assert.equal(b.master?.value, 'bond0');
});

test('addresses: IPADDR/PREFIX/NETMASK and the class default; keyfile addressN in index order', () => {
  const p = ifcfg(
    'DEVICE=eth0\nIPADDR=10.0.0.5\nNETMASK=255.255.0.0\nIPADDR2=192.168.1.2\nIPADDR4=172.16.0.1\nIPV6ADDR=2001:DB8:0::5\n',
  );
  assert.deepEqual(p.addresses(), { ipv4: ['10.0.0.5/16', '192.168.1.2/24'], ipv6: ['2001:db8::5/64'] });
  const k = keyfile(
    '[connection]\nid=eth0\ntype=ethernet\n\n[ipv4]\naddress2=192.168.1.2/24\naddress1=10.0.0.5/16,10.0.0.1\nmethod=manual\n\n[ipv6]\naddress1=2001:db8::5\nmethod=manual\n',
  );
  assert.deepEqual(k.addresses(), { ipv4: ['10.0.0.5/16', '192.168.1.2/24'], ipv6: ['2001:db8::5/64'] });
});
