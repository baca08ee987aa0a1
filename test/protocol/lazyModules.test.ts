// Node modules the LSP libraries require as they load but the server does not use at start
// (crypto, child_process) are loaded at their first use instead (LAZY_BUILTINS in
// scripts/bundles.mjs): under the server's V8 flags Node compiles them from source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import { TestClient } from '../helpers/lspClient';
// @ts-expect-error: a build script, plain JavaScript
import { lazyBuiltins } from '../../scripts/bundles.mjs';

const dir = mkdtempSync(join(tmpdir(), 'ifcfg-lazy-'));
const ns = join(dir, 'network-scripts');
mkdirSync(ns);
const BOND = 'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nBOOTPROTO=none\nBONDING_OPTS="mode=1 miimon=100"\n';
writeFileSync(join(ns, 'ifcfg-bond0'), BOND);
for (const p of [0, 1])
  writeFileSync(join(ns, `ifcfg-eth${p}`), `DEVICE=eth${p}\nHWADDR=08:00:27:00:00:0${p}\nMASTER=bond0\nSLAVE=yes\n`);
const loaded = (list: string[], m: string) => list.includes(`NativeModule ${m}`);

test('a whole editing session, registrations included, loads neither crypto nor child_process', async () => {
  const record = join(dir, 'modules.json');
  const preload = join(dir, 'record-modules.cjs');
  writeFileSync(
    preload,
    `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(process.moduleLoadList)));\n`,
  );
  const c = new TestClient(resolve('dist/boot.js'), {}, ['--max-semi-space-size=1', '-r', preload]);
  c.settings = { debounceMs: 0 };
  const bond = pathToFileURL(join(ns, 'ifcfg-bond0')).toString();
  const registered: string[] = [];
  c.conn.onRequest('client/registerCapability', (p: { registrations: Array<{ method: string }> }) => {
    registered.push(...p.registrations.map((r) => r.method));
    return null;
  });
  try {
    // As VS Code: settings and file watching registered dynamically.
    await c.initialize(dir, {
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
      },
    });
    await c.waitFor(bond, (d) => d.some((x) => x.code === 'VNIC-001'));
    c.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: bond, languageId: 'ifcfg', version: 1, text: BOND },
    });
    const line = { line: 4, character: 16 };
    assert.ok(await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: bond }, position: line }));
    assert.ok(await c.conn.sendRequest('textDocument/completion', { textDocument: { uri: bond }, position: line }));
    assert.ok((await c.quickFixesFor(bond, 'VNIC-001')).length > 0);
  } finally {
    await c.stop();
  }
  assert.deepEqual(registered.sort(), ['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles']);
  const modules = JSON.parse(readFileSync(record, 'utf8')) as string[];
  assert.ok(loaded(modules, 'net'), 'the record lists the modules the server loaded');
  assert.ok(!loaded(modules, 'crypto'), 'crypto');
  assert.ok(!loaded(modules, 'child_process'), 'child_process');
});

test('the module is loaded at its first use, and serves as before', () => {
  const script = join(dir, 'pipe-name.cjs');
  writeFileSync(
    script,
    `const rpc = require(${JSON.stringify(resolve('dist/lsp.js'))})['vscode-jsonrpc/node'];
const before = process.moduleLoadList.includes('NativeModule crypto');
const name = rpc.generateRandomPipeName();
console.log(JSON.stringify({ before, name, after: process.moduleLoadList.includes('NativeModule crypto') }));\n`,
  );
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout) as { before: boolean; name: string; after: boolean };
  assert.equal(out.before, false);
  assert.match(out.name, /lsp-[0-9a-f]{32}/);
  assert.equal(out.after, true);
});

test('the build refuses a library whose require is gone or whose module is used whole', () => {
  const file = '/x/node_modules/vscode-jsonrpc/lib/node/main.js';
  const lines = ['"use strict";', 'const crypto_1 = require("crypto");', 'exports.x = (0, crypto_1.randomBytes)(4);'];
  assert.equal(lazyBuiltins(file, lines), true);
  assert.match(lines[1], /^const crypto_1 = new Proxy\(\{\}, \{ get: .*require\("crypto"\)\[key\] \}\);$/);
  assert.equal(lines[2], 'exports.x = (0, crypto_1.randomBytes)(4);');
  assert.throws(() => lazyBuiltins(file, ['"use strict";', 'const crypto_2 = require("crypto");']), /LAZY_BUILTINS/);
  assert.throws(
    () => lazyBuiltins(file, ['const crypto_1 = require("crypto");', 'exports.c = crypto_1;']),
    /only property uses of crypto_1/,
  );
  assert.equal(lazyBuiltins('/x/node_modules/vscode-jsonrpc/lib/common/api.js', ['const a = 1;']), false);
});
