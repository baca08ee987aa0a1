// Numbers NetworkManager's keyfile reader cannot store, for each kind of integer it reads (facts:
// nm-keyfile.c read_one_setting_value, _read_setting, _read_handle_renamed_properties and
// ip6_addr_gen_mode_parser at NM 355bc902994f, confirmed on NM's own reader). A number that does
// not fit is a warning: NM ignores the line and loads the profile with the default.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, type Finding } from '../../server/src/engine';

const DIR = 'file:///etc/NetworkManager/system-connections/';
const lint = (text: string): Finding[] => analyzeText(DIR + 'eth0.nmconnection', text);

const profile = (groups: string, type = 'ethernet', ifname = 'eth0') =>
  `[connection]\nid=eth0\nuuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a01\ntype=${type}\ninterface-name=${ifname}\n\n${groups}`;

/** The findings on the line that holds `line`. */
function on(text: string, line: string): Finding[] {
  const at = text.split('\n').indexOf(line);
  assert.ok(at >= 0, line);
  return lint(text).filter((f) => f.range.start.line === at);
}

function onlyWarning(text: string, line: string, re: RegExp): Finding {
  const fs = on(text, line);
  assert.equal(fs.length, 1, fs.map((f) => f.message).join(' / '));
  assert.equal(fs[0].severity, 'warning');
  assert.match(fs[0].message, re);
  assert.ok(!lint(text).some((f) => f.severity === 'error'), 'the profile still loads');
  return fs[0];
}

const STILL_LOADS = /ignores the line and keeps the default.*the profile still loads/;

test('uint32 (ethernet mtu): 2^32 and -5 are warned about and ignored, 2^32-1 is read', () => {
  for (const v of ['4294967296', '99999999999', '-5'])
    onlyWarning(profile(`[ethernet]\nmtu=${v}\n`), `mtu=${v}`, STILL_LOADS);
  assert.deepEqual(on(profile('[ethernet]\nmtu=4294967295\n'), 'mtu=4294967295'), []);
});

test('int32 (ipv4 dhcp-timeout, dns-priority): beyond the property range or the int range, the default stays', () => {
  const f = onlyWarning(profile('[ipv4]\nmethod=auto\ndhcp-timeout=-5\n'), 'dhcp-timeout=-5', STILL_LOADS);
  assert.match(f.message, /outside 0\.\.2147483647/);
  onlyWarning(profile('[ipv4]\nmethod=auto\ndns-priority=2147483648\n'), 'dns-priority=2147483648', STILL_LOADS);
});

test('int64 (ipv4 route-metric) and uint64 (bridge multicast-last-member-interval)', () => {
  onlyWarning(profile('[ipv4]\nmethod=auto\nroute-metric=4294967296\n'), 'route-metric=4294967296', STILL_LOADS);
  onlyWarning(profile('[ipv4]\nmethod=auto\nroute-metric=-2\n'), 'route-metric=-2', /default \(-1\)/);
  const bridge = (v: string) => profile(`[bridge]\nmulticast-last-member-interval=${v}\n`, 'bridge', 'br0');
  onlyWarning(bridge('18446744073709551616'), 'multicast-last-member-interval=18446744073709551616', /default \(100\)/);
  onlyWarning(bridge('-1'), 'multicast-last-member-interval=-1', STILL_LOADS);
});

test('flags beyond 32 bits are not read at all: no verify() error for wake-on-lan=-1', () => {
  const f = onlyWarning(profile('[ethernet]\nwake-on-lan=-1\n'), 'wake-on-lan=-1', STILL_LOADS);
  assert.match(f.message, /unsigned 32-bit number/);
  onlyWarning(profile('[ethernet]\nwake-on-lan=4294967296\n'), 'wake-on-lan=4294967296', STILL_LOADS);
  onlyWarning(
    profile('[ipv4]\nmethod=auto\ndhcp-hostname-flags=4294967296\n'),
    'dhcp-hostname-flags=4294967296',
    /does not fit dhcp-hostname-flags/,
  );
  // Within 32 bits, unknown MPTCP bits are still verify()'s to refuse.
  const mptcp = on(
    profile('[ipv4]\nmethod=auto\n').replace('interface-name=eth0', 'interface-name=eth0\nmptcp-flags=2147483648'),
    'mptcp-flags=2147483648',
  );
  assert.equal(mptcp[0].severity, 'error');
});

test('enums are gint: beyond the int range the default stays, even for numbers kept without a check', () => {
  const text = profile('[ethernet]\n').replace('interface-name=eth0', 'interface-name=eth0\nlldp=2147483648');
  onlyWarning(text, 'lldp=2147483648', /signed 32-bit number/);
  // channel-width then stays auto (0), so verify() has nothing to refuse outside AP mode.
  const wifi = profile('[wifi]\nssid=corp\nchannel-width=4294967296\n', 'wifi', 'wlan0');
  onlyWarning(wifi, 'channel-width=4294967296', STILL_LOADS);
  assert.ok(
    lint(profile('[wifi]\nssid=corp\nchannel-width=-1\n', 'wifi', 'wlan0')).some((f) => f.code === 'KEYFILE-037'),
  );
});

test('powersave is a plain guint: -1 does not fit, 2147483648 is kept', () => {
  const wifi = (v: string) => profile(`[wifi]\nssid=corp\npowersave=${v}\n`, 'wifi', 'wlan0');
  onlyWarning(wifi('-1'), 'powersave=-1', /unsigned 32-bit/);
  assert.deepEqual(on(wifi('2147483648'), 'powersave=2147483648'), []);
});

test('ethtool numbers keep their low 32 bits without a warning; text that is no decimal number is dropped', () => {
  const eth = (v: string) => profile(`[ethtool]\ncoalesce-rx-usecs=${v}\n`);
  assert.match(onlyWarning(eth('4294967296'), 'coalesce-rx-usecs=4294967296', /low 32 bits/).message, /applies 0\./);
  assert.match(onlyWarning(eth('-5'), 'coalesce-rx-usecs=-5', /low 32 bits/).message, /applies 4294967291\./);
  assert.match(
    onlyWarning(eth('99999999999999999999999'), 'coalesce-rx-usecs=99999999999999999999999', /low 32 bits/).message,
    /applies 4294967295\./,
  );
  onlyWarning(eth('0x10'), 'coalesce-rx-usecs=0x10', /cannot read "0x10".*leaves this ethtool setting alone/);
  assert.deepEqual(on(eth('+7'), 'coalesce-rx-usecs=+7'), []);
  // What the cast leaves is what verify() sees: adaptive coalescing is 0 or 1, fec-mode known modes.
  const rule = (line: string) => on(profile(`[ethtool]\n${line}\n`), line);
  assert.match(rule('coalesce-adaptive-rx=2')[0].message, /coalesce option must be either 0 or 1/);
  assert.equal(rule('coalesce-adaptive-rx=2')[0].severity, 'error');
  assert.deepEqual(
    rule('coalesce-adaptive-tx=4294967297').map((f) => f.severity),
    ['warning'],
  );
  assert.match(rule('fec-mode=1')[0].message, /ethtool\.fec-mode: … is not valid FEC modes/);
  assert.equal(rule('fec-mode=64')[0].severity, 'error');
  assert.deepEqual(rule('fec-mode=6'), []);
  assert.deepEqual(on(eth('4294967295'), 'coalesce-rx-usecs=4294967295'), []);
});

test('dhcp-send-hostname: a number other than -1/0/1 is read and then rejects the profile; unreadable text is ignored', () => {
  const ip = (v: string) => profile(`[ipv4]\nmethod=auto\ndhcp-send-hostname=${v}\n`);
  for (const v of ['2', '-2', '010']) {
    const [f] = on(ip(v), `dhcp-send-hostname=${v}`);
    assert.equal(f.severity, 'error', v);
    assert.match(f.message, /inconsistent with 'dhcp-send-hostname-v2'/);
  }
  // GLib reads the integer in base 10: 010 is ten, not octal eight, and 00 is just 0.
  assert.match(on(ip('010'), 'dhcp-send-hostname=010')[0].message, /^10 /);
  assert.deepEqual(on(ip('00'), 'dhcp-send-hostname=00'), []);
  for (const v of ['0x1', 'TRUE', '4294967296'])
    onlyWarning(ip(v), `dhcp-send-hostname=${v}`, /invalid value for 'ipv4\.dhcp-send-hostname'/);
  assert.equal(onlyWarning(ip('no'), 'dhcp-send-hostname=no', /Write 0 for no/).fixes![0].title, 'Write 0');
  for (const v of ['true', 'false', '-1', '+1']) assert.deepEqual(on(ip(v), `dhcp-send-hostname=${v}`), [], v);
});

test('addr-gen-mode: a number that is no mode rejects the profile, a word NetworkManager cannot read falls back', () => {
  const ip6 = (v: string) => profile(`[ipv6]\nmethod=auto\naddr-gen-mode=${v}\n`);
  for (const v of ['7', '-1']) {
    const [f] = on(ip6(v), `addr-gen-mode=${v}`);
    assert.equal(f.severity, 'error', v);
    assert.match(f.message, /ipv6\.addr-gen-mode: property is invalid/);
  }
  for (const v of ['EUI64', '+1', '4294967296']) onlyWarning(ip6(v), `addr-gen-mode=${v}`, /uses default-or-eui64/);
  for (const v of ['0x1', 'stable-privacy', '3']) assert.deepEqual(on(ip6(v), `addr-gen-mode=${v}`), [], v);
});
