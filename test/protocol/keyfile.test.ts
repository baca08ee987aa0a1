// The story's bond as NetworkManager keyfiles, through the bundled server over stdio: the
// fail_over_mac warning on [bond], its quick fix, hover, completion, outline and navigation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine';
import { cpSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import type {
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  Hover,
  Location,
  MarkupContent,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lspClient';

const dir = mkdtempSync(join(tmpdir(), 'ifcfg-kf-'));
const ws = join(dir, 'system-connections');
cpSync(resolve('examples/virtualbox-bond-keyfile'), ws, { recursive: true });
const uri = (n: string) => pathToFileURL(join(ws, n)).toString();
const BOND = uri('bond0.nmconnection');
const PORT = uri('enp0s8.nmconnection');
const text = (n: string) => readFileSync(join(ws, n), 'utf8');
const items = (r: CompletionItem[] | CompletionList | null) => (Array.isArray(r) ? r : (r?.items ?? []));
const md = (h: Hover | null) => (h?.contents as MarkupContent | undefined)?.value ?? '';
let c: TestClient;

before(async () => {
  c = new TestClient();
  await c.initialize(dir, {
    workspace: { configuration: true },
    textDocument: { publishDiagnostics: { relatedInformation: true } },
  });
  for (const n of ['bond0.nmconnection', 'enp0s8.nmconnection', 'enp0s9.nmconnection'])
    c.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uri(n), languageId: 'nmconnection', version: 1, text: text(n) },
    });
});
after(async () => c.stop());

test('the keyfile bond on VirtualBox ports gets VNIC-001 on [bond], with the ports as related information', async () => {
  const d = await c.waitFor(BOND, (ds) => ds.some((x) => x.code === 'VNIC-001'));
  const v = d.find((x) => x.code === 'VNIC-001')!;
  assert.equal(v.severity, 2);
  assert.match(v.message as string, /VirtualBox/);
  assert.deepEqual(v.range, { start: { line: 7, character: 0 }, end: { line: 7, character: 6 } });
  assert.deepEqual(v.relatedInformation!.map((r) => r.location.uri).sort(), [PORT, uri('enp0s9.nmconnection')]);
});

test('hover on the bond mode, the [bond] group and a port MAC', async () => {
  const hoverAt = (u: string, line: number, character: number) =>
    c.conn.sendRequest('textDocument/hover', {
      textDocument: { uri: u },
      position: { line, character },
    }) as Promise<Hover | null>;
  assert.match(md(await hoverAt(BOND, 8, 1)), /\*\*mode\*\* \(bonding option\)/);
  assert.match(md(await hoverAt(BOND, 8, 8)), /active-backup/);
  assert.match(md(await hoverAt(BOND, 7, 2)), /bonding driver/);
  assert.match(md(await hoverAt(PORT, 9, 15)), /VirtualBox/);
});

test('completion under [bond] offers fail_over_mac (mode-aware), and its values', async () => {
  const at = async (line: number, character: number) =>
    items(
      await c.conn.sendRequest('textDocument/completion', {
        textDocument: { uri: BOND },
        position: { line, character },
      }),
    ).map((i) => i.label);
  const names = await at(10, 0);
  assert.ok(names.includes('fail_over_mac') && names.includes('num_grat_arp'), String(names));
  assert.ok(!names.includes('lacp_rate') && !names.includes('mode'));
  const bondText = text('bond0.nmconnection');
  c.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri: BOND, version: 2 },
    contentChanges: [{ text: bondText.replace('miimon=100\n', 'miimon=100\nfail_over_mac=\n') }],
  });
  assert.deepEqual((await at(10, 14)).sort(), ['0', '1', '2', 'active', 'follow', 'none']);
  c.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri: BOND, version: 3 },
    contentChanges: [{ text: bondText }],
  });
  await c.waitFor(BOND, (ds) => ds.some((x) => x.code === 'VNIC-001'));
});

test('the quick fix adds fail_over_mac=active under [bond] and the warning goes away', async () => {
  const actions = await c.quickFixesFor(BOND, 'VNIC-001');
  const fix = actions.find((a) => a.title === 'Add fail_over_mac=active')!;
  assert.ok(fix?.isPreferred, actions.map((a) => a.title).join(' | '));
  const fixed = applyEdits(text('bond0.nmconnection'), (fix.edit as WorkspaceEdit).changes![BOND]);
  assert.match(fixed, /\[bond\]\nmode=active-backup\nmiimon=100\nfail_over_mac=active\n\n\[ipv4\]/);
  c.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri: BOND, version: 10 },
    contentChanges: [{ text: fixed }],
  });
  await c.waitFor(BOND, (ds) => !ds.some((x) => x.code === 'VNIC-001'));
});

test('outline by group, and controller=bond0 leads to the bond', async () => {
  const syms = (await c.conn.sendRequest('textDocument/documentSymbol', {
    textDocument: { uri: BOND },
  })) as DocumentSymbol[];
  assert.deepEqual(
    syms.map((s) => s.name),
    ['[connection]', '[bond]', '[ipv4]', '[ipv6]'],
  );
  const defs = (await c.conn.sendRequest('textDocument/definition', {
    textDocument: { uri: PORT },
    position: { line: 5, character: 12 },
  })) as Location[];
  assert.deepEqual(
    defs.map((l) => [l.uri, l.range.start.line]),
    [[BOND, 5]],
  );
});

test('KEYFILE-034 follows ifcfg.minimumNetworkManagerVersion: none by default, an advisory for 1.40, none for 1.46', async () => {
  const k034 = (d: Diagnostic[]) => d.filter((x) => x.code === 'KEYFILE-034');
  const setVersion = (v: string | undefined) => {
    c.settings = v === undefined ? {} : { minimumNetworkManagerVersion: v };
    c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  };
  // NetworkManager 1.46 and later write controller= alone, as this port does: nothing to say.
  assert.deepEqual(k034(await c.waitFor(PORT, () => true)), []);
  setVersion('1.40');
  const [a] = k034(await c.waitFor(PORT, (d) => k034(d).length > 0));
  assert.equal(a.severity, 3);
  assert.match(
    a.message as string,
    /^Only controller= names the controller.*1\.40, the oldest version.*Add master=bond0/,
  );
  assert.equal(text('enp0s8.nmconnection').split('\n')[a.range.start.line], 'controller=bond0');
  setVersion('1.46');
  await c.waitFor(PORT, (d) => k034(d).length === 0);
  setVersion(undefined);
});
