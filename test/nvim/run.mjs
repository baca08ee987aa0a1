// Runs test/nvim/check.lua in a headless Neovim and checks what the second LSP client saw.
import { spawnSync } from 'child_process';
import { cpSync, mkdtempSync, readFileSync, existsSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import assert from 'assert/strict';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
if (nvim.status !== 0 || nvim.error) {
  console.log('SKIP: nvim not found (Debian package "neovim"; .ci/run installs it)');
  process.exit(0);
}
console.log(nvim.stdout.split('\n')[0]);
const dir = mkdtempSync(join(tmpdir(), 'ifcfg-nvim-'));
cpSync(resolve('examples/virtualbox-bond'), join(dir, 'network-scripts'), { recursive: true });
cpSync(resolve('examples/virtualbox-bond-keyfile'), join(dir, 'system-connections'), { recursive: true });
const out = join(dir, 'result.json');
// The server command: the built bundle, or an installed `ifcfg-language-server` (pack-check.mjs).
const cmd = process.env.IFCFG_SERVER_CMD
  ? [process.env.IFCFG_SERVER_CMD]
  : [process.execPath, resolve('dist/server.js')];
const luaList = [...cmd, '--stdio'].map((a) => JSON.stringify(a)).join(', ');
const lua = `lua _G.IFCFG_CMD={${luaList}}; _G.IFCFG_FILE=${JSON.stringify(join(dir, 'network-scripts', 'ifcfg-bond0'))}; _G.IFCFG_OUT=${JSON.stringify(out)}; _G.IFCFG_KEYFILE=${JSON.stringify(join(dir, 'system-connections', 'bond0.nmconnection'))}`;
const r = spawnSync(
  'nvim',
  ['--headless', '--clean', '-n', '-c', lua, '-c', `luafile ${resolve('test/nvim/check.lua')}`],
  { encoding: 'utf8', timeout: 60000 },
);
if (!existsSync(out)) {
  console.error(r.stdout, r.stderr);
  throw new Error('Neovim wrote no result');
}
const res = JSON.parse(readFileSync(out, 'utf8'));
const v = res.diagnostics.find((d) => d.code === 'VNIC-001');
assert.ok(v, `diagnostics: ${JSON.stringify(res.diagnostics)}`);
assert.match(v.message, /VirtualBox/);
assert.equal(v.lnum, 9);
for (const o of ['fail_over_mac', 'num_grat_arp', 'primary'])
  assert.ok(res.completion.includes(o), `completion lacks ${o}: ${res.completion}`);
const fix = res.actions.find((a) => /fail_over_mac=1/.test(a.title));
assert.ok(fix, `actions: ${JSON.stringify(res.actions)}`);
assert.equal(fix.newText, ' fail_over_mac=1');
// The keyfile twin, in a folder of its own in the same workspace.
const kf = res.keyfile;
assert.ok(kf, 'no keyfile result');
const kv = kf.diagnostics.find((d) => d.code === 'VNIC-001');
assert.ok(kv, `keyfile diagnostics: ${JSON.stringify(kf.diagnostics)}`);
assert.equal(kv.lnum, 7, 'on the [bond] header');
for (const o of ['fail_over_mac', 'num_grat_arp', 'primary'])
  assert.ok(kf.completion.includes(o), `keyfile completion lacks ${o}: ${kf.completion}`);
assert.ok(!kf.completion.includes('lacp_rate'), 'mode-aware');
assert.match(kf.hover ?? '', /VirtualBox/);
const kfix = kf.actions.find((a) => /^Add fail_over_mac=active/.test(a.title));
assert.ok(kfix, `keyfile actions: ${JSON.stringify(kf.actions)}`);
assert.equal(kfix.newText, '\nfail_over_mac=active');
console.log(
  `Neovim: ${res.diagnostics.length} diagnostics, ${res.completion.length} completion items, ${res.actions.length} code actions; keyfile: ${kf.diagnostics.length} diagnostics, ${kf.completion.length} completion items, ${kf.actions.length} code actions — OK`,
);
