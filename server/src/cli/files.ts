// Finding files to lint and writing fixed files atomically.
import * as fs from 'fs';
import * as path from 'path';
import { isNetworkScriptsName } from '../engine';
import { looksLikeCapture } from '../fs/capture';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
const MAX_FILES = 20000;
const MAX_DEPTH = 8;
const MAX_BYTES = 10 * 1024 * 1024;

export interface Collected {
  /** Files to report on. */
  targets: string[];
  /** Every network-scripts file of the directories involved (context for cross-file rules). */
  context: string[];
  errors: string[];
}

export function collect(paths: string[]): Collected {
  const targets = new Set<string>();
  const context = new Set<string>();
  const errors: string[] = [];
  const dirsSeen = new Set<string>();
  const addDirContext = (dir: string) => {
    if (dirsSeen.has(dir)) return;
    dirsSeen.add(dir);
    try {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isFile() && (isNetworkScriptsName(p) || looksLikeCapture(p))) context.add(p);
      }
    } catch {
      /* unreadable directory: only the named files are analysed */
    }
  };
  const walk = (dir: string, depth: number, real: Set<string>, only?: readonly string[]) => {
    let rp: string;
    try {
      rp = fs.realpathSync(dir);
    } catch (e) {
      errors.push(`${dir}: ${(e as Error).message}`);
      return;
    }
    if (real.has(rp) || depth > MAX_DEPTH) return; // symlink loops, runaway trees
    real.add(rp);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      errors.push(`${dir}: ${(e as Error).message}`);
      return;
    }
    // A machine root (sosreport or root-like tree) holds thousands of unrelated files under
    // proc/, sys/ and sos_commands/: descend only where config files and captures live.
    const machine = isMachineRoot(entries.map((e) => e.name));
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (targets.size >= MAX_FILES) return;
      const p = path.join(dir, e.name);
      if (e.isDirectory() || (e.isSymbolicLink() && isDir(p))) {
        const next = machine ? MACHINE_PATHS[e.name] : only ? only.slice(1) : undefined;
        if (machine && !next) continue;
        if (!machine && only && only[0] !== e.name) continue;
        if (!SKIP_DIRS.has(e.name)) walk(p, depth + 1, real, next && next.length ? next : undefined);
      } else if (machine || only) {
        continue; // files beside proc/ or sys/ are not config
      } else if (
        (e.isFile() || e.isSymbolicLink()) &&
        (isNetworkScriptsName(path.join(dir, e.name)) || looksLikeCapture(p))
      ) {
        targets.add(p);
        context.add(p);
      }
    }
  };
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      errors.push(
        `${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`,
      );
      continue;
    }
    if (st.isDirectory()) walk(p, 0, new Set());
    else {
      targets.add(p);
      context.add(p);
      addDirContext(path.dirname(p));
    }
  }
  return { targets: [...targets], context: [...context], errors };
}

/** Below a machine root, the only paths walked (as path segments after the first). */
const MACHINE_PATHS: Record<string, readonly string[]> = {
  etc: [],
  proc: ['net', 'bonding'],
};

/** A directory that looks like a machine's root: etc/ beside proc/, sys/ or sos_commands/. */
export function isMachineRoot(names: readonly string[]): boolean {
  return names.includes('etc') && ['proc', 'sys', 'sos_commands'].some((n) => names.includes(n));
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function readText(p: string): string {
  const fd = fs.openSync(p, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buf = Buffer.alloc(Math.min(size, MAX_BYTES));
    fs.readSync(fd, buf, 0, buf.length, 0);
    return buf.toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes through a temporary file in the same directory and renames it over the original,
 *  keeping the file mode, so a crash never leaves a half-written config. A file that does not
 *  exist yet is created with `newMode`; `forceMode` overrides the mode either way. */
export function writeAtomic(p: string, text: string, o: { newMode?: number; forceMode?: number } = {}): void {
  let st: { mode: number; uid: number; gid: number };
  try {
    st = fs.statSync(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || o.newMode === undefined) throw e;
    st = { mode: o.newMode, uid: -1, gid: -1 };
  }
  if (o.forceMode !== undefined) st = { ...st, mode: o.forceMode };
  const tmp = path.join(path.dirname(p), `.${path.basename(p)}.ifcfg-lint-${process.pid}.tmp`);
  const fd = fs.openSync(tmp, 'wx', st.mode & 0o7777);
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fs.closeSync(fd);
  try {
    fs.chmodSync(tmp, st.mode & 0o7777);
    if (st.uid >= 0) {
      try {
        fs.chownSync(tmp, st.uid, st.gid);
      } catch {
        /* not owner: keep our own ownership */
      }
    }
    fs.renameSync(tmp, p);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
