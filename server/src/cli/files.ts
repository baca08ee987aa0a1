// Finding the files to lint, through the walker and reader the language server uses too.
import { lstatSync, statSync, type Dirent, type Stats } from 'fs';
import { basename, dirname, resolve, sep } from 'path';
import {
  displayPath,
  documentPath,
  FsPath,
  joinPath,
  listDir,
  readRegularFile,
  ReadOk,
  ReadResult,
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
class Folder {
  /** Entry names and types, sorted as the walker sorts them. */
  readonly names: FsPath[];
  readonly dirents: Dirent[];
  /** Plain regular files and folders (no links) by name: the listing says what they are. */
  readonly kinds = new Map<string, 'file' | 'dir'>();
  contextRead = false;
  private resolved?: { real: FsPath; inReal: (name: FsPath) => FsPath } | null;

  /** `dir`: the folder as the first file named in it spells it (its neighbours are named
   *  after it). Throws when it cannot be listed. */
  constructor(
    readonly dir: string,
    private readonly realFolders: RealFolders,
  ) {
    ({ names: this.names, dirents: this.dirents } = listDir(dir));
    for (let i = 0; i < this.names.length; i++) {
      const n = this.names[i];
      const d = this.dirents[i];
      if (typeof n === 'string') {
        if (d.isFile()) this.kinds.set(n, 'file');
        else if (d.isDirectory()) this.kinds.set(n, 'dir');
      }
    }
  }

  /** Its real path, resolved when first needed; undefined when it cannot be resolved. */
  private get resolve() {
    if (this.resolved === undefined) {
      try {
        const real = this.realFolders.of(this.dir);
        this.resolved = { real, inReal: (name) => joinReal(real, name) };
      } catch {
        this.resolved = null;
      }
    }
    return this.resolved ?? undefined;
  }
  get real(): FsPath | undefined {
    return this.resolve?.real;
  }
  /** The real path of an entry that is no link. */
  realOf(name: FsPath): FsPath | undefined {
    return this.resolve?.inReal(name);
  }
}

/** A path with an empty, `.` or `..` segment, or a trailing slash: what path.resolve rewrites. */
const NOT_PLAIN = /\/\/|(^|\/)\.\.?(\/|$)|\/$/;

/** `path.resolve` of many paths: a path of plain names is only prefixed with the working
 *  directory, so only the others are resolved (lexically, as path.resolve does). */
export class AbsoluteNames {
  private readonly cwd = process.cwd();
  private readonly prefix = this.cwd.endsWith('/') ? this.cwd : this.cwd + '/';
  of(p: string): string {
    if (sep !== '/' || p === '' || NOT_PLAIN.test(p)) return resolve(p);
    return p.charCodeAt(0) === 0x2f ? p : this.prefix + p;
  }
}

/** An entry of a folder given by its real path (absolute and normalised). */
function joinReal(real: FsPath, name: FsPath): FsPath {
  if (typeof real !== 'string' || typeof name !== 'string') return joinPath(real, name);
  return real.endsWith(sep) ? real + name : real + sep + name;
}

/** Real paths of the folders of named files, which often share their parents: a folder whose
 *  last segment is no link lies where its parent really is, so one lstat of it replaces
 *  resolving every segment of its path again (realpath(3) reads each one as a link). */
class RealFolders {
  private readonly known = new Map<string, FsPath>([['/', '/']]);
  constructor(private readonly abs: AbsoluteNames) {}

  /** realpathOf(dir); throws as it does. */
  of(dir: string): FsPath {
    if (sep !== '/' || dir === '' || NOT_PLAIN.test(dir)) return realpathOf(dir);
    try {
      return this.real(this.abs.of(dir));
    } catch {
      return realpathOf(dir); // its error, as it always was
    }
  }

  private real(abs: string): FsPath {
    let r = this.known.get(abs);
    if (r !== undefined) return r;
    const cut = abs.lastIndexOf('/');
    const parent = this.real(cut > 0 ? abs.slice(0, cut) : '/');
    const name = abs.slice(cut + 1);
    r = lstatSync(abs).isSymbolicLink() ? realpathOf(abs) : joinReal(parent, name);
    this.known.set(abs, r);
    return r;
  }
}

export function collect(paths: string[], maxFiles = MAX_FILES): Collected {
  const byName = new Map<string, Source>();
  const errors: string[] = [];
  const notes: string[] = [];
  const abs = new AbsoluteNames();
  const folders = new Map<string, Folder | null>();
  const realFolders = new RealFolders(abs);
  const add = (p: FsPath, read: ReadOk, target: boolean) => {
    const name = abs.of(documentPath(p));
    const prev = byName.get(name);
    if (prev) prev.target ||= target;
    else byName.set(name, { path: p, name, display: abs.of(displayPath(p)), read, target });
  };
  /** The folder of a named path, listed once (undefined when it cannot be listed). Keyed by
   *  its spelling: a lexical name can hide a link followed by '..'. */
  const folderOf = (p: string): Folder | undefined => {
    const dir = dirname(p);
    let f = folders.get(dir);
    if (f === undefined) {
      try {
        f = new Folder(dir, realFolders);
      } catch {
        f = null; // unreadable directory: only the named files are analysed
      }
      folders.set(dir, f);
    }
    return f ?? undefined;
  };
  // The neighbours of a named file are read as context, like a walk would, inside that folder.
  const addDirContext = (f: Folder) => {
    if (f.contextRead) return;
    f.contextRead = true;
    const real = f.real;
    if (real === undefined) return;
    const prefix = f.dir.endsWith('/') ? f.dir : f.dir + '/';
    const n = Math.min(f.names.length, maxFiles);
    for (let i = 0; i < n; i++) {
      const name = f.names[i];
      const fp = typeof name === 'string' ? prefix + name : Buffer.concat([Buffer.from(prefix), name]);
      if (byName.has(abs.of(documentPath(fp)))) continue;
      // A plain file (no link) lies where its folder really is.
      const r = readIfOurs(fp, [real], f.dirents[i].isFile() ? f.realOf(name) : undefined);
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
  // Its folder is listed for its neighbours anyway, and the listing says what a plain file or
  // folder (no link) is: neither needs a stat, and a plain file lies where its folder really
  // is, so it is opened without resolving its path. Anything else is looked at closely.
  const base = basename(p);
  const f = base !== '' && base !== '.' && base !== '..' && !p.endsWith('/') ? folderOf(p) : undefined;
  const kind = f?.kinds.get(base);
  if (kind === 'dir') return 'directory';
  const real = kind === 'file' ? f!.realOf(base) : undefined;
  let r: ReadResult;
  if (real !== undefined) r = readRegularFile(p, { real });
  else {
    let st: Stats;
    try {
      st = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      errors.push(`${p}: ${code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
      return undefined;
    }
    if (st.isDirectory()) return 'directory';
    r = readRegularFile(p, { allowPipes: true });
  }
  if (!r.ok) {
    errors.push(`${p}: not read: ${r.detail}`);
    return undefined;
  }
  return r;
}

export { writeAtomic } from '../fs/write';
