// Writing a fixed file back (ifcfg-lint --fix).
//
// The file is rewritten in place, in the same inode, rather than replaced by a renamed temporary
// file: a rename would split hard links, replace a symlink by a regular file and drop the
// inode's extended attributes (SELinux labels, ACLs), which Node cannot copy. So that a crash
// cannot lose the original, its bytes are first written and synced to a backup next to it,
// which is removed once the new content is synced. Before writing, the file is read again
// through the open descriptor and compared with what the fix was computed from: a change made
// in between (an admin's editor saving) is never overwritten.
import {
  chmodSync,
  chownSync,
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'fs';
import { basename, dirname, join } from 'path';
import { displayPath, FsPath, readToEnd, ReadOk } from './read';

export class WriteRefused extends Error {}

const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** The backup's name: hidden, and not matched by ifcfg-* globs of initscripts or NM. */
export function backupName(real: FsPath): string {
  const p = displayPath(real);
  return join(dirname(p), `.${basename(p)}.ifcfg-lint-backup`);
}

const sameFile = (a: Stats, b: Stats): boolean =>
  a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

export function rewriteFile(before: ReadOk, after: Buffer): void {
  if (!before.stat.isFile() || before.real === undefined)
    throw new WriteRefused('not a regular file on disk, so it cannot be fixed in place');
  const real = before.real;
  const fd = openSync(real, constants.O_RDWR | O_NOFOLLOW);
  try {
    const now = fstatSync(fd);
    const current = sameFile(now, before.stat) ? readToEnd(fd, before.bytes.length) : undefined;
    if (!current || !current.equals(before.bytes))
      throw new WriteRefused('the file changed on disk after it was read; nothing was written (run again)');
    const backup = typeof real === 'string' ? backupName(real) : Buffer.concat([dirOf(real), nameOf(real)]);
    try {
      writeBackup(backup, before.bytes);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      throw new WriteRefused(
        `${displayPath(backup)} is left from an interrupted run and may hold the only good copy: compare it with the file, then delete it`,
      );
    }
    try {
      writeAll(fd, after);
      ftruncateSync(fd, after.length);
      fsyncSync(fd);
    } catch (e) {
      // Put the original back; the backup stays if even that fails.
      try {
        writeAll(fd, before.bytes);
        ftruncateSync(fd, before.bytes.length);
        fsyncSync(fd);
      } catch {
        throw new Error(`${(e as Error).message}; the original is kept in ${displayPath(backup)}`);
      }
      rmSync(backup, { force: true });
      throw e;
    }
    rmSync(backup, { force: true });
  } finally {
    closeSync(fd);
  }
}

function writeBackup(p: FsPath, data: Buffer): void {
  const fd = openSync(p, 'wx', 0o600);
  try {
    writeAll(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, data: Buffer): void {
  let off = 0;
  while (off < data.length) off += writeSync(fd, data, off, data.length - off, off);
}

// Byte paths (names that are not UTF-8): the same backup name, built from bytes.
function dirOf(p: Buffer): Buffer {
  const i = p.lastIndexOf(0x2f);
  return i < 0 ? Buffer.alloc(0) : p.subarray(0, i + 1);
}
function nameOf(p: Buffer): Buffer {
  const i = p.lastIndexOf(0x2f);
  return Buffer.concat([Buffer.from('.'), p.subarray(i + 1), Buffer.from('.ifcfg-lint-backup')]);
}

/** Creates or replaces a file that ifcfg-lint generates (a converted keyfile), through a
 *  temporary file renamed over it, so a crash never leaves half a file. Not for fixing a user's
 *  file in place: that is rewriteFile, which keeps the inode. */
export function writeAtomic(p: string, text: string, o: { newMode?: number; forceMode?: number } = {}): void {
  let st: { mode: number; uid: number; gid: number };
  try {
    st = statSync(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || o.newMode === undefined) throw e;
    st = { mode: o.newMode, uid: -1, gid: -1 };
  }
  if (o.forceMode !== undefined) st = { ...st, mode: o.forceMode };
  const tmp = join(dirname(p), `.${basename(p)}.ifcfg-lint-${process.pid}.tmp`);
  const fd = openSync(tmp, 'wx', st.mode & 0o7777);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  closeSync(fd);
  try {
    chmodSync(tmp, st.mode & 0o7777);
    if (st.uid >= 0) {
      try {
        chownSync(tmp, st.uid, st.gid);
      } catch {
        /* not owner: keep our own ownership */
      }
    }
    renameSync(tmp, p);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
