// The bundled language server over stdio, driven by a real LSP client: the seed journey.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import {
  CodeAction,
  CompletionItem,
  CompletionList,
  DocumentSymbol,
  Hover,
  InlayHint,
  Location,
  MarkupContent,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/engine';
import { TestClient } from '../helpers/lspClient';

const dir = mkdtempSync(join(tmpdir(), 'ifcfg-ls-'));
const ws = join(dir, 'network-scripts');
cpSync(resolve('examples/virtualbox-bond'), ws, { recursive: true });
// Never opened: its lower-case key (IFCFG-006) can only be reported through the workspace scan.
writeFileSync(join(ws, 'ifcfg-eth7'), 'DEVICE=eth7\nBOOTPROTO=dhcp\nonboot=yes\n');
const uri = (n: string) => pathToFileURL(join(ws, n)).toString();
const BOND = uri('ifcfg-bond0');
const text = (n: string) => readFileSync(join(ws, n), 'utf8');
let c: TestClient;
let bondText: string;

const open = (name: string, content = text(name), version = 1) =>
  c.conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri: uri(name), languageId: 'ifcfg', version, text: content },
  });
const SEEDS = ['ifcfg-bond0', 'ifcfg-enp0s8', 'ifcfg-enp0s9'];
const versions = new Map<string, number>(SEEDS.map((n) => [n, 1]));
/** The text the server holds for each seed document (what was last opened or sent). */
const sent = new Map<string, string>();
/** Replaces a seed document's text; returns the new version. */
const change = (name: string, content: string) => {
  const version = (versions.get(name) ?? 1) + 1;
  versions.set(name, version);
  sent.set(name, content);
  void c.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri: uri(name), version },
    contentChanges: [{ text: content }],
  });
  return version;
};
const items = (r: CompletionItem[] | CompletionList | null) => (Array.isArray(r) ? r : (r?.items ?? []));

before(async () => {
  c = new TestClient();
  const init = await c.initialize(dir, {
    workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
    textDocument: { publishDiagnostics: { relatedInformation: true } },
  });
  assert.equal(init.serverInfo?.name, 'ifcfg-language-server');
  assert.ok(
    init.capabilities.completionProvider && init.capabilities.codeActionProvider && init.capabilities.inlayHintProvider,
  );
  bondText = text('ifcfg-bond0');
  for (const n of SEEDS) {
    sent.set(n, text(n));
    open(n);
  }
});
after(async () => c.stop());

// Whatever a test did (and however it failed), the next one starts from the seed: default
// settings and the seed files' text. When the bond itself was edited, the publish for the
// restoring version confirms it (unchanged text is not re-sent: the server re-checks nothing then).
afterEach(async () => {
  if (Object.keys(c.settings).length) {
    c.settings = {};
    c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }
  for (const n of SEEDS.slice(1)) if (sent.get(n) !== text(n)) change(n, text(n));
  const v = sent.get('ifcfg-bond0') !== bondText ? change('ifcfg-bond0', bondText) : undefined;
  await c.waitFor(
    BOND,
    (ds) =>
      (v === undefined || c.versions.get(BOND) === v) && ds.some((x) => x.code === 'VNIC-001' && x.severity === 2),
  );
});

test('didOpen of the seed files: the fail_over_mac warning arrives with VirtualBox and the ports as related information', async () => {
  const d = await c.waitFor(BOND, (ds) => ds.some((x) => x.code === 'VNIC-001'));
  const v = d.find((x) => x.code === 'VNIC-001')!;
  assert.equal(v.severity, 2);
  assert.match(typeof v.message === 'string' ? v.message : v.message.value, /VirtualBox/);
  assert.deepEqual(v.range, { start: { line: 9, character: 13 }, end: { line: 9, character: 32 } });
  assert.match(v.codeDescription!.href, /rules\.md#vnic-001$/);
  assert.deepEqual(v.relatedInformation!.map((r) => r.location.uri).sort(), [uri('ifcfg-enp0s8'), uri('ifcfg-enp0s9')]);
});

test('files of the workspace that are not open are read and reported too', async () => {
  const d = await c.waitFor(uri('ifcfg-eth7'), (ds) => ds.some((x) => x.code === 'IFCFG-006'));
  assert.equal(c.versions.get(uri('ifcfg-eth7')), undefined, 'published from the disk, not from an open document');
  assert.equal(d.find((x) => x.code === 'IFCFG-006')!.range.start.line, 2);
});

test('completion inside BONDING_OPTS offers every kernel option, mode-aware', async () => {
  const line = 9;
  const all = items(
    await c.conn.sendRequest('textDocument/completion', {
      textDocument: { uri: BOND },
      position: { line, character: 14 },
    }),
  );
  const labels = all.map((i) => i.label);
  for (const o of ['fail_over_mac', 'num_grat_arp', 'primary', 'updelay', 'arp_interval', 'primary_reselect'])
    assert.ok(labels.includes(o), o);
  assert.ok(!labels.includes('lacp_rate'), 'no 802.3ad options for active-backup');
  // Without a mode every option the tools can apply is offered.
  change('ifcfg-bond0', bondText.replace('BONDING_OPTS="mode=1 miimon=100"', 'BONDING_OPTS=""'));
  const none = items(
    await c.conn.sendRequest('textDocument/completion', {
      textDocument: { uri: BOND },
      position: { line, character: 14 },
    }),
  ).map((i) => i.label);
  for (const o of [
    'mode',
    'miimon',
    'lacp_rate',
    'xmit_hash_policy',
    'ad_select',
    'fail_over_mac',
    'arp_ip_target',
    'ns_ip6_target',
    'tlb_dynamic_lb',
    'lp_interval',
    'min_links',
    'peer_notif_delay',
    'resend_igmp',
    'use_carrier',
  ])
    assert.ok(none.includes(o), o);
  change('ifcfg-bond0', bondText.replace('miimon=100"', 'miimon=100 primary="'));
  const ports = items(
    await c.conn.sendRequest('textDocument/completion', {
      textDocument: { uri: BOND },
      position: { line, character: 40 },
    }),
  ).map((i) => i.label);
  assert.deepEqual(ports.sort(), ['enp0s8', 'enp0s9']);
  change('ifcfg-bond0', bondText);
  const values = items(
    await c.conn.sendRequest('textDocument/completion', {
      textDocument: { uri: BOND },
      position: { line, character: 19 },
    }),
  ).map((i) => i.label);
  assert.ok(values.includes('active-backup') && values.includes('802.3ad') && values.includes('4'));
  const resolved = (await c.conn.sendRequest(
    'completionItem/resolve',
    all.find((i) => i.label === 'fail_over_mac')!,
  )) as CompletionItem;
  assert.match((resolved.documentation as MarkupContent).value, /follow/);
});

test('hover on fail_over_mac explains the three policies; hover on mode=1 names active-backup; hover on a MAC names the vendor', async () => {
  change('ifcfg-bond0', bondText.replace('miimon=100"', 'miimon=100 fail_over_mac=1"'));
  const h = (await c.conn.sendRequest('textDocument/hover', {
    textDocument: { uri: BOND },
    position: { line: 9, character: 36 },
  })) as Hover;
  const md = (h.contents as MarkupContent).value;
  for (const w of ['none', 'active', 'follow', 'gratuitous ARP', 'updelay']) assert.ok(md.includes(w), w);
  const m = (await c.conn.sendRequest('textDocument/hover', {
    textDocument: { uri: BOND },
    position: { line: 9, character: 19 },
  })) as Hover;
  assert.match((m.contents as MarkupContent).value, /active-backup/);
  const mac = (await c.conn.sendRequest('textDocument/hover', {
    textDocument: { uri: uri('ifcfg-enp0s8') },
    position: { line: 1, character: 10 },
  })) as Hover;
  assert.match((mac.contents as MarkupContent).value, /VirtualBox/);
  change('ifcfg-bond0', bondText);
  await c.waitFor(BOND, (ds) => ds.some((x) => x.code === 'VNIC-001'));
});

test('the quick fix produces BONDING_OPTS="mode=1 miimon=100 fail_over_mac=1"', async () => {
  const actions = await c.quickFixesFor(BOND, 'VNIC-001');
  const fix = actions.find((a) => a.title === 'Add fail_over_mac=1')!;
  assert.ok(fix.isPreferred);
  const fixed = applyEdits(bondText, (fix.edit as WorkspaceEdit).changes![BOND]);
  assert.match(fixed, /^BONDING_OPTS="mode=1 miimon=100 fail_over_mac=1"$/m);
  assert.ok(actions.some((a) => a.title === 'Ignore VNIC-001 on this line'));
  change('ifcfg-bond0', fixed);
  const after = await c.waitFor(BOND, (ds) => !ds.some((x) => x.code === 'VNIC-001'));
  assert.ok(
    after.some((x) => x.code === 'VNIC-006'),
    'next advice: more gratuitous ARPs',
  );
  change('ifcfg-bond0', bondText);
  await c.waitFor(BOND, (ds) => ds.some((x) => x.code === 'VNIC-001'));
});

test('source.fixAll.ifcfg applies the safe fixes', async () => {
  change('ifcfg-bond0', bondText.replace('ONBOOT=yes', 'onboot=yes'));
  await c.waitFor(BOND, (ds) => ds.some((x) => x.code === 'IFCFG-006'));
  const actions = (await c.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri: BOND },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll.ifcfg'] },
  })) as CodeAction[];
  assert.equal(actions.length, 1);
  const fixed = applyEdits(
    bondText.replace('ONBOOT=yes', 'onboot=yes'),
    (actions[0].edit as WorkspaceEdit).changes![BOND],
  );
  assert.match(fixed, /fail_over_mac=1/);
  // Renaming onboot= would make an ignored value take effect: a quick fix, never fix-all.
  assert.match(fixed, /^onboot=yes$/m);
  change('ifcfg-bond0', bondText);
});

test('definition from MASTER=bond0 goes to ifcfg-bond0; references and rename follow the bond', async () => {
  const defs = (await c.conn.sendRequest('textDocument/definition', {
    textDocument: { uri: uri('ifcfg-enp0s8') },
    position: { line: 5, character: 8 },
  })) as Location[];
  assert.equal(defs[0].uri, BOND);
  const refs = (await c.conn.sendRequest('textDocument/references', {
    textDocument: { uri: BOND },
    position: { line: 1, character: 8 },
    context: { includeDeclaration: false },
  })) as Location[];
  assert.deepEqual(refs.map((r) => r.uri).sort(), [uri('ifcfg-enp0s8'), uri('ifcfg-enp0s9')]);
  const ren = (await c.conn.sendRequest('textDocument/rename', {
    textDocument: { uri: BOND },
    position: { line: 1, character: 8 },
    newName: 'bond1',
  })) as WorkspaceEdit;
  assert.deepEqual(Object.keys(ren.changes!).sort(), [BOND, uri('ifcfg-enp0s8'), uri('ifcfg-enp0s9')].sort());
  assert.equal(ren.changes![uri('ifcfg-enp0s8')][0].newText, 'bond1');
});

test('outline, inlay hints for numeric enum values', async () => {
  const syms = (await c.conn.sendRequest('textDocument/documentSymbol', {
    textDocument: { uri: BOND },
  })) as DocumentSymbol[];
  const opts = syms.find((s) => s.name === 'BONDING_OPTS')!;
  assert.deepEqual(
    opts.children!.map((s) => s.name),
    ['mode', 'miimon'],
  );
  const hints = (await c.conn.sendRequest('textDocument/inlayHint', {
    textDocument: { uri: BOND },
    range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
  })) as InlayHint[];
  assert.deepEqual(
    hints.map((h) => h.label),
    ['active-backup'],
  );
});

test('a settings change applies without a restart', async () => {
  c.settings = { rules: { 'VNIC-001': 'error' } };
  c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  const d = await c.waitFor(BOND, (ds) => ds.some((x) => x.code === 'VNIC-001' && x.severity === 1));
  assert.ok(d);
  c.settings = { virtualization: 'none' };
  c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await c.waitFor(BOND, (ds) => !ds.some((x) => String(x.code).startsWith('VNIC')));
  c.settings = {};
  c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await c.waitFor(BOND, (ds) => ds.some((x) => x.code === 'VNIC-001' && x.severity === 2));
});

test('editing a port updates the bond (cross-file)', async () => {
  change('ifcfg-enp0s8', text('ifcfg-enp0s8').replace(/HWADDR=.*\n/, ''));
  change('ifcfg-enp0s9', text('ifcfg-enp0s9').replace(/HWADDR=.*\n/, ''));
  await c.waitFor(BOND, (ds) => ds.some((x) => x.code === 'VNIC-016') && !ds.some((x) => x.code === 'VNIC-001'));
  change('ifcfg-enp0s8', text('ifcfg-enp0s8'));
  change('ifcfg-enp0s9', text('ifcfg-enp0s9'));
  await c.waitFor(BOND, (ds) => ds.some((x) => x.code === 'VNIC-001'));
});

test('a /proc/net/bonding capture: diagnostics, hover on fields and MACs, evidence for the bond', async () => {
  const capText = readFileSync(resolve('test/fixtures/captures/bond0-virtualbox-active-backup.bonding'), 'utf8');
  c.conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri: uri('bond0.bonding'), languageId: 'bonding-status', version: 1, text: capText },
  });
  try {
    await captureChecks();
  } finally {
    c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: uri('bond0.bonding') } });
  }
});

async function captureChecks(): Promise<void> {
  const d = await c.waitFor(uri('bond0.bonding'), (ds) => ds.some((x) => x.code === 'CAP-004'));
  assert.ok(d.some((x) => x.code === 'CAP-001'));
  const h = (await c.conn.sendRequest('textDocument/hover', {
    textDocument: { uri: uri('bond0.bonding') },
    position: { line: 15, character: 3 },
  })) as Hover;
  assert.match((h.contents as MarkupContent).value, /Link Failure Count/);
  const mac = (await c.conn.sendRequest('textDocument/hover', {
    textDocument: { uri: uri('bond0.bonding') },
    position: { line: 16, character: 22 },
  })) as Hover;
  assert.match((mac.contents as MarkupContent).value, /VirtualBox/);
  const mode = (await c.conn.sendRequest('textDocument/hover', {
    textDocument: { uri: uri('bond0.bonding') },
    position: { line: 2, character: 20 },
  })) as Hover;
  assert.match((mode.contents as MarkupContent).value, /mode=active-backup/);
  const bond = await c.waitFor(BOND, (ds) =>
    ds.some((x) => x.code === 'VNIC-001' && x.relatedInformation!.some((r) => r.location.uri === uri('bond0.bonding'))),
  );
  assert.ok(bond);
}

test('suppression comments: rule codes complete and explain themselves', async () => {
  const text = '# ifcfg-lint: ignore VNIC-017\n' + bondText;
  change('ifcfg-bond0', text);
  const h = (await c.conn.sendRequest('textDocument/hover', {
    textDocument: { uri: BOND },
    position: { line: 0, character: 24 },
  })) as Hover;
  assert.match((h.contents as MarkupContent).value, /VNIC-017.*fail_over_mac/);
  const codes = items(
    await c.conn.sendRequest('textDocument/completion', {
      textDocument: { uri: BOND },
      position: { line: 0, character: 21 },
    }),
  ).map((i) => i.label);
  assert.ok(codes.includes('VNIC-001') && codes.includes('BOND-021'));
  change('ifcfg-bond0', bondText);
});

test('requests for unknown documents and positions outside the document answer sensibly', async () => {
  const ghost = uri('ifcfg-ghost');
  assert.deepEqual(
    items(
      await c.conn.sendRequest('textDocument/completion', {
        textDocument: { uri: ghost },
        position: { line: 0, character: 0 },
      }),
    ),
    [],
  );
  assert.equal(
    await c.conn.sendRequest('textDocument/hover', {
      textDocument: { uri: ghost },
      position: { line: 0, character: 0 },
    }),
    null,
  );
  assert.equal(
    await c.conn.sendRequest('textDocument/hover', {
      textDocument: { uri: BOND },
      position: { line: 999, character: 999 },
    }),
    null,
  );
  // Past the end of a line: clamped to the line, so it completes inside BONDING_OPTS' closing quote.
  const clamped = items(
    await c.conn.sendRequest('textDocument/completion', {
      textDocument: { uri: BOND },
      position: { line: 9, character: 9999 },
    }),
  );
  const atEnd = items(
    await c.conn.sendRequest('textDocument/completion', {
      textDocument: { uri: BOND },
      position: { line: 9, character: bondText.split('\n')[9].length },
    }),
  );
  assert.ok(clamped.length > 0);
  assert.deepEqual(
    clamped.map((i) => i.label),
    atEnd.map((i) => i.label),
  );
  assert.deepEqual(
    await c.conn.sendRequest('textDocument/references', {
      textDocument: { uri: ghost },
      position: { line: 5, character: 5 },
      context: { includeDeclaration: true },
    }),
    [],
  );
  assert.deepEqual(
    await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: ghost },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    }),
    [],
  );
  assert.deepEqual(
    await c.conn.sendRequest('textDocument/definition', {
      textDocument: { uri: BOND },
      position: { line: -1, character: 0 },
    }),
    [],
  );
});

test('"Convert to NetworkManager keyfile": code action on a port, and the request returns the whole bond group', async () => {
  const actions = (await c.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri: uri('ifcfg-enp0s8') },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['refactor'] },
  })) as CodeAction[];
  const convert = actions.find((a) => a.title === 'Convert to NetworkManager keyfile')!;
  assert.equal(convert.command?.command, 'ifcfg.convertToKeyfile');
  assert.deepEqual(convert.command?.arguments, [uri('ifcfg-enp0s8')]);
  const r = (await c.conn.sendRequest('ifcfg/convertToKeyfile', { uri: uri('ifcfg-enp0s8') })) as {
    files: Array<{ source: string; target: string; fileName: string; text: string }>;
    skipped: unknown[];
  };
  assert.deepEqual(r.files.map((f) => f.fileName).sort(), [
    'System enp0s8.nmconnection',
    'System enp0s9.nmconnection',
    'bond0.nmconnection',
  ]);
  const bond = r.files.find((f) => f.fileName === 'bond0.nmconnection')!;
  assert.match(bond.text, /\n\[bond\]\n(.*\n)*mode=active-backup\n/);
  assert.equal(bond.target, uri('system-connections/bond0.nmconnection'));
  for (const p of r.files.filter((f) => f.fileName.startsWith('System')))
    assert.match(p.text, /\ncontroller=bond0\n(.*\n)*port-type=bond\n/);
  assert.deepEqual(r.skipped, []);
  // ifcfg-eth7 is a profile on its own: converting it brings nothing else along.
  const lone = (await c.conn.sendRequest('ifcfg/convertToKeyfile', { uri: uri('ifcfg-eth7') })) as {
    files: Array<{ fileName: string }>;
  };
  assert.deepEqual(
    lone.files.map((f) => f.fileName),
    ['System eth7.nmconnection'],
  );
});
