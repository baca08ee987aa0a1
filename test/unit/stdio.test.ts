// ifcfg-lint writes its report with plain blocking writes: whole, whatever the descriptor is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'child_process';
import { closeSync, constants, mkdtempSync, openSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { isTerminal, Output } from '../../server/src/cli/stdio';

test('a pipe left non-blocking and full is waited on, and the text arrives whole', async () => {
  const fifo = join(mkdtempSync(join(tmpdir(), 'ifcfg-stdio-')), 'out');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
  const keep = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  const fd = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
  // A slow reader: it starts reading a while after the pipe (64 KB) is full.
  const reader = spawn(
    process.execPath,
    [
      '-e',
      `setTimeout(() => { let n = 0; const s = require('fs').createReadStream(${JSON.stringify(fifo)});
       s.on('data', (d) => (n += d.length)); s.on('end', () => console.log(n)); }, 300);`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let said = '';
  reader.stdout.on('data', (d) => (said += d));
  const done = new Promise((r) => reader.on('close', r));
  const text = 'DEVICE=eth0\n'.repeat(100_000);
  new Output(fd).write(text);
  closeSync(fd);
  closeSync(keep);
  await done;
  assert.equal(Number(said), text.length);
});

test('a reader that went away (EPIPE) ends the writing quietly', () => {
  const script = `const { Output } = require(${JSON.stringify(resolve('server/src/cli/stdio.ts'))});
    const o = new Output(1);
    for (let i = 0; i < 50; i++) o.write('x'.repeat(100000));
    process.stderr.write('done');`;
  const r = spawnSync('bash', ['-c', 'node --import tsx -e "$0" | head -c 1 >/dev/null', script], {
    encoding: 'utf8',
    timeout: 20000,
  });
  assert.equal(r.stderr, 'done');
});

test('files and pipes are not terminals', () => {
  const f = openSync(join(mkdtempSync(join(tmpdir(), 'ifcfg-stdio-')), 'f'), 'w');
  assert.equal(isTerminal(f), false);
  closeSync(f);
  const dev = openSync('/dev/null', 'w');
  assert.equal(isTerminal(dev), false);
  closeSync(dev);
});
