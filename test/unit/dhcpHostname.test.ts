// The DHCP host name settings verify() refuses (nm-setting-ip-config.c, nm-setting-ip4-config.c,
// nm-utils.c at NM 355bc902994f; every verdict here was confirmed on NetworkManager's own keyfile
// and ifcfg-rh readers): flags while no host name is sent, FQDN flags over DHCPv4 without
// dhcp-fqdn, and a dhcp-fqdn that is empty, undotted or next to dhcp-hostname.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, type Finding } from '../../server/src/engine';

const KF = 'file:///etc/NetworkManager/system-connections/eth0.nmconnection';
const IFCFG = 'file:///etc/sysconfig/network-scripts/ifcfg-eth0';

const keyfile = (groups: string, connection = '') =>
  `[connection]\nid=eth0\nuuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a01\ntype=ethernet\ninterface-name=eth0\n${connection}\n${groups}`;
const errors = (uri: string, text: string): Finding[] => analyzeText(uri, text).filter((f) => f.severity === 'error');
const lineOf = (text: string, line: string) => text.split('\n').indexOf(line);

const NO_HOSTNAME = /the property cannot be set when 'dhcp-send-hostname' is disabled/;

test('keyfile: dhcp-hostname-flags with dhcp-send-hostname=false is refused, in [ipv4] and [ipv6]', () => {
  for (const family of ['ipv4', 'ipv6']) {
    const fqdn = family === 'ipv4' ? 'dhcp-fqdn=eth0.example.com\n' : '';
    const text = keyfile(`[${family}]\nmethod=auto\ndhcp-send-hostname=false\ndhcp-hostname-flags=1\n${fqdn}`);
    const [f, ...rest] = errors(KF, text);
    assert.deepEqual(rest, []);
    assert.equal(f.code, 'KEYFILE-037');
    assert.match(f.message, NO_HOSTNAME);
    assert.match(f.message, new RegExp(`"${family}\\.dhcp-hostname-flags:`));
    assert.equal(f.range.start.line, lineOf(text, 'dhcp-hostname-flags=1'));
  }
});

test('keyfile: the deprecated boolean counts too, and wins over dhcp-send-hostname=true', () => {
  const fqdn = 'dhcp-fqdn=eth0.example.com\n';
  const old = keyfile(`[ipv4]\nmethod=auto\ndhcp-send-hostname-deprecated=false\ndhcp-hostname-flags=1\n${fqdn}`);
  assert.match(errors(KF, old)[0].message, /dhcp-send-hostname-deprecated=false sends none/);
  // verify() sees the boolean before normalize() could copy dhcp-send-hostname=true over it.
  const both = keyfile(
    `[ipv4]\nmethod=auto\ndhcp-send-hostname=true\ndhcp-send-hostname-deprecated=false\ndhcp-hostname-flags=1\n${fqdn}`,
  );
  assert.match(errors(KF, both)[0].message, NO_HOSTNAME);
});

test('keyfile: flags 0, a host name that is sent, or flags NetworkManager cannot read are fine', () => {
  const fqdn = 'dhcp-fqdn=eth0.example.com\n';
  for (const body of [
    'dhcp-send-hostname=false\ndhcp-hostname-flags=0\n',
    `dhcp-send-hostname=true\ndhcp-hostname-flags=1\n${fqdn}`,
    `dhcp-send-hostname=-1\ndhcp-hostname-flags=3\n${fqdn}`,
    // "no" is no keyfile value for the tri-state: NetworkManager ignores it and sends the host name.
    `dhcp-send-hostname=no\ndhcp-hostname-flags=1\n${fqdn}`,
    `dhcp-send-hostname=false\ndhcp-hostname-flags=-1\n${fqdn}`,
  ])
    assert.deepEqual(errors(KF, keyfile(`[ipv4]\nmethod=auto\n${body}`)), [], body);
});

test('keyfile: FQDN flags in [ipv4] need dhcp-fqdn, even with method=disabled or on a bond port', () => {
  const text = keyfile('[ipv4]\nmethod=auto\ndhcp-hostname-flags=1\n');
  const [f] = errors(KF, text);
  assert.equal(f.code, 'KEYFILE-035');
  assert.match(f.message, /"ipv4\.dhcp-hostname-flags: FQDN flags requires a FQDN set"/);
  assert.equal(errors(KF, keyfile('[ipv4]\nmethod=disabled\ndhcp-hostname-flags=8\n'))[0].code, 'KEYFILE-035');
  const port = keyfile('[ipv4]\nmethod=auto\ndhcp-hostname-flags=1\n', 'controller=bond0\nport-type=bond\n');
  assert.ok(errors(KF, port).some((e) => e.code === 'KEYFILE-035'));
  // [ipv6] sends its FQDN flags with dhcp-hostname alone.
  assert.deepEqual(errors(KF, keyfile('[ipv6]\nmethod=auto\ndhcp-hostname-flags=1\n')), []);
});

test('keyfile: dhcp-fqdn must be dotted, non-empty and alone; dhcp-hostname must not be empty', () => {
  const one = (body: string) => errors(KF, keyfile(`[ipv4]\nmethod=auto\n${body}`));
  assert.match(one('dhcp-fqdn=eth0\n')[0].message, /"ipv4\.dhcp-fqdn: 'eth0' is not a valid FQDN"/);
  assert.match(one('dhcp-fqdn=\ndhcp-hostname-flags=1\n')[0].message, /"ipv4\.dhcp-fqdn: property is empty"/);
  const both = one('dhcp-fqdn=eth0.example.com\ndhcp-hostname=eth0\n');
  assert.equal(both[0].code, 'KEYFILE-037');
  assert.match(both[0].message, /property cannot be set when dhcp-hostname is also set/);
  assert.match(
    errors(KF, keyfile('[ipv6]\nmethod=auto\ndhcp-hostname=\n'))[0].message,
    /"ipv6\.dhcp-hostname: property is empty"/,
  );
  assert.deepEqual(one('dhcp-fqdn=eth0.example.com\ndhcp-hostname-flags=1\n'), []);
});

const ifcfg = (body: string) => `TYPE=Ethernet\nDEVICE=eth0\nNAME=eth0\nONBOOT=yes\n${body}`;

test('ifcfg: DHCP_HOSTNAME_FLAGS with DHCP_SEND_HOSTNAME=no, or without DHCP_FQDN, keeps NetworkManager from loading the file', () => {
  const off = ifcfg('BOOTPROTO=dhcp\nDHCP_SEND_HOSTNAME=no\nDHCP_FQDN=eth0.example.com\nDHCP_HOSTNAME_FLAGS=1\n');
  const [f] = errors(IFCFG, off);
  assert.equal(f.code, 'IFCFG-055');
  assert.match(f.message, NO_HOSTNAME);
  assert.equal(f.range.start.line, lineOf(off, 'DHCP_HOSTNAME_FLAGS=1'));
  const noFqdn = errors(IFCFG, ifcfg('BOOTPROTO=dhcp\nDHCP_HOSTNAME_FLAGS=1\n'));
  assert.match(noFqdn[0].message, /FQDN flags requires a FQDN set/);
  assert.match(
    errors(IFCFG, ifcfg('BOOTPROTO=dhcp\nDHCP_FQDN=eth0\n'))[0].message,
    /"ipv4\.dhcp-fqdn: 'eth0' is not a valid FQDN"/,
  );
});

test('ifcfg: the flag pairs verify() refuses, and fqdn-encoded over DHCPv6 even with IPV6INIT=no', () => {
  const f = (body: string) => errors(IFCFG, ifcfg(`BOOTPROTO=dhcp\nDHCP_FQDN=eth0.example.com\n${body}`));
  assert.match(f('DHCP_HOSTNAME_FLAGS=5\n')[0].message, /'fqdn-no-update' and 'fqdn-serv-update'/);
  assert.match(f('DHCP_HOSTNAME_FLAGS=9\n')[0].message, /'fqdn-clear-flags' flag is incompatible/);
  assert.match(f('DHCP_HOSTNAME_FLAGS=16\n')[0].message, /unknown flags 0x10/);
  assert.match(f('IPV6INIT=yes\nDHCPV6_HOSTNAME_FLAGS=2\n')[0].message, /DHCPv6 does not support the E \(encoded\)/);
  assert.match(f('IPV6INIT=no\nDHCPV6_SEND_HOSTNAME=no\nDHCPV6_HOSTNAME_FLAGS=1\n')[0].message, NO_HOSTNAME);
});

test('ifcfg: keys NetworkManager does not read or cannot parse are no error', () => {
  for (const body of [
    // IPv4 is off: make_ip4_setting returns before the DHCP keys.
    'BOOTPROTO=none\nDHCP_HOSTNAME_FLAGS=1\n',
    // Base 10 only, and at most 32 bits: the key is then not set.
    'BOOTPROTO=dhcp\nDHCP_HOSTNAME_FLAGS=0x1\n',
    'BOOTPROTO=dhcp\nDHCP_HOSTNAME_FLAGS=4294967296\n',
    'BOOTPROTO=dhcp\nDHCP_SEND_HOSTNAME=no\nDHCP_HOSTNAME_FLAGS=0\n',
    'BOOTPROTO=dhcp\nDHCP_FQDN=eth0.example.com\nDHCP_HOSTNAME_FLAGS=3\nIPV6INIT=yes\nDHCPV6_HOSTNAME_FLAGS=1\n',
    // The reader drops DHCP_HOSTNAME when DHCP_FQDN is set: no conflict.
    'BOOTPROTO=dhcp\nDHCP_FQDN=eth0.example.com\nDHCP_HOSTNAME=eth0\n',
  ])
    assert.deepEqual(errors(IFCFG, ifcfg(body)), [], body);
  // NM_CONTROLLED=no: NetworkManager makes no profile of the file.
  assert.deepEqual(errors(IFCFG, ifcfg('NM_CONTROLLED=no\nBOOTPROTO=dhcp\nDHCP_HOSTNAME_FLAGS=1\n')), []);
});

test('ifcfg: flags NetworkManager cannot read as a decimal number are a warning, the key is ignored', () => {
  for (const v of ['0x1', '-1', '4294967296']) {
    const fs = analyzeText(IFCFG, ifcfg(`BOOTPROTO=dhcp\nDHCP_FQDN=eth0.example.com\nDHCP_HOSTNAME_FLAGS=${v}\n`));
    assert.deepEqual(
      fs.map((f) => [f.code, f.severity]),
      [['IFCFG-027', 'warning']],
      v,
    );
    assert.match(fs[0].message, /NetworkManager ignores it/);
  }
});
