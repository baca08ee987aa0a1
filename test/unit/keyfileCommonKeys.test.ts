// The keys admins set most (addresses, gateway, routes, VLAN, bridge timers, MACs, bond primary),
// judged as NetworkManager's keyfile reader and verify() do at NM 355bc902994f; every verdict was
// confirmed on NM's own reader (the same texts are in test/fixtures/keyfile/verify-variants.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, type Finding } from '../../server/src/engine';

const DIR = 'file:///etc/NetworkManager/system-connections/';
const lint = (text: string): Finding[] => analyzeText(DIR + 'p.nmconnection', text);
const errors = (text: string) => lint(text).filter((f) => f.severity === 'error');
const profile = (groups: string, type = 'ethernet', ifname = 'eth0', connection = '') =>
  `[connection]\nid=p\nuuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a01\ntype=${type}\ninterface-name=${ifname}\n${connection}\n${groups}`;
const lineOf = (text: string, line: string) => text.split('\n').indexOf(line);

test('a trailing blank after an address makes NetworkManager drop it; with method=manual the profile is refused', () => {
  const text = profile('[ipv4]\nmethod=manual\naddress1=192.0.2.10/24 \n');
  const fs = lint(text);
  const drop = fs.find((f) => f.code === 'KEYFILE-024')!;
  assert.equal(drop.severity, 'warning');
  assert.match(drop.message, /Trailing blanks are part of a keyfile value.*drops this address/);
  const manual = fs.find((f) => f.code === 'KEYFILE-032')!;
  assert.equal(manual.severity, 'error');
  assert.match(manual.message, /could not read the address.*method 'manual' requires at least an address/);
  // A route loses its line the same way; the profile still has its address.
  const route = profile('[ipv4]\nmethod=manual\naddress1=192.0.2.10/24\nroute1=198.51.100.0/24,192.0.2.1 \n');
  assert.deepEqual(errors(route), []);
  assert.match(lint(route).find((f) => f.code === 'KEYFILE-025')!.message, /drops this route/);
  // The old trailing semicolon is fine.
  assert.deepEqual(lint(profile('[ipv4]\nmethod=manual\naddress1=192.0.2.10/24;\n')), []);
});

test('a route metric is kept up to 4294967295, leading zeros and all; one more and NetworkManager drops the route', () => {
  const route = (metric: string) =>
    lint(profile(`[ipv4]\nmethod=manual\naddress1=192.0.2.10/24\nroute1=198.51.100.0/24,192.0.2.1,${metric}\n`));
  for (const kept of ['0', '4294967295', '00000000004294967295']) assert.deepEqual(route(kept), [], kept);
  for (const dropped of ['4294967296', '18446744073709551617', '000004294967296']) {
    const f = route(dropped).find((x) => x.code === 'KEYFILE-025');
    assert.match(
      f?.message ?? '',
      new RegExp(`Metric ${dropped} does not fit 32 bits; NetworkManager drops this route`),
      dropped,
    );
  }
});

test('an address NetworkManager cannot read is no address: method=manual with only that one is refused', () => {
  for (const a of ['192.0.2.300/24', '192.0.2.10/24,gw']) {
    const fs = errors(profile(`[ipv4]\nmethod=manual\naddress1=${a}\n`));
    assert.deepEqual(
      fs.map((f) => f.code),
      ['KEYFILE-032'],
      a,
    );
  }
  assert.equal(errors(profile('[ipv4]\nmethod=manual\nroute1=192.0.2.300/24\n'))[0].code, 'KEYFILE-032');
});

test('the gateway must be an address of the family, without blanks, and needs an address', () => {
  const bad = (body: string, re: RegExp) => {
    const text = profile(body);
    const fs = errors(text);
    assert.equal(fs.length, 1, fs.map((f) => f.message).join(' / '));
    assert.match(fs[0].message, re);
    return { f: fs[0], text };
  };
  const invalid = /gateway is invalid/;
  const { f, text } = bad('[ipv4]\nmethod=manual\naddress1=192.0.2.10/24\ngateway=192.0.2.999\n', invalid);
  assert.equal(f.range.start.line, lineOf(text, 'gateway=192.0.2.999'));
  bad('[ipv4]\nmethod=manual\naddress1=192.0.2.10/24\ngateway=2001:db8::1\n', /not an IPv4 address/);
  bad('[ipv6]\nmethod=manual\naddress1=2001:db8::10/64\ngateway=192.0.2.1\n', /"ipv6\.gateway: gateway is invalid"/);
  bad('[ipv4]\nmethod=manual\naddress1=192.0.2.10/24\ngateway=\n', /The gateway is empty/);
  bad('[ipv4]\nmethod=manual\naddress1=192.0.2.10/24\ngateway=192.0.2.1 \n', /ends in a blank/);
  // The gateway field of the first address is the profile's gateway: an invalid one refuses the profile.
  bad('[ipv4]\nmethod=manual\naddress1=192.0.2.10/24,192.0.2.999\n', invalid);
  for (const method of ['auto', 'disabled'])
    bad(`[ipv4]\nmethod=${method}\ngateway=192.0.2.1\n`, /gateway cannot be set if there are no addresses configured/);
  assert.deepEqual(errors(profile('[ipv4]\nmethod=manual\naddress1=192.0.2.10/24\ngateway= 192.0.2.1\n')), []);
});

test('gateway fields NetworkManager does not use are warnings that say which one wins', () => {
  const later = lint(
    profile('[ipv4]\nmethod=manual\naddress2=192.0.2.11/24,192.0.2.999\naddress1=192.0.2.10/24,192.0.2.1\n'),
  );
  assert.deepEqual(
    later.map((f) => [f.code, f.severity]),
    [['KEYFILE-024', 'warning']],
  );
  assert.match(later[0].message, /only the first address with a gateway \(address1\) sets it/);
  const key = lint(profile('[ipv4]\nmethod=manual\naddress1=192.0.2.10/24,192.0.2.999\ngateway=192.0.2.1\n'));
  assert.deepEqual(
    key.map((f) => f.severity),
    ['warning'],
  );
  assert.match(key[0].message, /the gateway= key of \[ipv4\] wins/);
});

test('a bond port is refused for a broken [ipv4] too: verify() runs before NetworkManager removes it', () => {
  const port = (ipv4: string) => profile(`[ipv4]\n${ipv4}`, 'ethernet', 'eth0', 'controller=bond0\nport-type=bond\n');
  assert.ok(errors(port('method=manual\n')).some((f) => f.code === 'KEYFILE-032'));
  assert.ok(errors(port('method=auto\ngateway=192.0.2.1\n')).some((f) => /no addresses configured/.test(f.message)));
  assert.deepEqual(errors(port('method=disabled\n')), []);
});

test('VLAN: id 4095 is refused, 4096 cannot be read; parent must be an interface name or UUID', () => {
  const vlan = (body: string) => profile(`[vlan]\n${body}`, 'vlan', 'eth1.5');
  assert.match(errors(vlan('id=4095\nparent=eth1\n'))[0].message, /vlan id must be in range 0-4094 but is 4095/);
  assert.deepEqual(errors(vlan('id=4094\nparent=eth1\n')), []);
  const high = lint(vlan('id=4096\nparent=eth1\n'));
  assert.deepEqual(
    high.map((f) => f.severity),
    ['warning'],
  );
  for (const p of ['not a name', 'eth1 ']) {
    const [f] = errors(vlan(`id=5\nparent=${p}\n`));
    assert.match(f.message, /is neither an UUID nor an interface name/, p);
  }
  assert.deepEqual(errors(vlan('id=5\nparent=ff9d6ebc-226d-4f82-a485-b7ff83b96000\n')), []);
});

test('bridge STP timers: verify() holds them to the kernel ranges, with or without STP; 0 only without', () => {
  const br = (body: string) => errors(profile(`[bridge]\n${body}`, 'bridge', 'br0'));
  assert.match(br('forward-delay=1\n')[0].message, /"bridge\.forward-delay: value '1' is out of range <2-30>"/);
  assert.match(br('stp=false\nforward-delay=1\n')[0].message, /out of range <2-30>/);
  assert.match(br('forward-delay=0\n')[0].message, /0 only with stp=false/);
  assert.deepEqual(br('stp=false\nforward-delay=0\n'), []);
  assert.match(br('hello-time=0\n')[0].message, /"bridge\.hello-time: value '0' is out of range <1-10>"/);
  assert.match(br('max-age=5\n')[0].message, /out of range <6-40>/);
  assert.deepEqual(br('max-age=40\nforward-delay=30\nhello-time=10\n'), []);
  assert.match(br('group-forward-mask=1\n')[0].message, /can't contain bits 0 \(STP\), 1 \(MAC\) or 2 \(LACP\)/);
  assert.deepEqual(br('group-forward-mask=8\n'), []);
});

test('a trailing blank after a MAC address makes NetworkManager ignore it', () => {
  for (const line of ['mac-address=00:11:22:33:44:55 ', 'cloned-mac-address=random ']) {
    const fs = lint(profile(`[ethernet]\n${line}\n`));
    assert.deepEqual(
      fs.map((f) => [f.code, f.severity]),
      [['KEYFILE-023', 'warning']],
      line,
    );
    assert.match(fs[0].message, /trailing blank is part of the value.*ignoring invalid MAC address/);
  }
});

test('bond primary that is no interface name: NetworkManager drops the option, the bond still loads', () => {
  const fs = lint(profile('[bond]\nmode=active-backup\nprimary=eth9 \n', 'bond', 'bond0'));
  const f = fs.find((x) => x.code === 'BOND-044')!;
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /ignores the option \("invalid value 'eth9 ' for option 'primary'"\)/);
  assert.deepEqual(
    fs.filter((x) => x.severity === 'error'),
    [],
  );
});

test('dhcp-iaid must be an IAID NetworkManager knows, dhcp-client-id must not be empty', () => {
  const ip = (family: string, line: string) => errors(profile(`[${family}]\nmethod=auto\n${line}\n`));
  for (const v of ['abc', '', '-1', 'MAC', 'aa:bbcc:dd'])
    assert.match(ip('ipv4', `dhcp-iaid=${v}`)[0]?.message ?? '', /is not a valid IAID/, v);
  for (const v of ['mac', 'stable', '0x1f', '42', 'aabbccdd', '0a:0b:0c:0d'])
    assert.deepEqual(ip('ipv6', `dhcp-iaid=${v}`), [], v);
  assert.match(ip('ipv4', 'dhcp-client-id=')[0].message, /"ipv4\.dhcp-client-id: property is empty"/);
});

test('an IPv6 token needs addr-gen-mode=eui64 (the reader picks it when the key is absent) and only low bits', () => {
  const ip6 = (body: string) => errors(profile(`[ipv6]\nmethod=auto\n${body}`));
  assert.deepEqual(ip6('token=::1:2:3:4\n'), []);
  assert.deepEqual(ip6('token=::1\naddr-gen-mode=0\n'), []);
  for (const mode of ['stable-privacy', 'bogus'])
    assert.match(ip6(`token=::1\naddr-gen-mode=${mode}\n`)[0].message, /only makes sense with EUI64/, mode);
  for (const token of ['2001:db8::1', '::', '', 'abc'])
    assert.match(ip6(`token=${token}\n`)[0]?.message ?? '', /value is not a valid token/, token);
});

test('a routing rule without its priority is dropped', () => {
  const text = profile(
    '[ipv4]\nmethod=manual\naddress1=192.0.2.10/24\nrouting-rule1=from 0.0.0.0/0 table 100\nrouting-rule2=priority 10 from 0.0.0.0/0 table 100\n',
  );
  const fs = lint(text);
  assert.deepEqual(
    fs.map((f) => [f.code, f.severity, f.range.start.line]),
    [['KEYFILE-025', 'warning', lineOf(text, 'routing-rule1=from 0.0.0.0/0 table 100')]],
  );
  assert.match(fs[0].message, /missing priority/);
});
