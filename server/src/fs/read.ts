// The one way the server and the CLI read a file from disk. It only ever reads regular files
// (never a FIFO, socket or device, so it cannot block or read forever), optionally only inside
// given roots (by real path, so a link cannot lead out), and up to a size limit: a file over the
// limit is refused whole, never read in part. It reads until end of file instead of trusting the
// size stat reports, which is 0 for procfs files such as /proc/net/bonding/bond0.
import { isUtf8 } from 'buffer';
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  readdirSync,
  realpathSync,
  statSync,
  type Dirent,
  type Stats,
} from 'fs';
import { join, sep } from 'path';

/** Files larger than this are not network configuration; they are refused, not truncated. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** A path as the file system gives it: a string, or bytes when the name is not valid UTF-8. */
export type FsPath = string | Buffer;

export type SkipReason = 'outside' | 'not-regular' | 'too-large' | 'unreadable';

export interface ReadOk {
  ok: true;
  bytes: Buffer;
  /** Stat of the open file (identity for detecting later changes). */
  stat: Stats;
  /** Real path of the file read (links resolved), or undefined for an unnamed pipe. */
  real?: FsPath;
}

export interface ReadSkip {
  ok: false;
  reason: SkipReason;
  /** Why, in words, for messages ("a FIFO", "12 MB, over the 8 MB limit", "EACCES"). */
  detail: string;
}

export type ReadResult = ReadOk | ReadSkip;

export interface ReadOptions {
  /** Real paths of folders the file must lie in (links resolved). None: anywhere. */
  roots?: readonly FsPath[];
  maxBytes?: number;
  /** Also read pipes and FIFOs to their end (a path named explicitly on a command line,
   *  such as `<(cat f)`); otherwise they are refused. */
  allowPipes?: boolean;
  /** The caller (a directory walk) knows the real path: the entry is no link, and its folder's
   *  real path was resolved once for all its entries. Saves resolving every path component of
   *  every file again; the file is still opened without following links and must still be a
   *  regular file inside the roots once open. */
  real?: FsPath;
}

const O_NONBLOCK = constants.O_NONBLOCK ?? 0;
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const O_NOCTTY = constants.O_NOCTTY ?? 0;

/** What kind of non-regular file a stat describes, for messages. */
export function fileTypeName(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

const bytesOf = (p: FsPath): Buffer => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p);
const SEP = Buffer.from(sep);

/** True when `real` is `root` or lies below it (both real paths), compared byte for byte. */
export function isInside(real: FsPath, root: FsPath): boolean {
  if (typeof real === 'string' && typeof root === 'string') {
    if (real === root) return true;
    const dir = root.endsWith(sep) ? root : root + sep;
    return real.length > dir.length && real.startsWith(dir);
  }
  const r = bytesOf(real);
  const b = bytesOf(root);
  if (r.equals(b)) return true;
  const dir = b.length && b.subarray(b.length - SEP.length).equals(SEP) ? b : Buffer.concat([b, SEP]);
  return r.length > dir.length && r.subarray(0, dir.length).equals(dir);
}

/** Real path of `p`, as bytes when the name is not valid UTF-8. */
export function realpathOf(p: FsPath): FsPath {
  if (typeof p === 'string') {
    // One realpath(3) call instead of an lstat per path component; when it fails, the portable
    // version is asked again so the error (and its message) is the one it always was.
    try {
      return realpathSync.native(p);
    } catch {
      return realpathSync(p);
    }
  }
  const real = realpathSync.native(p, { encoding: 'buffer' });
  return toFsPath(real);
}

/** Bytes of a name as a string when they are valid UTF-8 (round trip exact), else the bytes. */
export function toFsPath(b: Buffer): FsPath {
  return isUtf8(b) ? b.toString('utf8') : b;
}

/** A folder's entries: names (strings when valid UTF-8) and their types, sorted byte-wise. */
export interface DirList {
  names: FsPath[];
  dirents: Dirent[];
}

/** Lists a folder without a Buffer per name: names come as strings, and only a folder with a
 *  name that is not UTF-8 (decoded with U+FFFD) is listed again as bytes. Throws as readdir. */
export function listDir(dir: FsPath): DirList {
  let dirents: Dirent[] = readdirSync(dir, { withFileTypes: true });
  if (dirents.some((d) => d.name.includes('\uFFFD')))
    dirents = readdirSync(dir, { encoding: 'buffer', withFileTypes: true }) as unknown as Dirent[];
  const nameOf = (d: Dirent): FsPath => (typeof d.name === 'string' ? d.name : toFsPath(d.name as Buffer));
  // Byte order. UTF-16 order is the same for names below U+D800, the usual case; readdir
  // usually gives them sorted already, and sorting a sorted list is one pass.
  const plain = dirents.every((d) => typeof d.name === 'string' && !/[\ud800-\uffff]/.test(d.name));
  dirents.sort(
    plain
      ? (x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0)
      : (x, y) => Buffer.compare(bytesOf(x.name), bytesOf(y.name)),
  );
  return { names: dirents.map(nameOf), dirents };
}

/** `joinPath(dir, name)` for the entry names readdir gives (never `.` or `..`), with the folder
 *  normalised once instead of once per entry: path.join of one segment is the normalised folder,
 *  a separator and the name. */
export function entryJoiner(dir: FsPath): (name: FsPath) => FsPath {
  const prefix = typeof dir === 'string' && join(dir, 'x').slice(0, -1);
  return (name) => (prefix !== false && typeof name === 'string' ? prefix + name : joinPath(dir, name));
}

export function readRegularFile(p: FsPath, opts: ReadOptions = {}): ReadResult {
  const max = opts.maxBytes ?? MAX_FILE_BYTES;
  if (opts.allowPipes && !opts.roots) {
    // `<(cat f)` names /dev/fd/N, whose link target ("pipe:[…]") is no path: read it as named.
    try {
      if (statSync(p).isFIFO()) return readPipe(p, max);
    } catch {
      /* reported below */
    }
  }
  let real: FsPath;
  try {
    real = opts.real ?? realpathOf(p);
  } catch (e) {
    return unreadable(e);
  }
  if (opts.roots && !opts.roots.some((r) => isInside(real, r)))
    return { ok: false, reason: 'outside', detail: 'it lies outside the folder (followed links are not read)' };
  if (opts.real === undefined) {
    // Refused before opening: opening a device can have effects of its own.
    let st: Stats;
    try {
      st = statSync(real);
    } catch (e) {
      return unreadable(e);
    }
    if (!st.isFile()) return { ok: false, reason: 'not-regular', detail: fileTypeName(st) };
    if (st.size > max) return tooLarge(st.size, max);
  }
  let fd: number;
  try {
    // Non-blocking, so a FIFO swapped in after the stat cannot stall the open; no following
    // of a link swapped in for the real path we just checked.
    fd = openSync(real, constants.O_RDONLY | O_NONBLOCK | O_NOCTTY | O_NOFOLLOW);
  } catch (e) {
    return unreadable(e);
  }
  try {
    const fst = fstatSync(fd);
    if (!fst.isFile()) return { ok: false, reason: 'not-regular', detail: fileTypeName(fst) };
    if (fst.size > max) return tooLarge(fst.size, max);
    const bytes = readToEnd(fd, max, fst.size);
    if (!bytes) return tooLarge(max + 1, max);
    return { ok: true, bytes, stat: fst, real };
  } catch (e) {
    return unreadable(e);
  } finally {
    closeSync(fd);
  }
}

/** A pipe named on a command line: read like `cat` would, to its end. */
function readPipe(p: FsPath, max: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(p, constants.O_RDONLY);
  } catch (e) {
    return unreadable(e);
  }
  try {
    const stat = fstatSync(fd);
    const bytes = readToEnd(fd, max);
    return bytes ? { ok: true, bytes, stat } : tooLarge(max + 1, max);
  } catch (e) {
    return unreadable(e);
  } finally {
    closeSync(fd);
  }
}

/** One read buffer for every file: reads are synchronous, and a fresh 64 KB buffer per small
 *  file made the garbage collector, not the disk, the cost of reading a large folder. */
const scratch = Buffer.allocUnsafeSlow(64 * 1024);

/** Reads an open descriptor until end of file; undefined when it holds more than `max` bytes.
 *  `size`: what fstat says a regular file holds. A read that returns less than asked and brings
 *  the total to that size has reached the file's end, so the read that would return nothing is
 *  not made (a small file is one read instead of two). Procfs files, whose size is 0,
 *  and sysfs files, whose size is a page whatever they hold, are still read until a read
 *  returns nothing. */
export function readToEnd(fd: number, max: number, size = 0): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    let n: number;
    const want = Math.min(scratch.length, max + 1 - total);
    try {
      n = readSync(fd, scratch, 0, want, null);
    } catch (e) {
      // A pipe with no writer ready yet: wait a little instead of spinning.
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      continue;
    }
    if (n === 0) break;
    // Copied out: small files share Node's buffer pool instead of a block of their own.
    chunks.push(Buffer.from(scratch.subarray(0, n)));
    total += n;
    if (total > max) return undefined;
    if (total === size && n < want) break;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

function unreadable(e: unknown): ReadSkip {
  const err = e as NodeJS.ErrnoException;
  const detail =
    err.code === 'ENOENT' ? 'no such file or directory' : err.code === 'ELOOP' ? 'too many links' : err.message;
  return { ok: false, reason: 'unreadable', detail };
}

function tooLarge(size: number, max: number): ReadSkip {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MB`;
  return {
    ok: false,
    reason: 'too-large',
    detail: `larger than the ${mb(max)} limit${size > max + 1 ? ` (${mb(size)})` : ''}`,
  };
}

/** A name for messages: the path as text, with bytes that are not UTF-8 written as \xNN. */
export function displayPath(p: FsPath): string {
  return escapePath(p, (b) => `\\x${b.toString(16).padStart(2, '0')}`);
}

/** A name for the engine (a document's name, which must not hold a backslash, taken as a
 *  Windows separator): bytes that are not UTF-8 written as %XX. */
export function documentPath(p: FsPath): string {
  return escapePath(p, (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`);
}

function escapePath(p: FsPath, esc: (byte: number) => string): string {
  if (typeof p === 'string') return p;
  let out = '';
  let i = 0;
  while (i < p.length) {
    const len = utf8SeqLength(p, i);
    if (len > 0) {
      out += p.subarray(i, i + len).toString('utf8');
      i += len;
    } else {
      out += esc(p[i]);
      i++;
    }
  }
  return out;
}

/** Length of the valid UTF-8 sequence at `i`, or 0. */
function utf8SeqLength(b: Buffer, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (!n || i + n > b.length) return 0;
  return isUtf8(b.subarray(i, i + n)) ? n : 0;
}

/** Joins a directory and an entry name, keeping bytes when either is not UTF-8. */
export function joinPath(dir: FsPath, name: FsPath): FsPath {
  if (typeof dir === 'string' && typeof name === 'string') return join(dir, name);
  const d = typeof dir === 'string' ? Buffer.from(dir, 'utf8') : dir;
  const n = typeof name === 'string' ? Buffer.from(name, 'utf8') : name;
  const slash = d.length && d[d.length - 1] === 0x2f ? Buffer.alloc(0) : Buffer.from('/');
  return Buffer.concat([d, slash, n]);
}
