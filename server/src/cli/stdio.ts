// Standard output and error of ifcfg-lint, written the way `cat` writes them: each text whole,
// with blocking writes, before the process goes on. process.stdout and process.stderr would do the
// same on Linux, but creating them loads Node's stream and socket modules, which costs a run of a
// few hundred files more than writing its report does.
import { fstatSync, writeSync } from 'fs';

/** A descriptor that reports a closed reader (EPIPE) by ignoring later writes: `ifcfg-lint | head`
 *  ends quietly, with its own exit status, as other Unix tools do. */
export class Output {
  private closed = false;
  constructor(private readonly fd: number) {}

  readonly write = (s: string): void => {
    if (this.closed) return;
    const b = Buffer.from(s, 'utf8');
    let off = 0;
    while (off < b.length) {
      try {
        off += writeSync(this.fd, b, off, b.length - off);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          this.closed = true;
          return;
        }
        // A descriptor left non-blocking by whoever opened it, with a full pipe: wait a little.
        if (code !== 'EAGAIN') throw e;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
      }
    }
  };
}

/** True when the descriptor is a terminal. Only a character device can be one, and asking that
 *  first spares loading the tty module (and with it Node's streams) for files and pipes; so does
 *  Linux's memory devices' major number 1 (/dev/null, /dev/zero, /dev/full), none of them a
 *  terminal, for output thrown away. */
export function isTerminal(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice()) return false;
    if (process.platform === 'linux' && ((st.rdev >> 8) & 0xfff) === 1) return false;
  } catch {
    return false;
  }
  // Loaded here, not imported: an import would load it on every run.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('tty') as typeof import('tty')).isatty(fd);
}
