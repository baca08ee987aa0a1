// The LSP features through the server's real request path, in-process: each test gets a fresh
// server on in-memory streams and a real protocol client, so nothing leaks between tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import type {
  CodeAction,
  CompletionItem,
  CompletionList,
  Hover,
  MarkupContent,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/engine';
import { withServer } from '../helpers/inProcess';

// A directory that does not exist: the server only knows what the client opens.
const DIR = join(tmpdir(), 'ifcfg-features-test', 'network-scripts');
const uri = (name: string) => pathToFileURL(join(DIR, name)).toString();
const BOND = uri('ifcfg-bond0');

const BOND_TEXT = `DEVICE=bond0
NAME=bond0
TYPE=Bond
BONDING_MASTER=yes
BOOTPROTO=none
IPADDR=192.168.99.101
PREFIX=24
ONBOOT=yes
BONDING_OPTS="mode=1 miimon=100"
`;
const OPTS_LINE = 8;
// Two VirtualBox adapters (MAC prefix 08:00:27) as the bond's ports.
const port = (dev: string, mac: string) =>
  `DEVICE=${dev}\nHWADDR=${mac}\nTYPE=Ethernet\nBOOTPROTO=none\nONBOOT=yes\nMASTER=bond0\nSLAVE=yes\n`;
const PORTS: Record<string, string> = {
  'ifcfg-enp0s8': port('enp0s8', '08:00:27:5c:b0:e5'),
  'ifcfg-enp0s9': port('enp0s9', '08:00:27:85:02:d8'),
};

const labels = (r: CompletionItem[] | CompletionList | null) =>
  (Array.isArray(r) ? r : (r?.items ?? [])).map((i) => i.label);
const markdown = (h: Hover | null) => (h?.contents as MarkupContent | undefined)?.value ?? '';

test('diagnostics: a VirtualBox active-backup bond without fail_over_mac gets VNIC-001 on its options', () =>
  withServer(async (s) => {
    for (const [name, text] of Object.entries(PORTS)) await s.open(uri(name), text);
    await s.open(BOND, BOND_TEXT);
    const d = await s.diagnosticsOf(BOND);
    const v = d.find((x) => x.code === 'VNIC-001');
    assert.ok(v, `codes: ${d.map((x) => x.code).join(', ')}`);
    assert.equal(v.severity, 2);
    assert.match(typeof v.message === 'string' ? v.message : v.message.value, /VirtualBox/);
    assert.deepEqual(v.range, {
      start: { line: OPTS_LINE, character: 13 },
      end: { line: OPTS_LINE, character: 32 },
    });
    assert.deepEqual(v.relatedInformation?.map((r) => r.location.uri).sort(), [
      uri('ifcfg-enp0s8'),
      uri('ifcfg-enp0s9'),
    ]);
  }));

test('diagnostics follow edits: adding fail_over_mac=1 clears VNIC-001 for that version', () =>
  withServer(async (s) => {
    for (const [name, text] of Object.entries(PORTS)) await s.open(uri(name), text);
    await s.open(BOND, BOND_TEXT);
    assert.ok((await s.diagnosticsOf(BOND, 1)).some((x) => x.code === 'VNIC-001'));
    await s.change(BOND, BOND_TEXT.replace('miimon=100"', 'miimon=100 fail_over_mac=1"'), 2);
    const after = await s.diagnosticsOf(BOND, 2);
    assert.ok(!after.some((x) => x.code === 'VNIC-001'), `codes: ${after.map((x) => x.code).join(', ')}`);
  }));

test('settings from initializationOptions: a rule set to off is not reported', () =>
  withServer(
    async (s) => {
      for (const [name, text] of Object.entries(PORTS)) await s.open(uri(name), text);
      await s.open(BOND, BOND_TEXT);
      const d = await s.diagnosticsOf(BOND);
      assert.ok(!d.some((x) => x.code === 'VNIC-001'));
    },
    { settings: { rules: { 'VNIC-001': 'off' } } },
  ));

test('completion inside BONDING_OPTS: options of the bond mode, then the values of one option', () =>
  withServer(async (s) => {
    await s.open(BOND, BOND_TEXT);
    const options = labels(
      await s.client.sendRequest('textDocument/completion', {
        textDocument: { uri: BOND },
        position: { line: OPTS_LINE, character: 14 },
      }),
    );
    for (const o of ['fail_over_mac', 'primary', 'num_grat_arp', 'updelay']) assert.ok(options.includes(o), o);
    assert.ok(!options.includes('lacp_rate'), 'lacp_rate is an 802.3ad option, not one of active-backup');
    const text = BOND_TEXT.replace('miimon=100"', 'miimon=100 fail_over_mac="');
    await s.change(BOND, text, 2);
    const values = labels(
      await s.client.sendRequest('textDocument/completion', {
        textDocument: { uri: BOND },
        position: { line: OPTS_LINE, character: text.split('\n')[OPTS_LINE].length - 1 },
      }),
    );
    for (const v of ['none', 'active', 'follow']) assert.ok(values.includes(v), `${v} in ${values.join(', ')}`);
  }));

test('completion of keys on a new line offers known keys, not the ones already set', () =>
  withServer(async (s) => {
    await s.open(BOND, BOND_TEXT + 'MT\n');
    const keys = labels(
      await s.client.sendRequest('textDocument/completion', {
        textDocument: { uri: BOND },
        position: { line: OPTS_LINE + 1, character: 2 },
      }),
    );
    assert.ok(keys.includes('MTU'), keys.slice(0, 20).join(', '));
    assert.ok(!keys.includes('ONBOOT') && !keys.includes('BONDING_OPTS'), 'keys already in the file');
  }));

test('hover: a bonding option explains itself, a MAC names its vendor', () =>
  withServer(async (s) => {
    await s.open(BOND, BOND_TEXT.replace('miimon=100"', 'miimon=100 fail_over_mac=1"'));
    await s.open(uri('ifcfg-enp0s8'), PORTS['ifcfg-enp0s8']);
    const option = await s.client.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: BOND },
      position: { line: OPTS_LINE, character: 36 },
    });
    for (const w of ['active', 'follow', 'gratuitous ARP']) assert.ok(markdown(option).includes(w), w);
    const mac = await s.client.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: uri('ifcfg-enp0s8') },
      position: { line: 1, character: 10 },
    });
    assert.match(markdown(mac), /VirtualBox/);
    const nothing = await s.client.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: BOND },
      position: { line: 50, character: 0 },
    });
    assert.equal(nothing, null);
  }));

test('code actions: the preferred quick fix edits only the BONDING_OPTS value', () =>
  withServer(async (s) => {
    for (const [name, text] of Object.entries(PORTS)) await s.open(uri(name), text);
    await s.open(BOND, BOND_TEXT);
    const v = (await s.diagnosticsOf(BOND)).find((x) => x.code === 'VNIC-001');
    assert.ok(v);
    const actions = await s.client.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: BOND },
      range: v.range,
      context: { diagnostics: [v] },
    });
    const fix = actions.find((a) => a.isPreferred);
    assert.equal(fix?.title, 'Add fail_over_mac=1');
    const edits = (fix.edit as WorkspaceEdit).changes![BOND];
    assert.ok(edits.every((e) => e.range.start.line === OPTS_LINE && e.range.end.line === OPTS_LINE));
    assert.equal(
      applyEdits(BOND_TEXT, edits),
      BOND_TEXT.replace('BONDING_OPTS="mode=1 miimon=100"', 'BONDING_OPTS="mode=1 miimon=100 fail_over_mac=1"'),
    );
    assert.ok(actions.some((a) => a.title === 'Ignore VNIC-001 on this line'));
  }));

test('code actions: source.fixAll.ifcfg applies the safe fixes in one edit', () =>
  withServer(async (s) => {
    for (const [name, text] of Object.entries(PORTS)) await s.open(uri(name), text);
    const text = BOND_TEXT.replace('ONBOOT=yes', 'onboot=yes');
    await s.open(BOND, text);
    assert.ok((await s.diagnosticsOf(BOND)).some((x) => x.code === 'IFCFG-006'));
    const actions = await s.client.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: BOND },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.ifcfg'] },
    });
    assert.equal(actions.length, 1);
    const fixed = applyEdits(text, (actions[0].edit as WorkspaceEdit).changes![BOND]);
    assert.match(fixed, /^BONDING_OPTS="mode=1 miimon=100 fail_over_mac=1"$/m);
    // Renaming onboot= would make a value both tools ignore take effect: offered, not applied.
    assert.match(fixed, /^onboot=yes$/m);
  }));
