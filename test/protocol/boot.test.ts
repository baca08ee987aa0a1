// The server's entry (dist/boot.js) as the VS Code client starts it: given a folder of its own
// (IFCFG_CODE_CACHE), the server keeps the compiled code of its bundles there, for the build
// that wrote it. Whatever the folder holds, or if it cannot be written, the server serves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import { TestClient } from '../helpers/lspClient';

const BOOT = resolve('dist/boot.js');
const buildOf = (bundle: string) =>
  /\n\/\/ ifcfg-build ([0-9a-f]{64})\n$/.exec(readFileSync(resolve('dist', bundle), 'utf8'))?.[1];

const root = mkdtempSync(join(tmpdir(), 'ifcfg-boot-'));
const ns = join(root, 'network-scripts');
mkdirSync(ns);
writeFileSync(
  join(ns, 'ifcfg-bond0'),
  'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nBOOTPROTO=none\nONBOOT=yes\nBONDING_OPTS="mode=1 miimon=100"\n',
);
for (const p of [0, 1])
  writeFileSync(
    join(ns, `ifcfg-eth${p}`),
    `DEVICE=eth${p}\nHWADDR=08:00:27:00:00:0${p}\nTYPE=Ethernet\nBOOTPROTO=none\nONBOOT=yes\nMASTER=bond0\nSLAVE=yes\n`,
  );

/** Starts the server through its entry, opens the folder, waits for the bond's VNIC-001, stops. */
async function session(env: Record<string, string>): Promise<void> {
  const c = new TestClient(BOOT, env);
  c.settings = { debounceMs: 0 };
  try {
    await c.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).toString(),
      workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'boot' }],
      capabilities: { workspace: { configuration: true } },
    });
    c.conn.sendNotification('initialized', {});
    const bond = pathToFileURL(join(ns, 'ifcfg-bond0')).toString();
    await c.waitFor(bond, (d) => d.some((x) => x.code === 'VNIC-001'));
  } finally {
    await c.stop();
  }
}

test('the build names its server bundles, so a cache is matched to the build that wrote it', () => {
  assert.match(buildOf('server.js') ?? '', /^[0-9a-f]{64}$/);
  assert.match(buildOf('lsp.js') ?? '', /^[0-9a-f]{64}$/);
});

test('a first session writes each bundle cache, named by its build; the next one serves with them', async () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'ifcfg-cache-')), 'code-cache');
  await session({ IFCFG_CODE_CACHE: folder });
  for (const [cache, bundle] of [
    ['server.cache', 'server.js'],
    ['lsp.cache', 'lsp.js'],
  ]) {
    const bytes = readFileSync(join(folder, cache));
    assert.equal(bytes.toString('hex', 0, 32), buildOf(bundle), `${cache} starts with its build`);
    assert.ok(bytes.length > 10000, `${cache} holds compiled code`);
  }
  const written = statSync(join(folder, 'server.cache')).mtimeMs;
  await session({ IFCFG_CODE_CACHE: folder });
  // The same work compiles nothing new: the cache it used is not written again.
  assert.equal(statSync(join(folder, 'server.cache')).mtimeMs, written);
});

test("another build's cache or bytes V8 refuses are replaced; the server serves meanwhile", async () => {
  const folder = mkdtempSync(join(tmpdir(), 'ifcfg-cache-'));
  writeFileSync(join(folder, 'server.cache'), Buffer.alloc(5000, 7));
  writeFileSync(
    join(folder, 'lsp.cache'),
    Buffer.concat([Buffer.from(buildOf('lsp.js')!, 'hex'), Buffer.from('not V8 code')]),
  );
  await session({ IFCFG_CODE_CACHE: folder });
  assert.equal(readFileSync(join(folder, 'server.cache')).toString('hex', 0, 32), buildOf('server.js'));
  assert.ok(readFileSync(join(folder, 'lsp.cache')).length > 10000);
});

test('a cache folder that cannot be made does not stop the server', async () => {
  const parent = mkdtempSync(join(tmpdir(), 'ifcfg-cache-'));
  writeFileSync(join(parent, 'file'), 'a file where the folder would go');
  await session({ IFCFG_CODE_CACHE: join(parent, 'file', 'code-cache') });
  assert.ok(!existsSync(join(parent, 'file', 'code-cache')));
});

test('without a cache folder the entry serves the bundle as it is', async () => {
  await session({});
});
