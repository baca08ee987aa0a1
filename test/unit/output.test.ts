// The server's batched output over stdio: what is written during a slice of the workspace check
// leaves in one write when the slice ends; anything else on the next turn of the event loop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Writable } from 'stream';
import { BatchedOutput } from '../../server/src/output';

/** A stream that records each write it receives. */
function recorder(): { stream: Writable; writes: string[] } {
  const writes: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _e, done) {
      writes.push(chunk.toString());
      done();
    },
  });
  return { stream, writes };
}
const write = (out: BatchedOutput, s: string) => new Promise<void>((r) => out.stream.write(s, () => r()));
const nextTurn = () => new Promise<void>((r) => setImmediate(() => setImmediate(r)));

test('a message written outside a slice goes out on the next turn, whole', async () => {
  const { stream, writes } = recorder();
  const out = new BatchedOutput(stream);
  await write(out, 'Content-Length: 2\r\n\r\n');
  await write(out, '{}');
  await nextTurn();
  assert.deepEqual(writes, ['Content-Length: 2\r\n\r\n{}']);
});

test('messages of a held slice stay until flush, then leave in one write, in order', async () => {
  const { stream, writes } = recorder();
  const out = new BatchedOutput(stream);
  out.hold();
  for (let i = 0; i < 5; i++) await write(out, `m${i};`);
  await nextTurn();
  assert.deepEqual(writes, [], 'nothing leaves while the slice is held');
  out.flush();
  assert.deepEqual(writes, ['m0;m1;m2;m3;m4;']);
  await write(out, 'after;');
  await nextTurn();
  assert.deepEqual(writes, ['m0;m1;m2;m3;m4;', 'after;'], 'flush ends the hold');
});

test('what was written before a slice began does not wait for the slice', async () => {
  const { stream, writes } = recorder();
  const out = new BatchedOutput(stream);
  await write(out, 'typed-file;');
  out.hold();
  assert.deepEqual(writes, ['typed-file;']);
  await write(out, 'related;');
  await nextTurn();
  assert.deepEqual(writes, ['typed-file;']);
  out.flush();
  assert.deepEqual(writes, ['typed-file;', 'related;']);
});

test('ending the output writes what it holds', async () => {
  const { stream, writes } = recorder();
  const out = new BatchedOutput(stream);
  out.hold();
  await write(out, 'last');
  await new Promise<void>((r) => out.stream.end(r));
  assert.deepEqual(writes, ['last']);
});

test('an error of the underlying stream reaches the connection', async () => {
  const under = new PassThrough();
  const out = new BatchedOutput(under);
  const failed = new Promise<Error>((r) => out.stream.on('error', r));
  under.destroy(new Error('EPIPE'));
  assert.equal((await failed).message, 'EPIPE');
});
