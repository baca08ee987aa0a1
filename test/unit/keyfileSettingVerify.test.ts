// The verify() rules of the 802.1X, Wi-Fi, Wi-Fi security and GSM settings, against what
// NetworkManager itself made of small variants (test/fixtures/keyfile/verify-variants.json,
// scripts/keyfile-oracle-variants.mjs) and on whole profiles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'fs';
import { analyzeText, applyEdits, type Finding } from '../../server/src/engine';

const DIR = 'file:///etc/NetworkManager/system-connections/';
const lint = (text: string, name = 'corp.nmconnection'): Finding[] => analyzeText(DIR + name, text);
const errors = (text: string) => lint(text).filter((f) => f.severity === 'error');

const WIFI = (wifi: string, security = '', eap?: string) =>
  `[connection]\nid=corp\nuuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a07\ntype=wifi\ninterface-name=wlan0\n\n[wifi]\nssid=corp\n${wifi}\n` +
  (security ? `[wifi-security]\n${security}\n` : '') +
  (eap !== undefined ? `[802-1x]\n${eap}\n` : '') +
  '[ipv4]\nmethod=auto\n';
const EAP = (eap: string) => WIFI('', 'key-mgmt=wpa-eap\n', eap);

test('NetworkManager refuses exactly the variants we give an error, and we name the property it names', () => {
  const data = JSON.parse(readFileSync('test/fixtures/keyfile/verify-variants.json', 'utf8')) as {
    networkManagerCommit: string;
    cases: Array<{ text: string; nm: string }>;
  };
  assert.equal(data.networkManagerCommit, '355bc902994f');
  assert.ok(data.cases.length >= 150);
  const wrong: string[] = [];
  let refused = 0;
  for (const c of data.cases) {
    const ours = errors(c.text);
    if (c.nm === 'OK') {
      if (ours.length) wrong.push(`loads, but we say ${ours.map((e) => e.message).join(' / ')}\n${c.text}`);
      continue;
    }
    refused++;
    // "invalid connection: 802-1x.phase2-auth: …", "invalid connection: 802-1x: … setting presence"
    const m = /^invalid connection: ([\w-]+)(?:\.([\w-]+))?/.exec(c.nm)!;
    const named = m[2] ? `${m[1]}.${m[2]}` : `"${m[1]}:`;
    if (!ours.some((e) => e.message.includes(named)))
      wrong.push(
        `NetworkManager says ${c.nm}; we say ${ours.map((e) => e.message).join(' / ') || 'nothing'}\n${c.text}`,
      );
  }
  assert.ok(refused >= 80, `${refused} refused variants`);
  assert.deepEqual(wrong, []);
});

test('PEAP and TTLS need exactly one inner authentication: none is a missing property, both a conflict', () => {
  const text = EAP('eap=ttls\nidentity=joe\npassword=s3cret\n');
  const none = errors(text);
  assert.deepEqual(
    none.map((e) => e.code),
    ['KEYFILE-035'],
  );
  assert.match(none[0].message, /EAP method ttls needs its inner authentication/);
  assert.match(none[0].message, /802-1x\.phase2-auth, 802-1x\.phase2-autheap: exactly one property must be set/);
  assert.equal(none[0].range.start.line, text.split('\n').indexOf('eap=ttls'), 'on the eap= line that asks for it');
  const both = errors(EAP('eap=peap\nidentity=joe\nphase2-auth=mschapv2\nphase2-autheap=mschapv2\n'));
  assert.deepEqual(
    both.map((e) => e.code),
    ['KEYFILE-037'],
  );
  assert.deepEqual(errors(EAP('eap=peap\nidentity=joe\nphase2-auth=mschapv2\n')), []);
});

test('phase2-auth is compared case-sensitively; the fix writes it in lowercase', () => {
  const text = EAP('eap=peap\nidentity=joe\nphase2-auth=MSCHAPV2\n');
  const [f] = errors(text);
  assert.equal(f.code, 'KEYFILE-027');
  assert.match(f.message, /case-sensitively/);
  assert.equal(f.fixes![0].safe, false, 'the profile is down today: loading it is a change');
  assert.deepEqual(errors(applyEdits(text, f.fixes![0].edits)), []);
});

test('EAP-TLS without a client certificate and key: one error naming both', () => {
  const [f] = errors(EAP('eap=tls\nidentity=joe\nca-cert=/etc/pki/ca.pem\n'));
  assert.equal(f.code, 'KEYFILE-035');
  assert.match(f.message, /client-cert= and private-key= missing/);
  assert.match(f.message, /802-1x\.client-cert: property is missing/);
  // Every method of eap= is verified: tls needs its certificate even next to peap.
  const mixed = errors(EAP('eap=peap;tls\nidentity=joe\nphase2-auth=mschapv2\n'));
  assert.match(mixed[0].message, /client-cert/);
});

test('key-mgmt=ieee8021x or wpa-eap without [802-1x], and the key-mgmt keyword in any case', () => {
  const [f] = errors(WIFI('', 'key-mgmt=ieee8021x\n'));
  assert.equal(f.code, 'KEYFILE-035');
  assert.match(f.message, /802-1x: 'ieee8021x' security requires '802-1x' setting presence/);
  // NetworkManager lowercases key-mgmt before checking it.
  assert.deepEqual(errors(WIFI('', 'key-mgmt=WPA-PSK\npsk=correct horse\n')), []);
  // …but not the cipher lists.
  assert.equal(errors(WIFI('', 'key-mgmt=wpa-psk\npsk=correct horse\nproto=RSN\n'))[0].code, 'KEYFILE-027');
});

test('a channel must exist in its band, needs a band, and a mesh needs both', () => {
  const [ch] = errors(WIFI('band=a\nchannel=12\n'));
  assert.equal(ch.code, 'KEYFILE-027');
  assert.match(ch.message, /Band a has no channel 12.*'12' is not a valid channel/);
  assert.deepEqual(errors(WIFI('band=bg\nchannel=12\n')), []);
  assert.match(errors(WIFI('channel=6\n'))[0].message, /'channel' requires setting 'band' property/);
  const [mesh] = errors(WIFI('mode=mesh\n'));
  assert.equal(mesh.code, 'KEYFILE-035');
  assert.match(mesh.message, /band= and channel= missing/);
  assert.deepEqual(errors(WIFI('mode=mesh\nband=bg\nchannel=1\n', 'key-mgmt=sae\npsk=correct horse\n')), []);
  assert.equal(errors(WIFI('mode=mesh\nband=bg\nchannel=1\n', 'key-mgmt=wpa-psk\npsk=x\n'))[0].code, 'KEYFILE-037');
});

test('GSM network codes are 5 or 6 digits', () => {
  const GSM = (extra: string) =>
    `[connection]\nid=mobile\nuuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a08\ntype=gsm\n\n[gsm]\napn=internet\n${extra}\n[ipv4]\nmethod=auto\n`;
  assert.match(errors(GSM('network-id=test\n'))[0].message, /gsm\.network-id: 'test' length is invalid/);
  assert.match(errors(GSM('network-id=2620a\n'))[0].message, /'2620a' is not a number/);
  assert.match(
    errors(GSM('sim-operator-id=1234\n'))[0].message,
    /gsm\.sim-operator-id: property is empty or wrong size/,
  );
  assert.deepEqual(errors(GSM('network-id=26201\nsim-operator-id=310260\n')), []);
});

test('wake-on-wlan: unknown bits and the exclusive flags are one error each, not a warning as well', () => {
  const fs = lint(WIFI('wake-on-wlan=65536\n'));
  assert.deepEqual(
    fs.map((f) => f.code),
    ['KEYFILE-027'],
  );
  assert.match(fs[0].message, /trying to set unknown flag/);
  assert.match(errors(WIFI('wake-on-wlan=3\n'))[0].message, /exclusive flags/);
  assert.deepEqual(errors(WIFI('wake-on-wlan=32768\n')), []);
});

const ETH = (eth: string) =>
  `[connection]\nid=lan\nuuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a07\ntype=ethernet\ninterface-name=eth0\n\n[ethernet]\n${eth}\n[ipv4]\nmethod=auto\n`;
const codes = (text: string) => lint(text).map((f) => `${f.severity} ${f.code}`);

test('wake-on-lan: unknown bits load silently; default or ignore with another bit is refused by verify()', () => {
  // NetworkManager keeps 128 and 0x80000 as they are and writes them back unchanged.
  assert.deepEqual(codes(ETH('wake-on-lan=128\n')), []);
  assert.deepEqual(codes(ETH('wake-on-lan=0x80000\n')), []);
  assert.deepEqual(codes(ETH('wake-on-lan=32768\n')), []);
  for (const v of ['0x8001', '3', '32769', '65537']) {
    const fs = lint(ETH(`wake-on-lan=${v}\n`));
    assert.deepEqual(
      fs.map((f) => `${f.severity} ${f.code}`),
      ['error KEYFILE-027'],
      v,
    );
    assert.match(
      fs[0].message,
      /802-3-ethernet\.wake-on-lan: Wake-on-LAN mode 'default' and 'ignore' are exclusive flags/,
    );
  }
});

test('powersave: a number outside 0..3 is kept without a warning, so we report nothing', () => {
  // The property is a plain uint32 and verify() does not look at it (nm-setting-wireless.c).
  assert.deepEqual(codes(WIFI('powersave=4\n')), []);
  assert.deepEqual(codes(WIFI('powersave=99\n')), []);
  // A name is still refused when read: a keyfile holds the number.
  assert.deepEqual(codes(WIFI('powersave=enable\n')), ['warning KEYFILE-022']);
});

// Each verdict checked against NetworkManager 355bc902994f's keyfile reader and verify().
const CONN = (body: string) =>
  `[connection]\nid=c\nuuid=ff9d6ebc-226d-4f82-a485-b7ff83b9607f\ntype=ethernet\ninterface-name=eth0\n${body}`;
const IP4 = (key: string) => CONN(`[ipv4]\nmethod=auto\n${key}\n`);

test('plain int32 enums that nothing checks keep any number: lldp, fils, and the direct enums verify() skips', () => {
  // lldp and fils are int32 properties verify() never looks at. dnssec, down-on-poweroff, clat,
  // dhcp-ipv6-only-preferred and channel-width are int32 too; nm-setting.c _verify_properties
  // checks only the first enum property of a setting (autoconnect-ports, auto-route-ext-gw,
  // ap-isolation) and stops there.
  for (const text of [
    CONN('lldp=7\n'),
    CONN('dnssec=7\n'),
    CONN('down-on-poweroff=7\n'),
    CONN('ip-ping-addresses-require-all=7\n'),
    IP4('clat=9'),
    IP4('dhcp-ipv6-only-preferred=9'),
    WIFI('', 'key-mgmt=wpa-psk\npsk=12345678\nfils=9\n'),
  ])
    assert.deepEqual(codes(text), [], text);
});

test('link-local and proxy method: any integer is read, one outside the enum fails verify()', () => {
  assert.deepEqual(codes(IP4('link-local=9')), ['error KEYFILE-030']);
  assert.deepEqual(codes(CONN('[proxy]\nmethod=9\n')), ['error KEYFILE-030']);
  // Enum GTypes still refuse the number when read (metered) and int32 with a narrow range too.
  assert.deepEqual(codes(CONN('metered=9\n')), ['warning KEYFILE-022']);
});

// What NetworkManager 355bc902994f answered for each value (nm-oracle, keyfile reader + normalize).
const PROFILE = (connection: string, ipv4: string, ipv6 = '') =>
  `[connection]\nid=lan\nuuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a07\ntype=ethernet\ninterface-name=eth0\n${connection}\n[ethernet]\n\n[ipv4]\nmethod=auto\n${ipv4}\n[ipv6]\nmethod=auto\n${ipv6}\n`;

test('mptcp-flags: any number is read, but verify() refuses unknown bits and the combinations it cannot use', () => {
  for (const v of ['0', '1', '2', '0x10', '0x80', '398'])
    assert.deepEqual(codes(PROFILE(`mptcp-flags=${v}\n`, '')), [], v);
  for (const [v, nm] of [
    // NetworkManager: "disabled" flag cannot be combined with other MPTCP flags
    ['3', 'connection.mptcp-flags refuses flag 1 with 2'],
    ['131', 'connection.mptcp-flags refuses flag 1 with 130'],
    // cannot set both "signal" and "fullmesh" MPTCP flags
    ['144', 'connection.mptcp-flags refuses flag 16 with 128'],
    // value 1024 is not a valid combination of MPTCP flags
    ['1024', 'connection.mptcp-flags refuses unknown bits 0x400'],
    ['0x200', 'connection.mptcp-flags refuses unknown bits 0x200'],
  ]) {
    const fs = lint(PROFILE(`mptcp-flags=${v}\n`, ''));
    assert.deepEqual(
      fs.map((f) => `${f.severity} ${f.code}`),
      ['error KEYFILE-030'],
      v,
    );
    assert.ok(fs[0].message.includes(nm), fs[0].message);
  }
});

test('dhcp-hostname-flags: verify() refuses unknown bits, no-update with serv-update, clear-flags with others, E over DHCPv6', () => {
  const fqdn = 'dhcp-fqdn=h.example.com\n';
  for (const v of ['1', '2', '3', '6', '8'])
    assert.deepEqual(codes(PROFILE('', `${fqdn}dhcp-hostname-flags=${v}\n`)), [], v);
  for (const v of ['1', '4', '0x8']) assert.deepEqual(codes(PROFILE('', '', `dhcp-hostname-flags=${v}\n`)), [], v);
  for (const [v4, v6, nm] of [
    // NetworkManager: unknown flags 0x40
    ['0x40', '', 'ipv4.dhcp-hostname-flags refuses unknown bits 0x40'],
    ['', '16', 'ipv6.dhcp-hostname-flags refuses unknown bits 0x10'],
    // 'fqdn-no-update' and 'fqdn-serv-update' flags cannot be set at the same time
    ['5', '', 'ipv4.dhcp-hostname-flags refuses flag 4 with 1'],
    // 'fqdn-clear-flags' flag is incompatible with other FQDN flags
    ['12', '', 'ipv4.dhcp-hostname-flags refuses flag 8 with 4'],
    // DHCPv6 does not support the E (encoded) FQDN flag
    ['', '2', 'ipv6.dhcp-hostname-flags refuses flag 2 (encoded) over DHCPv6'],
  ]) {
    const fs = lint(PROFILE('', `${fqdn}${v4 && `dhcp-hostname-flags=${v4}\n`}`, v6 && `dhcp-hostname-flags=${v6}\n`));
    assert.deepEqual(
      fs.map((f) => `${f.severity} ${f.code}`),
      ['error KEYFILE-030'],
      v4 + v6,
    );
    assert.ok(fs[0].message.includes(nm), fs[0].message);
  }
});
