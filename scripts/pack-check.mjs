// Proves the npm package works as the README promises: `npm pack` (whose prepack builds the
// bundles), check what the tarball holds, install it into a temporary prefix (offline: nothing
// is a runtime dependency), then run the installed `ifcfg-lint` on the example and drive the
// installed `ifcfg-language-server --stdio` with an LSP client — and with Neovim when present.
import assert from 'assert/strict';
import { spawn, spawnSync } from 'child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import {
  createProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const work = mkdtempSync(join(tmpdir(), 'ifcfg-pack-'));
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', cwd: ROOT, ...opts });
  if (r.error) throw r.error;
  return r;
};

try {
  // 1. Pack. --json lists the files; prepack builds dist/ first.
  const packed = run('npm', ['pack', '--json', '--pack-destination', work]);
  assert.equal(packed.status, 0, packed.stderr);
  const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')));
  const files = info.files.map((f) => f.path).sort();
  // What the manifest points at (grammars, snippets, language configurations, bins, icon) must be
  // inside, or an installed extension or bin fails at run time; plus what the bundles load.
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  const c = manifest.contributes;
  const referenced = [
    manifest.main,
    manifest.icon,
    ...Object.values(manifest.bin),
    ...c.grammars.map((g) => g.path),
    ...c.snippets.map((s) => s.path),
    ...c.languages.map((l) => l.configuration).filter(Boolean),
  ].map((f) => f.replace(/^\.\//, ''));
  for (const need of [
    ...new Set(referenced),
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'dist/cli.js',
    'dist/server.js',
    'dist/boot.js',
    'dist/lsp.js',
    'docs/rules.md',
  ])
    assert.ok(files.includes(need), `the package lacks ${need}`);
  const stray = files.filter((f) =>
    /^(test|bench|server|client|scripts|examples|\.ci|\.vscode)\/|\.ts$|\.map$/.test(f),
  );
  assert.deepEqual(stray, [], 'tests, corpora, sources or maps in the package');
  console.log(`pack: ${info.filename}, ${files.length} files, ${(info.size / 1024).toFixed(0)} KB`);

  // 2. Install into a temporary prefix, offline.
  const prefix = join(work, 'prefix');
  const installed = run('npm', [
    'install',
    '--global',
    '--prefix',
    prefix,
    '--offline',
    '--no-audit',
    '--no-fund',
    join(work, info.filename),
  ]);
  assert.equal(installed.status, 0, installed.stderr);
  const lint = join(prefix, 'bin', 'ifcfg-lint');
  const server = join(prefix, 'bin', 'ifcfg-language-server');
  assert.ok(existsSync(lint) && existsSync(server), 'bins not installed');

  // 3. The installed linter on a copy of the example, in text and SARIF.
  const ex = join(work, 'network-scripts');
  cpSync(join(ROOT, 'examples/virtualbox-bond'), ex, { recursive: true });
  const text = run(lint, [ex], { cwd: work });
  assert.equal(text.status, 0, `ifcfg-lint exit ${text.status}: ${text.stderr}`);
  assert.match(text.stdout, /VNIC-001/);
  const sarif = JSON.parse(run(lint, ['--format', 'sarif', ex], { cwd: work }).stdout);
  assert.ok(sarif.runs[0].results.some((r) => r.ruleId === 'VNIC-001'));
  const version = run(lint, ['--version']).stdout.trim();
  assert.equal(version, JSON.parse(run('node', ['-p', 'JSON.stringify(require("./package.json").version)']).stdout));
  console.log(`ifcfg-lint ${version} (installed): VNIC-001 found, SARIF valid`);

  // 4. The installed server over stdio, driven by an LSP client.
  const proc = spawn(server, ['--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const bond = pathToFileURL(join(ex, 'ifcfg-bond0')).toString();
  const published = new Promise((res) =>
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      if (p.uri === bond && p.diagnostics.some((d) => d.code === 'VNIC-001')) res(p.diagnostics);
    }),
  );
  conn.listen();
  const init = await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(ex).toString(),
    workspaceFolders: [{ uri: pathToFileURL(ex).toString(), name: 'example' }],
    capabilities: {},
  });
  assert.equal(init.serverInfo.name, 'ifcfg-language-server');
  await conn.sendNotification('initialized', {});
  let timer;
  const timeout = new Promise((_, rej) => {
    timer = setTimeout(() => rej(new Error('no VNIC-001 from the server')), 20000);
  });
  await Promise.race([published, timeout]).finally(() => clearTimeout(timer));
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  conn.dispose();
  console.log('ifcfg-language-server (installed): VNIC-001 published for the unopened example');

  // 5. Neovim as the client, against the installed server (skips without nvim, as test:nvim does).
  const nvim = run(process.execPath, [join(ROOT, 'test/nvim/run.mjs')], {
    env: { ...process.env, IFCFG_SERVER_CMD: server },
    stdio: 'inherit',
  });
  assert.equal(nvim.status, 0, 'Neovim check against the installed server failed');
  console.log('pack-check: OK');
} finally {
  rmSync(work, { recursive: true, force: true });
}
