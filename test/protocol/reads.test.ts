// What the server reads from disk, and how often it publishes: every read goes through the
// shared reader (regular files inside a workspace folder, by real path), whatever asks for it —
// the scan, a watched-file event, a closed document, a URI with `..` in it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { TestClient } from '../helpers/lspClient';

const root = mkdtempSync(join(tmpdir(), 'ifcfg-reads-'));
const ns = join(root, 'network-scripts');
mkdirSync(ns);
const outside = mkdtempSync(join(tmpdir(), 'ifcfg-outside-'));
// A value that must never appear in any diagnostic: it lives outside the workspace.
writeFileSync(join(outside, 'ifcfg-secret'), 'DEVICE=eth0\nIPADDR=10.9.9.999\nMTU=SECRET\n');
const N = 90;
for (let i = 0; i < N; i++) writeFileSync(join(ns, `ifcfg-eth${i}`), `DEVICE=eth${i}\nONBOOT=yes\n`);
// The one file of the folder with a problem when the scan reads it (ONBOOT=on: IFCFG-020).
const dirty = join(ns, 'ifcfg-eth100');
writeFileSync(dirty, 'DEVICE=eth100\nONBOOT=on\n');
const uri = (p: string) => pathToFileURL(p).toString();
let c: TestClient;

before(async () => {
  c = new TestClient();
  c.settings = { debounceMs: 0 };
  await c.initialize(root);
  // Sent once the scan's diagnostics are all out.
  await c.waitForBondsChanged(0);
});
after(async () => c.stop());

/** Resolves once no diagnostics have arrived for `quietMs`. */
async function settle(quietMs = 400): Promise<void> {
  for (;;) {
    const n = c.publishes;
    await new Promise((r) => setTimeout(r, quietMs));
    if (c.publishes === n) return;
  }
}

const leaked = () => /SECRET|10\.9\.9\.999/.test(JSON.stringify([...c.diagnostics.values()]));

test('the scan publishes only files with problems; a fixed file gets an empty publish, a clean one none', async () => {
  await settle();
  assert.deepEqual([...c.diagnostics.keys()], [uri(dirty)]);
  assert.equal(c.publishes, 1);
  assert.ok(c.diagnostics.get(uri(dirty))!.some((d) => d.code === 'IFCFG-020'));
  /** Writes files on disk as an editor's file watcher reports them, and waits for the re-check. */
  const rewrite = async (files: Record<string, string>) => {
    const seen = c.bondsChanged;
    for (const [p, text] of Object.entries(files)) writeFileSync(p, text);
    c.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: Object.keys(files).map((p) => ({ uri: uri(p), type: 2 })),
    });
    await c.waitForBondsChanged(seen);
  };
  // Fixed on disk: the client still shows the old problem until an empty publish replaces it.
  await rewrite({ [dirty]: 'DEVICE=eth100\nONBOOT=yes\n', [join(ns, 'ifcfg-eth5')]: 'DEVICE=eth5\nONBOOT=no\n' });
  assert.deepEqual(c.diagnostics.get(uri(dirty)), []);
  // A file that was clean and still is after its change: nothing to replace, nothing sent.
  assert.equal(c.diagnostics.get(uri(join(ns, 'ifcfg-eth5'))), undefined);
  assert.equal(c.publishes, 2);
  // Broken again: published again.
  await rewrite({ [dirty]: 'DEVICE=eth100\nONBOOT=on\n' });
  assert.ok(c.diagnostics.get(uri(dirty))!.some((d) => d.code === 'IFCFG-020'));
  assert.equal(c.publishes, 3);
});

test('opening N files of a folder publishes each once (not N²/15 times, not twice per open)', async () => {
  await settle();
  const start = c.publishes;
  for (let i = 0; i < N; i++) {
    const p = join(ns, `ifcfg-eth${i}`);
    c.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uri(p), languageId: 'ifcfg', version: 1, text: `DEVICE=eth${i}\nONBOOT=yes\n` },
    });
  }
  await settle();
  const publishes = c.publishes - start;
  assert.ok(publishes <= N + 2, `${publishes} publishes for ${N} opened files`);
});

test('a watched-file event for a link out of the workspace, to /dev/zero or to a FIFO reads nothing', async () => {
  symlinkSync(join(outside, 'ifcfg-secret'), join(ns, 'ifcfg-leak'));
  symlinkSync('/dev/zero', join(ns, 'ifcfg-zero'));
  assert.equal(spawnSync('mkfifo', [join(ns, 'ifcfg-fifo')]).status, 0);
  c.conn.sendNotification('workspace/didChangeWatchedFiles', {
    changes: ['ifcfg-leak', 'ifcfg-zero', 'ifcfg-fifo'].map((n) => ({ uri: uri(join(ns, n)), type: 1 })),
  });
  // The server still answers (it is not reading /dev/zero or waiting on the FIFO) …
  const probe = join(ns, 'ifcfg-probe');
  c.conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri: uri(probe), languageId: 'ifcfg', version: 1, text: 'ONBOOT=on\n' },
  });
  await c.waitFor(uri(probe), (d) => d.some((x) => x.code === 'IFCFG-020'));
  await settle();
  // … and published nothing read through the link.
  assert.equal(c.diagnostics.get(uri(join(ns, 'ifcfg-leak')))?.length ?? 0, 0);
  assert.ok(!leaked());
});

test('a didClose re-read and a URI with ../ stay inside the workspace', async () => {
  symlinkSync(join(outside, 'ifcfg-secret'), join(ns, 'ifcfg-leak2'));
  const escaped = `${uri(ns)}/../../${join(outside, 'ifcfg-secret').split('/').slice(1).join('/')}`;
  const viaDots = `${uri(ns)}/..%2F..%2F${join(outside, 'ifcfg-secret').split('/').slice(1).join('%2F')}`;
  for (const u of [escaped, viaDots, uri(join(ns, 'ifcfg-leak2'))]) {
    c.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: u, languageId: 'ifcfg', version: 1, text: 'DEVICE=eth0\n' },
    });
    c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
    c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: u, type: 2 }] });
  }
  await settle();
  assert.ok(!leaked(), 'no value of the file outside the workspace was published');
});
