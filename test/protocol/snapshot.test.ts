// The bundled server on a workspace holding an sosreport: the machine is one system, the
// virtual-NIC warning points into dmidecode and lspci, and ifcfg/bonds answers the Bonds view.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import { type BondSummary } from '../../server/src/engine';
import { TestClient } from '../helpers/lspClient';

const dir = mkdtempSync(join(tmpdir(), 'ifcfg-sos-'));
const VBOX = 'sosreport-vbox01-2025-03-14-qxvwpbn';
const PHYS = 'sosreport-web03-2025-03-14-ncrdtye';
for (const s of [VBOX, PHYS]) cpSync(resolve('test/fixtures/snapshots', s), join(dir, s), { recursive: true });
const uri = (rel: string) => pathToFileURL(join(dir, rel)).toString();
const BOND = uri(`${VBOX}/etc/sysconfig/network-scripts/ifcfg-bond0`);
let c: TestClient;

before(async () => {
  c = new TestClient();
  await c.initialize(dir, { textDocument: { publishDiagnostics: { relatedInformation: true } } });
});
after(async () => c.stop());

test('the sosreport is one machine: VNIC-001 relates the dmidecode line and the lspci NIC models', async () => {
  const d = await c.waitFor(BOND, (ds) => ds.some((x) => x.code === 'VNIC-001'));
  const v = d.find((x) => x.code === 'VNIC-001')!;
  const rel = v.relatedInformation!;
  const dmi = rel.find((r) => r.location.uri === uri(`${VBOX}/sos_commands/hardware/dmidecode`))!;
  assert.ok(dmi, JSON.stringify(rel.map((r) => r.location.uri)));
  const line = readFileSync(join(dir, VBOX, 'sos_commands/hardware/dmidecode'), 'utf8').split('\n')[
    dmi.location.range.start.line
  ];
  assert.equal(
    line.slice(dmi.location.range.start.character, dmi.location.range.end.character),
    'Product Name: VirtualBox',
  );
  assert.ok(
    rel.some((r) => r.location.uri === uri(`${VBOX}/sos_commands/pci/lspci_-nnvv`) && /82540EM/.test(r.message)),
  );
  // The capture at proc/net/bonding/bond0 is linked to ifcfg-bond0 of the same machine.
  const cap = await c.waitFor(uri(`${VBOX}/proc/net/bonding/bond0`), (ds) => ds.some((x) => x.code === 'CAP-004'));
  assert.ok(cap.find((x) => x.code === 'CAP-004')!.relatedInformation!.some((r) => r.location.uri === BOND));
});

test("ifcfg/bonds: each machine's bond with mode, monitoring, ports, running state and findings", async () => {
  await c.waitFor(uri(`${PHYS}/proc/net/bonding/bond0`), (ds) => ds.some((x) => x.code === 'BOND-064'));
  const bonds = await c.conn.sendRequest<BondSummary[]>('ifcfg/bonds');
  assert.deepEqual(
    bonds.map((b) => [b.name, b.mode, b.monitoring, b.machine?.name]),
    [
      ['bond0', 'active-backup', 'miimon 100 ms', 'vbox01.example.test'],
      ['bond0', 'balance-alb', 'miimon 100 ms', 'web03.example.test'],
    ],
  );
  const [vbox, phys] = bonds;
  assert.equal(vbox.place.uri, BOND);
  assert.equal(vbox.place.range.start.line, 9);
  assert.equal(vbox.machine!.platformPlace!.uri, uri(`${VBOX}/sos_commands/hardware/dmidecode`));
  assert.deepEqual(
    vbox.ports.map((p) => [p.name, p.permMac, p.vendor, p.link]),
    [
      ['enp0s8', '08:00:27:5c:b0:e5', 'VirtualBox', 'down'],
      ['enp0s9', '08:00:27:85:02:d8', 'VirtualBox', 'up'],
    ],
  );
  assert.ok(vbox.findings.some((f) => f.code === 'VNIC-001' && f.uri === BOND));
  assert.ok(vbox.findings.some((f) => f.code === 'CAP-001' && f.uri.endsWith('/proc/net/bonding/bond0')));
  const eno3 = phys.ports.find((p) => p.name === 'eno3')!;
  assert.equal(eno3.config, undefined);
  assert.equal(eno3.running!.uri, uri(`${PHYS}/proc/net/bonding/bond0`));
  assert.ok(phys.findings.some((f) => f.code === 'BOND-064'));
});

test('typing in the bond file changes the answer: bondsChanged is sent and the new mode is served', async () => {
  const changed = new Promise<void>((r) => c.conn.onNotification('ifcfg/bondsChanged', () => r()));
  const text = readFileSync(join(dir, VBOX, 'etc/sysconfig/network-scripts/ifcfg-bond0'), 'utf8');
  c.conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri: BOND, languageId: 'ifcfg', version: 1, text },
  });
  c.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri: BOND, version: 2 },
    contentChanges: [{ text: text.replace('mode=1 miimon=100', 'mode=1 miimon=100 fail_over_mac=1') }],
  });
  await changed;
  const bonds = await c.conn.sendRequest<BondSummary[]>('ifcfg/bonds');
  const vbox = bonds.find((b) => b.place.uri === BOND)!;
  assert.equal(vbox.failOverMac, 'active');
  assert.ok(!vbox.findings.some((f) => f.code === 'VNIC-001'));
  assert.ok(
    vbox.findings.some((f) => f.code === 'BOND-062' && /fail_over_mac=none, the file says active/.test(f.message)),
  );
});
