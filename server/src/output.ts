// The server's stdout, written in batches. The LSP library writes each message as two writes
// (header, then body) and starts the next message a turn of the event loop later; unbatched,
// opening a large workspace costs two pipe writes (system calls, and a wake-up of the client)
// per published file. Here what the library writes while messages keep coming goes out in one
// write, once a turn passes without a new message or the batch reaches its size. The library is
// told a write is done as soon as it is queued, until the pipe pushes back: then it waits,
// as it would on the pipe itself, until the pipe has drained.
import { Writable } from 'stream';

/** Most bytes held before a write is forced: one pipe buffer. */
const MAX_BATCH = 64 * 1024;
/** Longest a message waits for others to join it, so that an answer to a request is not held
 *  back while a large workspace is being published. */
const MAX_WAIT_MS = 2;

export class BatchedOutput extends Writable {
  private chunks: Buffer[] = [];
  private size = 0;
  /** Chunk count when the pending flush last looked: a change means messages are still coming. */
  private seen = -1;
  private scheduled = false;
  private since = 0;
  /** Callbacks held back while the pipe is full or the batch is at its size. */
  private held: Array<(e?: Error | null) => void> = [];
  private blocked = false;

  constructor(private readonly out: NodeJS.WritableStream) {
    super({ decodeStrings: true });
    out.on('error', (e: Error) => this.destroy(e));
    out.on('close', () => this.destroy());
    out.on('drain', () => {
      this.blocked = false;
      this.release();
    });
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.size >= MAX_BATCH) {
      this.held.push(cb);
      this.flush();
      return;
    }
    if (this.blocked) this.held.push(cb);
    else cb();
    if (!this.scheduled) {
      this.scheduled = true;
      this.seen = -1;
      this.since = Date.now();
      setImmediate(this.tick);
    }
  }

  override _final(cb: (e?: Error | null) => void): void {
    this.flush();
    cb();
  }

  private readonly tick = (): void => {
    const more = this.chunks.length !== this.seen && this.chunks.length > 0;
    if (more && Date.now() - this.since < MAX_WAIT_MS) {
      // Something was written since the last look: more may follow in the next turn.
      this.seen = this.chunks.length;
      setImmediate(this.tick);
      return;
    }
    this.scheduled = false;
    this.flush();
  };

  private flush(): void {
    if (!this.chunks.length) return this.release();
    const data = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.size);
    this.chunks = [];
    this.size = 0;
    this.seen = -1;
    if (!this.out.write(data)) this.blocked = true;
    this.release();
  }

  private release(): void {
    if (this.blocked) return;
    const held = this.held;
    this.held = [];
    for (const cb of held) cb();
  }
}
