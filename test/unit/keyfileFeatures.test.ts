// The editor features on NetworkManager keyfiles, driven in-process over parsed documents and the
// directory's profile index: completion, hover, outline, navigation, rename and inlay hints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, SystemIndex, applyEdits, type ParsedDocument } from '../../server/src/engine';
import { readdirSync, readFileSync } from 'fs';
import type { CompletionItem, Hover, MarkupContent } from 'vscode-languageserver-types';
import { complete, resolveCompletion } from '../../server/src/features/completion';
import { hover } from '../../server/src/features/hover';
import { documentSymbols } from '../../server/src/features/symbols';
import { definition, prepareRename, references, rename } from '../../server/src/features/navigation';
import { inlayHints } from '../../server/src/features/inlayHints';

// A folder that holds both formats (RHEL 9 reads ifcfg files and keyfiles as one system).
const DIR = 'file:///srv/network';
const EXAMPLE = 'examples/virtualbox-bond-keyfile';

function system(extra: Record<string, string> = {}): { docs: Map<string, ParsedDocument>; sys: SystemIndex } {
  const docs = new Map<string, ParsedDocument>();
  for (const f of readdirSync(EXAMPLE))
    docs.set(f, parseDocument(`${DIR}/${f}`, readFileSync(`${EXAMPLE}/${f}`, 'utf8')));
  for (const [f, text] of Object.entries(extra)) docs.set(f, parseDocument(`${DIR}/${f}`, text));
  return { docs, sys: new SystemIndex([...docs.values()]) };
}

/** Position of the `|` marker in a text, and the text without it. */
function at(marked: string): { text: string; pos: { line: number; character: number } } {
  const i = marked.indexOf('|');
  const before = marked.slice(0, i).split('\n');
  return {
    text: marked.slice(0, i) + marked.slice(i + 1),
    pos: { line: before.length - 1, character: before[before.length - 1].length },
  };
}

function completeAt(
  marked: string,
  extra: Record<string, string> = {},
  name = 'edited.nmconnection',
): CompletionItem[] {
  const { text, pos } = at(marked);
  const { docs, sys } = system({ ...extra, [name]: text });
  return complete(docs.get(name)!, sys, pos);
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const md = (h: Hover | null) => (h?.contents as MarkupContent | undefined)?.value ?? '';

const BOND = `[connection]
id=bond0
type=bond
interface-name=bond0

[bond]
mode=active-backup
|
`;

test('completion under [bond] of a profile that is no bond still says what each option is', () => {
  const items = completeAt('[connection]\ntype=ethernet\n[bond]\n|\n');
  const miimon = items.find((i) => i.label === 'miimon')!;
  assert.ok(miimon);
  assert.match(String(miimon.detail), /link monitoring/i);
});

test('completion under [bond]: bonding options, mode-aware, without the ones already set', () => {
  const items = completeAt(BOND);
  const l = labels(items);
  for (const o of ['miimon', 'fail_over_mac', 'primary', 'num_grat_arp', 'arp_interval']) assert.ok(l.includes(o), o);
  assert.ok(!l.includes('mode'), 'mode is already set');
  assert.ok(!l.includes('lacp_rate'), 'no 802.3ad option for active-backup');
  assert.ok(!l.includes('xmit_hash_policy'), 'no hashing option for active-backup');
  const fom = items.find((i) => i.label === 'fail_over_mac')!;
  assert.equal(fom.textEdit && 'range' in fom.textEdit ? fom.textEdit.newText : undefined, 'fail_over_mac=');
  assert.match(String((resolveCompletion(fom).documentation as MarkupContent).value), /fail_over_mac/);
  // In 802.3ad the LACP options come and the active-backup ones go.
  const lacp = labels(completeAt(BOND.replace('active-backup', '802.3ad')));
  assert.ok(lacp.includes('lacp_rate') && lacp.includes('xmit_hash_policy'));
  assert.ok(!lacp.includes('fail_over_mac') && !lacp.includes('primary'));
});

test('completion of bonding option values under [bond]: names and numbers, primary offers the ports', () => {
  const fom = labels(completeAt('[connection]\ntype=bond\ninterface-name=bond0\n[bond]\nmode=1\nfail_over_mac=|\n'));
  assert.deepEqual(fom.slice().sort(), ['0', '1', '2', 'active', 'follow', 'none']);
  // The example bond, edited: its ports are the example's enp0s8 and enp0s9.
  const primary = labels(
    completeAt(
      '[connection]\nid=bond0\ntype=bond\ninterface-name=bond0\n[bond]\nmode=1\nprimary=|\n',
      {},
      'bond0.nmconnection',
    ),
  );
  assert.ok(primary.includes('enp0s8') && primary.includes('enp0s9'), String(primary));
});

test('completion of keys per group from the NetworkManager catalog, and of group headers', () => {
  const conn = labels(completeAt('[connection]\nid=x\n|\n'));
  for (const k of ['uuid', 'type', 'interface-name', 'controller', 'port-type', 'autoconnect'])
    assert.ok(conn.includes(k), k);
  assert.ok(!conn.includes('id'), 'id is present already');
  assert.ok(!conn.includes('master') && !conn.includes('slave-type'), 'deprecated spellings are not offered');
  const ipv4 = labels(completeAt('[ipv4]\nmethod=manual\naddress1=10.0.0.2/24\n|\n'));
  assert.ok(ipv4.includes('address2') && ipv4.includes('gateway') && ipv4.includes('dns'), String(ipv4));
  const eth = labels(completeAt('[connection]\ntype=ethernet\n[ethernet]\n|\n'));
  assert.ok(eth.includes('mac-address') && eth.includes('mtu') && eth.includes('wake-on-lan'));
  const groups = completeAt('[connection]\ntype=bond\n\n[b|\n');
  const g = labels(groups);
  assert.ok(g.includes('[bond]') && g.includes('[ipv4]') && g.includes('[ethernet]'), String(g));
  assert.ok(!g.includes('[connection]'), 'a group already present is not offered again');
  const bond = groups.find((i) => i.label === '[bond]')!;
  assert.equal(bond.textEdit && 'range' in bond.textEdit ? bond.textEdit.newText : undefined, '[bond]');
});

test('completion of values: booleans, choices, enum numbers with their names, flags', () => {
  assert.deepEqual(labels(completeAt('[connection]\nautoconnect=|\n')), ['true', 'false']);
  assert.deepEqual(labels(completeAt('[ipv4]\nmethod=|\n')), ['auto', 'link-local', 'manual', 'shared', 'disabled']);
  const dot = completeAt('[connection]\ndns-over-tls=|\n');
  assert.deepEqual(
    dot.map((i) => `${i.label}:${i.detail}`),
    ['-1:default', '0:no', '1:opportunistic', '2:yes'],
  );
  const wol = completeAt('[ethernet]\nwake-on-lan=|\n');
  assert.ok(wol.some((i) => i.label === '64' && i.detail === 'magic'));
  const types = labels(completeAt('[connection]\ntype=|\n'));
  assert.ok(types.includes('ethernet') && types.includes('bond') && types.includes('vlan') && !types.includes('ipv4'));
});

test('completion of controller= offers the bonds and bridges of the workspace, in either format', () => {
  const bridge = '[connection]\nid=br0\ntype=bridge\ninterface-name=br0\n[bridge]\nstp=false\n';
  const ifcfgBond = parseDocument(
    `${DIR}/ifcfg-bond1`,
    'DEVICE=bond1\nTYPE=Bond\nBONDING_MASTER=yes\nBONDING_OPTS="mode=1 miimon=100"\n',
  );
  const { text, pos } = at('[connection]\ntype=ethernet\ninterface-name=enp0s10\ncontroller=|\n');
  const { docs } = system({ 'br0.nmconnection': bridge, 'new.nmconnection': text });
  const all = [...docs.values(), ifcfgBond];
  const l = labels(complete(docs.get('new.nmconnection')!, new SystemIndex(all), pos));
  assert.deepEqual(l.slice().sort(), ['bond0', 'bond1', 'br0']);
  const onlyBonds = at('[connection]\ntype=ethernet\nport-type=bond\ncontroller=|\n');
  const d2 = system({ 'br0.nmconnection': bridge, 'new.nmconnection': onlyBonds.text }).docs;
  assert.deepEqual(labels(complete(d2.get('new.nmconnection')!, new SystemIndex([...d2.values()]), onlyBonds.pos)), [
    'bond0',
  ]);
});

test('hover: groups, catalog keys, bonding options with the bonding docs, enum numbers, VirtualBox MACs', () => {
  const { docs } = system();
  const bond = docs.get('bond0.nmconnection')!;
  const line = (d: ParsedDocument, re: RegExp) => d.lines.findIndex((l) => re.test(l.text));
  assert.match(
    md(hover(bond, { line: line(bond, /^\[bond\]/), character: 2 })),
    /\*\*\[bond\]\*\*.*Linux bonding driver/,
  );
  const mode = md(hover(bond, { line: line(bond, /^mode=/), character: 1 }));
  assert.match(mode, /\*\*mode\*\* \(bonding option\)/);
  assert.match(mode, /one key under `\[bond\]`/);
  assert.match(md(hover(bond, { line: line(bond, /^mode=/), character: 8 })), /active-backup.*\(1/);
  const ac = parseDocument(`${DIR}/x.nmconnection`, '[connection]\nautoconnect=false\ndns-over-tls=2\n');
  assert.match(md(hover(ac, { line: 1, character: 3 })), /\*\*autoconnect\*\*.*ONBOOT[\s\S]*Default: `true`/);
  assert.match(md(hover(ac, { line: 2, character: 14 })), /dns-over-tls=2\*\* → `yes`/);
  const port = docs.get('enp0s8.nmconnection')!;
  const macLine = line(port, /^mac-address=/);
  const h = hover(port, { line: macLine, character: 15 });
  assert.match(md(h), /VirtualBox/);
  assert.match(md(h), /\[bond\]/);
  assert.deepEqual(h!.range, { start: { line: macLine, character: 12 }, end: { line: macLine, character: 29 } });
});

test('key hovers word what the catalog row says by its fields: the enum check, unnamed values, secrets', () => {
  const doc = parseDocument(
    `${DIR}/w.nmconnection`,
    '[connection]\nautoconnect-ports=1\ndnssec=2\n[ipv6]\nip6-privacy=2\n[wifi-security]\npsk=x\n',
  );
  const at = (line: number) => md(hover(doc, { line, character: 2 }));
  assert.match(at(1), /Values: -1, 0, 1/);
  assert.match(at(1), /outside the enum fails verify\(\): NetworkManager rejects the profile/);
  assert.match(at(2), /\*\*dnssec\*\*.*DNSSEC mode[\s\S]*kept without a check/);
  assert.match(at(4), /refused when read: NetworkManager warns and keeps the default/);
  assert.match(
    at(6),
    /A secret: NetworkManager writes it only when its flags key \(`…-flags`\) is 0; keep the file mode 0600/,
  );
});

test('outline: one symbol per group, the keys as children', () => {
  const { docs } = system();
  const s = documentSymbols(docs.get('bond0.nmconnection')!);
  assert.deepEqual(
    s.map((x) => x.name),
    ['[connection]', '[bond]', '[ipv4]', '[ipv6]'],
  );
  assert.deepEqual(
    s[1].children!.map((c) => c.name),
    ['mode', 'miimon'],
  );
  assert.ok(s[0].range.end.line < s[1].range.start.line);
});

test('definition, references and rename between ports and their controller, across formats', () => {
  const ifcfgPort = parseDocument(
    `${DIR}/ifcfg-enp0s10`,
    'DEVICE=enp0s10\nTYPE=Ethernet\nMASTER=bond0\nSLAVE=yes\nHWADDR=08:00:27:11:22:33\n',
  );
  const { docs } = system();
  const both = parseDocument(
    `${DIR}/enp0s11.nmconnection`,
    '[connection]\nid=enp0s11\ntype=ethernet\ninterface-name=enp0s11\ncontroller=bond0\nport-type=bond\nmaster=bond0\nslave-type=bond\n',
  );
  const sys = new SystemIndex([...docs.values(), ifcfgPort, both]);
  const bond = docs.get('bond0.nmconnection')!;
  const port = docs.get('enp0s8.nmconnection')!;
  // controller=bond0 → the bond's interface-name.
  const def = definition(port, sys, { line: 5, character: 12 });
  assert.deepEqual(def, [
    { uri: bond.uri, range: { start: { line: 5, character: 15 }, end: { line: 5, character: 20 } } },
  ]);
  // MASTER=bond0 in an ifcfg port → the keyfile bond.
  assert.equal(definition(ifcfgPort, sys, { line: 2, character: 8 })[0].uri, bond.uri);
  // References from the bond's interface-name: every port, in both formats.
  const refs = references(bond, sys, { line: 5, character: 16 }, true).map((l) => l.uri.split('/').pop());
  assert.deepEqual(refs.sort(), [
    'bond0.nmconnection',
    'enp0s11.nmconnection',
    'enp0s8.nmconnection',
    'enp0s9.nmconnection',
    'ifcfg-enp0s10',
  ]);
  assert.deepEqual(prepareRename(port, sys, { line: 5, character: 12 })?.placeholder, 'bond0');
  const edit = rename(port, sys, { line: 5, character: 12 }, 'bond7')!;
  const renamed = (d: ParsedDocument) => applyEdits(d.text, edit.changes![d.uri] ?? []);
  assert.match(renamed(bond), /^interface-name=bond7$/m);
  assert.match(renamed(bond), /^id=bond0$/m, 'the profile name is not an interface reference');
  assert.match(renamed(port), /^controller=bond7$/m);
  assert.match(renamed(ifcfgPort), /^MASTER=bond7$/m);
  // A port carrying both spellings has both renamed.
  assert.match(renamed(both), /^controller=bond7\nport-type=bond\nmaster=bond7$/m);
  assert.equal(rename(port, sys, { line: 5, character: 12 }, 'not a name'), null);
});

test('inlay hints spell out numbers: bond mode and fail_over_mac, catalog enums and flags', () => {
  const d = parseDocument(
    `${DIR}/b.nmconnection`,
    '[connection]\ntype=bond\ndns-over-tls=1\n[bond]\nmode=1\nfail_over_mac=1\nmiimon=100\n[ethernet]\nwake-on-lan=72\n',
  );
  const hints = inlayHints(d, { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } });
  assert.deepEqual(
    hints.map((h) => `${h.position.line}:${h.position.character} ${typeof h.label === 'string' ? h.label : '?'}`),
    ['2:14 opportunistic', '4:6 active-backup', '5:15 active', '8:14 multicast | magic'],
  );
});
