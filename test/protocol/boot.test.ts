// The server's entry (dist/boot.js) as the VS Code client starts it: given a folder of its own
// (IFCFG_CODE_CACHE), the server keeps the compiled code of its bundles there, for the build
// that wrote it. Whatever the folder holds, or if it cannot be written, the server serves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
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

/** The one cache of `bundle` ('server' or 'lsp') a session wrote in `folder`. */
function cacheFile(folder: string, bundle: string): string {
  const names = readdirSync(folder).filter((f) => f.startsWith(`${bundle}-`) && f.endsWith('.cache'));
  assert.equal(names.length, 1, `one ${bundle} cache in ${names.join(', ')}`);
  return join(folder, names[0]);
}

/** Starts the server through its entry, opens the folder, waits for the bond's VNIC-001, stops. */
async function session(env: Record<string, string>, nodeFlags: string[] = []): Promise<void> {
  const c = new TestClient(BOOT, env, nodeFlags);
  c.settings = { debounceMs: 0 };
  try {
    await c.initialize(root);
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
    ['server', 'server.js'],
    ['lsp', 'lsp.js'],
  ]) {
    const bytes = readFileSync(cacheFile(folder, cache));
    assert.equal(bytes.toString('hex', 0, 32), buildOf(bundle), `${cache} starts with its build`);
    assert.ok(bytes.length > 10000, `${cache} holds compiled code`);
  }
  const written = statSync(cacheFile(folder, 'server')).mtimeMs;
  await session({ IFCFG_CODE_CACHE: folder });
  // The same work compiles nothing new: the cache it used is not written again.
  assert.equal(statSync(cacheFile(folder, 'server')).mtimeMs, written);
});

test("another build's cache or bytes V8 refuses are replaced; the server serves meanwhile", async () => {
  const folder = mkdtempSync(join(tmpdir(), 'ifcfg-cache-'));
  // Names as a first session gives them (the test's server runs without V8 flags).
  await session({ IFCFG_CODE_CACHE: folder });
  writeFileSync(cacheFile(folder, 'server'), Buffer.alloc(5000, 7));
  writeFileSync(
    cacheFile(folder, 'lsp'),
    Buffer.concat([Buffer.from(buildOf('lsp.js')!, 'hex'), Buffer.from('not V8 code')]),
  );
  await session({ IFCFG_CODE_CACHE: folder });
  assert.equal(readFileSync(cacheFile(folder, 'server')).toString('hex', 0, 32), buildOf('server.js'));
  assert.ok(readFileSync(cacheFile(folder, 'lsp')).length > 10000);
});

test('a cache is kept per set of V8 flags: starting another way writes its own', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'ifcfg-cache-'));
  await session({ IFCFG_CODE_CACHE: folder });
  await session({ IFCFG_CODE_CACHE: folder }, ['--max-semi-space-size=1']);
  const caches = readdirSync(folder).filter((f) => f.startsWith('server-'));
  assert.equal(caches.length, 2, caches.join(', '));
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

test('the server serves with the Node flags the VS Code client passes, which bin/ifcfg-language-server and the workspace bench use too', async () => {
  const client = /const execArgv = (\[[^\]]*\]);/.exec(readFileSync(resolve('client/src/extension.ts'), 'utf8'))?.[1];
  const flags = JSON.parse((client ?? '[]').replace(/'/g, '"')) as string[];
  assert.ok(flags.includes('--max-semi-space-size=1') && flags.includes('--v8-pool-size=0'), client);
  const shebang = readFileSync(resolve('bin/ifcfg-language-server.js'), 'utf8').split('\n')[0];
  assert.equal(shebang, `#!/usr/bin/env -S node ${flags.join(' ')}`);
  const bench = /export const SERVER_FLAGS = (\[[^\]]*\]);/.exec(readFileSync(resolve('bench/workspace.mjs'), 'utf8'));
  assert.deepEqual(JSON.parse((bench?.[1] ?? '[]').replace(/'/g, '"')), flags);
  await session({}, flags);
});
