// Keyfile diagnostics: what NetworkManager does with each mistake, on real keyfile text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFiles, analyzeText, applyEdits, DEFAULT_SETTINGS, type Finding } from '../../server/src/engine';
import { KF_ETH, KF_PORT } from '../../server/src/engine/docs';

const DIR = 'file:///etc/NetworkManager/system-connections/';
const lint = (text: string, name = 'eth0.nmconnection'): Finding[] => analyzeText(DIR + name, text);
const codes = (fs: Finding[]) => fs.map((f) => f.code);

// A complete, loadable Ethernet keyfile (the one the rule examples vary).
const ETH = KF_ETH;

test('a clean static Ethernet profile has no findings', () => {
  assert.deepEqual(lint(ETH), []);
});

test('a line GLib cannot read is an error on that line', () => {
  const fs = lint(ETH.replace('[ipv6]', '[ipv6] # v6'));
  const f = fs.find((x) => x.code === 'KEYFILE-001')!;
  assert.equal(f.severity, 'error');
  assert.equal(f.range.start.line, 14);
  assert.match(f.message, /refuses the whole file/);
});

test('yes/no are not keyfile booleans; the quick fix writes the boolean meant', () => {
  const text = ETH.replace('[ethernet]', '[ethernet]\nauto-negotiate=yes');
  const f = lint(text).find((x) => x.code === 'KEYFILE-020')!;
  assert.ok(f);
  assert.match(f.message, /true, false, 1 and 0/);
  const fixed = applyEdits(text, f.fixes![0].edits);
  assert.match(fixed, /auto-negotiate=true/);
  assert.equal(f.fixes![0].safe, false, 'changes what NM does today, so not in fix-all');
});

test('unknown keys get a did-you-mean with a rename fix; unknown groups too', () => {
  const fs = lint(ETH.replace('mac-address=', 'mac-adress=').replace('[ipv6]', '[ipv 6]'));
  const k = fs.find((x) => x.code === 'KEYFILE-011')!;
  assert.match(k.message, /Did you mean mac-address\?/);
  const g = fs.find((x) => x.code === 'KEYFILE-010')!;
  assert.match(g.message, /\[ipv6\]/);
});

test('enum names where NM wants numbers; octal numbers; out of range', () => {
  const text = ETH.replace('[connection]\n', '[connection]\nmdns=yes\nautoconnect-priority=1000\n').replace(
    '[ethernet]\n',
    '[ethernet]\nmtu=01500\n',
  );
  const fs = lint(text);
  const mdns = fs.find((x) => x.code === 'KEYFILE-022')!;
  assert.match(mdns.message, /Write 2 for yes/);
  assert.ok(fs.some((x) => x.code === 'KEYFILE-021' && /-999..999/.test(x.message)));
  const oct = fs.find((x) => x.code === 'KEYFILE-029')!;
  assert.match(oct.message, /means 832/);
  assert.equal(oct.fixes![0].safe, true);
  assert.match(applyEdits(text, oct.fixes![0].edits), /mtu=832\n/);
});

test('mdns, llmnr, dns-over-tls and multi-connect are plain integers: any number is read, verify() refuses one outside the enum', () => {
  for (const line of ['mdns=5', 'llmnr=-2', 'dns-over-tls=3', 'multi-connect=4']) {
    const f = lint(ETH.replace('[connection]\n', `[connection]\n${line}\n`)).find((x) => x.code === 'KEYFILE-030');
    assert.ok(f, line);
    assert.equal(f.severity, 'error');
    assert.match(f.message, /verify\(\) of connection\.[a-z-]+ fails/);
  }
  assert.deepEqual(lint(ETH.replace('[connection]\n', '[connection]\nmdns=2\nmulti-connect=3\n')), []);
});

test('verify() failures reject the profile: missing type, bad uuid, bond without interface-name', () => {
  assert.ok(
    lint('[connection]\nid=x\nuuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a01\n').some((f) => f.code === 'KEYFILE-030'),
  );
  const bad = lint(ETH.replace(/uuid=.*/, 'uuid=not-a-uuid'));
  assert.ok(bad.some((f) => f.code === 'KEYFILE-030' && /not a UUID/.test(f.message)));
  const bond = lint(
    '[connection]\nid=bond0\nuuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a02\ntype=bond\n\n[bond]\nmode=active-backup\nmiimon=100\n\n[ipv4]\nmethod=disabled\n\n[ipv6]\nmethod=ignore\n',
  );
  assert.ok(bond.some((f) => f.code === 'KEYFILE-030' && /interface-name/.test(f.message)));
});

test('the legacy [bond] interface-name still names the interface', () => {
  const bond = lint(
    '[connection]\nid=bond0\nuuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a02\ntype=bond\n\n[bond]\ninterface-name=bond0\nmode=active-backup\nmiimon=100\n\n[ipv4]\nmethod=disabled\n\n[ipv6]\nmethod=ignore\n',
  );
  assert.ok(!bond.some((f) => f.code === 'KEYFILE-030'));
});

test('controller without port-type and no port group is rejected; IP groups on a port are dropped', () => {
  const port = `[connection]
id=eth1
uuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a03
type=ethernet
interface-name=eth1
controller=bond0

[ipv4]
method=auto
`;
  const fs = lint(port);
  assert.ok(fs.some((f) => f.code === 'KEYFILE-031'));
  const ok = lint(port.replace('controller=bond0', 'controller=bond0\nport-type=bond'));
  assert.ok(!ok.some((f) => f.code === 'KEYFILE-031'));
  assert.ok(ok.some((f) => f.code === 'KEYFILE-033'));
});

test('controller= alone: an advisory only when the oldest NetworkManager to support predates 1.46', () => {
  const port = KF_PORT;
  const k034 = (minimumNmVersion?: string) =>
    analyzeFiles([{ uri: `${DIR}eth1.nmconnection`, text: port }], { ...DEFAULT_SETTINGS, minimumNmVersion })
      .get(`${DIR}eth1.nmconnection`)!
      .filter((f) => f.code === 'KEYFILE-034');
  assert.deepEqual(k034(), []);
  assert.equal(k034('1.45.90').length, 1);
  assert.equal(k034('0.9').length, 1);
  assert.deepEqual(k034('1.46'), []);
  assert.deepEqual(k034('2.0'), []);
  const [f] = k034('1.42');
  assert.equal(f.severity, 'information');
  assert.match(f.message, /1\.42, the oldest version these profiles must support .* Add master=bond0 as well/);
  // master= next to controller= is what an older version reads: nothing to add.
  assert.deepEqual(
    analyzeFiles(
      [{ uri: `${DIR}eth1.nmconnection`, text: port.replace('controller=bond0', 'controller=bond0\nmaster=bond0') }],
      {
        ...DEFAULT_SETTINGS,
        minimumNmVersion: '1.40',
      },
    )
      .get(`${DIR}eth1.nmconnection`)!
      .filter((x) => x.code === 'KEYFILE-034'),
    [],
  );
});

test('master= is what NetworkManager before 1.46 reads: no hint to rename it when the profiles must support one', () => {
  const text = KF_PORT.replace('controller=', 'master=').replace('port-type=', 'slave-type=');
  const hints = (minimumNmVersion?: string) =>
    analyzeFiles([{ uri: `${DIR}eth1.nmconnection`, text }], { ...DEFAULT_SETTINGS, minimumNmVersion })
      .get(`${DIR}eth1.nmconnection`)!
      .filter((f) => f.code === 'KEYFILE-013');
  assert.equal(hints().length, 2);
  assert.deepEqual(hints('1.40'), []);
  assert.equal(hints('1.46').length, 2);
  // Two spellings that disagree are a real conflict whatever the version.
  const conflict = text.replace('master=bond0', 'master=bond0\ncontroller=bond1');
  assert.equal(
    analyzeFiles([{ uri: `${DIR}eth1.nmconnection`, text: conflict }], {
      ...DEFAULT_SETTINGS,
      minimumNmVersion: '1.40',
    })
      .get(`${DIR}eth1.nmconnection`)!
      .filter((f) => f.code === 'KEYFILE-013' && f.severity === 'warning').length,
    1,
  );
});

test('legacy master/slave-type are hints with a rename to controller/port-type', () => {
  const text = `[connection]
id=eth1
uuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a03
type=ethernet
interface-name=eth1
master=bond0
slave-type=bond
`;
  const fs = lint(text).filter((f) => f.code === 'KEYFILE-013');
  assert.equal(fs.length, 2);
  assert.equal(fs[0].severity, 'hint');
  assert.match(applyEdits(text, fs[0].fixes![0].edits), /^controller=bond0$/m);
});

test('IP method against addresses and DNS', () => {
  const fs = lint(ETH.replace('address1=192.0.2.10/24,192.0.2.1\n', ''));
  assert.ok(fs.some((f) => f.code === 'KEYFILE-032' && /manual needs/.test(f.message)));
  const dis = lint(ETH.replace('method=manual', 'method=disabled'));
  assert.equal(dis.filter((f) => f.code === 'KEYFILE-032').length, 2);
  assert.ok(lint(ETH.replace('method=manual\n', '')).some((f) => f.code === 'KEYFILE-032'));
});

test('addresses, routes and DNS entries NM drops', () => {
  const text = ETH.replace(
    'dns=192.0.2.53;',
    'dns=192.0.2.53;2001:db8::53;\nroute1=198.51.100.0/24,192.0.2.254,abc\naddress2=192.0.2.300/24',
  );
  const c = codes(lint(text));
  assert.ok(c.includes('KEYFILE-026'));
  assert.ok(c.includes('KEYFILE-025'));
  assert.ok(c.includes('KEYFILE-024'));
});

test('file names NM skips in system-connections, and insecure permissions from host evidence', () => {
  assert.ok(lint(ETH, 'eth0.nmconnection~').some((f) => f.code === 'KEYFILE-040'));
  assert.ok(lint(ETH, '.eth0.nmconnection').some((f) => f.code === 'KEYFILE-040'));
  assert.ok(lint(ETH, 'eth0.nmconnection.bak').some((f) => f.code === 'KEYFILE-042'));
  const uri = DIR + 'eth0.nmconnection';
  const fs = analyzeFiles([{ uri, text: ETH }], {
    target: 'auto',
    virtualization: 'auto',
    rules: {},
    host: { keyfileStats: { [uri]: { mode: 0o100644, uid: 0 } } },
  }).get(uri)!;
  const perm = fs.find((f) => f.code === 'KEYFILE-041')!;
  assert.match(perm.message, /0644/);
});

test('a duplicated key: the earlier one is flagged and fix-all removes it', () => {
  const text = ETH.replace('[ethernet]\n', '[ethernet]\nmtu=1500\nmtu=9000\n');
  const f = lint(text).find((x) => x.code === 'KEYFILE-015')!;
  assert.equal(f.range.start.line, 7);
  assert.ok(f.fixes![0].safe);
});

test('team is flagged as removed in RHEL 10', () => {
  const fs = lint(
    '[connection]\nid=team0\nuuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a09\ntype=team\ninterface-name=team0\n\n[team]\nconfig={"runner": {"name": "activebackup"}}\n\n[ipv4]\nmethod=auto\n\n[ipv6]\nmethod=auto\n',
  );
  assert.deepEqual(codes(fs), ['KEYFILE-016']);
});

test('a denylist entry that is not a MAC rejects the profile (a # in a value is not a comment)', () => {
  const fs = lint(ETH.replace('mac-address=52:54:00:12:34:56', 'mac-address-denylist=52:54:00:12:34:57;# old NIC'));
  const f = fs.find((x) => x.code === 'KEYFILE-027')!;
  assert.equal(f.severity, 'error');
  assert.deepEqual(f.range, { start: { line: 7, character: 39 }, end: { line: 7, character: 48 } });
  assert.ok(!lint(ETH.replace('mac-address=', 'mac-address-denylist=')).some((x) => x.code === 'KEYFILE-027'));
});

const WG = `[connection]
id=wg0
uuid=ff9d6ebc-226d-4f82-a485-b7ff83b9607f
type=wireguard
interface-name=wg0

[wireguard]
private-key=yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=

[ipv4]
method=auto
`;

test('WireGuard supports only some IP methods: method=auto rejects the profile', () => {
  const f = lint(WG, 'wg0.nmconnection').find((x) => x.code === 'KEYFILE-032')!;
  assert.equal(f.severity, 'error');
  assert.match(f.message, /ipv4\.method=auto on WireGuard/);
  assert.ok(
    !lint(WG.replace('method=auto', 'method=manual\naddress1=10.9.0.1/24'), 'wg0.nmconnection').some(
      (x) => x.severity === 'error',
    ),
  );
});

test('a Bluetooth profile without bdaddr is rejected', () => {
  const bt =
    '[connection]\nid=phone\nuuid=ff9d6ebc-226d-4f82-a485-b7ff83b96070\ntype=bluetooth\n\n[bluetooth]\ntype=panu\n';
  assert.ok(lint(bt, 'bt.nmconnection').some((x) => x.code === 'KEYFILE-035' && x.severity === 'error'));
  assert.ok(
    !lint(bt.replace('type=panu', 'type=panu\nbdaddr=00:11:22:33:44:55'), 'bt.nmconnection').some(
      (x) => x.code === 'KEYFILE-035',
    ),
  );
});

test('ifcfg-lint suppression comments work in keyfiles: next line and whole file', () => {
  const bad = ETH.replace('dns=192.0.2.53;', 'route1=198.51.100.0/24,192.0.2.254,abc');
  assert.ok(codes(lint(bad)).includes('KEYFILE-025'));
  const next = bad.replace('route1=', '# ifcfg-lint: ignore KEYFILE-025\nroute1=');
  assert.ok(!codes(lint(next)).includes('KEYFILE-025'));
  const file = '# ifcfg-lint: ignore-file KEYFILE-025\n' + bad;
  assert.ok(!codes(lint(file)).includes('KEYFILE-025'));
  // Not a list of codes: no suppression, and no crash.
  const junk = bad.replace('route1=', '# ifcfg-lint: ignore KEYFILE-025 (see ticket)\nroute1=');
  assert.ok(codes(lint(junk)).includes('KEYFILE-025'));
});

test('a route with a line separator character after its fields is extra text NM drops, not a crash', () => {
  const text = ETH.replace('dns=192.0.2.53;', 'route1=198.51.100.0/24,192.0.2.254,100,x\u2028y');
  const f = lint(text).find((x) => x.code === 'KEYFILE-025');
  assert.match(f!.message, /Extra fields/);
});

test('a file name with a malformed % escape is judged as written, not a crash', () => {
  assert.ok(codes(lint(ETH, '%zz')).includes('KEYFILE-042'));
  assert.ok(codes(lint(ETH, 'eth%200.nmconnection')).every((c) => c !== 'KEYFILE-042'));
});

test('a route option named like a JavaScript built-in (constructor, toString) is unknown to NetworkManager', () => {
  for (const name of ['constructor', 'toString', '__proto__']) {
    const text = ETH.replace('dns=192.0.2.53;', `route1=198.51.100.0/24,192.0.2.254\nroute1_options=${name}=1`);
    const f = lint(text).find((x) => x.code === 'KEYFILE-025');
    assert.match(f?.message ?? '', new RegExp(`"${name}" is not a route option`), name);
  }
  const known = ETH.replace('dns=192.0.2.53;', 'route1=198.51.100.0/24,192.0.2.254\nroute1_options=table=100');
  assert.ok(!codes(lint(known)).includes('KEYFILE-025'));
});
