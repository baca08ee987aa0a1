// The server under hostile conditions: malformed JSON-RPC, huge and binary documents, a
// workspace with symlink loops, unreadable files and many unrelated files.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { TestClient } from '../helpers/lspClient';

const root = mkdtempSync(join(tmpdir(), 'ifcfg-hostile-'));
const ns = join(root, 'etc', 'network-scripts');
mkdirSync(ns, { recursive: true });
writeFileSync(join(ns, 'ifcfg-bond0'), 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n');
writeFileSync(join(ns, 'ifcfg-eth1'), 'DEVICE=eth1\nHWADDR=08:00:27:00:00:01\nMASTER=bond0\nSLAVE=yes\n');
writeFileSync(join(ns, 'ifcfg-secret'), 'DEVICE=eth9\n');
chmodSync(join(ns, 'ifcfg-secret'), 0o000);
symlinkSync(root, join(root, 'loop')); // a symlink loop
symlinkSync('/etc', join(root, 'outside')); // points outside the workspace
const junk = join(root, 'junk');
mkdirSync(junk);
for (let i = 0; i < 3000; i++) writeFileSync(join(junk, `file${i}.txt`), 'x');
const uri = (p: string) => pathToFileURL(p).toString();
let c: TestClient;

before(async () => {
  c = new TestClient();
  await c.initialize(root);
});
after(async () => c.stop());

test('the workspace scan is bounded: symlink loops, links outside, unreadable and unrelated files', async () => {
  const d = await c.waitFor(uri(join(ns, 'ifcfg-bond0')), (ds) => ds.some((x) => x.code === 'VNIC-001'));
  assert.ok(d);
  assert.ok(
    ![...c.diagnostics.keys()].some((u) => u.includes('/outside/') || u.includes('/loop/')),
    'nothing outside the workspace or through the loop',
  );
});

test('malformed JSON-RPC does not kill the server', async () => {
  const body = '{"jsonrpc":"2.0","id":99,"method":"textDocument/hover",,,garbage';
  c.proc.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  c.conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri: uri(join(ns, 'ifcfg-x')), languageId: 'ifcfg', version: 1, text: 'ONBOOT=on\n' },
  });
  const d = await c.waitFor(uri(join(ns, 'ifcfg-x')), (ds) => ds.some((x) => x.code === 'IFCFG-020'));
  assert.ok(d);
});

test('huge, binary and duplicate-heavy documents: the server stays responsive', async () => {
  // Each document with the finding it must still get (capped, but not dropped).
  const docs: Record<string, [string, string]> = {
    'ifcfg-huge': ['DEVICE=eth0\n'.repeat(400_000), 'IFCFG-005'], // ~5 MB
    'ifcfg-binary': [
      Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 256)).toString('latin1'),
      'IFCFG-008',
    ],
    'ifcfg-dups': ['ONBOOT=yes\n'.repeat(20_000), 'IFCFG-005'],
    'ifcfg-longline': [`BONDING_OPTS="${'miimon=100 '.repeat(100_000)}"\n`, 'BOND-024'],
  };
  for (const [name, [text, code]] of Object.entries(docs)) {
    const u = uri(join(ns, name));
    c.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: u, languageId: 'ifcfg', version: 1, text },
    });
    await c.waitFor(u, (ds) => ds.length <= 500 && ds.some((x) => x.code === code), 30000);
    const t0 = Date.now();
    await c.conn.sendRequest('textDocument/hover', {
      textDocument: { uri: uri(join(ns, 'ifcfg-bond0')) },
      position: { line: 2, character: 15 },
    });
    assert.ok(Date.now() - t0 < 2000, `hover after ${name} took ${Date.now() - t0} ms`);
    c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
  }
});
