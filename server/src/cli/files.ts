// Finding the files to lint, through the walker and reader the language server uses too.
import * as fs from 'fs';
import * as path from 'path';
import {
  displayPath,
  documentPath,
  entryJoiner,
  FsPath,
  listDir,
  readRegularFile,
  ReadOk,
  realpathOf,
} from '../fs/read';
import { readIfOurs, walk } from '../fs/walk';

/** Files one run reads at most; reaching it is reported and makes the exit status 2. */
export const MAX_FILES = 20000;

export interface Source {
  path: FsPath;
  /** Absolute name used as the document's name. */
  name: string;
  /** Absolute name for reports (\xNN for bytes that are not UTF-8). */
  display: string;
  read: ReadOk;
  /** Reported on (named or found in a named folder), not only context for cross-file rules. */
  target: boolean;
}

export interface Collected {
  sources: Source[];
  /** Could not be read: each makes the exit status 2. */
  errors: string[];
  /** Left alone on purpose (links out of the folder): said, but not an error. */
  notes: string[];
}

/** The folder of named files, listed once for all of them. */
interface Folder {
  /** The folder as the first file named in it spells it (its neighbours are named after it). */
  dir: string;
  real: FsPath;
  /** An entry's real path, when the entry is no link. */
  inReal: (name: FsPath) => FsPath;
  /** Entry names and types, sorted as the walker sorts them. */
  names: FsPath[];
  dirents: fs.Dirent[];
  /** Names of its plain regular files (no links): these are read without resolving their path. */
  files: Set<string>;
  contextRead: boolean;
}

/** `path.resolve` of many paths in few folders: each folder is resolved once, not every path.
 *  Lexical, like path.resolve: a path and its folder's spelling give the same name. */
class AbsoluteNames {
  private readonly dirs = new Map<string, string>();
  of(p: string): string {
    if (path.sep !== '/') return path.resolve(p);
    const i = p.lastIndexOf('/');
    const base = p.slice(i + 1);
    if (base === '' || base === '.' || base === '..') return path.resolve(p);
    const dir = p.slice(0, i + 1);
    let abs = this.dirs.get(dir);
    if (abs === undefined) {
      abs = path.resolve(dir || '.');
      if (!abs.endsWith('/')) abs += '/';
      this.dirs.set(dir, abs);
    }
    return abs + base;
  }
}

export function collect(paths: string[], maxFiles = MAX_FILES): Collected {
  const byName = new Map<string, Source>();
  const errors: string[] = [];
  const notes: string[] = [];
  const abs = new AbsoluteNames();
  const folders = new Map<string, Folder | null>();
  const add = (p: FsPath, read: ReadOk, target: boolean) => {
    const name = abs.of(documentPath(p));
    const prev = byName.get(name);
    if (prev) prev.target ||= target;
    else byName.set(name, { path: p, name, display: abs.of(displayPath(p)), read, target });
  };
  /** The folder of a named file, listed once (undefined when it cannot be resolved or listed).
   *  Keyed by its spelling: a lexical name can hide a link followed by '..'. */
  const folderOf = (p: string): Folder | undefined => {
    const dir = path.dirname(p);
    let f = folders.get(dir);
    if (f === undefined) {
      f = null;
      try {
        const real = realpathOf(dir);
        const { names, dirents } = listDir(dir);
        const files = new Set<string>();
        for (let i = 0; i < names.length; i++) {
          const n = names[i];
          if (typeof n === 'string' && dirents[i].isFile()) files.add(n);
        }
        f = { dir, real, inReal: entryJoiner(real), names, dirents, files, contextRead: false };
      } catch {
        // unreadable directory: only the named files are analysed
      }
      folders.set(dir, f);
    }
    return f ?? undefined;
  };
  // The neighbours of a named file are read as context, like a walk would, inside that folder.
  const addDirContext = (f: Folder) => {
    if (f.contextRead) return;
    f.contextRead = true;
    const prefix = f.dir.endsWith('/') ? f.dir : f.dir + '/';
    const n = Math.min(f.names.length, maxFiles);
    for (let i = 0; i < n; i++) {
      const name = f.names[i];
      const fp = typeof name === 'string' ? prefix + name : Buffer.concat([Buffer.from(prefix), name]);
      if (byName.has(abs.of(documentPath(fp)))) continue;
      // A plain file (no link) lies where its folder really is.
      const r = readIfOurs(fp, [f.real], f.dirents[i].isFile() ? f.inReal(name) : undefined);
      if (r?.ok) add(fp, r, false);
    }
  };
  for (const p of paths) {
    // Named before, or read as a neighbour of a file named before: the same file.
    const prev = byName.get(abs.of(p));
    if (prev) {
      prev.target = true;
      continue;
    }
    const r = readNamed(p, folderOf, errors);
    if (!r) continue;
    if (r === 'directory') {
      const w = walk(p, { maxFiles: maxFiles - byName.size });
      for (const f of w.files) add(f.path, f.read, true);
      for (const s of w.skipped) {
        if (s.reason === 'outside') notes.push(`${s.display}: not read: ${s.why}`);
        else errors.push(`${s.display}: not read: ${s.why}`);
      }
      if (w.truncated) errors.push(`${p}: stopped after ${w.truncatedBy}; the rest of the folder was not checked`);
      continue;
    }
    add(p, r, true);
    if (r.stat.isFile()) {
      const f = folderOf(p);
      if (f) addDirContext(f);
    }
  }
  return { sources: [...byName.values()], errors, notes };
}

/** A path named on the command line: a folder to walk, or a file read whole. Pipes such as
 *  <(cat f) are read to their end too. Undefined (and an error said) when it cannot be read. */
function readNamed(
  p: string,
  folderOf: (p: string) => Folder | undefined,
  errors: string[],
): ReadOk | 'directory' | undefined {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    errors.push(`${p}: ${code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
    return undefined;
  }
  if (st.isDirectory()) return 'directory';
  const base = path.basename(p);
  // A plain file (no link) of a folder listed for its neighbours anyway: its real path is the
  // folder's, and its type is known, so it is opened without resolving it or a stat before.
  const f = st.isFile() && !p.endsWith('/') ? folderOf(p) : undefined;
  const r = f?.files.has(base)
    ? readRegularFile(p, { real: f.inReal(base) })
    : readRegularFile(p, { allowPipes: true });
  if (!r.ok) {
    errors.push(`${p}: not read: ${r.detail}`);
    return undefined;
  }
  return r;
}

export { writeAtomic } from '../fs/write';
