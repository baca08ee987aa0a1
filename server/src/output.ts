// The server's messages to a client over a byte stream (stdio), written in batches. The LSP
// library writes each message as two writes, its header then its body, waiting for each before
// the next; on a pipe each is a system call, and a client reading them one at a time keeps the
// server waiting on a full pipe. The first check of a large workspace publishes thousands of
// messages: while the server checks a slice of files it holds them (hold) and writes the slice's
// messages at once when they are all in (flush). Anything else goes out on the next turn of the
// event loop, so a reply is never held back for long.
import { Writable } from 'stream';

export class BatchedOutput {
  /** What the connection writes to. */
  readonly stream: Writable;
  private chunks: Buffer[] = [];
  private held = false;
  private scheduled = false;

  constructor(private readonly out: NodeJS.WritableStream) {
    this.stream = new Writable({
      write: (chunk: Buffer, _encoding, done) => this.take(chunk, done),
      final: (done) => {
        this.flush();
        done();
      },
    });
    out.on('error', (e: Error) => this.stream.destroy(e));
    out.on('close', () => this.stream.destroy());
  }

  private take(chunk: Buffer, done: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    if (!this.held && !this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        if (!this.held) this.flush();
      });
    }
    done();
  }

  /** Keeps what is written from now until flush(). What is waiting for its turn leaves first:
   *  a reply or the diagnostics of the file being typed in never wait for a slice. */
  hold(): void {
    this.flush();
    this.held = true;
  }

  /** Writes everything kept, in one write, and stops holding. */
  flush(): void {
    this.held = false;
    if (!this.chunks.length) return;
    const c = this.chunks;
    this.chunks = [];
    this.out.write(c.length === 1 ? c[0] : Buffer.concat(c));
  }
}
