// The server's batched stdout, under the LSP library's own message writer and reader: every
// message arrives whole and in order, messages that follow each other go out together, a lone
// message is not held back, and a full pipe holds the writer back until it drains.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Writable } from 'stream';
import { StreamMessageReader, StreamMessageWriter, type NotificationMessage } from 'vscode-jsonrpc/node';
import { BatchedOutput } from '../../server/src/output';

/** A pipe that records each write it gets, and can be made to report itself full. */
class Pipe extends Writable {
  readonly writes: Buffer[] = [];
  readonly through = new PassThrough();
  full = false;
  private pending?: () => void;
  /** A small `highWaterMark` makes a write that is not taken at once report the pipe full. */
  constructor(highWaterMark = 16 * 1024) {
    super({ highWaterMark });
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.writes.push(chunk);
    this.through.write(chunk);
    if (this.full) this.pending = cb;
    else cb();
  }
  /** The reader caught up: the pipe takes writes again. */
  empty(): void {
    this.full = false;
    const cb = this.pending;
    this.pending = undefined;
    cb?.();
  }
}

const publish = (i: number): NotificationMessage => ({
  jsonrpc: '2.0',
  method: 'textDocument/publishDiagnostics',
  params: { uri: `file:///etc/sysconfig/network-scripts/ifcfg-eth${i}`, diagnostics: [] },
});

function setup(pipe = new Pipe()) {
  const writer = new StreamMessageWriter(new BatchedOutput(pipe));
  const received: NotificationMessage[] = [];
  new StreamMessageReader(pipe.through).listen((m) => received.push(m as NotificationMessage));
  return { pipe, writer, received };
}
const turn = () => new Promise((r) => setImmediate(r));
async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !cond(); i++) await turn();
  assert.ok(cond(), 'condition not reached');
}

test('two hundred messages arrive whole and in order, in far fewer writes than messages', async () => {
  const { pipe, writer, received } = setup();
  for (let i = 0; i < 200; i++) await writer.write(publish(i));
  await until(() => received.length === 200);
  assert.deepEqual(
    received,
    Array.from({ length: 200 }, (_, i) => publish(i)),
  );
  // Unbatched, the library makes two writes per message (header, body).
  assert.ok(pipe.writes.length <= 20, `${pipe.writes.length} writes for 200 messages`);
});

test('a lone message is written within a few turns, with nothing after it to wait for', async () => {
  const { writer, received } = setup();
  await writer.write(publish(7));
  await until(() => received.length === 1);
  assert.deepEqual(received, [publish(7)]);
});

test('while the pipe is full the writer waits; once it drains, the rest follows', async () => {
  const { pipe, writer, received } = setup(new Pipe(1));
  pipe.full = true;
  await writer.write(publish(0));
  await until(() => pipe.writes.length === 1);
  // The pipe has not taken the first batch: the next message is not accepted yet.
  let second = false;
  const p = writer.write(publish(1)).then(() => (second = true));
  for (let i = 0; i < 20; i++) await turn();
  assert.equal(second, false, 'write accepted while the pipe was full');
  pipe.empty();
  await p;
  await until(() => received.length === 2);
  assert.deepEqual(received, [publish(0), publish(1)]);
});
