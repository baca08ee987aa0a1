// ifcfg-lint holds V8's optimizing compiler for everyday runs and lets it run for large input
// (server/src/cli/optimizer.ts). V8's --trace-opt prints a line for each function it optimizes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { OPTIMIZE_FILE_BYTES, OPTIMIZE_TOTAL_BYTES, wantsOptimizer } from '../../server/src/cli/optimizer';

const BIN = resolve('bin/ifcfg-lint.js');
const CLI = resolve('dist/cli.js');

/** Functions V8 optimized in a node process given these arguments (its report is thrown away). */
const optimizedIn = (args: string[]) => {
  const r = spawnSync(process.execPath, ['--trace-opt', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return r.stdout.split('\n').filter((l) => l.startsWith('[completed optimizing')).length;
};

/** A folder of 100 VirtualBox bonds with two ports each: 300 files, ~45 KB. */
function everydayFolder(): string {
  const d = join(mkdtempSync(join(tmpdir(), 'ifcfg-opt-')), 'network-scripts');
  mkdirSync(d);
  for (let b = 0; b < 100; b++) {
    writeFileSync(
      join(d, `ifcfg-bond${b}`),
      `DEVICE=bond${b}\nTYPE=Bond\nBONDING_MASTER=yes\nBOOTPROTO=none\nIPADDR=10.1.0.${b}\nPREFIX=24\nONBOOT=yes\nBONDING_OPTS="mode=1 miimon=100"\n`,
    );
    for (const p of [0, 1]) {
      const n = 2 * b + p;
      const mac = `08:00:27:00:${b.toString(16).padStart(2, '0')}:0${p}`;
      writeFileSync(
        join(d, `ifcfg-eth${n}`),
        `DEVICE=eth${n}\nHWADDR=${mac}\nTYPE=Ethernet\nBOOTPROTO=none\nONBOOT=yes\nMASTER=bond${b}\nSLAVE=yes\n`,
      );
    }
  }
  return d;
}

test('the decision: small files of an ordinary total keep it held; a large file or a large total releases it', () => {
  assert.equal(wantsOptimizer([]), false);
  assert.equal(wantsOptimizer(Array(345).fill(180)), false);
  assert.equal(wantsOptimizer(Array(5001).fill(120)), false);
  assert.equal(wantsOptimizer([300, OPTIMIZE_FILE_BYTES]), false);
  assert.equal(wantsOptimizer([300, OPTIMIZE_FILE_BYTES + 1]), true);
  assert.equal(wantsOptimizer(Array(2).fill(OPTIMIZE_TOTAL_BYTES / 2)), true, 'over the file limit too');
  assert.equal(wantsOptimizer(Array(1025).fill(1024)), true);
});

test('an everyday run optimizes nothing, where the same work in a plain process does', () => {
  const d = everydayFolder();
  const lint = optimizedIn([BIN, '--format', 'json', d]);
  const plain = optimizedIn([
    '-e',
    `require(${JSON.stringify(CLI)}).run(['--format', 'json', ${JSON.stringify(d)}], () => {}, () => {})`,
  ]);
  assert.ok(plain > 0, 'the control must optimize something, or this test proves nothing');
  assert.equal(lint, 0);
});

test('a generated 64 KB file releases the optimizer for the run', () => {
  const d = join(mkdtempSync(join(tmpdir(), 'ifcfg-opt-')), 'network-scripts');
  mkdirSync(d);
  let text = 'DEVICE=eth0\nONBOOT=yes\nBOOTPROTO=none\n';
  for (let i = 0; text.length < 64 * 1024; i++) text += `IPADDR${i}=10.0.${(i >> 8) & 255}.${i & 255}\n`;
  writeFileSync(join(d, 'ifcfg-eth0'), text);
  assert.ok(optimizedIn([BIN, '--format', 'json', d]) > 0);
});
