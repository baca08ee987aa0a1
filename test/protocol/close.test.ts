// Closing a document in a large folder: the server reads the file back from disk and checks
// again what the change back to that text can alter, not the whole folder.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { TestClient } from '../helpers/lspClient';

const root = mkdtempSync(join(tmpdir(), 'ifcfg-close-'));
const ns = join(root, 'network-scripts');
mkdirSync(ns);
// Twenty active-backup bonds on VirtualBox NICs: each bond gets VNIC-001 naming its two ports.
const BONDS = 20;
for (let b = 0; b < BONDS; b++) {
  writeFileSync(
    join(ns, `ifcfg-bond${b}`),
    `DEVICE=bond${b}\nTYPE=Bond\nBONDING_MASTER=yes\nBOOTPROTO=none\nONBOOT=yes\nBONDING_OPTS="mode=1 miimon=100"\n`,
  );
  for (const p of [0, 1])
    writeFileSync(
      join(ns, `ifcfg-eth${2 * b + p}`),
      `DEVICE=eth${2 * b + p}\nHWADDR=08:00:27:00:${b.toString(16).padStart(2, '0')}:0${p}\nTYPE=Ethernet\nBOOTPROTO=none\nONBOOT=yes\nMASTER=bond${b}\nSLAVE=yes\n`,
    );
}
const uri = (name: string) => pathToFileURL(join(ns, name)).toString();
const PORT = 'ifcfg-eth0';
const portText = readFileSync(join(ns, PORT), 'utf8');
const vnic = (u: string) => c.diagnostics.get(u)?.find((d) => d.code === 'VNIC-001');
let c: TestClient;

before(async () => {
  c = new TestClient();
  c.settings = { debounceMs: 0 };
  await c.initialize(root);
  await c.waitForBondsChanged(0);
  for (let b = 0; b < BONDS; b++) assert.ok(vnic(uri(`ifcfg-bond${b}`)), `bond${b} has VNIC-001`);
});
after(async () => c.stop());

/** Opens the port with its disk text; resolves once its diagnostics for that version are out. */
async function open(): Promise<void> {
  c.versions.delete(uri(PORT));
  c.conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri: uri(PORT), languageId: 'ifcfg', version: 1, text: portText },
  });
  await c.waitFor(uri(PORT), () => c.versions.get(uri(PORT)) === 1);
}

/** Sends a notification and returns the URIs published until the server says nothing is due. */
async function publishedAfter(send: () => Promise<void>): Promise<string[]> {
  const from = c.published.length;
  const seen = c.bondsChanged;
  await send();
  await c.waitForBondsChanged(seen);
  return c.published.slice(from);
}

test('closing an unchanged file checks no other file of the folder again', async () => {
  await open();
  const republished = await publishedAfter(() =>
    c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: uri(PORT) } }),
  );
  assert.deepEqual(
    republished.filter((u) => u !== uri(PORT)),
    [],
  );
});

test('closing a file with unsaved edits restores its bond from the disk text, and only its bond', async () => {
  await open();
  // Unsaved: eth0 leaves bond0, whose warning then names eth1 alone.
  await publishedAfter(() =>
    c.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(PORT), version: 2 },
      contentChanges: [{ text: portText.replace(/^MASTER=.*\n/m, '').replace(/^SLAVE=.*\n/m, '') }],
    }),
  );
  const ports = () =>
    vnic(uri('ifcfg-bond0'))
      ?.relatedInformation?.map((r) => r.location.uri)
      .sort();
  assert.deepEqual(ports(), [uri('ifcfg-eth1')]);
  const republished = await publishedAfter(() =>
    c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: uri(PORT) } }),
  );
  assert.deepEqual(ports(), [uri('ifcfg-eth0'), uri('ifcfg-eth1')]);
  assert.deepEqual(
    republished.filter((u) => u !== uri(PORT)),
    [uri('ifcfg-bond0'), uri('ifcfg-eth1')].filter((u) => republished.includes(u)),
  );
  assert.ok(republished.includes(uri('ifcfg-bond0')));
});
